// tests/chairmanship_test.cpp - which member state chaired the Organization: the facts, stated by
// hand from the reference notes (supplementary-facts-2.md sections 0, 1, 2, 4 and 5), and the query
// logic on a small made-up dataset.
//
// The notes name the chairing state on these days only: Russia took the chair on 2009-06-14;
// Kazakhstan took it from Belarus on 2011-12-20; Kyrgyzstan took it on 2012-12-19 "for the next
// year"; Tajikistan was "then chair" on 2021-05-14; Armenia held it from the Dushanbe session
// (2021-09-16) until the Yerevan session (2022-11-23, which Pashinyan chaired); Russia from
// 2026-01-01, with Putin as the Council's chairman (RIA Novosti, 13 January 2026). A day of handover
// counts for the state taking the chair. Any other day is unknown: never taken from "the host
// state chairs its session".
#include "test_support.hpp"

#include <csto/io.hpp>
#include <csto/parse.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <optional>
#include <string>

using namespace csto_test;

namespace {
using boost::gregorian::date;
using csto::ChairCertainty;
using csto::DateRange;
namespace st = csto::states;

date day(const char* iso) { return *csto::parse_date(iso); }

struct ChairRow {
    const char* day;
    const char* answer;  // the state, "uncertain" or "unknown"
};
constexpr ChairRow chair_rows[] = {
    {"2009-06-13", "unknown"},     // before Russia took the chair
    {"2009-06-14", "Russia"},      // the Kremlin session: Russia takes the chair
    {"2009-06-15", "unknown"},     // no source gives the end of Russia's chairmanship
    {"2010-06-01", "unknown"},     // no source names the chair in 2010
    {"2011-12-18", "unknown"},     // no source gives the start of Belarus's chairmanship
    {"2011-12-19", "Belarus"},     // Belarus's last day: Kazakhstan took the chair from it the next day
    {"2011-12-20", "Kazakhstan"},  // the handover day counts for the state taking the chair
    {"2012-06-01", "Kazakhstan"},
    {"2012-12-18", "Kazakhstan"},
    {"2012-12-19", "Kyrgyzstan"},  // Kyrgyzstan takes the chair "for the next year"
    {"2012-12-20", "unknown"},     // "for the next year" gives no day: nothing is stretched
    {"2013-06-01", "unknown"},
    {"2015-06-01", "unknown"},
    {"2015-09-15", "unknown"},  // Rahmon chaired the Dushanbe session: a session's chair, not the chairmanship
    {"2021-05-13", "unknown"},
    {"2021-05-14", "Tajikistan"},  // mfa.am: letters to Tajikistan, "then chair"
    {"2021-05-15", "unknown"},
    {"2021-08-23", "unknown"},  // the extraordinary session Rahmon chaired names no chairing state
    {"2021-09-15", "unknown"},
    {"2021-09-16", "Armenia"},  // TASS: Armenia from the Dushanbe session
    {"2022-01-10", "Armenia"},
    {"2022-05-16", "Armenia"},  // the Moscow summit: its chair is named by no source, the chairmanship is
    {"2022-11-22", "Armenia"},
    {"2022-11-23", "uncertain"},  // the Yerevan session: Armenia's last day or the day the chair passed
    {"2022-11-24", "unknown"},    // Armenia is out; no source names its successor
    {"2023-11-23", "unknown"},    // Lukashenko chaired the Minsk session: not a source for the chairmanship
    {"2025-11-27", "unknown"},    // Japarov chaired the Bishkek session: likewise
    {"2025-12-31", "unknown"},
    {"2026-01-01", "Russia"},   // eccis, vesti.ru: Russia from 1 January 2026
    {"2026-01-13", "Russia"},   // RIA Novosti: Putin, the Council's chairman in 2026
    {"2026-01-14", "unknown"},  // no source gives the end, and no later day is attested
};

std::string answer_of(const csto::ChairAnswer& a) {
    switch (a.certainty) {
        case ChairCertainty::certain: return std::string(a.state()->name());
        case ChairCertainty::uncertain: return "uncertain";
        case ChairCertainty::unknown: return "unknown";
    }
    return "?";
}

}  // namespace

