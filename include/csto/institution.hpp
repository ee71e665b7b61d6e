// csto/institution.hpp - Institution: the Organization's bodies, forces, operations, strategies,
// partners and statuses that the sources name, with their dated milestones.
#pragma once

#include <csto/citation.hpp>
#include <csto/date_range.hpp>
#include <csto/detail/encoded.hpp>
#include <csto/detail/enum_compare.hpp>
#include <csto/detail/enum_name.hpp>
#include <csto/detail/lazy.hpp>
#include <csto/institution_milestone.hpp>
#include <csto/optional.hpp>
#include <csto/record_list.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/logic/tribool.hpp>

#include <cstdint>
#include <string_view>

namespace csto {

enum class InstitutionKind : std::uint8_t {
    statutory_body,        ///< a council or the Secretary-General (the Charter's bodies)
    working_body,          ///< Secretariat, Joint Staff
    coordinating_council,  ///< a council coordinating the members' agencies in one field
    crisis_center,         ///< the Crisis Response Center
    force,                 ///< collective forces, their groups, peacekeeping, rapid deployment and reaction forces
    joint_operation,       ///< standing joint special operations (Channel, Nelegal, PROXI)
    strategy_or_plan,      ///< a strategy or plan adopted for a period
    partner_organization,  ///< an organization the CSTO cooperates with
    status,                ///< a status the CSTO holds (UN observer) or grants (observer, partner)
};

namespace detail {
inline constexpr char institution_kind_names[] =
    "statutory_body\0"
    "working_body\0"
    "coordinating_council\0"
    "crisis_center\0"
    "force\0"
    "joint_operation\0"
    "strategy_or_plan\0"
    "partner_organization\0"
    "status\0";
inline constexpr char institution_kind_labels[] =
    "statutory body\0"
    "working body\0"
    "coordinating council\0"
    "crisis center\0"
    "force\0"
    "joint operation\0"
    "strategy or plan\0"
    "partner organization\0"
    "status\0";

template <>
inline constexpr EnumTexts enum_texts<InstitutionKind>{institution_kind_names, sizeof institution_kind_names,
                                                       institution_kind_labels, sizeof institution_kind_labels};
}  // namespace detail

/// Texts in the data's order: a RecordList (yields each std::string_view by value), converting
/// implicitly from an array of std::string_view or a Span of them.
using TextList = RecordList<std::string_view, detail::TextPool>;

struct Institution {
    std::string_view name;
    InstitutionKind kind;
    std::string_view description;  ///< in our words, from the sources
    Optional<DateRange> since;     ///< when it began or was adopted, for a record without milestones
    int first_year = 0;            ///< the period a strategy or plan covers (0: none)
    int last_year = 0;
    CitationList sources = {};
    MilestoneList milestones = {};  ///< in date order
    /// For a status the Organization grants: who holds it, as far as the sources read show as of
    /// the dataset's as_of day. Empty with holders_recorded(): no source read names a holder (which
    /// is what the sources show, not a finding that none exists).
    TextList holders = {};

    /// The milestone from which it exists: the first of a founding kind (decided, created,
    /// agreement_signed, conducted_since; see is_founding), or nullopt when it has none.
    /// @complexity O(milestones). Never throws.
    template <class Lazy = void>
    [[nodiscard]] constexpr detail::Deferred<Optional<InstitutionMilestone>, Lazy> founding() const noexcept {
        for (const auto& m : detail::lazy<Lazy>(milestones))
            if (is_founding(m.kind)) return m;
        return {};
    }

    /// When it began: the founding milestone's date or, for a record without one, `since` (when
    /// it began or was adopted); nullopt when no source dates its beginning.
    /// @complexity O(milestones). Never throws.
    template <class Lazy = void>
    [[nodiscard]] constexpr detail::Deferred<Optional<DateRange>, Lazy> founded() const noexcept {
        const auto m = founding<Lazy>();
        if (m) return m->when;
        return since;
    }

    /// Did it exist on day `d`? It exists from its founding (founded()): from the day it was
    /// decided, created, or the agreement creating it signed, or from an operation's first year,
    /// whether or not it was functioning yet (ask reached(MilestoneKind::began_functioning, d)).
    /// No institution in the data has an end, so once founded it exists on every later day.
    /// @returns true from the founding date's latest day on; false before its earliest day;
    /// indeterminate on a day inside an imprecise founding date, on any day when no source dates its
    /// founding, and for a special value (not_a_date_time, +/-infinity), as every query answers it.
    /// @complexity O(milestones). Never throws.
    template <class Lazy = void>
    [[nodiscard]] constexpr boost::logic::tribool existed_on(boost::gregorian::date d) const noexcept {
        const auto begun = founded<Lazy>();
        if (!begun) return boost::logic::indeterminate;
        return begun->reached_by(d);
    }

