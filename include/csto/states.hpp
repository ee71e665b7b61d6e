// csto/states.hpp - the states of the built-in data: their names and codes, find_state, and the
// constants csto::states::armenia ... csto::states::uzbekistan.
#pragma once

#include <csto/data/states.hpp>
#include <csto/dataset.hpp>
#include <csto/detail/ascii.hpp>
#include <csto/member_state.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

namespace csto {

constexpr const StateIdentity& MemberState::identity() const noexcept { return data::states[index_]; }
constexpr std::string_view MemberState::name() const noexcept { return identity().name; }
constexpr std::string_view MemberState::official_name() const noexcept { return identity().official_name; }
constexpr std::string_view MemberState::alpha2() const noexcept { return identity().alpha2; }
constexpr std::string_view MemberState::alpha3() const noexcept { return identity().alpha3; }
constexpr int MemberState::numeric() const noexcept { return identity().numeric; }
constexpr int MemberState::cow_code() const noexcept { return identity().cow_code; }

static_assert(sizeof(data::states) / sizeof(data::states[0]) == MemberState::count,
              "data/states.toml must list exactly the nine states");

namespace detail {
// The exact (same length, ASCII case-insensitive) match of `text` among the keys, or -1.
constexpr int find_state_key(std::string_view text, Span<StateKey> keys, Span<std::uint8_t> buckets) noexcept {
    const char first = to_lower(text.front());
    if (first < 'a' || first > 'z' || buckets.size() != 27) return -1;
    const std::size_t letter = static_cast<std::size_t>(first - 'a');
    for (std::size_t k = buckets[letter]; k < buckets[letter + 1] && k < keys.size(); ++k) {
        const StateKey& key = keys[k];
        if (key.text.size() != text.size()) continue;
        std::size_t i = 1;
        while (i < text.size() && to_lower(text[i]) == key.text[i]) ++i;
        if (i == text.size()) return key.state;
    }
    return -1;
}

constexpr std::optional<MemberState> find_state_in(std::string_view text, Span<StateIdentity> states,
                                                   Span<StateKey> keys, Span<std::uint8_t> buckets) noexcept {
    constexpr std::size_t longest_accepted = 64;
    text = trim(text);
    if (text.empty() || text.size() > longest_accepted) return std::nullopt;
    if (const int exact = find_state_key(text, keys, buckets); exact >= 0)
        return MemberState::from_index(static_cast<std::size_t>(exact));
    // Slow path: runs of blanks inside, or a leading article.
    const std::string_view without_article = strip_article(text);
    for (std::size_t i = 0; i < states.size() && i < MemberState::count; ++i) {
        const StateIdentity& s = states[i];
        if (equals_folded(text, s.alpha2) || equals_folded(text, s.alpha3) || equals_folded(without_article, s.name) ||
            equals_folded(without_article, s.official_name)) {
            return MemberState::from_index(i);
        }
    }
    return std::nullopt;
}
}  // namespace detail

/// Finds a state by any name it goes by.
///
/// @param text  a short English name ("Kyrgyzstan"), the official name the sources use ("Kyrgyz
///              Republic", "The Republic of Tajikistan"), or an ISO 3166-1 alpha-2 or alpha-3 code.
///              Case-insensitive; surrounding blanks are ignored and inner runs of blanks count as
///              one space; a leading "the" is optional.
/// @param data  the dataset whose names are searched (the built-in one by default).
/// @return the state, or nullopt for anything else (empty, unknown, non-ASCII, over 64 bytes).
/// @complexity linear in the length of `text` (bounded: <= 64 bytes); a well-formed name is one
///             bucket scan and one comparison. Never throws, never allocates.
[[nodiscard]] constexpr std::optional<MemberState> find_state(std::string_view text, const Dataset& data) noexcept {
    return detail::find_state_in(text, data.states, data.state_keys, data.state_key_buckets);
}
[[nodiscard]] constexpr std::optional<MemberState> find_state(std::string_view text) noexcept {
    return detail::find_state_in(text, data::states, data::state_keys, data::state_key_buckets);
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