TEST_CASE("chairmanship: the chairing state on both sides of every day the sources give") {
    for (const ChairRow& r : chair_rows) {
        CAPTURE(std::string(r.day));
        const csto::ChairAnswer a = csto::chairing_state_on(day(r.day));
        CHECK(answer_of(a) == r.answer);
        if (a.certainty == ChairCertainty::certain) {
            REQUIRE(a.chairmanship != nullptr);
            CHECK(a.other == nullptr);
            CHECK(a.previous == nullptr);
            CHECK(csto_test::is_true(a.chairmanship->covers(day(r.day))));
        }
        if (a.certainty == ChairCertainty::unknown) CHECK(a.chairmanship == nullptr);
        if (a.certainty != ChairCertainty::certain) CHECK_FALSE(a.state());
    }
}

TEST_CASE("chairmanship: an open day names the chairmanship that leaves it open, an unknown one the last before") {
    const csto::ChairAnswer yerevan = csto::chairing_state_on(day("2022-11-23"));
    REQUIRE(yerevan.certainty == ChairCertainty::uncertain);
    REQUIRE(yerevan.chairmanship != nullptr);
    CHECK(yerevan.chairmanship->state == st::armenia);
    CHECK(yerevan.other == nullptr);  // no source names Armenia's successor
    CHECK(is_open(yerevan.chairmanship->covers(day("2022-11-23"))));

    const csto::ChairAnswer mid_2015 = csto::chairing_state_on(day("2015-06-01"));
    REQUIRE(mid_2015.previous != nullptr);
    CHECK(mid_2015.previous->state == st::kyrgyzstan);
    CHECK(mid_2015.previous->from == DateRange::on(2012, 12, 19));
    CHECK_FALSE(mid_2015.previous->until);  // "for the next year": no day

    const csto::ChairAnswer after_armenia = csto::chairing_state_on(day("2024-01-01"));
    REQUIRE(after_armenia.previous != nullptr);
    CHECK(after_armenia.previous->state == st::armenia);
    const csto::ChairAnswer between = csto::chairing_state_on(day("2010-06-01"));
    REQUIRE(between.previous != nullptr);
    CHECK(between.previous->state == st::russia);
    CHECK(csto::chairing_state_on(day("2009-06-13")).previous == nullptr);
}

TEST_CASE("chairmanship: the records, their bounds and the Council's chairmen, as the sources give them") {
    const auto all = csto::chairmanships();
    REQUIRE(all.size() == 7);
    // Russia, from 2009-06-14, end unknown.
    CHECK(all[0].state == st::russia);
    CHECK(all[0].from == DateRange::on(2009, 6, 14));
    CHECK_FALSE(all[0].until);
    CHECK_FALSE(all[0].held_on);
    // Belarus, start unknown, first day out 2011-12-20.
    CHECK(all[1].state == st::belarus);
    CHECK_FALSE(all[1].from);
    CHECK(all[1].until == DateRange::on(2011, 12, 20));
    // Kazakhstan, 2011-12-20 to 2012-12-19 (first day out; inferred from Kyrgyzstan's taking the chair).
    CHECK(all[2].state == st::kazakhstan);
    CHECK(all[2].from == DateRange::on(2011, 12, 20));
    CHECK(all[2].until == DateRange::on(2012, 12, 19));
    CHECK_FALSE(all[2].inference(csto::Field::end).empty());
    CHECK(all[2].inference(csto::Field::start).empty());
    // Kyrgyzstan, from 2012-12-19.
    CHECK(all[3].state == st::kyrgyzstan);
    CHECK(all[3].from == DateRange::on(2012, 12, 19));
    CHECK_FALSE(all[3].until);
    // Tajikistan, on 2021-05-14 only.
    CHECK(all[4].state == st::tajikistan);
    CHECK_FALSE(all[4].from);
    CHECK_FALSE(all[4].until);
    CHECK(all[4].held_on == DateRange::on(2021, 5, 14));
    // Armenia, 2021-09-16 to the Yerevan session: first day out 2022-11-23 or 2022-11-24.
    CHECK(all[5].state == st::armenia);
    CHECK(all[5].from == DateRange::on(2021, 9, 16));
    CHECK(all[5].until == DateRange::between(date(2022, 11, 23), date(2022, 11, 24)));
    REQUIRE(all[5].chairman != nullptr);
    CHECK(all[5].chairman->name == "Nikol Pashinyan");
    // Russia, from 2026-01-01; Putin the Council's chairman (RIA Novosti, 13 January 2026).
    CHECK(all[6].state == st::russia);
    CHECK(all[6].from == DateRange::on(2026, 1, 1));
    CHECK_FALSE(all[6].until);
    CHECK(all[6].held_on == DateRange::on(2026, 1, 13));
    REQUIRE(all[6].chairman != nullptr);
    CHECK(all[6].chairman->name == "Vladimir Putin");
    for (std::size_t i = 0; i < 5; ++i) CHECK(all[i].chairman == nullptr);
    CHECK(csto::chairing_state_on(day("2026-01-13")).chairmanship == &all[6]);
    for (const csto::Chairmanship& c : all) {
        CAPTURE(csto::to_string(c));
        CHECK_FALSE(c.sources.empty());
        if (c.chairman != nullptr) CHECK(c.chairman->state == c.state);
    }
}

