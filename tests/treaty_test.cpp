#include "test_support.hpp"

#include <csto/io.hpp>

#include <doctest/doctest.h>

#include <string_view>

using namespace csto_test;
using csto::TreatyEventKind;
namespace st = csto::states;

TEST_CASE("the Treaty is in force from 20 April 1994, through the 1999 extension, to today") {
    CHECK(is_false(csto::treaty_in_force(date(1992, 5, 15))));
    CHECK(is_false(csto::treaty_in_force(date(1994, 4, 19))));
    CHECK(is_true(csto::treaty_in_force(date(1994, 4, 20))));
    CHECK(is_true(csto::treaty_in_force(date(1999, 4, 20))));
    CHECK(is_true(csto::treaty_in_force(date(1999, 4, 21))));
    CHECK(is_true(csto::treaty_in_force(date(2025, 12, 31))));
    CHECK(is_open(csto::treaty_in_force(date(boost::gregorian::not_a_date_time))));
    CHECK(is_open(csto::treaty_in_force(date(boost::gregorian::pos_infin))));
}

TEST_CASE("organization_name: the Treaty from 1992, the Organization from 7 October 2002") {
    CHECK(csto::organization_name(date(1992, 5, 14)).empty());
    CHECK(csto::organization_name(date(1992, 5, 15)) == "Collective Security Treaty");
    CHECK(csto::organization_name(date(2002, 5, 14)) == "Collective Security Treaty");
    CHECK(csto::organization_name(date(2002, 10, 6)) == "Collective Security Treaty");
    CHECK(csto::organization_name(date(2002, 10, 7)) == "Collective Security Treaty Organization");
    CHECK(csto::organization_name(date(2022, 5, 16)) == "Collective Security Treaty Organization");
    CHECK(csto::organization_name(date(boost::gregorian::not_a_date_time)).empty());
    CHECK(csto::organization_name(date(boost::gregorian::neg_infin)).empty());
}

TEST_CASE("treaty milestones: dates and the states they concern") {
    struct Expected {
        TreatyEventKind kind;
        date when;
        csto::StateSet states;
    };
    const csto::StateSet six{st::armenia, st::belarus, st::kazakhstan, st::kyrgyzstan, st::russia, st::tajikistan};
    const Expected expected[] = {
        {TreatyEventKind::treaty_signed,
         date(1992, 5, 15),
         {st::armenia, st::kazakhstan, st::kyrgyzstan, st::russia, st::tajikistan, st::uzbekistan}},
        {TreatyEventKind::entry_into_force, date(1994, 4, 20), {}},
        {TreatyEventKind::un_registration, date(1995, 11, 1), {}},
        {TreatyEventKind::extension_protocol_signed, date(1999, 4, 2), six},
        {TreatyEventKind::first_term_expired, date(1999, 4, 20), {st::azerbaijan, st::georgia, st::uzbekistan}},
        {TreatyEventKind::extension_term_began, date(1999, 4, 21), six},
        {TreatyEventKind::extension_protocol_in_force, date(2000, 3, 22), {}},
        {TreatyEventKind::organization_decided, date(2002, 5, 14), {}},
        {TreatyEventKind::charter_signed, date(2002, 10, 7), six},
        {TreatyEventKind::charter_in_force, date(2003, 9, 18), {}},
        {TreatyEventKind::un_observer_status, date(2004, 12, 2), {}},
        {TreatyEventKind::return_decided, date(2006, 6, 23), {st::uzbekistan}},
        {TreatyEventKind::return_protocol, date(2006, 8, 16), {st::uzbekistan}},
        {TreatyEventKind::amending_protocol_signed, date(2010, 12, 10), {}},
        {TreatyEventKind::suspension_announced, date(2012, 6, 28), {st::uzbekistan}},
        {TreatyEventKind::amending_protocol_in_force, date(2012, 12, 19), {}},
        {TreatyEventKind::suspension_formalised, date(2012, 12, 19), {st::uzbekistan}},
        {TreatyEventKind::participation_frozen, date(2024, 2, 22), {st::armenia}},
    };
    for (const Expected& e : expected) {
        CAPTURE(csto::to_string_view(e.kind));
        const csto::Optional<csto::TreatyEvent> event = csto::find_event(e.kind);
        REQUIRE(event);
        CHECK(event->when.is_exact());
        CHECK(event->when.earliest() == e.when);
        CHECK(event->states == e.states);
    }
}

TEST_CASE("the three 1993 accessions are events that match the membership intervals") {
    std::size_t accessions = 0;
    for (const csto::TreatyEvent& e : csto::treaty_events()) {
        if (e.kind != TreatyEventKind::accession) continue;
        ++accessions;
        REQUIRE(e.states.size() == 1);
        const csto::MemberState s = *e.states.begin();
        CHECK(csto::membership_history(s).front().start.when == e.when);
        CHECK(csto::membership_history(s).front().start.kind == csto::StartKind::accession);
    }
    CHECK(accessions == 3);
}

