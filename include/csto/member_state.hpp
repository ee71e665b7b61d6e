// csto/member_state.hpp - MemberState, the value type for a state that was ever a party.
#pragma once

#include <csto/optional.hpp>
#include <csto/state_identity.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>  // also declares std::hash

#if __cplusplus >= 202002L
#include <compare>
#endif

namespace csto {

/// One of the nine states that were ever parties to the Treaty: a one-byte value, cheap to copy,
/// compared with == and ordered by short name. Obtain one from find_state(), from the constants
/// in csto::states, or by iterating a StateSet; there is no "no state" value.
///
/// The nine states are the model's vocabulary (as a time-zone library's zone names are): every
/// dataset lists them in this order, and data/states.toml must name exactly these. Their names
/// and codes are data: the accessors below are defined in <csto/states.hpp>, which every header
/// that hands out a MemberState includes.
class MemberState {
public:
    /// How many states there are: Armenia, Azerbaijan, Belarus, Georgia, Kazakhstan, Kyrgyzstan,
    /// Russia, Tajikistan, Uzbekistan (name order).
    static constexpr std::size_t count = 9;

    /// The state at `index` in name order, or nullopt when index >= count.
    [[nodiscard]] static constexpr Optional<MemberState> from_index(std::size_t index) noexcept {
        if (index >= count) return {};
        return MemberState(static_cast<std::uint8_t>(index));
    }

    /// Position in name order, 0 to count-1.
    [[nodiscard]] constexpr std::size_t index() const noexcept { return index_; }
    // The names and codes: declared here, defined in <csto/states.hpp> (they read the data). Each
    // is a template (Lazy is never given), so that only a file that reads one analyses the table.

    /// The full row: names, codes and their citations.
    template <class Lazy = void>
    [[nodiscard]] constexpr const StateIdentity& identity() const noexcept;
    /// Short English name, e.g. "Kyrgyzstan".
    template <class Lazy = void>
    [[nodiscard]] constexpr std::string_view name() const noexcept;
    /// Full name as the sources write it, e.g. "Kyrgyz Republic".
    template <class Lazy = void>
    [[nodiscard]] constexpr std::string_view official_name() const noexcept;
    /// ISO 3166-1 alpha-2 code, e.g. "KG".
    template <class Lazy = void>
    [[nodiscard]] constexpr std::string_view alpha2() const noexcept;
    /// ISO 3166-1 alpha-3 code, e.g. "KGZ".
    template <class Lazy = void>
    [[nodiscard]] constexpr std::string_view alpha3() const noexcept;
    /// ISO 3166-1 numeric code (e.g. 51 for Armenia, written "051").
    template <class Lazy = void>
    [[nodiscard]] constexpr int numeric() const noexcept;
    /// Correlates of War state number.
    template <class Lazy = void>
    [[nodiscard]] constexpr int cow_code() const noexcept;
    /// Correlates of War state abbreviation, e.g. "KYR" (empty where the data gives none).
    template <class Lazy = void>
    [[nodiscard]] constexpr std::string_view cow_abbreviation() const noexcept;

    friend constexpr bool operator==(MemberState a, MemberState b) noexcept { return a.index_ == b.index_; }
    friend constexpr bool operator!=(MemberState a, MemberState b) noexcept { return a.index_ != b.index_; }
    friend constexpr bool operator<(MemberState a, MemberState b) noexcept { return a.index_ < b.index_; }
#if __cplusplus >= 202002L
    /// C++20: a total order, by short name (as operator<).
    friend constexpr std::strong_ordering operator<=>(MemberState a, MemberState b) noexcept {
        return a.index_ <=> b.index_;
    }
#endif

private:
    constexpr explicit MemberState(std::uint8_t index) noexcept : index_(index) {}
    std::uint8_t index_;
};

namespace detail {
/// The nine states by index, for the generated tables: a row names a state as `member_states[i]`,
/// a copy of a constant, which costs each user's build less than a call to from_index().
inline constexpr MemberState member_states[MemberState::count] = {
    *MemberState::from_index(0), *MemberState::from_index(1), *MemberState::from_index(2),
    *MemberState::from_index(3), *MemberState::from_index(4), *MemberState::from_index(5),
    *MemberState::from_index(6), *MemberState::from_index(7), *MemberState::from_index(8)};
}  // namespace detail

}  // namespace csto

/// Hashes a MemberState by its position (for unordered containers).
namespace std {
template <>
struct hash<csto::MemberState> {
    [[nodiscard]] std::size_t operator()(csto::MemberState s) const noexcept { return s.index(); }
};
}  // namespace std
