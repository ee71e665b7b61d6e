// csto/membership.hpp - membership with its reasons: status_on, membership_history and the sourced
// tables. is_member, members_on and indeterminate_members_on come from csto/lean.hpp (included),
// whose compiled data this header checks against the sources at compile time.
//
// All queries are constexpr, noexcept and allocation-free; they read the static tables of
// data/membership.hpp. A special date (not_a_date_time, +/-infinity) is never an error: it gives
// indeterminate or empty answers.
#pragma once

#include <csto/data/membership.hpp>
#include <csto/data/version.hpp>
#include <csto/lean.hpp>
#include <csto/membership_interval.hpp>
#include <csto/participation_freeze.hpp>
#include <csto/span.hpp>
#include <csto/state_set.hpp>

#include <boost/logic/tribool.hpp>

#include <array>
#include <cstdint>

namespace csto {

/// Every membership interval of every state, sorted by state and start.
[[nodiscard]] constexpr Span<MembershipInterval> membership_intervals() noexcept { return data::membership_intervals; }
/// Every participation freeze.
[[nodiscard]] constexpr Span<ParticipationFreeze> participation_freezes() noexcept {
    return data::participation_freezes;
}
/// What the sources themselves list as the members on a day (the data is tested against these).
[[nodiscard]] constexpr Span<MemberListing> member_listings() noexcept { return data::member_listings; }
/// Dates some source gives that the data does not use, with the reason.
[[nodiscard]] constexpr Span<DateDiscrepancy> date_discrepancies() noexcept { return data::date_discrepancies; }

namespace detail {
struct IntervalRange {
    std::uint8_t first = 0;
    std::uint8_t count = 0;
};
// Where each state's intervals sit in the (state-sorted) table, computed once at compile time.
constexpr std::array<IntervalRange, MemberState::count> make_interval_index() noexcept {
    std::array<IntervalRange, MemberState::count> index{};
    const Span<MembershipInterval> all = data::membership_intervals;
    for (std::size_t i = all.size(); i-- > 0;) {
        IntervalRange& r = index[all[i].state.index()];
        r.first = static_cast<std::uint8_t>(i);
        ++r.count;
    }
    return index;
}
inline constexpr std::array<IntervalRange, MemberState::count> interval_index = make_interval_index();
}  // namespace detail

/// The membership intervals of `state`, oldest first.
/// @return a view into static data (never dangles); empty for a state that was never a member.
/// @complexity O(1). Never throws, never allocates.
[[nodiscard]] constexpr Span<MembershipInterval> membership_history(const MemberState& state) noexcept {
    const detail::IntervalRange r = detail::interval_index[state.index()];
    return membership_intervals().subspan(r.first, r.count);
}

namespace detail {
// The reference answer, straight from the intervals; the segment table below is built from it.
constexpr boost::logic::tribool is_member_by_intervals(const MemberState& state, boost::gregorian::date d) noexcept {
    if (d.is_special()) return boost::logic::indeterminate;
    boost::logic::tribool result = false;
    for (const MembershipInterval& interval : membership_history(state)) result = result || interval.contains(d);
    return result;
}

// Membership only changes at a few days (the bounds of the intervals). Between two of them the
// answer is the same for every day, so the queries count the change days up to `d` and read the
// members and the open states of that segment: no interval is walked at run time.
using day_number = boost::gregorian::date::date_int_type;

struct ChangeDays {
    std::array<day_number, 4 * sizeof(data::membership_intervals) / sizeof(data::membership_intervals[0])> days{};
    std::size_t count = 0;  // sorted and unique in days[0, count)
};
constexpr ChangeDays collect_change_days() noexcept {
    ChangeDays t;
    auto add = [&t](const DateRange& r) {
        // A bound [earliest, latest] changes the answer on its earliest day and on its latest.
        for (auto day : {r.earliest().day_number(), r.latest().day_number()}) {
            std::size_t k = 0;
            while (k < t.count && t.days[k] < day) ++k;
            if (k < t.count && t.days[k] == day) continue;
            for (std::size_t j = t.count; j > k; --j) t.days[j] = t.days[j - 1];
            t.days[k] = day;
            ++t.count;
        }
    };
    for (const MembershipInterval& i : data::membership_intervals) {
        add(i.start.when);
        if (i.end) add(i.end->when);
    }
    return t;
}
inline constexpr ChangeDays all_change_days = collect_change_days();

struct MembershipSegments {
    std::array<day_number, all_change_days.count> change_days{};
    std::array<std::uint16_t, all_change_days.count + 1> certain{};  // segment k: from change_days[k-1] on
    std::array<std::uint16_t, all_change_days.count + 1> open{};
};
constexpr MembershipSegments make_membership_segments() noexcept {
    MembershipSegments t;
    for (std::size_t k = 0; k < all_change_days.count; ++k) t.change_days[k] = all_change_days.days[k];
    for (std::size_t k = 0; k <= all_change_days.count; ++k) {
        const boost::gregorian::date sample(k == 0 ? t.change_days[0] - 1 : t.change_days[k - 1]);
        for (std::size_t s = 0; s < MemberState::count; ++s) {
            const boost::logic::tribool m = is_member_by_intervals(*MemberState::from_index(s), sample);
            if (m) t.certain[k] = static_cast<std::uint16_t>(t.certain[k] | (1u << s));
            else if (boost::logic::indeterminate(m)) t.open[k] = static_cast<std::uint16_t>(t.open[k] | (1u << s));
        }
    }
    return t;
}
inline constexpr MembershipSegments membership_segments = make_membership_segments();

// The compiled data that csto/lean.hpp answers from must be what the sources say.
constexpr bool compiled_membership_matches() noexcept {
    namespace compiled = data::membership_days;
    if (sizeof(compiled::change_days) / sizeof(compiled::change_days[0]) != membership_segments.change_days.size())
        return false;
    for (std::size_t k = 0; k < membership_segments.change_days.size(); ++k)
        if (compiled::change_days[k] != membership_segments.change_days[k]) return false;
    for (std::size_t k = 0; k < membership_segments.certain.size(); ++k)
        if (compiled::certain[k] != membership_segments.certain[k] || compiled::open[k] != membership_segments.open[k])
            return false;
    return true;
}
static_assert(compiled_membership_matches(),
              "data/membership_days.hpp is out of date: regenerate it with `export membership-days`");
}  // namespace detail

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

/// The detailed answer of status_on(). Pointers refer to static data and are never dangling.
struct MembershipStatus {
    Standing standing = Standing::unknown;
    /// The interval that decides the answer: the one containing the day (or whose imprecise bound
    /// contains it), else the last one ended before it, else the first one to come. Null for
    /// `unknown`.
    const MembershipInterval* interval = nullptr;
    /// The freeze in effect, for `member_participation_frozen`; else null.
    const ParticipationFreeze* freeze = nullptr;
    /// True when the day lies after data_as_of, so the answer extrapolates.
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
    /// The citations behind the answer: the interval's end once it has ended, else its start.
    [[nodiscard]] constexpr CitationList sources() const noexcept {
        if (interval == nullptr) return {};
        if (freeze != nullptr) return freeze->sources;
        if ((standing == Standing::suspended || standing == Standing::former_member) && interval->end)
            return interval->end->sources;
        return interval->start.sources;
    }
};

/// The detailed membership answer for `state` on day `d`.
/// @complexity O(intervals of the state + freezes). Never throws, never allocates.
[[nodiscard]] constexpr MembershipStatus status_on(const MemberState& state, boost::gregorian::date d) noexcept {
    MembershipStatus status;
    if (d.is_special()) return status;
    status.past_as_of = data_as_of < d;
    const Span<MembershipInterval> history = membership_history(state);
    if (history.empty()) {
        status.standing = Standing::not_yet_member;
        return status;
    }
    status.interval = &history.front();
    status.standing = Standing::not_yet_member;
    for (const MembershipInterval& interval : history) {
        const boost::logic::tribool in = interval.contains(d);
        if (boost::logic::indeterminate(in)) {
            status.interval = &interval;
            status.standing = Standing::indeterminate;
            return status;
        }
        if (in) {
            status.interval = &interval;
            status.standing = Standing::member;
            for (const ParticipationFreeze& freeze : participation_freezes()) {
                if (freeze.state == state && freeze.covers(d)) {
                    status.freeze = &freeze;
                    status.standing = Standing::member_participation_frozen;
                }
            }
            return status;
        }
        if (interval.is_after(d)) {
            status.interval = &interval;
            status.standing = interval.end->kind == EndKind::suspension ? Standing::suspended : Standing::former_member;
        }
    }
    return status;
}

}  // namespace csto