TEST_CASE("chairmanship: a special date is answered unknown, without a chairmanship") {
    using boost::date_time::special_values;
    for (const date d :
         {date(special_values::not_a_date_time), date(special_values::pos_infin), date(special_values::neg_infin)}) {
        const csto::ChairAnswer a = csto::chairing_state_on(d);
        CHECK(a.certainty == ChairCertainty::unknown);
        CHECK(a.chairmanship == nullptr);
        CHECK(a.previous == nullptr);
        CHECK_FALSE(a.state());
        CHECK(is_open(csto::chairmanships()[0].covers(d)));
    }
}

// --- The logic on a made-up dataset ------------------------------------------------------------
namespace {

using csto_test::because;

// Armenia 2000-01-01 to 2001-01-01, then Belarus from 2001-01-01 to 2002-01-01 (a dated handover);
// Georgia from some day of March 2003 to 2004-01-01 (an imprecise start);
// Kazakhstan from 2005-01-01, out on 2005-06-01 or 2005-06-02, and Kyrgyzstan in from that same open
// day to 2006-01-01 (an open handover);
// Russia only attested on 2008-05-05; Tajikistan from 2009-01-01, attested on 2009-03-01;
// Uzbekistan from some day of 2010, end unknown; Azerbaijan out some day of May 2012, start unknown.
constexpr csto::Chairmanship made_up_chairs[] = {
    {st::armenia, DateRange::on(2000, 1, 1), DateRange::on(2001, 1, 1), std::nullopt, nullptr, because},
    {st::belarus, DateRange::on(2001, 1, 1), DateRange::on(2002, 1, 1), std::nullopt, nullptr, because},
    {st::georgia, DateRange::in_month(2003, 3), DateRange::on(2004, 1, 1), std::nullopt, nullptr, because},
    {st::kazakhstan, DateRange::on(2005, 1, 1), DateRange::between(date(2005, 6, 1), date(2005, 6, 2)), std::nullopt,
     nullptr, because},
    {st::kyrgyzstan, DateRange::between(date(2005, 6, 1), date(2005, 6, 2)), DateRange::on(2006, 1, 1), std::nullopt,
     nullptr, because},
    {st::russia, std::nullopt, std::nullopt, DateRange::on(2008, 5, 5), nullptr, because},
    {st::tajikistan, DateRange::on(2009, 1, 1), std::nullopt, DateRange::on(2009, 3, 1), nullptr, because},
    {st::uzbekistan, DateRange::in_year(2010), std::nullopt, std::nullopt, nullptr, because},
    {st::azerbaijan, std::nullopt, DateRange::in_month(2012, 5), std::nullopt, nullptr, because},
};

constexpr csto::Dataset make_chair_fixture() {
    csto::Dataset d{};
    d.version = "test";
    d.chairmanships = made_up_chairs;
    return d;
}
constexpr csto::Dataset chair_fixture = make_chair_fixture();

// The query is a constant expression.
static_assert(csto::chairing_state_on(date(2001, 1, 1), chair_fixture).state() == st::belarus);
static_assert(csto::chairing_state_on(date(2000, 12, 31), chair_fixture).state() == st::armenia);
static_assert(csto::chairing_state_on(date(2005, 6, 1), chair_fixture).certainty == ChairCertainty::uncertain);

std::string fixture_answer(date d) { return answer_of(csto::chairing_state_on(d, chair_fixture)); }

}  // namespace

