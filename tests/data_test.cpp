// Checks on the data as a body of sourced facts: quotes, citations, and agreement between sources.
#include "test_support.hpp"

#include <csto/data/sources.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

using namespace csto_test;
using csto::Citation;
using csto::SourceKind;

namespace {
std::string read_seed(std::string_view id) {
    std::ifstream in(std::string(CSTO_SOURCES_DIR) + "/" + std::string(id), std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "missing seed copy tests/sources/" << id);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}
const std::string& seed_text(std::string_view id) {
    static std::map<std::string, std::string, std::less<>> cache;
    auto it = cache.find(id);
    if (it == cache.end()) it = cache.emplace(std::string(id), read_seed(id)).first;
    return it->second;
}
bool is_known_source(csto::SourceRef s) {
    const csto::SourceList& known = csto::builtin().sources;
    for (std::size_t i = 0; i < known.size(); ++i)
        if (known.ref<csto::SourceRef>(i) == s) return true;
    return false;
}
}  // namespace

TEST_CASE("every quote from a seed document is verbatim in that document") {
    std::size_t quotes = 0;
    for (csto::CitationList list : all_citation_lists()) {
        for (const Citation& c : list) {
            if (!c.is_verbatim()) continue;
            CAPTURE(c.source->id);
            CAPTURE(c.text);
            CHECK(seed_text(c.source->id).find(c.text) != std::string::npos);
            ++quotes;
        }
    }
    CHECK(quotes >= 20);
}

TEST_CASE("every fact has at least one citation, every citation a known source and some words") {
    for (csto::CitationList list : all_citation_lists()) {
        CHECK_FALSE(list.empty());
        for (const Citation& c : list) {
            REQUIRE(c.source != nullptr);
            CHECK(is_known_source(c.source));
            CHECK(c.text.size() >= 10);
        }
    }
}

TEST_CASE("sources: unique ids, the five seeds present in tests/sources, every seed cited") {
    std::set<std::string_view> ids;
    std::set<std::string_view> cited;
    for (csto::CitationList list : all_citation_lists())
        for (const Citation& c : list) cited.insert(c.source->id);
    std::size_t seeds = 0;
    for (const csto::Source& source : csto::builtin().sources) {
        const csto::Source* s = &source;
        CAPTURE(s->id);
        CHECK(ids.insert(s->id).second);
        CHECK_FALSE(s->title.empty());
        if (s->kind == SourceKind::seed_document) {
            ++seeds;
            CHECK_FALSE(seed_text(s->id).empty());
            CHECK(cited.count(s->id) == 1);
        }
    }
    CHECK(seeds == 5);
}

TEST_CASE("every dated fact agrees with its sources: refinements lie inside the seeds, no invented date") {
    for (const DatedFact& fact : all_dated_facts()) {
        CAPTURE(fact.what);
        CAPTURE(fact.sources.front().text);
        bool stated = false;
        bool earliest_attested = false;
        bool latest_attested = false;
        for (const Citation& c : fact.sources) {
            if (!c.states(fact.field)) continue;
            stated = true;
            if (!c.dates) continue;
            CAPTURE(c.text);
            // No source that states the date may contradict it...
            CHECK(c.dates->overlaps(fact.when));
            // ...and what a seed says bounds every refinement of it.
            if (c.source->kind == SourceKind::seed_document) CHECK(c.dates->contains(fact.when));
            earliest_attested = earliest_attested || c.dates->earliest() == fact.when.earliest();
            latest_attested = latest_attested || c.dates->latest() == fact.when.latest();
        }
        if (fact.inferred) continue;  // the record writes out how it infers the date
        // The date is stated, and both of its ends come from some source: the data invents no day.
        CHECK(stated);
        CHECK(earliest_attested);
        CHECK(latest_attested);
    }
}

