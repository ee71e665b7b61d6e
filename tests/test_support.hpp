// tests/test_support.hpp - helpers shared by the tests.
#pragma once

#include <csto/csto.hpp>

#include <boost/logic/tribool.hpp>

#include <vector>

namespace csto_test {

using boost::gregorian::date;

inline bool is_true(boost::logic::tribool t) { return static_cast<bool>(t); }
inline bool is_false(boost::logic::tribool t) { return static_cast<bool>(!t); }
inline bool is_open(boost::logic::tribool t) { return boost::logic::indeterminate(t); }

inline date day_before(date d) { return d - boost::gregorian::date_duration(1); }

/// The source and citation of the small made-up datasets the logic is tested on: their facts are
/// invented, so the tests say so.
inline constexpr csto::Source made_up{"made-up", "a made-up source for the tests", "tests",
                                      csto::SourceKind::reference};
inline constexpr csto::Citation because[] = {{&made_up, "the test says so"}};

/// A fact's date, the field of its record that the date is, its citations, and whether the data
/// infers it (no citation states it).
struct DatedFact {
    const char* what;
    csto::DateRange when;
    csto::CitationList sources;
    csto::Field field;
    bool inferred;
};

/// Every dated fact in the data: interval bounds, freezes, source listings, treaty events,
/// meetings, institutions and their milestones, Secretaries-General's terms.
inline std::vector<DatedFact> all_dated_facts() {
    using csto::Field;
    std::vector<DatedFact> facts;
    for (const auto& i : csto::membership_intervals()) {
        facts.push_back(
            {"interval start", i.start.when, i.start.sources, Field::start, i.start.basis == csto::Basis::inferred});
        if (i.end)
            facts.push_back(
                {"interval end", i.end->when, i.end->sources, Field::end, i.end->basis == csto::Basis::inferred});
    }
    for (const auto& f : csto::participation_freezes())
        facts.push_back({"freeze", f.since, f.sources, Field::start, false});
    for (const auto& l : csto::member_listings()) {
        bool stated = false;
        for (const auto& c : l.sources) stated = stated || c.states(Field::date);
        facts.push_back({"member listing", l.when, l.sources, Field::date, !stated});
    }
    for (const auto& e : csto::treaty_events())
        facts.push_back({"treaty event", e.when, e.sources, Field::date, false});
    for (const auto& m : csto::summits())
        facts.push_back({"meeting", m.when(), m.sources(), Field::date, !m.date_inference().empty()});
    for (const auto& i : csto::institutions()) {
        if (i.since) facts.push_back({"institution", *i.since, i.sources, Field::start, false});
        for (const auto& m : i.milestones)
            facts.push_back({"institution milestone", m.when, m.sources, Field::date, m.inferred()});
    }
    for (const auto& t : csto::secretary_general_terms()) {
        facts.push_back({"term start", t.from(), t.sources(), Field::start,
                         !t.from().is_exact() && t.from().precision() == csto::Precision::range});
        facts.push_back({"term end", t.until(), t.sources(), Field::end,
                         !t.until().is_exact() && t.until().precision() == csto::Precision::range});
        for (const auto& d : t.decisions()) {
            facts.push_back({"term decision", d.when, d.sources, Field::date, false});
            if (d.until) facts.push_back({"term end set by a decision", *d.until, d.sources, Field::end, false});
        }
    }
    for (const auto& c : csto::chairmanships()) {
        if (c.from)
            facts.push_back(
                {"chairmanship start", *c.from, c.sources, Field::start, !c.inference(Field::start).empty()});
        if (c.until)
            facts.push_back({"chairmanship end", *c.until, c.sources, Field::end, !c.inference(Field::end).empty()});
        if (c.held_on) facts.push_back({"chairmanship attested", *c.held_on, c.sources, Field::date, false});
    }
    for (const auto& r : csto::requests()) {
        facts.push_back({"request", r.date, r.sources, Field::date, false});
        for (const auto& s : r.steps) {
            if (s.date)
                facts.push_back({"request step", *s.date, s.sources, Field::date, !s.inference(Field::date).empty()});
            if (s.deployment && s.deployment->withdrawal_began)
                facts.push_back(
                    {"withdrawal began", *s.deployment->withdrawal_began, s.sources, Field::withdrawal, false});
            if (s.deployment && s.deployment->withdrawal_completed)
                facts.push_back(
                    {"withdrawal completed", *s.deployment->withdrawal_completed, s.sources, Field::end, false});
        }
    }
    return facts;
}

/// Every citation list in the data, including those that date nothing (state identities).
inline std::vector<csto::CitationList> all_citation_lists() {
    std::vector<csto::CitationList> lists;
    for (const auto& f : all_dated_facts()) lists.push_back(f.sources);
    for (const auto& c : csto::conflicts()) lists.push_back(c.sources);
    for (csto::MemberState s : csto::StateSet::all()) lists.push_back(s.identity().sources);
    for (const auto& d : csto::date_discrepancies()) lists.push_back(d.sources);
    for (const auto& m : csto::summits()) {
        if (!m.remarks().empty()) lists.push_back(m.remarks());
        for (const auto& p : m.participants()) lists.push_back(p.sources());
        for (const auto& d : m.documents()) lists.push_back(d.sources);
    }
    for (const auto* p : csto::people()) lists.push_back(p->sources);
    for (const auto& t : csto::secretary_general_terms()) {
        lists.push_back(t.sources());
        for (const auto& d : t.decisions()) lists.push_back(d.sources);
    }
    for (const auto& c : csto::chairmanships()) lists.push_back(c.sources);
    for (const auto& st : csto::statements()) lists.push_back(st.sources);
    for (const auto& i : csto::institutions()) lists.push_back(i.sources);  // milestones: in all_dated_facts
    for (const auto& a : csto::article_records())
        for (const auto& v : a.versions) lists.push_back(v.sources);
    for (const auto& r : csto::requests()) {
        if (!r.remarks.empty()) lists.push_back(r.remarks);
        for (const auto& s : r.steps) {
            lists.push_back(s.sources);
            if (s.deployment)
                for (const auto& p : s.deployment->personnel) lists.push_back(p.sources);
        }
    }
    lists.push_back(csto::treaty_purpose());
    return lists;
}

}  // namespace csto_test
