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

/// Finds a state by any name it goes by.
///
/// @param text  a short English name ("Kyrgyzstan"), the official name the sources use ("Kyrgyz
///              Republic", "The Republic of Tajikistan"), or an ISO 3166-1 alpha-2 or alpha-3 code.
///              Case-insensitive; surrounding blanks are ignored and inner runs of blanks count as
///              one space; a leading "the" is optional.
/// @return the state, or nullopt for anything else (empty, unknown, non-ASCII, over 64 bytes).
/// @complexity linear in the number of states and the length of `text` (bounded: <= 64 bytes).
/// Never throws, never allocates.
[[nodiscard]] constexpr std::optional<MemberState> find_state(std::string_view text) noexcept {
    constexpr std::size_t longest_accepted = 64;
    text = detail::trim(text);
    if (text.empty() || text.size() > longest_accepted) return std::nullopt;
    const std::string_view without_article = detail::strip_article(text);
    for (std::size_t i = 0; i < MemberState::count; ++i) {
        const StateIdentity& s = data::states[i];
        if (detail::equals_folded(text, s.alpha2) || detail::equals_folded(text, s.alpha3) ||
            detail::equals_folded(without_article, s.name) ||
            detail::equals_folded(without_article, s.official_name)) {
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
