#include "test_support.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace csto_test;
using csto::ObligationKind;

TEST_CASE("articles 1 to 12 exist: 9 to 12 say that no source here gives their substance") {
    for (int n = 1; n <= 12; ++n) {
        CAPTURE(n);
        const auto a = csto::article(n);
        REQUIRE(a);
        CHECK(a->number() == n);
        CHECK_FALSE(a->title().empty());
        // Today's wording: 5, 6 and 11 were amended in 2012 in words no source here gives.
        const bool known_today = n <= 8 && n != 5 && n != 6;
        CHECK(a->substance_known() == known_today);
        CHECK(a->obligations().empty() == !known_today);
        // As signed: only 9 to 12 are unknown.
        CHECK(csto::article(n, date(2000, 1, 1))->substance_known() == (n <= 8));
    }
    for (int n : {-1, 0, 13, 1000}) CHECK_FALSE(csto::article(n));
    CHECK_FALSE(csto::article(4, date(1992, 5, 14)));
    CHECK_FALSE(csto::article(4, date(boost::gregorian::not_a_date_time)));
    CHECK(csto::article(4, date(1992, 5, 15)));
}

TEST_CASE("Article 4 as signed is quoted verbatim from seed 004") {
    const auto a = csto::article(4, date(2000, 1, 1));
    REQUIRE(a);
    CHECK(a->verbatim());
    CHECK(a->substance().rfind(
              "If one of the participating states is subjected to aggression by any state or group of states", 0) == 0);
    CHECK(a->substance().find("Article 51 of the UN Charter") != std::string_view::npos);
    bool quoted_from_seed_004 = false;
    for (const csto::Citation& c : a->sources())
        quoted_from_seed_004 = quoted_from_seed_004 || (c.is_verbatim() && c.text == a->substance() &&
                                                        c.source->id == "004_9f95a5e0a4c8bfad.txt");
    CHECK(quoted_from_seed_004);
    CHECK(a->obliges(ObligationKind::collective_defense));
    CHECK(a->obliges(ObligationKind::inform_security_council));
    CHECK_FALSE(a->obliges(ObligationKind::refrain_from_force));
}

TEST_CASE("the 2010 Protocol amended Articles 2, 3, 4, 5, 6 and 11, in force from 19 December 2012") {
    const auto in_force = csto::find_event(csto::TreatyEventKind::amending_protocol_in_force)->when;
    for (int n = 1; n <= 12; ++n) {
        CAPTURE(n);
        const auto a = csto::article(n);
        const bool amended = (n >= 2 && n <= 6) || n == 11;
        REQUIRE(a->amendments().size() == (amended ? 1u : 0u));
        if (!amended) continue;
        CHECK(a->amendments()[0].from == in_force);
        CHECK_FALSE(a->amendments()[0].change.empty());
        CHECK(csto::article(n, date(2012, 12, 18))->version() == &a->versions()[0]);
        CHECK(csto::article(n, date(2012, 12, 19))->version() == &a->versions()[1]);
        CHECK(csto::article(n) == csto::article(n, date(2012, 12, 19)));
    }
    CHECK(csto::article(4)->substance().find("armed attack threatening") != std::string_view::npos);
    CHECK_FALSE(csto::article(4)->verbatim());
    CHECK(csto::article(3, date(2000, 1, 1))->substance().find("Commander-in-Chief") != std::string_view::npos);
    CHECK(csto::article(3)->substance().find("Commander-in-Chief") == std::string_view::npos);
    // Article 2's new wording adds measures to assist the threatened parties (cst-text-ru-amended).
    CHECK_FALSE(csto::article(2, date(2012, 12, 18))->obliges(ObligationKind::assist_threatened_states));
    CHECK(csto::article(2)->obliges(ObligationKind::assist_threatened_states));
    CHECK(csto::article(2)->substance_known());
    // Articles 5, 6 and 11 were amended too, but their new wording was not read: unknown, and said so.
    for (int n : {5, 6, 11}) {
        CAPTURE(n);
        CHECK_FALSE(csto::article(n)->substance_known());
        CHECK(csto::article(n)->obligations().empty());
        CHECK(csto::article(n)->version()->change.find("not") != std::string_view::npos);
    }
    CHECK(csto::article(5, date(2012, 12, 18))->substance_known());
    CHECK_FALSE(csto::article(11, date(2012, 12, 18))->substance_known());
}

