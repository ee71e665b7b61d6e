// csto/chairmanship.hpp - Chairmanship: a member state's time in the chair of the Organization,
// as far as the sources name it. The queries are in csto/chairmanships.hpp.
#pragma once

#include <csto/citation.hpp>
#include <csto/date_range.hpp>
#include <csto/member_state.hpp>
#include <csto/optional.hpp>
#include <csto/person.hpp>
#include <csto/span.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/logic/tribool.hpp>

#include <string_view>

namespace csto {

/// One state's time in the chair of the Organization, only as far as the sources name it. A start
/// or an end may be unknown (no source gives it: nullopt) or imprecise (a range). A day of handover
/// that a source dates counts for the state taking the chair: its `from`, the outgoing state's `until`.
///
/// Nothing is stretched past the sources: the chairmanship certainly covers the days from its first
/// certain day to its last (its exact `from`, the day before an exact `until`, `held_on`, and every
/// day between two of them); the days inside an imprecise bound are open; every other day, including
/// those beyond an unknown start or end, is not covered by this record.
struct Chairmanship {
    MemberState state;
    Optional<DateRange> from;          ///< the first day in the chair; nullopt: no source gives it
    Optional<DateRange> until;         ///< the first day out of the chair; nullopt: no source gives it
    Optional<DateRange> held_on;       ///< one day a source places the state in the chair (besides from/until)
    const Person* chairman = nullptr;  ///< the Council's chairman in that time, where a source names him
    CitationList sources = {};
    Span<FieldInference> inferences = {};  ///< how an inferred from (Field::start) or until (Field::end) follows

    /// The first and the last day this chairmanship certainly covers, as Julian day numbers
    /// (boost::gregorian::date::day_number()); `any` is false when no day is certain.
    struct CertainDays {
        bool any = false;
        boost::gregorian::date::date_int_type first = 0;
        boost::gregorian::date::date_int_type last = 0;

        /// Widens [first, last] to take in `day` (a Julian day number).
        constexpr void add(boost::gregorian::date::date_int_type day) noexcept {
            if (!any || day < first) first = day;
            if (!any || last < day) last = day;
            any = true;
        }
    };

    /// The days this chairmanship certainly covers (see the class comment).
    /// @complexity O(1). Never throws.
    [[nodiscard]] constexpr CertainDays certain_days() const noexcept {
        CertainDays days;
        if (held_on && held_on->is_exact()) days.add(held_on->earliest().day_number());
        if (from && from->is_exact()) days.add(from->earliest().day_number());
        if (until && until->is_exact()) days.add(until->earliest().day_number() - 1);
        if (from && until && from->latest() < until->earliest()) {
            days.add(from->latest().day_number());  // begun by then, and not over before until's earliest day
            days.add(until->earliest().day_number() - 1);
        }
        // A certain day after an imprecise start makes the start's last possible day certain too, and
        // one before an imprecise end the day before its earliest.
        if (days.any && from && !(days.last < from->latest().day_number())) days.add(from->latest().day_number());
        if (days.any && until && !(until->earliest().day_number() - 1 < days.first))
            days.add(until->earliest().day_number() - 1);
        return days;
    }

    /// Does this chairmanship cover day `d`? True on its certain days; indeterminate inside an
    /// imprecise start or end, and for special values; false elsewhere, beyond an unknown start or
    /// end included (no source says).
    /// @complexity O(1). Never throws.
    [[nodiscard]] constexpr boost::logic::tribool covers(boost::gregorian::date d) const noexcept {
        if (d.is_special()) return boost::logic::indeterminate;
        const auto day = d.day_number();
        const CertainDays days = certain_days();
        if (days.any && !(day < days.first) && !(days.last < day)) return true;
        if (from && !(day < from->earliest().day_number()) &&
            !((days.any ? days.first - 1 : from->latest().day_number()) < day))
            return boost::logic::indeterminate;  // the start is imprecise: begun by then, or not yet
        if (until && !(until->latest().day_number() - 1 < day) &&
            !(day < (days.any ? days.last + 1 : until->earliest().day_number() - 1)))
            return boost::logic::indeterminate;  // the end is imprecise: still in the chair, or out
        return false;
    }

    /// How the data infers `field` (Field::start for `from`, Field::end for `until`); empty where a
    /// source states it.
    [[nodiscard]] constexpr std::string_view inference(Field field) const noexcept {
        return inference_of(inferences, field);
    }
};

}  // namespace csto
