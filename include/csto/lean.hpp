// csto/lean.hpp - the cheapest way in: states, is_member, members_on, indeterminate_members_on,
// treaty_in_force and organization_name, answered from the compiled data of
// data/membership_days.hpp without parsing the sourced tables. Within 1.3x the compile cost of
// boost/date_time/gregorian/gregorian_types.hpp (tests/benchmarks/compile_cost.sh csto/lean.hpp).
// For the reasons and sources behind an answer include csto/core.hpp or csto/csto.hpp: they
// define these same functions (this header) and check the compiled data against the sources.
#pragma once

#include <csto/data/membership_days.hpp>
#include <csto/data/version.hpp>
#include <csto/member_state.hpp>
#include <csto/state_set.hpp>

#include <boost/logic/tribool.hpp>

#include <cstddef>
#include <string_view>

namespace csto {

namespace detail {
// The segment of an ordinary day: how many change days are on or before it (branch-free, and
// unrolled: the count is a compile-time constant).
constexpr std::size_t segment_of(boost::gregorian::date d) noexcept {
    const auto day = d.day_number();
    std::size_t k = 0;
    for (const auto change : data::membership_days::change_days) k += change <= day ? 1 : 0;
    return k;
}
}  // namespace detail

/// Was `state` a member on day `d`?
/// @return true or false; indeterminate where the sources leave the day open (inside an
///         imprecise or disputed bound) and for special date values. A suspended state is not a
///         member; a member whose participation is frozen is one. Days after data_as_of
///         extrapolate: an open interval goes on.
/// @complexity O(1): one pass over a dozen precomputed change days. Never throws, never allocates.
[[nodiscard]] constexpr boost::logic::tribool is_member(const MemberState& state, boost::gregorian::date d) noexcept {
    if (d.is_special()) return boost::logic::indeterminate;
    const std::size_t k = detail::segment_of(d);
    const unsigned bit = 1u << state.index();
    if (data::membership_days::certain[k] & bit) return true;
    if (data::membership_days::open[k] & bit) return boost::logic::indeterminate;
    return false;
}

/// The states certainly members on day `d` (empty for special date values).
/// @complexity O(1), as is_member. Never throws, never allocates.
[[nodiscard]] constexpr StateSet members_on(boost::gregorian::date d) noexcept {
    if (d.is_special()) return {};
    return StateSet::from_bits(data::membership_days::certain[detail::segment_of(d)]);
}

/// The states whose membership on day `d` the sources leave open (every state, for a special
/// date value, since nothing is known about it).
/// @complexity O(1), as is_member. Never throws, never allocates.
[[nodiscard]] constexpr StateSet indeterminate_members_on(boost::gregorian::date d) noexcept {
    if (d.is_special()) return StateSet::all();
    return StateSet::from_bits(data::membership_days::open[detail::segment_of(d)]);
}

/// Was the Treaty in force on day `d`? From its entry into force (20 April 1994) on, through the
/// 1999 extension and every renewal; false before. Indeterminate for special date values.
/// @complexity O(1). Never throws, never allocates.
[[nodiscard]] constexpr boost::logic::tribool treaty_in_force(boost::gregorian::date d) noexcept {
    if (d.is_special()) return boost::logic::indeterminate;
    return !(d.day_number() < data::membership_days::entry_into_force);
}

inline constexpr std::string_view treaty_name = "Collective Security Treaty";
inline constexpr std::string_view organization_full_name = "Collective Security Treaty Organization";

/// What the organization was called on day `d`: "Collective Security Treaty" from its signature
/// (15 May 1992), "Collective Security Treaty Organization" from the Charter's signature
/// (7 October 2002). Empty before the signature and for special date values.
/// @complexity O(1). Never throws, never allocates.
[[nodiscard]] constexpr std::string_view organization_name(boost::gregorian::date d) noexcept {
    if (d.is_special()) return {};
    if (!(d.day_number() < data::membership_days::charter_signed)) return organization_full_name;
    if (!(d.day_number() < data::membership_days::treaty_signed)) return treaty_name;
    return {};
}

}  // namespace csto
