// csto/member_state.hpp - MemberState, the value type for a state that was ever a party, and
// find_state, which turns a name or code into one.
#pragma once

#include <csto/data/states.hpp>
#include <csto/detail/ascii.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace csto {

/// One of the nine states that were ever parties to the Treaty: a one-byte value, cheap to copy,
/// compared with == and ordered by short name. Obtain one from find_state(), from the constants
/// in csto::states, or by iterating a StateSet; there is no "no state" value.
class MemberState {
public:
    /// How many states there are (the size of data/states.hpp).
    static constexpr std::size_t count = sizeof(data::states) / sizeof(data::states[0]);

    /// The state at `index` in name order, or nullopt when index >= count.
    [[nodiscard]] static constexpr std::optional<MemberState> from_index(std::size_t index) noexcept {
        if (index >= count) return std::nullopt;
        return MemberState(static_cast<std::uint8_t>(index));
    }

    /// Position in name order, 0 to count-1.
    [[nodiscard]] constexpr std::size_t index() const noexcept { return index_; }
    /// The full row: names, codes and their citations.
    [[nodiscard]] constexpr const StateIdentity& identity() const noexcept { return data::states[index_]; }

    [[nodiscard]] constexpr std::string_view name() const noexcept { return identity().name; }
    [[nodiscard]] constexpr std::string_view official_name() const noexcept { return identity().official_name; }
    [[nodiscard]] constexpr std::string_view alpha2() const noexcept { return identity().alpha2; }
    [[nodiscard]] constexpr std::string_view alpha3() const noexcept { return identity().alpha3; }
    /// ISO 3166-1 numeric code (e.g. 51 for Armenia, written "051").
    [[nodiscard]] constexpr int numeric() const noexcept { return identity().numeric; }
    /// Correlates of War state number.
    [[nodiscard]] constexpr int cow_code() const noexcept { return identity().cow_code; }

    friend constexpr bool operator==(MemberState a, MemberState b) noexcept { return a.index_ == b.index_; }
    friend constexpr bool operator!=(MemberState a, MemberState b) noexcept { return a.index_ != b.index_; }
    friend constexpr bool operator<(MemberState a, MemberState b) noexcept { return a.index_ < b.index_; }

private:
    constexpr explicit MemberState(std::uint8_t index) noexcept : index_(index) {}
    std::uint8_t index_;
};

namespace detail {
// find_state's fast path: every name and code of every state, lower-cased at compile time and
// grouped by first letter, so a well-formed name costs one short bucket scan and one comparison.
struct StateKey {
    char text[32] = {};  // lower-cased
    char fold[32] = {};  // 0x20 where text has a letter, so that only letters match in either case
    std::uint8_t size = 0;
    std::uint8_t state = 0;
};
struct StateKeyTable {
    StateKey keys[4 * sizeof(data::states) / sizeof(data::states[0])] = {};
    std::uint8_t bucket_begin[27] = {};  // keys starting with 'a' + i are [bucket_begin[i], bucket_begin[i + 1])
};
constexpr StateKeyTable make_state_keys() {
    StateKeyTable t;
    std::size_t n = 0;
    for (int letter = 0; letter < 26; ++letter) {  // bucket by bucket: sorted without a sort
        t.bucket_begin[letter] = static_cast<std::uint8_t>(n);
        for (std::size_t i = 0; i < sizeof(data::states) / sizeof(data::states[0]); ++i) {
            const StateIdentity& s = data::states[i];
            for (std::string_view form : {s.name, s.official_name, s.alpha2, s.alpha3}) {
                if (to_lower(form.front()) != 'a' + letter) continue;
                if (form.size() >= sizeof(StateKey{}.text)) throw "a state's name is too long for the key table";
                StateKey& k = t.keys[n++];
                for (std::size_t c = 0; c < form.size(); ++c) {
                    k.text[c] = to_lower(form[c]);
                    k.fold[c] = (k.text[c] >= 'a' && k.text[c] <= 'z') ? 0x20 : 0;
                }
                k.size = static_cast<std::uint8_t>(form.size());
                k.state = static_cast<std::uint8_t>(i);
            }
        }
    }
    t.bucket_begin[26] = static_cast<std::uint8_t>(n);
    if (n != sizeof(t.keys) / sizeof(t.keys[0])) throw "every state's names must start with a letter";
    return t;
}
inline constexpr StateKeyTable state_keys = make_state_keys();

// The exact (same length, ASCII case-insensitive) match of `text` among the keys, or -1.
constexpr int find_state_key(std::string_view text) noexcept {
    const char first = to_lower(text.front());
    if (first < 'a' || first > 'z') return -1;
    const int letter = first - 'a';
    for (std::size_t k = state_keys.bucket_begin[letter]; k < state_keys.bucket_begin[letter + 1]; ++k) {
        const StateKey& key = state_keys.keys[k];
        if (key.size != text.size()) continue;
        std::size_t i = 1;
        while (i < text.size() && static_cast<char>(text[i] | key.fold[i]) == key.text[i]) ++i;
        if (i == text.size()) return key.state;
    }
    return -1;
}
}  // namespace detail

/// Finds a state by any name it goes by.
///
/// @param text  a short English name ("Kyrgyzstan"), the official name the sources use ("Kyrgyz
///              Republic", "The Republic of Tajikistan"), or an ISO 3166-1 alpha-2 or alpha-3 code.
///              Case-insensitive; surrounding blanks are ignored and inner runs of blanks count as
///              one space; a leading "the" is optional.
/// @return the state, or nullopt for anything else (empty, unknown, non-ASCII, over 64 bytes).
/// @complexity linear in the length of `text` (bounded: <= 64 bytes); a well-formed name is one
///             bucket scan and one comparison. Never throws, never allocates.
[[nodiscard]] constexpr std::optional<MemberState> find_state(std::string_view text) noexcept {
    constexpr std::size_t longest_accepted = 64;
    text = detail::trim(text);
    if (text.empty() || text.size() > longest_accepted) return std::nullopt;
    if (const int exact = detail::find_state_key(text); exact >= 0)
        return MemberState::from_index(static_cast<std::size_t>(exact));
    // Slow path: runs of blanks inside, or a leading article.
    const std::string_view without_article = detail::strip_article(text);
    for (std::size_t i = 0; i < MemberState::count; ++i) {
        const StateIdentity& s = data::states[i];
        if (detail::equals_folded(text, s.alpha2) || detail::equals_folded(text, s.alpha3) ||
            detail::equals_folded(without_article, s.name) || detail::equals_folded(without_article, s.official_name)) {
            return MemberState::from_index(i);
        }
    }
    return std::nullopt;
}

/// Named constants for the nine states; each fails to compile if the table lost its row.
namespace states {
inline constexpr MemberState armenia = find_state("ARM").value();
inline constexpr MemberState azerbaijan = find_state("AZE").value();
inline constexpr MemberState belarus = find_state("BLR").value();
inline constexpr MemberState georgia = find_state("GEO").value();
inline constexpr MemberState kazakhstan = find_state("KAZ").value();
inline constexpr MemberState kyrgyzstan = find_state("KGZ").value();
inline constexpr MemberState russia = find_state("RUS").value();
inline constexpr MemberState tajikistan = find_state("TJK").value();
inline constexpr MemberState uzbekistan = find_state("UZB").value();
}  // namespace states

}  // namespace csto