TEST_CASE("the extension's signatories are exactly the members that go on after 20 April 1999") {
    const auto signed_extension = csto::find_event(TreatyEventKind::extension_protocol_signed);
    REQUIRE(signed_extension);
    CHECK(csto::members_on(date(1999, 4, 21)) == signed_extension->states);
    const auto expired = csto::find_event(TreatyEventKind::first_term_expired);
    REQUIRE(expired);
    CHECK((csto::members_on(date(1999, 4, 20)) - csto::members_on(date(1999, 4, 21))) == expired->states);
}

TEST_CASE("the suspension's announcement and its formalisation are both kept") {
    const auto announced = csto::find_event(TreatyEventKind::suspension_announced);
    const auto formalised = csto::find_event(TreatyEventKind::suspension_formalised);
    REQUIRE(announced);
    REQUIRE(formalised);
    CHECK(announced->when == csto::membership_history(st::uzbekistan).back().end->when);
    CHECK(announced->when.earliest() < formalised->when.earliest());
}

// --- The decoder: two events written byte by byte as detail::TreatyEventPool documents it ---

namespace {
// Texts (chunk 0): "quote" at 0 (5 bytes), "a note" at 5 (6), "the Charter is signed" at 11 (21),
// "Azerbaijan accedes" at 32 (18).
constexpr char event_texts_0[] = "quotea notethe Charter is signedAzerbaijan accedes";
constexpr const char* event_texts[] = {event_texts_0};
constexpr csto::Source event_sources[] = {{"seed.txt", "a seed", "here", csto::SourceKind::seed_document}};
// Two undated citations of source 0: "quote" (a quote) and "a note" (a paraphrase).
constexpr char event_citation_records[] =
    "\x00\x00\x00\x00\x00\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    "\x00\x00\x01\x00\x00\x00\x05\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00";
constexpr const char* event_citation_chunks[] = {event_citation_records};
constexpr csto::detail::CitationPool event_citations{event_citation_chunks, event_texts, event_sources};
// Event 0: charter_signed (9), some day of October 2002 (month: 1 + 1; Julian day 2452549 and 30
// days more), Armenia, Belarus and Uzbekistan (0x105), "the Charter is signed", citation 1 (one).
// Event 1: accession (1), 24 September 1993 (day; Julian day 2449255), Azerbaijan (0x2),
// "Azerbaijan accedes", citations 0 and 1: each field different, so a reader of the wrong offset
// reads another.
constexpr char event_records[] =
    "\x09\x02\x45\x6c\x25\x00\x1e\x00\x05\x01\x00\x00\x0b\x00\x15\x00\x01\x00\x00\x00\x01\x00"
    "\x01\x01\x67\x5f\x25\x00\x00\x00\x02\x00\x00\x00\x20\x00\x12\x00\x00\x00\x00\x00\x02\x00";
static_assert(sizeof event_records == 2 * csto::detail::treaty_event_record_size + 1);
constexpr const char* event_chunks[] = {event_records};
constexpr csto::detail::TreatyEventPool event_pool{event_chunks, &event_citations};
constexpr csto::TreatyEventList event_list(event_pool, 0, 2);

// The reader works in constant expressions, as the tables it reads are constexpr.
static_assert(event_list[1].summary == "Azerbaijan accedes" && event_list[0].sources.size() == 1);
}  // namespace

TEST_CASE("treaty events: every field of two encoded events") {
    const csto::TreatyEvent charter = event_list[0];
    CHECK(charter.kind == TreatyEventKind::charter_signed);
    CHECK(charter.when == csto::DateRange::in_month(2002, 10));
    CHECK(charter.states == (csto::StateSet{st::armenia, st::belarus, st::uzbekistan}));
    CHECK(charter.summary == "the Charter is signed");
    REQUIRE(charter.sources.size() == 1);
    CHECK(charter.sources[0].text == "a note");
    CHECK(charter.sources[0].source->id == "seed.txt");
    const csto::TreatyEvent accession = event_list[1];
    CHECK(accession.kind == TreatyEventKind::accession);
    CHECK(accession.when == csto::DateRange::on(1993, 9, 24));
    CHECK(accession.states == csto::StateSet{st::azerbaijan});
    CHECK(accession.summary == "Azerbaijan accedes");
    REQUIRE(accession.sources.size() == 2);
    CHECK(accession.sources[0].text == "quote");
    CHECK(accession.sources[0].is_verbatim());
    CHECK(accession.sources[1].text == "a note");
    // find_event reads the decoded rows: the first of a kind, none for a kind not there.
    csto::Dataset data{};
    data.treaty_events = event_list;
    CHECK(csto::find_event(TreatyEventKind::accession, data)->summary == "Azerbaijan accedes");
    CHECK_FALSE(csto::find_event(TreatyEventKind::entry_into_force, data));
}