    /// Its first milestone of kind `kind`, or nullopt. @complexity O(milestones). Never throws.
    template <class Lazy = void>
    [[nodiscard]] constexpr detail::Deferred<Optional<InstitutionMilestone>, Lazy> milestone(
        MilestoneKind kind) const noexcept {
        for (const auto& m : detail::lazy<Lazy>(milestones))
            if (detail::is(m.kind, kind)) return m;
        return {};
    }

    /// Had its first milestone of kind `kind` happened by day `d` (on or before it)? True from the
    /// milestone's latest day on, false before its earliest, indeterminate inside an imprecise
    /// date, when the data has no such milestone (no source dates it) and for a special value.
    /// @complexity O(milestones). Never throws.
    template <class Lazy = void>
    [[nodiscard]] constexpr boost::logic::tribool reached(MilestoneKind kind, boost::gregorian::date d) const noexcept {
        const auto m = milestone<Lazy>(kind);
        if (!m) return boost::logic::indeterminate;
        return m->when.reached_by(d);
    }

    /// Its size as last stated on or before day `d` (a size_stated milestone whose date has
    /// certainly been reached), or nullopt. @complexity O(milestones). Never throws.
    template <class Lazy = void>
    [[nodiscard]] constexpr detail::Deferred<Optional<InstitutionMilestone>, Lazy> size_on(
        boost::gregorian::date d) const noexcept {
        Optional<InstitutionMilestone> last;
        if (d.is_special()) return last;
        for (const auto& m : detail::lazy<Lazy>(milestones))
            if (detail::is(m.kind, MilestoneKind::size_stated) && m.personnel && !(d < m.when.latest())) last = m;
        return last;
    }

    /// Does some source say who holds it (including that no source read names a holder)?
    /// @complexity O(sources). Never throws.
    template <class Lazy = void>
    [[nodiscard]] constexpr bool holders_recorded() const noexcept {
        for (const auto& c : detail::lazy<Lazy>(sources))
            if (c.states(Field::holders)) return true;
        return false;
    }
};

namespace detail {
/// The built-in institutions as bytes (tools/compile_facts.py, institutions_hpp), one record of
/// institution_record_size bytes each, little-endian, in the fields' order; their texts are the
/// citations' texts:
///   0  name: text chunk, offset and length (text_at), 2 bytes each     6  kind, 1 byte
///   7  description, as name      13 since (DateRangeFromDays::read), 7 bytes
///   20 first year, 22 last year, 2 bytes each
///   24 sources, 30 milestones, 36 holders: first in their table, 4 bytes, then count, 2 (list_at)
inline constexpr std::size_t institution_record_size = 42;
inline constexpr std::size_t institution_records_per_chunk = 1024;  // 42 KB of records a literal

struct InstitutionPool {
    const char* const* records;  ///< chunk k holds records k * institution_records_per_chunk on
    const CitationPool* citations;
    MilestonePool milestones;
    TextPool holders;

    /// Institution `row`, decoded. A template (Lazy is never given) so that only a file reading an
    /// institution compiles the decoding.
    template <class Lazy = void>
    [[nodiscard]] constexpr Institution operator[](std::size_t row) const noexcept {
        const auto r = record_at(lazy<Lazy>(records), row, institution_records_per_chunk, institution_record_size);
        return {text_at(citations->texts, r),
                static_cast<InstitutionKind>(r[6]),
                text_at(citations->texts, r + 7),
                DateRangeFromDays::read(r + 13),
                static_cast<int>(read_le(r + 20, 2)),
                static_cast<int>(read_le(r + 22, 2)),
                list_at<CitationList>(*citations, r + 24),
                list_at<MilestoneList>(milestones, r + 30),
                list_at<TextList>(holders, r + 36)};
    }
};
}  // namespace detail

/// The institutions of a dataset: a RecordList (yields each Institution by value), converting
/// implicitly from an array of Institution or a Span of them.
using InstitutionList = RecordList<Institution, detail::InstitutionPool>;

}  // namespace csto