TEST_CASE("chairmanship fixture: a dated handover gives the day to the state taking the chair") {
    CHECK(fixture_answer(date(1999, 12, 31)) == "unknown");
    CHECK(fixture_answer(date(2000, 1, 1)) == "Armenia");
    CHECK(fixture_answer(date(2000, 12, 31)) == "Armenia");
    CHECK(fixture_answer(date(2001, 1, 1)) == "Belarus");
    CHECK(fixture_answer(date(2001, 12, 31)) == "Belarus");
    CHECK(fixture_answer(date(2002, 1, 1)) == "unknown");
    CHECK(csto::chairing_state_on(date(2002, 1, 1), chair_fixture).previous == &made_up_chairs[1]);
}

TEST_CASE("chairmanship fixture: an imprecise start is open inside its month and certain from its last day") {
    CHECK(fixture_answer(date(2003, 2, 28)) == "unknown");
    CHECK(fixture_answer(date(2003, 3, 1)) == "uncertain");
    CHECK(fixture_answer(date(2003, 3, 30)) == "uncertain");
    CHECK(fixture_answer(date(2003, 3, 31)) == "Georgia");
    CHECK(fixture_answer(date(2003, 12, 31)) == "Georgia");
    CHECK(fixture_answer(date(2004, 1, 1)) == "unknown");
    CHECK(csto::chairing_state_on(date(2003, 3, 15), chair_fixture).chairmanship == &made_up_chairs[2]);
}

TEST_CASE("chairmanship fixture: an open handover names both states, each certain outside the open day") {
    CHECK(fixture_answer(date(2005, 5, 31)) == "Kazakhstan");
    const csto::ChairAnswer open = csto::chairing_state_on(date(2005, 6, 1), chair_fixture);
    CHECK(open.certainty == ChairCertainty::uncertain);
    CHECK(open.chairmanship == &made_up_chairs[3]);
    CHECK(open.other == &made_up_chairs[4]);
    CHECK_FALSE(open.state());
    CHECK(fixture_answer(date(2005, 6, 2)) == "Kyrgyzstan");
    CHECK(fixture_answer(date(2005, 12, 31)) == "Kyrgyzstan");
    CHECK(fixture_answer(date(2006, 1, 1)) == "unknown");
}

TEST_CASE("chairmanship fixture: an attested day alone, or after a start, and nothing stretched past it") {
    CHECK(fixture_answer(date(2008, 5, 4)) == "unknown");
    CHECK(fixture_answer(date(2008, 5, 5)) == "Russia");
    CHECK(fixture_answer(date(2008, 5, 6)) == "unknown");
    CHECK(fixture_answer(date(2008, 12, 31)) == "unknown");
    CHECK(fixture_answer(date(2009, 1, 1)) == "Tajikistan");
    CHECK(fixture_answer(date(2009, 2, 1)) == "Tajikistan");  // between its start and its attested day
    CHECK(fixture_answer(date(2009, 3, 1)) == "Tajikistan");
    CHECK(fixture_answer(date(2009, 3, 2)) == "unknown");
}

TEST_CASE("chairmanship fixture: an imprecise bound with the other end unknown leaves only that bound open") {
    // From some day of 2010, end unknown: the year is open, no day is certain, nothing after it is said.
    CHECK(fixture_answer(date(2009, 12, 31)) == "unknown");
    CHECK(fixture_answer(date(2010, 1, 1)) == "uncertain");
    CHECK(fixture_answer(date(2010, 12, 31)) == "uncertain");
    CHECK(fixture_answer(date(2011, 1, 1)) == "unknown");
    // The last certain chairmanship before 2011 is Tajikistan's (Uzbekistan's has no certain day).
    CHECK(csto::chairing_state_on(date(2011, 1, 1), chair_fixture).previous == &made_up_chairs[6]);
    // First day out some day of May 2012, start unknown: the last day in is 2012-04-30 to 2012-05-30.
    CHECK(fixture_answer(date(2012, 4, 29)) == "unknown");
    CHECK(fixture_answer(date(2012, 4, 30)) == "uncertain");
    CHECK(fixture_answer(date(2012, 5, 30)) == "uncertain");
    CHECK(fixture_answer(date(2012, 5, 31)) == "unknown");
}

TEST_CASE("chairmanship fixture: an empty dataset knows no chair, and a special date none either") {
    const csto::Dataset empty{};
    CHECK(csto::chairing_state_on(date(2020, 1, 1), empty).certainty == ChairCertainty::unknown);
    CHECK(csto::chairmanships(empty).empty());
    CHECK(csto::chairing_state_on(date(boost::date_time::not_a_date_time), chair_fixture).certainty ==
          ChairCertainty::unknown);
}
