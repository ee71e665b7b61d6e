// csto/anniversary.hpp - which anniversary of the Treaty's signing, or of the Organization's
// founding, a day falls on or in.
#pragma once

#include <csto/date_range.hpp>
#include <csto/detail/lazy.hpp>
#include <csto/optional.hpp>
#include <csto/treaty.hpp>

namespace csto {

/// An anniversary, counted by calendar year as the sources count them (the May 2022 summit marked
/// the Organization's 20th though its Charter was signed in October 2002).
struct Anniversary {
    int number;       ///< 25 for the 25th
    bool on_the_day;  ///< the day is the very anniversary (same month and day)
};

/// Which anniversary of `origin` the year of `d` is; nullopt in the origin's own year or before,
/// for an origin not known to the day, and for special values.
/// @complexity O(1). Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr detail::Deferred<Optional<Anniversary>, Lazy> anniversary_of(
    const DateRange& origin, boost::gregorian::date d) noexcept {
    if (d.is_special() || !origin.is_exact()) return {};
    const auto o = detail::lazy<Lazy>(origin).earliest().year_month_day();
    const auto x = detail::lazy<Lazy>(d).year_month_day();
    const int number = static_cast<int>(x.year) - static_cast<int>(o.year);
    if (number < 1) return {};
    return Anniversary{number, x.month == o.month && x.day == o.day};
}

/// The anniversary of the Treaty's signing (Tashkent, 15 May 1992) in the year of `d`.
template <class Lazy = void>
[[nodiscard]] constexpr detail::Deferred<Optional<Anniversary>, Lazy> treaty_anniversary(
    boost::gregorian::date d, const detail::LazyDataset<Lazy>& data = detail::builtin_treaty<Lazy>) noexcept {
    const auto origin = find_event(TreatyEventKind::treaty_signed, data);
    if (!origin) return {};
    return anniversary_of(origin->when, d);
}

/// The anniversary of the Organization's founding in the year of `d`, counted from the Council's
/// decision of 14 May 2002 (seed 000) to form it.
template <class Lazy = void>
[[nodiscard]] constexpr detail::Deferred<Optional<Anniversary>, Lazy> organization_anniversary(
    boost::gregorian::date d, const detail::LazyDataset<Lazy>& data = detail::builtin_treaty<Lazy>) noexcept {
    const auto origin = find_event(TreatyEventKind::organization_decided, data);
    if (!origin) return {};
    return anniversary_of(origin->when, d);
}

}  // namespace csto
