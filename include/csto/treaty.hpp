// csto/treaty.hpp - the Treaty's timeline: treaty_events and find_event (treaty_in_force and
// organization_name are in csto/lean.hpp).
#pragma once

#include <csto/data/treaty.hpp>
#include <csto/data/version.hpp>
#include <csto/dataset.hpp>
#include <csto/detail/enum_compare.hpp>
#include <csto/detail/lazy.hpp>
#include <csto/lean.hpp>
#include <csto/optional.hpp>
#include <csto/treaty_event.hpp>

namespace csto {

namespace detail {
/// The treaty tables of the built-in release (what the one-argument queries below read).
template <class Lazy>
inline constexpr Dataset builtin_treaty = [] {
    LazyDataset<Lazy> d = no_tables<Lazy>;
    d.as_of = data_as_of;
    d.treaty_events = data::treaty_events;
    d.membership_days = builtin_membership_days;
    return d;
}();
}  // namespace detail

/// Every milestone of the Treaty and the Organization, in date order.
/// @return a TreatyEventList, which yields each event by value (a view into the dataset).
/// @complexity O(1). Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr TreatyEventList treaty_events(
    const detail::LazyDataset<Lazy>& data = detail::builtin_treaty<Lazy>) noexcept {
    return data.treaty_events;
}

/// The first event of `kind`, or nullopt when the dataset has none. (A value: the built-in
/// events are encoded records, decoded as they are read.)
/// @complexity O(events). Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr detail::Deferred<Optional<TreatyEvent>, Lazy> find_event(
    TreatyEventKind kind, const detail::LazyDataset<Lazy>& data = detail::builtin_treaty<Lazy>) noexcept {
    for (const TreatyEvent e : data.treaty_events)
        if (detail::is(e.kind, kind)) return e;
    return {};
}

}  // namespace csto