TEST_CASE("refinements: each seed's imprecise date and its reference refinement are both kept") {
    // Seed 004 says Belarus, Azerbaijan and Georgia joined "in 1993"; the references give the days.
    for (csto::MemberState s : {csto::states::azerbaijan, csto::states::belarus, csto::states::georgia}) {
        CAPTURE(s.name());
        const auto& start = csto::membership_history(s).front().start;
        bool seed_year = false;
        bool reference_day = false;
        for (const Citation& c : start.sources) {
            if (!c.dates) continue;
            seed_year = seed_year ||
                        (c.source->kind == SourceKind::seed_document && *c.dates == csto::DateRange::in_year(1993));
            reference_day = reference_day ||
                            (c.source->kind == SourceKind::reference && c.dates->is_exact() && *c.dates == start.when);
        }
        CHECK(seed_year);
        CHECK(reference_day);
        CHECK(csto::DateRange::in_year(1993).contains(start.when));
    }
    // Seed 002: Uzbekistan returned "in 2006"; the references bracket it between decision and protocol.
    const auto& back = csto::membership_history(csto::states::uzbekistan)[1].start;
    CHECK(back.when.precision() == csto::Precision::range);
    CHECK(csto::DateRange::in_year(2006).contains(back.when));
    // Seed 002: "In October 2002, the group was renamed"; the Charter was signed on 7 October 2002.
    CHECK(csto::DateRange::in_month(2002, 10).contains(csto::find_event(csto::TreatyEventKind::charter_signed)->when));
}

TEST_CASE("the sources' own member lists agree with the data on every day they may speak of") {
    for (const csto::MemberListing& listing : csto::member_listings()) {
        CAPTURE(listing.sources.front().text);
        for (date d = listing.when.earliest(); !(listing.when.latest() < d); d += boost::gregorian::date_duration(1)) {
            const csto::StateSet members = csto::members_on(d);
            CHECK((listing.members - members).empty());
            if (listing.complete) CHECK(members == listing.members);
        }
    }
}

TEST_CASE("known discrepancies: the rejected date is recorded, differs from the data and is not used") {
    REQUIRE(csto::date_discrepancies().size() == 2);
    for (const csto::DateDiscrepancy& d : csto::date_discrepancies()) {
        CAPTURE(d.fact);
        CHECK_FALSE(d.reason.empty());
        CHECK_FALSE(d.rejected_by.empty());
        // No bound of the state's intervals admits the rejected day.
        for (const auto& interval : csto::membership_history(d.state)) {
            CHECK_FALSE(interval.start.when.overlaps(d.rejected));
            if (interval.end) CHECK_FALSE(interval.end->when.overlaps(d.rejected));
        }
    }
    // ATOP's 3 January 1994 for Belarus falls outside seed 004's "1993": a contradiction, not a range.
    const auto& belarus = csto::date_discrepancies()[0];
    CHECK(belarus.state == csto::states::belarus);
    CHECK_FALSE(csto::DateRange::in_year(1993).overlaps(belarus.rejected));
    CHECK(csto::membership_history(csto::states::belarus).front().start.when.is_exact());
}

TEST_CASE("inferred ends say how they were inferred, stated ones cite a source that dates them") {
    for (const auto& interval : csto::membership_intervals()) {
        if (!interval.end) continue;
        CAPTURE(interval.state.name());
        if (interval.end->basis == csto::Basis::inferred) {
            CHECK_FALSE(interval.end->inference.empty());
        } else {
            bool dated = false;
            for (const Citation& c : interval.end->sources)
                dated = dated || (c.dates && *c.dates == interval.end->when);
            CHECK(dated);
        }
    }
}

TEST_CASE("conflicts between sources are kept with both sides and what the data keeps") {
    // Seed 002: Uzbekistan "suspended its membership in 1999"; the data keeps the non-renewal.
    // Seed 003: "the Collective Security Treaty Organization's (CSTO) 30th anniversary"; seeds 000
    // and 004: the Treaty's 30th, the Organization's 20th.
    const char* quoted[] = {"Uzbekistan that suspended its membership in 1999", "(CSTO) 30th anniversary"};
    for (const char* words : quoted) {
        CAPTURE(words);
        const csto::SourceConflict* found = nullptr;
        for (const csto::SourceConflict& c : csto::conflicts())
            for (const Citation& cite : c.sources)
                if (cite.is_verbatim() && cite.text.find(words) != std::string_view::npos) found = &c;
        REQUIRE(found != nullptr);
        CHECK_FALSE(found->kept.empty());
        std::set<std::string_view> sides;
        for (const Citation& cite : found->sources) sides.insert(cite.source->id);
        CHECK(sides.size() >= 2);
    }
    const auto uzbekistan = csto::membership_history(csto::states::uzbekistan);
    REQUIRE_FALSE(uzbekistan.empty());
    CHECK(uzbekistan[0].end->kind == csto::EndKind::non_renewal);
    const auto may_2022 = csto::find_summit(date(2022, 5, 16));
    REQUIRE(may_2022);
    CHECK(may_2022->treaty_anniversary() == 30);
    CHECK(may_2022->organization_anniversary() == 20);
}
