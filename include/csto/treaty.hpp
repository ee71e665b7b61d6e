// csto/treaty.hpp - the Treaty's timeline: treaty_in_force, organization_name, treaty_events.
#pragma once

#include <csto/data/treaty.hpp>
#include <csto/span.hpp>
#include <csto/treaty_event.hpp>

#include <boost/logic/tribool.hpp>

#include <string_view>

namespace csto {

/// Every milestone of the Treaty and the Organization, in date order.
[[nodiscard]] constexpr Span<TreatyEvent> treaty_events() noexcept { return data::treaty_events; }

/// The first event of `kind`, or null when the data has none. Points into static data.
/// @complexity O(events). Never throws, never allocates.
[[nodiscard]] constexpr const TreatyEvent* find_event(TreatyEventKind kind) noexcept {
    for (const TreatyEvent& e : treaty_events())
        if (e.kind == kind) return &e;
    return nullptr;
}

/// Was the Treaty in force on day `d`? From its entry into force (20 April 1994) on, through the
/// 1999 extension and every renewal; false before. Indeterminate for special date values.
/// @complexity O(events). Never throws, never allocates.
[[nodiscard]] constexpr boost::logic::tribool treaty_in_force(boost::gregorian::date d) noexcept {
    if (d.is_special()) return boost::logic::indeterminate;
    return find_event(TreatyEventKind::entry_into_force)->when.reached_by(d);
}

inline constexpr std::string_view treaty_name = "Collective Security Treaty";
inline constexpr std::string_view organization_full_name = "Collective Security Treaty Organization";

/// What the organization was called on day `d`: "Collective Security Treaty" from its signature
/// (15 May 1992), "Collective Security Treaty Organization" from the Charter's signature
/// (7 October 2002). Empty before the signature and for special date values.
/// @complexity O(events). Never throws, never allocates.
[[nodiscard]] constexpr std::string_view organization_name(boost::gregorian::date d) noexcept {
    if (d.is_special()) return {};
    if (find_event(TreatyEventKind::charter_signed)->when.reached_by(d)) return organization_full_name;
    if (find_event(TreatyEventKind::treaty_signed)->when.reached_by(d)) return treaty_name;
    return {};
}

}  // namespace csto
