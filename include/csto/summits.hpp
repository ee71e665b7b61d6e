// csto/summits.hpp - meeting queries: summits, find_summit, representative, statements.
#pragma once

#include <csto/data/meetings.hpp>
#include <csto/data/statements.hpp>
#include <csto/dataset.hpp>
#include <csto/detail/enum_compare.hpp>
#include <csto/detail/enum_name.hpp>
#include <csto/detail/filter_view.hpp>
#include <csto/detail/lazy.hpp>
#include <csto/optional.hpp>
#include <csto/span.hpp>
#include <csto/statement.hpp>
#include <csto/states.hpp>
#include <csto/summit.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace csto {

namespace detail {
/// The meeting tables of the built-in release (what the queries below read by default).
template <class Lazy>
inline constexpr Dataset builtin_meetings = [] {
    LazyDataset<Lazy> d = no_tables<Lazy>;
    d.summits = data::summits<Lazy>;
    d.statements = data::statements<Lazy>;
    return d;
}();
}  // namespace detail

/// Every meeting in the dataset (Council sessions, ministerial councils, the 2017 reception), in
/// date order, as a SummitList: a random-access view that yields each Summit by value.
template <class Lazy = void>
[[nodiscard]] constexpr SummitList summits(
    const detail::LazyDataset<Lazy>& data = detail::builtin_meetings<Lazy>) noexcept {
    return data.summits;
}

namespace detail {
/// Keeps a meeting whose days overlap the window [first_day, last_day] (day numbers). The default
/// window is empty: it keeps nothing.
struct SummitOverlaps {
    long first_day = 1;
    long last_day = 0;
    template <class Lazy = void>
    [[nodiscard]] constexpr bool operator()(const Summit& s) const noexcept {
        const DateRange when = lazy<Lazy>(s).when();
        return static_cast<long>(when.latest().day_number()) >= first_day &&
               static_cast<long>(when.earliest().day_number()) <= last_day;
    }
};
}  // namespace detail

/// The meetings whose days overlap a window (a forward range of const Summit&).
using SummitsBetween = detail::FilterView<Summit, detail::SummitOverlaps, SummitList>;

/// The meetings whose date may fall in [from, to]: exactly those whose date range overlaps the
/// window (a meeting dated by a range is included when any of its days is in it), in the
/// dataset's order (date order for the built-in data). A filter, not a slice: a range-dated
/// meeting that sorts earlier (the 2017 reception, 2017-05-02..2017-12-31) does not pull in the
/// meetings after it. Empty for special values or from > to. count() gives how many.
/// @return a lazy view: O(1) to make, O(meetings) to iterate or count. Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr detail::Deferred<SummitsBetween, Lazy> summits_between(
    boost::gregorian::date from, boost::gregorian::date to,
    const detail::LazyDataset<Lazy>& data = detail::builtin_meetings<Lazy>) noexcept {
    if (from.is_special() || to.is_special() || to < from) return {};
    return SummitsBetween(
        data.summits, detail::SummitOverlaps{static_cast<long>(from.day_number()), static_cast<long>(to.day_number())});
}

/// Whether a count of meetings includes those only scheduled (MeetingStatus::scheduled).
enum class Scheduled : std::uint8_t { excluded, included };

namespace detail {
inline constexpr char scheduled_names[] =
    "excluded\0"
    "included\0";
inline constexpr char scheduled_labels[] =
    "scheduled meetings excluded\0"
    "scheduled meetings included\0";

template <>
inline constexpr EnumTexts enum_texts<Scheduled>{scheduled_names, sizeof scheduled_names, scheduled_labels,
                                                 sizeof scheduled_labels};
}  // namespace detail

/// How many meetings (of every body) fall wholly within `year`: held ones, and scheduled ones too
/// when `scheduled` is Scheduled::included. A meeting dated only by a range that crosses the year's
/// bounds is not counted. 0 for a year outside 1400-9999.
/// @complexity O(meetings). Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr std::size_t meeting_count(
    int year, Scheduled scheduled = Scheduled::excluded,
    const detail::LazyDataset<Lazy>& data = detail::builtin_meetings<Lazy>) noexcept {
    if (year < 1400 || year > 9999) return 0;
    std::size_t n = 0;
    for (const auto& s : data.summits)
        if (s.when().earliest().year() == year && s.when().latest().year() == year &&
            (s.held() || detail::is(scheduled, Scheduled::included)))
            ++n;
    return n;
}

/// The Collective Security Council session held on day `d`, or nullopt (also for special values).
/// Ministerial councils and receptions are not Council sessions: find them in summits().
/// @complexity O(log meetings + meetings beginning on `d`): a binary search, since the meetings
/// are in order of their earliest day (the data compiler checks it). Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr detail::Deferred<Optional<Summit>, Lazy> find_summit(
    boost::gregorian::date d, const detail::LazyDataset<Lazy>& data = detail::builtin_meetings<Lazy>) noexcept {
    if (d.is_special()) return {};
    std::size_t first = 0;  // the first meeting whose earliest day is not before d
    for (std::size_t count = data.summits.size(); count > 0;) {
        const std::size_t half = count / 2;
        if (data.summits[first + half].when().earliest() < d) {
            first += half + 1;
            count -= half + 1;
        } else {
            count = half;
        }
    }
    for (std::size_t i = first; i < data.summits.size() && data.summits[i].when().earliest() == d; ++i) {
        const auto& s = data.summits[i];
        if (detail::is(s.body(), MeetingBody::collective_security_council) && s.when().is_exact()) return s;
    }
    return {};
}

/// Who represented `state` at `summit`, where a source names them; else nullopt.
/// @complexity O(participants). Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr detail::Deferred<Optional<Participant>, Lazy> representative(
    const Summit& summit, const MemberState& state) noexcept {
    for (const auto& p : detail::lazy<Lazy>(summit).participants())
        if (p.state() == state) return p;
    return {};
}

/// Everything the sources quote or report as said at (or before) meetings, by meeting date.
/// @return a StatementList, which yields each statement by value (a view into the dataset).
/// @complexity O(1). Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr StatementList statements(
    const detail::LazyDataset<Lazy>& data = detail::builtin_meetings<Lazy>) noexcept {
    return data.statements;
}

}  // namespace csto
