// csto/membership.hpp - membership with its reasons: status_on, membership_history, the sourced
// tables, and compile_membership (the compiled form of a dataset's intervals). is_member,
// members_on and indeterminate_members_on are in csto/lean.hpp (included).
//
// All queries are constexpr, noexcept and allocation-free. A special date (not_a_date_time,
// +/-infinity) is never an error: it gives indeterminate or empty answers.
#pragma once

#include <csto/data/membership.hpp>
#include <csto/data/version.hpp>
#include <csto/dataset.hpp>
#include <csto/date_discrepancy.hpp>
#include <csto/detail/enum_compare.hpp>
#include <csto/detail/enum_name.hpp>
#include <csto/detail/invalid_argument.hpp>
#include <csto/detail/lazy.hpp>
#include <csto/lean.hpp>
#include <csto/member_listing.hpp>
#include <csto/membership_interval.hpp>
#include <csto/participation_freeze.hpp>
#include <csto/span.hpp>
#include <csto/state_set.hpp>
#include <csto/treaty_event.hpp>

#include <boost/logic/tribool.hpp>

#include <cstdint>
#include <string_view>

namespace csto {

namespace detail {
/// The membership tables of the built-in release (what the two-argument queries below read).
template <class Lazy>
inline constexpr Dataset builtin_membership = [] {
    LazyDataset<Lazy> d = no_tables<Lazy>;
    d.as_of = data_as_of;
    d.membership_intervals = data::membership_intervals<Lazy>;
    d.interval_index = data::interval_index<Lazy>;
    d.participation_freezes = data::participation_freezes<Lazy>;
    d.member_listings = data::member_listings<Lazy>;
    d.date_discrepancies = data::date_discrepancies<Lazy>;
    d.membership_days = builtin_membership_days;
    return d;
}();
}  // namespace detail

/// Every membership interval of every state, sorted by state and start.
template <class Lazy = void>
[[nodiscard]] constexpr Span<MembershipInterval> membership_intervals(
    const detail::LazyDataset<Lazy>& data = detail::builtin_membership<Lazy>) noexcept {
    return data.membership_intervals;
}
/// Every participation freeze.
template <class Lazy = void>
[[nodiscard]] constexpr Span<ParticipationFreeze> participation_freezes(
    const detail::LazyDataset<Lazy>& data = detail::builtin_membership<Lazy>) noexcept {
    return data.participation_freezes;
}
/// What the sources themselves list as the members on a day (the data is tested against these).
template <class Lazy = void>
[[nodiscard]] constexpr Span<MemberListing> member_listings(
    const detail::LazyDataset<Lazy>& data = detail::builtin_membership<Lazy>) noexcept {
    return data.member_listings;
}
/// Dates some source gives that the data does not use, with the reason.
template <class Lazy = void>
[[nodiscard]] constexpr Span<DateDiscrepancy> date_discrepancies(
    const detail::LazyDataset<Lazy>& data = detail::builtin_membership<Lazy>) noexcept {
    return data.date_discrepancies;
}

/// The membership intervals of `state`, oldest first.
/// @return a view into the dataset (never dangles while it lives); empty for a state that was
///         never a member.
/// @complexity O(1). Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr Span<MembershipInterval> membership_history(
    const MemberState& state, const detail::LazyDataset<Lazy>& data = detail::builtin_membership<Lazy>) noexcept {
    if (state.index() >= data.interval_index.size()) return {};
    const IntervalRange r = data.interval_index[state.index()];
    return data.membership_intervals.subspan(r.first, r.count);
}

/// The compiled form of a set of membership intervals, for a dataset of your own (the built-in
/// one is compiled by tools/compile_facts.py into data/membership_days.hpp): the change days, the
/// members and open states of each segment, and where each state's intervals are. Keep it in a
/// static constexpr variable and point a Dataset at it with days() and index().
template <std::size_t MaxIntervals>
struct CompiledMembership {
    static_assert(MaxIntervals > 0, "room for one interval at least");
    // C arrays, not std::array: <array> would cost every user's build, used or not.
    day_number change_days[4 * MaxIntervals]{};
    std::uint16_t certain[4 * MaxIntervals + 1]{};
    std::uint16_t open[4 * MaxIntervals + 1]{};
    std::size_t count = 0;  ///< change days in use
    IntervalRange interval_index[MemberState::count]{};
    day_number treaty_signed = 0;
    day_number entry_into_force = 0;
    day_number charter_signed = 0;

