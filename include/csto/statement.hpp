// csto/statement.hpp - Statement: what someone said at a meeting, as a source quotes or reports it.
#pragma once

#include <csto/citation.hpp>
#include <csto/detail/encoded.hpp>
#include <csto/detail/enum_name.hpp>
#include <csto/detail/lazy.hpp>
#include <csto/person.hpp>
#include <csto/record_list.hpp>
#include <csto/summit.hpp>

#include <cstdint>
#include <string_view>

namespace csto {

enum class Language : std::uint8_t { english, russian };

namespace detail {
inline constexpr char language_names[] =
    "english\0"
    "russian\0";
inline constexpr char language_labels[] =
    "English\0"
    "Russian\0";

template <>
inline constexpr EnumTexts enum_texts<Language>{language_names, sizeof language_names, language_labels,
                                                sizeof language_labels};
}  // namespace detail

/// When the words were said, relative to the meeting they concern.
enum class StatementOccasion : std::uint8_t {
    at_meeting,      ///< said at the meeting
    before_meeting,  ///< said before it, about it (e.g. a spokesman announcing its programme)
};

namespace detail {
inline constexpr char statement_occasion_names[] =
    "at_meeting\0"
    "before_meeting\0";
inline constexpr char statement_occasion_labels[] =
    "at the meeting\0"
    "before the meeting\0";

template <>
inline constexpr EnumTexts enum_texts<StatementOccasion>{statement_occasion_names, sizeof statement_occasion_names,
                                                         statement_occasion_labels, sizeof statement_occasion_labels};
}  // namespace detail

/// Words a person said at (or before) a meeting: quoted (their words, in the source's language) or reported
/// (the source's summary of them).
struct Statement {
    const Person* speaker;
    SummitRef meeting;  ///< reads as a pointer: `statement.meeting->when()`
    std::string_view words;
    Language language;
    bool quoted;           ///< the source quotes the words; false: it reports their gist
    CitationList sources;  ///< the words' citation first, then what states the speaker, occasion and quoting
    StatementOccasion occasion = StatementOccasion::at_meeting;
};

namespace detail {
/// The built-in statements as bytes (tools/compile_facts.py, statements_hpp), one record of
/// statement_record_size bytes each, little-endian, in the fields' order; their words are the
/// citations' texts. Their 20 rows as Statement values cost every user's build 6.1 M clang++
/// instructions; as bytes with this decoder, about 0.2 M.
///   0  speaker, 2 bytes: a row of the people        2  meeting, 2 bytes: a row of the meetings
///   4  words: text chunk, offset and length (text_at), 2 bytes each
///   10 language, 1 byte           11 quoted, 1 byte (0 or 1)
///   12 sources: first in the citations, 4 bytes, then count, 2 (list_at)
///   18 occasion, 1 byte
inline constexpr std::size_t statement_record_size = 19;
inline constexpr std::size_t statement_records_per_chunk = 2048;  // 38 KB of records a literal

struct StatementPool {
    const char* const* records;  ///< chunk k holds records k * statement_records_per_chunk on
    const CitationPool* citations;
    const Person* people;                ///< the table a speaker is a row of
    const detail::SummitPool* meetings;  ///< the meetings a meeting is a row of

    /// Statement `row`, decoded. A template (Lazy is never given) so that only a file reading a
    /// statement compiles the decoding.
    template <class Lazy = void>
    [[nodiscard]] constexpr Statement operator[](std::size_t row) const noexcept {
        const auto r = record_at(lazy<Lazy>(records), row, statement_records_per_chunk, statement_record_size);
        return {people + read_le(r, 2),
                SummitRef(*meetings, read_le(r + 2, 2)),
                text_at(citations->texts, r + 4),
                static_cast<Language>(r[10]),
                r[11] != 0,
                list_at<CitationList>(*citations, r + 12),
                static_cast<StatementOccasion>(r[18])};
    }
};
}  // namespace detail

/// The statements of a dataset: a RecordList (yields each Statement by value), converting
/// implicitly from an array of Statement or a Span of them.
using StatementList = RecordList<Statement, detail::StatementPool>;

}  // namespace csto
