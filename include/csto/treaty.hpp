// csto/treaty.hpp - the Treaty's timeline: treaty_events and find_event (treaty_in_force and
// organization_name are in csto/lean.hpp, checked here against the events).
#pragma once

#include <csto/data/treaty.hpp>
#include <csto/lean.hpp>
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

static_assert(data::membership_days::treaty_signed ==
                      find_event(TreatyEventKind::treaty_signed)->when.earliest().day_number() &&
                  data::membership_days::entry_into_force ==
                      find_event(TreatyEventKind::entry_into_force)->when.earliest().day_number() &&
                  data::membership_days::charter_signed ==
                      find_event(TreatyEventKind::charter_signed)->when.earliest().day_number(),
              "data/membership_days.hpp is out of date: regenerate it with `export membership-days`");

}  // namespace csto
