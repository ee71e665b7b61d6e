// csto/lean.hpp - the cheapest way in: states, is_member, members_on, indeterminate_members_on,
// treaty_in_force and organization_name, answered from the compiled membership of
// data/membership_days.hpp without the sourced tables. For the reasons and sources behind an
// answer include csto/core.hpp or csto/csto.hpp.
#pragma once

#include <csto/data/membership_days.hpp>
#include <csto/data/version.hpp>
#include <csto/dataset.hpp>
#include <csto/member_state.hpp>
#include <csto/state_set.hpp>
#include <csto/states.hpp>

#include <boost/logic/tribool.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace csto {

namespace detail {
/// The built-in release's compiled membership.
inline constexpr MembershipDays builtin_membership_days{data::membership_days::change_days,
                                                        data::membership_days::certain,
                                                        data::membership_days::open,
                                                        data::membership_days::treaty_signed,
                                                        data::membership_days::entry_into_force,
                                                        data::membership_days::charter_signed};

// The segment of an ordinary day: how many change days are on or before it. A branchless binary
// search narrows the change days to at most 16, which are then counted without a branch (a
// handful of vector compares for the built-in eight): O(log n), and no misprediction.
constexpr std::size_t segment_of(const MembershipDays& days, boost::gregorian::date d) noexcept {
    const day_number day = d.day_number();
    const day_number* const first = days.change_days.data();
    const day_number* base = first;
    std::size_t n = days.change_days.size();
    while (n > 16) {
        const std::size_t half = n / 2;
        base = base[half] <= day ? base + half : base;
        n -= half;
    }
    // 32 bits, signed (an ordinary day's number is below 2^31): the count vectorises as plain
    // compares and subtractions.
    const std::int32_t signed_day = static_cast<std::int32_t>(day);
    std::int32_t k = 0;
    for (std::size_t i = 0; i < n; ++i) k += static_cast<std::int32_t>(base[i]) <= signed_day ? 1 : 0;
    return static_cast<std::size_t>(base - first) + static_cast<std::size_t>(k);
}
// The certain and the open mask of day `d`'s segment, from one search.
struct SegmentMasks {
    std::uint16_t certain = 0;
    std::uint16_t open = 0;
};
constexpr SegmentMasks segment_masks(const MembershipDays& days, boost::gregorian::date d) noexcept {
    const std::size_t k = segment_of(days, d);
    return {k < days.certain.size() ? days.certain[k] : std::uint16_t{0},
            k < days.open.size() ? days.open[k] : std::uint16_t{0}};
}
// One of the two masks (the compiler drops the other's load).
constexpr std::uint16_t certain_bits(const MembershipDays& days, boost::gregorian::date d) noexcept {
    return segment_masks(days, d).certain;
}
constexpr std::uint16_t open_bits(const MembershipDays& days, boost::gregorian::date d) noexcept {
    return segment_masks(days, d).open;
}
constexpr boost::logic::tribool is_member(const MembershipDays& days, const MemberState& state,
                                          boost::gregorian::date d) noexcept {
    boost::logic::tribool answer = boost::logic::indeterminate;
    if (d.is_special()) return answer;
    const std::size_t k = segment_of(days, d);
    const unsigned certain = k < days.certain.size() ? (days.certain[k] >> state.index()) & 1u : 0u;
    const unsigned open = k < days.open.size() ? (days.open[k] >> state.index()) & 1u : 0u;
    // Without a branch: true if certain, else indeterminate if open, else false.
    answer.value = static_cast<boost::logic::tribool::value_t>(
        certain * boost::logic::tribool::true_value + (open & ~certain) * boost::logic::tribool::indeterminate_value);
    return answer;
}
}  // namespace detail

inline constexpr std::string_view treaty_name = std::string_view("Collective Security Treaty", 26);
inline constexpr std::string_view organization_full_name =
    std::string_view("Collective Security Treaty Organization", 39);

namespace detail {
constexpr std::string_view organization_name(const MembershipDays& days, boost::gregorian::date d) noexcept {
    if (d.is_special()) return {};
    if (!(d.day_number() < days.charter_signed)) return organization_full_name;
    if (!(d.day_number() < days.treaty_signed)) return treaty_name;
    return {};
}
}  // namespace detail

/// Was `state` a member on day `d`?
/// @param data  the dataset to read (the built-in one by default).
/// @return true or false; indeterminate where the sources leave the day open (inside an
///         imprecise or disputed bound) and for special date values. A suspended state is not a
///         member; a member whose participation is frozen is one. Days after data_as_of
///         extrapolate: an open interval goes on.
/// @complexity O(log n) in the change days: a branchless count over the built-in eight.
///             Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr boost::logic::tribool is_member(const MemberState& state, boost::gregorian::date d,
                                                        const detail::LazyDataset<Lazy>& data) noexcept {
    return detail::is_member(data.membership_days, state, d);
}
[[nodiscard]] constexpr boost::logic::tribool is_member(const MemberState& state, boost::gregorian::date d) noexcept {
    return detail::is_member(detail::builtin_membership_days, state, d);
}

/// The states certainly members on day `d` (empty for special date values).
/// @complexity as is_member. Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr StateSet members_on(boost::gregorian::date d, const detail::LazyDataset<Lazy>& data) noexcept {
    if (d.is_special()) return {};
    return StateSet::from_bits(detail::certain_bits(data.membership_days, d));
}
[[nodiscard]] constexpr StateSet members_on(boost::gregorian::date d) noexcept {
    if (d.is_special()) return {};
    return StateSet::from_bits(detail::certain_bits(detail::builtin_membership_days, d));
}

/// The states whose membership on day `d` the sources leave open (every state, for a special
/// date value, since nothing is known about it).
/// @complexity as is_member. Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr StateSet indeterminate_members_on(boost::gregorian::date d,
                                                          const detail::LazyDataset<Lazy>& data) noexcept {
    if (d.is_special()) return StateSet::all();
    return StateSet::from_bits(detail::open_bits(data.membership_days, d));
}
[[nodiscard]] constexpr StateSet indeterminate_members_on(boost::gregorian::date d) noexcept {
    if (d.is_special()) return StateSet::all();
    return StateSet::from_bits(detail::open_bits(detail::builtin_membership_days, d));
}

/// Was the Treaty in force on day `d`? From its entry into force (20 April 1994) on, through the
/// 1999 extension and every renewal; false before. Indeterminate for special date values.
/// @complexity O(1). Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr boost::logic::tribool treaty_in_force(boost::gregorian::date d,
                                                              const detail::LazyDataset<Lazy>& data) noexcept {
    if (d.is_special()) return boost::logic::indeterminate;
    return !(d.day_number() < data.membership_days.entry_into_force);
}
[[nodiscard]] constexpr boost::logic::tribool treaty_in_force(boost::gregorian::date d) noexcept {
    if (d.is_special()) return boost::logic::indeterminate;
    return !(d.day_number() < detail::builtin_membership_days.entry_into_force);
}

/// What the organization was called on day `d`: "Collective Security Treaty" from its signature
/// (15 May 1992), "Collective Security Treaty Organization" from the Charter's signature
/// (7 October 2002). Empty before the signature and for special date values.
/// @complexity O(1). Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr std::string_view organization_name(boost::gregorian::date d,
                                                           const detail::LazyDataset<Lazy>& data) noexcept {
    return detail::organization_name(data.membership_days, d);
}
[[nodiscard]] constexpr std::string_view organization_name(boost::gregorian::date d) noexcept {
    return detail::organization_name(detail::builtin_membership_days, d);
}

}  // namespace csto