TEST_CASE("each article's obligations") {
    CHECK(csto::article(1)->obliges(ObligationKind::refrain_from_force));
    CHECK(csto::article(1)->obliges(ObligationKind::no_hostile_alliances));
    CHECK(csto::article(1)->obliges(ObligationKind::peaceful_settlement));
    CHECK(csto::article(2)->obliges(ObligationKind::joint_consultations_on_threat));
    CHECK(csto::article(3)->obliges(ObligationKind::establish_council));
    const date before_2012(2012, 12, 18);  // Articles 5 and 6 as signed; their amended wording is unknown
    CHECK(csto::article(5, before_2012)->obliges(ObligationKind::coordinate_joint_activity));
    CHECK(csto::article(6, before_2012)->obliges(ObligationKind::heads_decide_on_armed_forces));
    CHECK(csto::article(6, before_2012)->obliges(ObligationKind::limit_use_outside_territory));
    CHECK(csto::article(7)->obliges(ObligationKind::facilities_by_special_agreement));
    CHECK(csto::article(8)->obliges(ObligationKind::not_against_third_states));
    CHECK(csto::article(8)->obliges(ObligationKind::other_treaties_unaffected));
    // Seed 002's paraphrase of Article 1 is among its sources.
    bool seed_002 = false;
    for (const auto& c : csto::article(1)->sources())
        seed_002 = seed_002 || c.source == csto::find_source("002_989f9b7d81bf07a4.txt");
    CHECK(seed_002);
}

TEST_CASE("the Treaty's purpose, as the seeds state it") {
    REQUIRE(csto::treaty_purpose().size() == 3);
    for (const auto& c : csto::treaty_purpose()) CHECK(c.is_verbatim());
    CHECK(csto::treaty_purpose()[0].text.find("territorial integrity, and sovereignty") != std::string_view::npos);
}

TEST_CASE("the Treaty's terms: the first from entry into force, the 1999 extension, then five-year renewals") {
    CHECK_FALSE(csto::term_on(date(1994, 4, 19)));
    auto t = csto::term_on(date(1994, 4, 20));
    REQUIRE(t);
    CHECK(t->number == 1);
    CHECK(t->basis == csto::TermBasis::first_term);
    CHECK(t->until.earliest() == date(1999, 4, 21));
    CHECK(csto::term_on(date(1999, 4, 20))->number == 1);
    t = csto::term_on(date(1999, 4, 21));
    CHECK(t->number == 2);
    CHECK(t->basis == csto::TermBasis::extension);
    CHECK(t->from.earliest() == date(1999, 4, 21));
    CHECK(t->until.earliest() == date(2004, 4, 21));
    CHECK(csto::term_on(date(2004, 4, 20))->number == 2);
    t = csto::term_on(date(2004, 4, 21));
    CHECK(t->number == 3);
    CHECK(t->basis == csto::TermBasis::automatic_renewal);
    t = csto::term_on(date(2022, 5, 16));
    CHECK(t->number == 6);
    CHECK(t->from.earliest() == date(2019, 4, 21));
    CHECK(t->until.earliest() == date(2024, 4, 21));
    CHECK(csto::term_on(date(2024, 4, 21))->number == 7);
    CHECK(csto::term_on(date(9990, 1, 1)));
    CHECK(csto::term_on(date(9999, 4, 20))->until.earliest() == date(9999, 4, 21));
    CHECK_FALSE(csto::term_on(date(9999, 4, 21)));  // its end would pass year 9999
    CHECK_FALSE(csto::term_on(date(boost::gregorian::pos_infin)));
    for (date d(1994, 4, 20); d < date(2040, 1, 1); d += boost::gregorian::date_duration(1)) {
        const auto term = csto::term_on(d);
        if (!term || d < term->from.earliest() || !(d < term->until.earliest())) {
            FAIL_CHECK("term_on does not cover " << d.year() << '-' << d.month().as_number() << '-' << d.day());
            break;
        }
        CHECK_FALSE(term->sources.empty());
    }
}