    [[nodiscard]] constexpr MembershipDays days() const noexcept {
        return MembershipDays{Span<day_number>(change_days, count),
                              Span<std::uint16_t>(certain, count + 1),
                              Span<std::uint16_t>(open, count + 1),
                              treaty_signed,
                              entry_into_force,
                              charter_signed};
    }
    [[nodiscard]] constexpr Span<IntervalRange> index() const noexcept {
        return Span<IntervalRange>(interval_index, MemberState::count);
    }
};

namespace detail {
// Is `state` a member on `d` by the intervals themselves (the reference answer)?
constexpr boost::logic::tribool member_by_intervals(Span<MembershipInterval> history,
                                                    boost::gregorian::date d) noexcept {
    boost::logic::tribool result = false;
    for (const MembershipInterval& interval : history) result = result || interval.contains(d);
    return result;
}
}  // namespace detail

/// Compiles `intervals` (sorted by state, then start; a state's intervals disjoint) and the key
/// days of `events`. When the intervals are out of order or overlap, or there are more than
/// MaxIntervals: a compile error in a constant expression; at run time std::invalid_argument, or
/// std::abort() in a build without exceptions (see detail::invalid_argument).
template <std::size_t MaxIntervals>
[[nodiscard]] constexpr CompiledMembership<MaxIntervals> compile_membership(Span<MembershipInterval> intervals,
                                                                            TreatyEventList events = {}) {
    using Compiled = CompiledMembership<MaxIntervals>;
    Compiled t{};
    // Read through lazy: the body is analysed only where a dataset is compiled.
    const auto& rows = detail::lazy<Compiled>(intervals);
    if (rows.size() > MaxIntervals) detail::invalid_argument("csto::compile_membership: too many intervals");
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const MembershipInterval& cur = rows[i];
        if (cur.end && !(cur.start.when.latest() < cur.end->when.earliest()))
            detail::invalid_argument("csto::compile_membership: an interval ends before it starts");
        if (i > 0) {
            const MembershipInterval& prev = rows[i - 1];
            if (cur.state < prev.state) detail::invalid_argument("csto::compile_membership: not sorted by state");
            if (cur.state == prev.state && (!prev.end || !(prev.end->when.latest() < cur.start.when.earliest())))
                detail::invalid_argument("csto::compile_membership: a state's intervals overlap");
        }
        IntervalRange& r = t.interval_index[cur.state.index()];
        if (r.count == 0) r.first = static_cast<std::uint16_t>(i);
        ++r.count;
    }
    auto add = [&t](const DateRange& range) {
        // A bound [earliest, latest] changes the answer on its earliest day and on its latest.
        for (const day_number day : {range.earliest().day_number(), range.latest().day_number()}) {
            std::size_t k = 0;
            while (k < t.count && t.change_days[k] < day) ++k;
            if (k < t.count && t.change_days[k] == day) continue;
            for (std::size_t j = t.count; j > k; --j) t.change_days[j] = t.change_days[j - 1];
            t.change_days[k] = day;
            ++t.count;
        }
    };
    for (const MembershipInterval& i : rows) {
        add(i.start.when);
        if (i.end) add(i.end->when);
    }
    for (std::size_t k = 0; k <= t.count; ++k) {
        if (t.count == 0) break;
        const boost::gregorian::date sample(k == 0 ? t.change_days[0] - 1 : t.change_days[k - 1]);
        for (std::size_t s = 0; s < MemberState::count; ++s) {
            const IntervalRange r = t.interval_index[s];
            const boost::logic::tribool m = detail::member_by_intervals(rows.subspan(r.first, r.count), sample);
            if (m) t.certain[k] = static_cast<std::uint16_t>(t.certain[k] | (1u << s));
            else if (boost::logic::indeterminate(m)) t.open[k] = static_cast<std::uint16_t>(t.open[k] | (1u << s));
        }
    }
    for (const TreatyEvent e : detail::lazy<Compiled>(events)) {
        const day_number day = e.when.earliest().day_number();
        if (detail::is(e.kind, TreatyEventKind::treaty_signed)) t.treaty_signed = day;
        if (detail::is(e.kind, TreatyEventKind::entry_into_force)) t.entry_into_force = day;
        if (detail::is(e.kind, TreatyEventKind::charter_signed)) t.charter_signed = day;
    }
    return t;
}

