// csto/state_identity.hpp - the identifiers of one state, as a row of the states table.
#pragma once

#include <csto/citation.hpp>
#include <csto/detail/encoded.hpp>
#include <csto/detail/lazy.hpp>
#include <csto/record_list.hpp>
#include <csto/span.hpp>

#include <cstdint>
#include <string_view>

namespace csto {

/// Names and codes of a state that was ever a party to the Treaty. Users normally see these
/// through MemberState; this is the row type of data/states.hpp.
struct StateIdentity {
    std::string_view name;           ///< short English name, e.g. "Kyrgyzstan"
    std::string_view official_name;  ///< full name as the sources write it, e.g. "Kyrgyz Republic"
    std::string_view alpha2;         ///< ISO 3166-1 alpha-2, e.g. "KG"
    std::string_view alpha3;         ///< ISO 3166-1 alpha-3, e.g. "KGZ"
    std::uint16_t numeric;           ///< ISO 3166-1 numeric, e.g. 417
    std::uint16_t cow_code;          ///< Correlates of War state number, e.g. 703
    CitationList sources;            ///< where the names and codes come from
    /// Correlates of War state abbreviation (COW's "stateabb"), e.g. "KYR"; empty where the data
    /// gives none.
    std::string_view cow_abbreviation = {};
    /// Other names the sources use, each as a source writes it: older English spellings
    /// ("Kirghizia") and the Russian names ("Киргизия", "Кыргызская Республика"), UTF-8.
    Span<std::string_view> other_names = {};
};

/// One of find_state's precomputed keys: a name of a state with its ASCII letters lower-cased
/// (other characters as written), or a code as written (capitals).
struct StateKey {
    std::string_view text;  ///< a name, ASCII letters lower-cased; or a code, in capitals
    std::uint8_t state;     ///< the state's index (name order)
};

namespace detail {
/// The built-in keys as bytes (tools/compile_facts.py, states_hpp), one record of
/// state_key_record_size bytes each: the text's chunk, offset and length (text_at), 2 bytes each,
/// then the state's index, 1 byte. Some 70 rows of StateKey values cost every user's build 7 M g++
/// and 12 M clang++ instructions.
inline constexpr std::size_t state_key_record_size = 7;
inline constexpr std::size_t state_key_records_per_chunk = 2048;  // 14 KB of records a literal

struct StateKeyPool {
    const char* const* records;  ///< chunk k holds records k * state_key_records_per_chunk on
    const char* const* texts;    ///< the texts the records name

    /// Key `row`, decoded. A template (Lazy is never given) so that only a file reading a key
    /// compiles the decoding.
    template <class Lazy = void>
    [[nodiscard]] constexpr StateKey operator[](std::size_t row) const noexcept {
        const auto r = record_at(lazy<Lazy>(records), row, state_key_records_per_chunk, state_key_record_size);
        return {text_at(texts, r), static_cast<std::uint8_t>(r[6])};
    }
};
}  // namespace detail

/// find_state's keys: a RecordList (yields each StateKey by value), converting implicitly from an
/// array of StateKey or a Span of them.
using StateKeyList = RecordList<StateKey, detail::StateKeyPool>;

}  // namespace csto
