// csto/dataset.hpp - Dataset: one release of the facts, as a value (as date::tzdb is one release of
// the tz database). Every query takes one, the built-in release (csto/builtin.hpp) by default, so
// the logic can be run on small made-up datasets. This header is light on purpose: it names the
// record types without defining them.
#pragma once

#include <csto/citation_list.hpp>
#include <csto/source.hpp>
#include <csto/span.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <string_view>

namespace csto {

struct Citation;
struct StateIdentity;
struct StateKey;
struct MembershipInterval;
struct IntervalRange;
struct ParticipationFreeze;
struct MemberListing;
struct DateDiscrepancy;
struct SourceConflict;
struct TreatyEvent;
struct Person;
template <class Lazy>
class BasicSummit;
using Summit = BasicSummit<void>;
struct Statement;
class SecretaryGeneralTerm;
struct Chairmanship;
struct Institution;
struct ArticleRecord;
struct Request;
namespace detail {
struct InstitutionPool;
struct StateKeyPool;
struct TreatyEventPool;
struct StatementPool;
struct SummitPool;
}  // namespace detail

/// A Julian day number, as Boost counts days.
using day_number = boost::gregorian::date::date_int_type;

/// The membership compiled to its change days (see data/membership_days.hpp): between two change
/// days the members are the same every day, so membership queries are O(1).
struct MembershipDays {
    Span<day_number> change_days;     ///< sorted; segment k starts on change_days[k - 1]
    Span<std::uint16_t> certain;      ///< per segment (change_days.size() + 1): bit i, state i is a member
    Span<std::uint16_t> open;         ///< per segment: bit i, the sources leave state i's membership open
    day_number treaty_signed = 0;     ///< 15 May 1992
    day_number entry_into_force = 0;  ///< 20 April 1994
    day_number charter_signed = 0;    ///< 7 October 2002
};

/// One release of the facts: its name, the day it is current to, and a view of each table. The
/// built-in release is csto::builtin() (csto/builtin.hpp); a Dataset of your own must keep each
/// table in the order and with the invariants tools/compile_facts.py checks (the tests build small
/// ones with csto::compile_membership, csto/membership.hpp).
struct Dataset {
    std::string_view version;      ///< e.g. "2026a"
    boost::gregorian::date as_of;  ///< answers after this day extrapolate
    SourceList sources;
    Span<StateIdentity> states;                             ///< the nine states, in name order
    RecordList<StateKey, detail::StateKeyPool> state_keys;  ///< find_state's keys (a StateKeyList), by first letter
    Span<std::uint8_t> state_key_buckets;                   ///< 28 bounds into state_keys: per letter, then the rest
    Span<MembershipInterval> membership_intervals;          ///< by state, then start; disjoint per state
    Span<IntervalRange> interval_index;                     ///< per state: where its intervals are
    Span<ParticipationFreeze> participation_freezes;
    Span<MemberListing> member_listings;
    Span<DateDiscrepancy> date_discrepancies;
    Span<SourceConflict> conflicts;
    RecordList<TreatyEvent, detail::TreatyEventPool> treaty_events;  ///< in date order (a TreatyEventList)
    Span<const Person*> people;
    RecordList<Summit, detail::SummitPool> summits;           ///< in date order (a SummitList)
    RecordList<Statement, detail::StatementPool> statements;  ///< a StatementList
    Span<SecretaryGeneralTerm> secretary_general_terms;       ///< in date order
    Span<Chairmanship> chairmanships;                         ///< in date order; only where a source names the chair
    RecordList<Institution, detail::InstitutionPool> institutions;  ///< an InstitutionList (csto/institution.hpp)
    Span<ArticleRecord> articles;                                   ///< Articles 1 to 12
    Span<Request> requests;  ///< requests for help or consultations, in date order
    CitationList treaty_purpose;
    CitationList term_first;      ///< sources of the first five-year term
    CitationList term_extension;  ///< of the 1999 extension
    CitationList term_renewal;    ///< of the automatic renewals after it
    MembershipDays membership_days;
};

namespace detail {
/// Dataset, named through a template parameter. Every query that reads a dataset takes it as
/// `const detail::LazyDataset<Lazy>&` under `template <class Lazy = void>`: the body then depends
/// on a template parameter, so the compiler analyses it only in a file that calls the query, and
/// a file that includes the header without calling it does not pay for it. The parameter is
/// never deduced: calls read as before, and any argument that converts to a Dataset converts.
template <class Lazy>
struct lazy_dataset {
    using type = Dataset;
};
template <class Lazy>
using LazyDataset = typename lazy_dataset<Lazy>::type;

// An empty dataset, evaluated once: each built-in partial dataset (detail::builtin_treaty and the
// rest) starts as a copy of it, which costs the compiler less than building an empty one anew. A
// template, so that only a file that makes a query evaluates it. The copy is a LazyDataset<Lazy>:
// the assignments that fill it then wait, like a query's body, for a file that uses it (4.6 M
// clang++ instructions in every including file, measured).
template <class Lazy>
inline constexpr Dataset no_tables{};

template <class T>
constexpr void take_if_set(T& to, const T& from) noexcept {
    if (!from.empty()) to = from;
}

/// Joins `parts`: each table is taken from the last part that holds it, and a part's empty table
/// (or unset version, as-of day or compiled membership) leaves the earlier one. The built-in
/// release and the assessments' dataset are joins of the partial datasets the queries' headers
/// define, so each table is named once, in the header whose queries read it. A field added to
/// Dataset is added here too (tests/fixture_test.cpp checks Dataset's size as a reminder).
template <class Lazy, class... Parts>
[[nodiscard]] constexpr Dataset merged(const Parts&... parts) noexcept {
    LazyDataset<Lazy> d = no_tables<Lazy>;
    const auto merge = [&d](const Dataset& part) {
        take_if_set(d.version, part.version);
        if (!part.as_of.is_special()) d.as_of = part.as_of;
        take_if_set(d.sources, part.sources);
        take_if_set(d.states, part.states);
        take_if_set(d.state_keys, part.state_keys);
        take_if_set(d.state_key_buckets, part.state_key_buckets);
        take_if_set(d.membership_intervals, part.membership_intervals);
        take_if_set(d.interval_index, part.interval_index);
        take_if_set(d.participation_freezes, part.participation_freezes);
        take_if_set(d.member_listings, part.member_listings);
        take_if_set(d.date_discrepancies, part.date_discrepancies);
        take_if_set(d.conflicts, part.conflicts);
        take_if_set(d.treaty_events, part.treaty_events);
        take_if_set(d.people, part.people);
        take_if_set(d.summits, part.summits);
        take_if_set(d.statements, part.statements);
        take_if_set(d.secretary_general_terms, part.secretary_general_terms);
        take_if_set(d.chairmanships, part.chairmanships);
        take_if_set(d.institutions, part.institutions);
        take_if_set(d.articles, part.articles);
        take_if_set(d.requests, part.requests);
        take_if_set(d.treaty_purpose, part.treaty_purpose);
        take_if_set(d.term_first, part.term_first);
        take_if_set(d.term_extension, part.term_extension);
        take_if_set(d.term_renewal, part.term_renewal);
        if (!part.membership_days.change_days.empty()) d.membership_days = part.membership_days;
    };
    (merge(parts), ...);
    return d;
}
}  // namespace detail

}  // namespace csto