/// The standing of a state on a day, as status_on() reports it.
enum class Standing : std::uint8_t {
    unknown,                      ///< the date is a special value: nothing can be said
    not_yet_member,               ///< before its first membership began
    member,                       ///< a member taking part
    member_participation_frozen,  ///< a member that has frozen its participation (still a member)
    indeterminate,                ///< the sources leave this day open (inside an imprecise bound)
    suspended,                    ///< its membership is suspended: not a member
    former_member,                ///< it ceased to be a party (non-renewal or withdrawal)
};

namespace detail {
inline constexpr char standing_names[] =
    "unknown\0"
    "not_yet_member\0"
    "member\0"
    "member_participation_frozen\0"
    "indeterminate\0"
    "suspended\0"
    "former_member\0";
inline constexpr char standing_labels[] =
    "unknown (special date)\0"
    "not yet a member\0"
    "member\0"
    "member, participation frozen\0"
    "indeterminate\0"
    "suspended\0"
    "former member\0";

template <>
inline constexpr EnumTexts enum_texts<Standing>{standing_names, sizeof standing_names, standing_labels,
                                                sizeof standing_labels};
}  // namespace detail

/// The detailed answer of status_on(). Pointers refer into the dataset and never dangle while it lives.
struct MembershipStatus {
    Standing standing = Standing::unknown;
    /// The interval that decides the answer: the one containing the day (or whose imprecise bound
    /// contains it), else the last one ended before it, else the first one to come. Null for
    /// `unknown`.
    const MembershipInterval* interval = nullptr;
    /// The freeze in effect, for `member_participation_frozen`; else null.
    const ParticipationFreeze* freeze = nullptr;
    /// True when the day lies after the dataset's as-of date, so the answer extrapolates.
    bool past_as_of = false;

    /// The same answer as is_member().
    [[nodiscard]] constexpr boost::logic::tribool is_member() const noexcept {
        switch (standing) {
            case Standing::member:
            case Standing::member_participation_frozen: return true;
            case Standing::not_yet_member:
            case Standing::suspended:
            case Standing::former_member: return false;
            case Standing::unknown:
            case Standing::indeterminate: break;
        }
        return boost::logic::indeterminate;
    }
    /// The citations behind the answer: the freeze's, else the interval's end once it has ended,
    /// else its start.
    [[nodiscard]] constexpr CitationList sources() const noexcept {
        if (interval == nullptr) return {};
        if (freeze != nullptr) return freeze->sources;
        if ((detail::is(standing, Standing::suspended) || detail::is(standing, Standing::former_member)) &&
            interval->end)
            return interval->end->sources;
        return interval->start.sources;
    }
};

/// The detailed membership answer for `state` on day `d`.
/// @param data  the dataset to read (the built-in one by default).
/// @complexity O(log intervals of the state + freezes): a branchless binary search for the last
///             interval begun by `d` (a state's intervals are sorted and disjoint, so it decides).
///             Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr MembershipStatus status_on(
    const MemberState& state, boost::gregorian::date d,
    const detail::LazyDataset<Lazy>& data = detail::builtin_membership<Lazy>) noexcept {
    const auto& day = detail::lazy<Lazy>(d);  // the body then waits for a file that calls it
    MembershipStatus status;
    if (day.is_special()) return status;
    status.past_as_of = !data.as_of.is_special() && data.as_of < day;
    const auto history = membership_history(state, data);
    status.standing = Standing::not_yet_member;
    if (history.empty()) return status;
    status.interval = history.data();
    // The last interval whose start may have come by d; before the first, none has.
    const auto* last = history.data();
    for (std::size_t n = history.size(); n > 1;) {
        const std::size_t half = n / 2;
        last = day < last[half].start.when.earliest() ? last : last + half;
        n -= half;
    }
    if (day < last->start.when.earliest()) return status;
    const auto in = last->contains(day);
    if (boost::logic::indeterminate(in)) {
        status.interval = last;
        status.standing = Standing::indeterminate;
    } else if (in) {
        status.interval = last;
        status.standing = Standing::member;
        for (const ParticipationFreeze& freeze : data.participation_freezes) {
            if (freeze.state == state && freeze.covers(day)) {
                status.freeze = &freeze;
                status.standing = Standing::member_participation_frozen;
            }
        }
    } else if (last->is_after(day)) {
        status.interval = last;
        status.standing =
            detail::is(last->end->kind, EndKind::suspension) ? Standing::suspended : Standing::former_member;
    }
    return status;
}

}  // namespace csto
