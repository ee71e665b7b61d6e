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
        const csto::TreatyEvent* event = csto::find_event(e.kind);
        REQUIRE(event != nullptr);
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
    const csto::TreatyEvent* signed_extension = csto::find_event(TreatyEventKind::extension_protocol_signed);
    REQUIRE(signed_extension != nullptr);
    CHECK(csto::members_on(date(1999, 4, 21)) == signed_extension->states);
    const csto::TreatyEvent* expired = csto::find_event(TreatyEventKind::first_term_expired);
    CHECK((csto::members_on(date(1999, 4, 20)) - csto::members_on(date(1999, 4, 21))) == expired->states);
}

TEST_CASE("the suspension's announcement and its formalisation are both kept") {
    const auto* announced = csto::find_event(TreatyEventKind::suspension_announced);
    const auto* formalised = csto::find_event(TreatyEventKind::suspension_formalised);
    REQUIRE(announced);
    REQUIRE(formalised);
    CHECK(announced->when == csto::membership_history(st::uzbekistan).back().end->when);
    CHECK(announced->when.earliest() < formalised->when.earliest());
}
