#include "test_support.hpp"

#include <csto/io.hpp>
#include <csto/parse.hpp>

#include <doctest/doctest.h>

#include <iostream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>

using namespace csto_test;
namespace st = csto::states;

TEST_CASE("parse_date reads ISO 8601 extended and basic calendar dates") {
    CHECK(csto::parse_date("2010-05-01") == date(2010, 5, 1));
    CHECK(csto::parse_date("20100501") == date(2010, 5, 1));
    CHECK(csto::parse_date("  1992-05-15\n") == date(1992, 5, 15));
    CHECK(csto::parse_date("2024-02-29") == date(2024, 2, 29));
    CHECK(csto::parse_date("1400-01-01") == date(1400, 1, 1));
    CHECK(csto::parse_date("9999-12-31") == date(9999, 12, 31));
}

TEST_CASE("parse_date rejects malformed and impossible dates without throwing") {
    using namespace std::string_literals;
    for (std::string bad :
         {""s,           " "s,           "2010"s,       "2010-5-1"s,        "2010-05-1"s,
          "2010/05/01"s, "2010-13-01"s,  "2010-00-10"s, "2010-05-00"s,      "2023-02-29"s,
          "2010-04-31"s, "1399-12-31"s,  "0000-01-01"s, "+2010-05-01"s,     "2010-05-01T00:00"s,
          "20100501 x"s, "2010-05-0\0"s, "٢٠١٠-٠٥-٠١"s, "not-a-date-time"s, std::string(10000, '9')}) {
        CAPTURE(bad);
        CHECK_FALSE(csto::parse_date(bad).has_value());
    }
}

TEST_CASE("IsoCode::parse checks the shape of an ISO 3166-1 alpha-2 or alpha-3 code, nothing more") {
    CHECK(csto::IsoCode::parse("afg")->view() == "AFG");
    CHECK(csto::IsoCode::parse(" Af ")->view() == "AF");
    CHECK(csto::IsoCode::parse("XK")->view() == "XK");  // user-assigned codes pass: csto keeps no list of states
    for (std::string_view bad : {"", "A", "ABCD", "A1", "A-B", "ÄB", "  "}) {
        CAPTURE(bad);
        CHECK_FALSE(csto::IsoCode::parse(bad));
    }
    CHECK(csto::IsoCode().empty());
    CHECK(*csto::IsoCode::parse("tur") == *csto::IsoCode::parse("TUR"));
    CHECK(*csto::IsoCode::parse("TR") != *csto::IsoCode::parse("TUR"));
}

TEST_CASE("parse_aggressor reads every kind of aggressor a question may name") {
    using csto::AggressorKind;
    const auto azerbaijan = csto::parse_aggressor("Azerbaijan");
    REQUIRE(azerbaijan);
    CHECK(azerbaijan->kind() == AggressorKind::state);
    CHECK(azerbaijan->parties() == csto::StateSet{st::azerbaijan});
    CHECK(csto::parse_aggressor("aze")->parties() == csto::StateSet{st::azerbaijan});
    const auto afghanistan = csto::parse_aggressor("afg");
    REQUIRE(afghanistan);
    CHECK(afghanistan->kind() == AggressorKind::state);
    CHECK(afghanistan->parties().empty());
    REQUIRE(afghanistan->other_states().size() == 1);
    CHECK(afghanistan->other_states()[0].view() == "AFG");
    const auto group = csto::parse_aggressor(" AZE , TUR ");
    REQUIRE(group);
    CHECK(group->kind() == AggressorKind::group_of_states);
    CHECK(group->parties() == csto::StateSet{st::azerbaijan});
    REQUIRE(group->other_states().size() == 1);
    CHECK(group->other_states()[0].view() == "TUR");
    const std::string text = "non-state: armed groups";
    const auto non_state = csto::parse_aggressor(text);
    REQUIRE(non_state);
    CHECK(non_state->kind() == AggressorKind::non_state);
    CHECK(non_state->description() == "armed groups");
    CHECK(csto::parse_aggressor("NON-STATE")->description().empty());
    CHECK(csto::parse_aggressor("Unknown")->kind() == AggressorKind::unknown);
    for (std::string_view bad :
         {"", " ", "Atlantis", "AZE,AZE", "AFG,afg", "AZE,", ",AZE", "AZE,,TUR", "non-state:", "non-state armed",
          "unknown,AZE", "A1B", "AA,AB,AC,AD,AE,AF,AG,AH,AI,AJ,AK,AL,AN,AO,AP,AQ,AR"}) {
        CAPTURE(bad);
        CHECK_FALSE(csto::parse_aggressor(bad));
    }
    // Sixteen codes beyond the nine are the most a group holds.
    CHECK(csto::parse_aggressor("AB,AC,AD,AE,AF,AG,AH,AI,AJ,AK,AL,AN,AO,AP,AQ,AR")->other_states().size() == 16);
    CHECK(csto::to_string(*group) == "{Azerbaijan, TUR}");
    CHECK(csto::to_string(*afghanistan) == "AFG");
    CHECK(csto::to_string(*non_state) == "a non-state actor (armed groups)");
    CHECK(csto::to_string(csto::Aggressor()) == "unspecified");
    CHECK(csto::to_string(csto::AggressorCoverage::interpretation) == "a matter of interpretation");
    CHECK(csto::enum_name(csto::AggressorCoverage::outside_text) == "outside_text");
    CHECK(csto::enum_name(csto::Divergence::no_deployment_recorded) == "no_deployment_recorded");
    CHECK(csto::enum_name(static_cast<csto::AggressorKind>(200)).empty());
}

TEST_CASE("printing: dates with their precision, states, sets, intervals, citations") {
    CHECK(csto::to_string(csto::DateRange::on(1993, 12, 31)) == "1993-12-31");
    CHECK(csto::to_string(csto::DateRange::in_month(1999, 4)) == "1999-04");
    CHECK(csto::to_string(csto::DateRange::in_year(1993)) == "1993");
    CHECK(csto::to_string(csto::membership_history(st::uzbekistan)[1].start.when) == "2006-06-23..2006-08-16");
    CHECK(csto::to_string(date(1994, 4, 20)) == "1994-04-20");
    CHECK(csto::to_string(date(boost::gregorian::not_a_date_time)) == "not-a-date-time");
    CHECK(csto::to_string(st::kyrgyzstan) == "Kyrgyzstan");
    CHECK(csto::to_string(csto::StateSet{st::russia, st::armenia}) == "{Armenia, Russia}");
    CHECK(csto::to_string(csto::StateSet{}) == "{}");
    CHECK(csto::to_string(csto::membership_history(st::uzbekistan)[1]) ==
          "Uzbekistan: 2006-06-23..2006-08-16 (return) to 2012-06-28 (suspension, stated)");
    CHECK(csto::to_string(csto::membership_history(st::belarus)[0]) == "Belarus: 1993-12-31 (accession) to present");
    const csto::Citation& quote = csto::membership_history(st::armenia)[0].start.sources[0];
    CHECK(csto::to_string(quote).rfind("[004_9f95a5e0a4c8bfad.txt] \"signed in Tashkent", 0) == 0);
    CHECK(csto::to_string(csto::status_on(st::armenia, date(2030, 1, 1))) ==
          "member, participation frozen (past the data's as-of date)");
    CHECK(csto::to_string_view(csto::is_member(st::uzbekistan, date(2006, 7, 1))) == "indeterminate");
    CHECK(csto::to_string(*csto::find_event(csto::TreatyEventKind::entry_into_force)) ==
          "1994-04-20 entry into force: the Treaty enters into force");
}

TEST_CASE("printing: articles, terms, anniversaries, assessments, statements, sources") {
    CHECK(csto::to_string(*csto::article(4)) == "Article 4: Collective defense");
    CHECK(csto::to_string(*csto::term_on(date(2022, 5, 16))) == "term 6 (automatic renewal): 2019-04-21 to 2024-04-21");
    CHECK(csto::to_string(*csto::treaty_anniversary(date(2022, 5, 15))) == "the 30th, on the day");
    CHECK(csto::to_string(csto::Anniversary{21, false}) == "the 21st");
    CHECK(csto::to_string(csto::Anniversary{12, false}) == "the 12th");
    CHECK(csto::to_string(csto::collective_defense(st::kyrgyzstan, date(2022, 9, 16), st::tajikistan))
              .rfind("applies: true; obligated: {Armenia, Belarus, Kazakhstan, Russia}; aggressor is a member: ", 0) ==
          0);
    CHECK(csto::to_string(csto::joint_consultations(st::georgia, date(2005, 1, 1)))
              .rfind("applies: false; participants: {}; victim not a member", 0) == 0);
    CHECK(csto::to_string(csto::participation_freezes()[0]) == "Armenia: participation frozen since 2024-02-22");
    CHECK(csto::to_string(*csto::find_source("mfa-by-csto")) ==
          "[mfa-by-csto] Ministry of Foreign Affairs of Belarus: page on the CSTO");
    for (const csto::Statement& s : csto::statements())
        if (s.language == csto::Language::russian)
            CHECK(csto::to_string(s).rfind("Vladimir Putin (2022-05-16): Надеюсь", 0) == 0);
    CHECK(csto::to_string(csto::find_summit(date(2020, 12, 2))->documents()[3]) ==
          "Anti-Drug Strategy of the CSTO Member States for 2021-2025");
    CHECK(csto::to_string(csto::date_discrepancies()[0])
              .rfind("Belarus accession: 1994-01-03 per the ATOP alliance dataset not used", 0) == 0);
    CHECK(csto::to_string(csto::DefenseReason::past_as_of) == "past the as-of date");
}

namespace {
// Sends what std::cout receives to a string while it lives.
class CaptureCout {
public:
    CaptureCout() : previous_(std::cout.rdbuf(captured_.rdbuf())) {}
    ~CaptureCout() { std::cout.rdbuf(previous_); }
    CaptureCout(const CaptureCout&) = delete;
    CaptureCout& operator=(const CaptureCout&) = delete;
    [[nodiscard]] std::string text() const { return captured_.str(); }

private:
    std::ostringstream captured_;
    std::streambuf* previous_;
};

template <class T, class = void>
struct streams : std::false_type {};
template <class T>
struct streams<T, std::void_t<decltype(std::declval<std::ostream&>() << std::declval<const T&>())>> : std::true_type {};
struct Unprintable {};
}  // namespace

TEST_CASE("printing: a tribool and a Boost date, streamed as the README shows") {
    namespace g = boost::gregorian;
    CaptureCout out;
    {
        // As in the README's API section: the types live in Boost's namespaces, so the
        // using-declaration brings csto's operators in.
        using csto::operator<<;
        std::cout << csto::is_member(csto::states::uzbekistan, g::date(2006, 7, 1)) << '\n';  // indeterminate
        std::cout << csto::is_member(csto::states::uzbekistan, g::date(2010, 5, 1)) << '\n';  // true
        std::cout << csto::treaty_in_force(g::date(1993, 1, 1)) << '\n';                      // false
        std::cout << g::date(2010, 5, 1) << '\n';                                             // 2010-05-01
    }
    CHECK(out.text() == "indeterminate\ntrue\nfalse\n2010-05-01\n");
    CHECK(csto::to_string(csto::is_member(st::uzbekistan, date(2006, 7, 1))) == "indeterminate");
    CHECK(csto::to_string(csto::is_member(st::uzbekistan, date(2010, 5, 1))) == "true");
    CHECK(csto::to_string(csto::is_member(st::uzbekistan, date(2015, 1, 1))) == "false");
    CHECK(csto::to_string(boost::logic::tribool(boost::logic::indeterminate)) == "indeterminate");
    CHECK(csto::to_string(date(1992, 5, 15)) == "1992-05-15");
    CHECK(csto::to_string(date(boost::gregorian::pos_infin)) == "+infinity");
    // Plain bools still print as the standard library prints them.
    using csto::operator<<;
    std::ostringstream os;
    os << true << ' ' << date(1999, 4, 21) << ' ' << boost::logic::tribool(false);
    CHECK(os.str() == "1 1999-04-21 false");
}

TEST_CASE("printing: Reasons, ArticleVersion, StateIdentity, Span and lazy views") {
    const auto kg = csto::collective_defense(st::kyrgyzstan, date(2022, 9, 16), st::tajikistan);
    REQUIRE(kg.reasons.size() >= 1);
    const std::string reasons = csto::to_string(kg.reasons);
    CHECK(reasons.rfind("aggressor is a member: ", 0) == 0);
    CHECK(reasons == csto::to_string(kg).substr(csto::to_string(kg).find("aggressor is a member: ")));
    CHECK(csto::to_string(csto::Reasons{}) == "none");
    csto::Reasons two;
    two.add(csto::DefenseReason::past_as_of);
    two.add(csto::DefenseReason::victim_suspended, st::uzbekistan);
    CHECK(csto::to_string(two) ==
          "victim suspended: the state's membership was suspended that day; past the as-of date: the day is after "
          "the data's as-of date; membership is extrapolated");

    const auto article4 = csto::article(4, date(1995, 1, 1));
    REQUIRE(article4);
    REQUIRE(article4->version() != nullptr);
    CHECK(csto::to_string(*article4->version())
              .rfind("from 1992-05-15, text (verbatim): If one of the participating "
                     "states",
                     0) == 0);
    const auto article2 = csto::article(2);
    REQUIRE(article2);
    REQUIRE(article2->versions().size() == 2);
    const std::string amended = csto::to_string(article2->versions()[1]);
    CHECK(amended.find("; amended: the 2010 Protocol rewrote the second part") != std::string::npos);
    csto::ArticleVersion unread{csto::DateRange::on(2010, 12, 10), {}, false, {}};
    unread.wording_known = false;
    CHECK(csto::to_string(unread) == "from 2010-12-10: wording not known");

    CHECK(csto::to_string(st::armenia.identity()) == "Armenia (Republic of Armenia, AM/ARM, ISO 051, COW 371)");
    CHECK(csto::to_string(st::kyrgyzstan.identity()) == "Kyrgyzstan (Kyrgyz Republic, KG/KGZ, ISO 417, COW 703)");

    CHECK(csto::to_string(kg.forms) == "[military assistance, other support]");
    CHECK(csto::to_string(csto::Span<csto::AssistanceForm>()) == "[]");
    CHECK(csto::to_string(csto::membership_history(st::uzbekistan)) ==
          "[Uzbekistan: 1992-05-15 (signature) to 1999-04-21 (non-renewal, inferred), "
          "Uzbekistan: 2006-06-23..2006-08-16 (return) to 2012-06-28 (suspension, stated)]");
    CHECK(csto::to_string(csto::summits_between(date(2017, 12, 1), date(2017, 12, 31))) ==
          "[2017-05-02..2017-12-31 the Organization, reception, in person, Moscow]");
    static_assert(streams<csto::Span<csto::Summit>>::value);
    static_assert(streams<csto::Reasons>::value);
    static_assert(streams<csto::ArticleVersion>::value);
    static_assert(streams<csto::StateIdentity>::value);
    static_assert(streams<csto::SummitsBetween>::value);
    static_assert(!streams<csto::Span<Unprintable>>::value);  // a Span prints only when its elements do
}

namespace {
const csto::Request& request_named(std::string_view id) {
    for (const csto::Request& r : csto::requests())
        if (r.id == id) return r;
    FAIL("no request " << id);
    throw std::logic_error("unreachable");
}
}  // namespace

TEST_CASE("printing: a request, its steps, its deployment and the contingents") {
    // Kazakhstan, January 2022: Tokayev's appeal of 5 January; the Council's decision of 6 January
    // under Article 4; the Collective Peacekeeping Forces, units of five states under Serdyukov,
    // nearly 2,500 in all; the withdrawal from 13 to 19 January.
    const csto::Request& kz = request_named("2022-01-kazakhstan");
    CHECK(csto::to_string(kz) == "2022-01-05 Kazakhstan: assistance [2022-01-kazakhstan]");
    REQUIRE(kz.steps.size() >= 2);
    CHECK(csto::to_string(kz.steps[0]) ==
          "2022-01-06 decision: the Collective Security Council decided, in accordance with Article 4, to deploy the "
          "Collective Peacekeeping Forces to Kazakhstan (Collective Security Council, Article 4)");
    const csto::RequestStep* deployment = kz.deployment_step();
    REQUIRE(deployment != nullptr);
    REQUIRE(deployment->deployment != nullptr);
    const std::string force = csto::to_string(*deployment->deployment);
    CHECK(force.rfind("Collective Peacekeeping Forces, units of {Armenia, Belarus, Kyrgyzstan, Russia, Tajikistan}, "
                      "commander Colonel-General Andrei Serdyukov, personnel [in all: about 2,500, Armenia: 100, "
                      "Russia: 3,000 (reported), Belarus: 500 (reported), Tajikistan: 200 (reported), ",
                      0) == 0);
    const std::string withdrawal = "], withdrawal began 2022-01-13, completed 2022-01-19";
    REQUIRE(force.size() > withdrawal.size());
    CHECK(force.substr(force.size() - withdrawal.size()) == withdrawal);
    CHECK(csto::to_string(*deployment)
              .rfind("2022-01-06..2022-01-13 deployment: the Collective Peacekeeping Forces "
                     "sent to Kazakhstan",
                     0) == 0);
    CHECK(csto::to_string(*deployment).find("; Collective Peacekeeping Forces, units of {") != std::string::npos);
    std::string inferences;
    for (const csto::FieldInference& i : deployment->inferences)
        if (i.field == csto::Field::date) inferences += csto::to_string(i);
    for (const csto::FieldInference& i : kz.inferences)
        if (i.field == csto::Field::kind) inferences += '|' + csto::to_string(i);
    CHECK(inferences.rfind("date inferred: no source read gives the day the first units arrived", 0) == 0);
    CHECK(inferences.find("|kind inferred: the notes report only that Tokayev appealed") != std::string::npos);

    // Armenia, September 2022: Article 4 named only by a report; the refusal is undated.
    const csto::Request& am = request_named("2022-09-armenia");
    CHECK(csto::to_string(am) == "2022-09-13 Armenia: assistance (Article 4, reported) [2022-09-armenia]");
    bool undated_refusal = false;
    for (const csto::RequestStep& s : am.steps)
        if (!s.date && s.kind == csto::StepKind::refusal)
            undated_refusal = csto::to_string(s).rfind("undated refusal: ", 0) == 0;
    CHECK(undated_refusal);

    // The made-up parts: each optional part left out when absent.
    const csto::Personnel whole{std::nullopt, 1000, false, false, {}};
    const csto::Personnel approximate{csto::states::russia, 12345, true, true, {}};
    CHECK(csto::to_string(whole) == "in all: 1,000");
    CHECK(csto::to_string(approximate) == "Russia: about 12,345 (reported)");
    const csto::Deployment bare{"Collective Rapid Reaction Force", csto::StateSet{st::russia}, {}, {}, {}, {}};
    CHECK(csto::to_string(bare) == "Collective Rapid Reaction Force, units of {Russia}");
    const csto::Deployment ended{"F", {}, {}, {}, std::nullopt, csto::DateRange::on(2022, 1, 19)};
    CHECK(csto::to_string(ended) == "F, units of {}, withdrawal completed 2022-01-19");
    const csto::RequestStep step{csto::StepKind::meeting, std::nullopt, "met", csto::MeetingBody::permanent_council};
    CHECK(csto::to_string(step) == "undated meeting: met (Permanent Council)");
    const csto::RequestStep under_article{
        csto::StepKind::not_done, csto::DateRange::in_month(2021, 5), "x", {}, nullptr, 2};
    CHECK(csto::to_string(under_article) == "2021-05 not done: x (Article 2)");
}

TEST_CASE("printing: the chair on a day, certain, uncertain and unknown") {
    // Kazakhstan took the chair at the session of 20 December 2011; Kyrgyzstan at that of
    // 19 December 2012 (Kazakhstan's first day out, inferred).
    CHECK(csto::to_string(csto::chairing_state_on(date(2011, 12, 20))) ==
          "certain: Kazakhstan, 2011-12-20 to 2012-12-19");
    CHECK(csto::to_string(csto::chairing_state_on(date(2012, 12, 18))) ==
          "certain: Kazakhstan, 2011-12-20 to 2012-12-19");
    // Armenia from 16 September 2021; its first day out is 23 or 24 November 2022 (the Yerevan
    // session), so the 23rd is open; Pashinyan chaired the Council.
    const std::string armenia =
        "Armenia, 2021-09-16 to 2022-11-23..2022-11-24; the Council's chairman: Nikol Pashinyan";
    CHECK(csto::to_string(csto::chairing_state_on(date(2022, 11, 22))) == "certain: " + armenia);
    CHECK(csto::to_string(csto::chairing_state_on(date(2022, 11, 23))) == "uncertain: " + armenia);
    // No source names the chair in 2024: the last named before is Armenia's.
    CHECK(csto::to_string(csto::chairing_state_on(date(2024, 6, 1))) == "unknown; last named before: " + armenia);
    CHECK(csto::to_string(csto::ChairAnswer{}) == "unknown");
    const csto::Chairmanship a{st::belarus, std::nullopt, csto::DateRange::on(2011, 12, 20), std::nullopt};
    const csto::Chairmanship b{st::kazakhstan, csto::DateRange::on(2011, 12, 20), std::nullopt, std::nullopt};
    CHECK(csto::to_string(csto::ChairAnswer{csto::ChairCertainty::uncertain, &a, &b}) ==
          "uncertain: Belarus, ? to 2011-12-20 or Kazakhstan, 2011-12-20 to ?");
    CHECK(csto::to_string(b.certain_days()) == "2011-12-20..2011-12-20");
    CHECK(csto::to_string(csto::Chairmanship{st::russia, std::nullopt, std::nullopt, std::nullopt}.certain_days()) ==
          "none");
}

TEST_CASE("printing: membership bounds, freeze readings, source conflicts, inferences") {
    // Uzbekistan: signed 15 May 1992, out from 21 April 1999 (it did not sign the extension:
    // inferred); back between the Minsk decision of 23 June 2006 and the protocol of 16 August 2006;
    // suspended from 28 June 2012 (stated).
    const auto uzbekistan = csto::membership_history(st::uzbekistan);
    REQUIRE(uzbekistan.size() == 2);
    CHECK(csto::to_string(uzbekistan[0].start) == "1992-05-15 (signature)");
    REQUIRE(uzbekistan[0].end);
    CHECK(csto::to_string(*uzbekistan[0].end) == "1999-04-21 (non-renewal, inferred)");
    CHECK(csto::to_string(uzbekistan[1].start) == "2006-06-23..2006-08-16 (return)");
    REQUIRE(uzbekistan[1].end);
    CHECK(csto::to_string(*uzbekistan[1].end) == "2012-06-28 (suspension, stated)");
    const csto::MembershipStart inferred{
        csto::StartKind::accession, csto::DateRange::in_year(1993), {}, csto::Basis::inferred};
    CHECK(csto::to_string(inferred) == "1993 (accession, inferred)");

    // Armenia's freeze (from 22 February 2024): its government calls it a suspension of its
    // participation; Russia's foreign ministry holds it a full member.
    const csto::ParticipationFreeze& freeze = csto::participation_freezes()[0];
    REQUIRE(freeze.readings.size() == 2);
    CHECK(csto::to_string(freeze.readings[0])
              .rfind("Armenia's government (participation suspended): Armenia has frozen "
                     "its participation and filed no withdrawal notice",
                     0) == 0);
    CHECK(csto::to_string(freeze.readings[1])
              .rfind("Russia's foreign ministry (full member): Armenia remains a full "
                     "member of the CSTO",
                     0) == 0);

    bool uzbekistan_1999 = false;
    for (const csto::SourceConflict& c : csto::conflicts())
        if (c.subject == "how Uzbekistan's membership ended in 1999")
            uzbekistan_1999 = csto::to_string(c).rfind(
                                  "how Uzbekistan's membership ended in 1999: kept non-renewal: "
                                  "Uzbekistan is no longer a party from 21 April 1999 (seed 002 "
                                  "calls it a suspension",
                                  0) == 0;
    CHECK(uzbekistan_1999);
    CHECK(csto::to_string(csto::SourceConflict{"s", "k", "r", {}}) == "s: kept k (r)");
    CHECK(csto::to_string(csto::FieldInference{csto::Field::secretary_general, "how"}) ==
          "Secretary-General inferred: how");
}

TEST_CASE("printing: Article 4's reach and Article 2's threats, version by version") {
    // 1992: aggression "by any state or group of states": a state and a group are within the
    // words, a non-state actor outside them.
    const auto article4 = csto::article(4, date(1995, 1, 1));
    REQUIRE(article4);
    REQUIRE(article4->version() != nullptr);
    CHECK(csto::to_string(article4->version()->aggressor)
              .rfind("state within, group of states within, non-state actor outside: the 1992 wording covers", 0) == 0);
    CHECK(csto::to_string(csto::AggressorScope{}) == "not read");
    // Article 2: the 1992 text lists security, territorial integrity, sovereignty and international
    // peace; the amended text (in force 19 December 2012) adds stability.
    const auto article2 = csto::article(2);
    REQUIRE(article2);
    REQUIRE(article2->versions().size() == 2);
    CHECK(csto::to_string(article2->versions()[0].threats) ==
          "security, territorial integrity, sovereignty, international peace");
    CHECK(csto::to_string(article2->versions()[1].threats) ==
          "security, stability, territorial integrity, sovereignty, international peace");
    CHECK(csto::to_string(csto::ThreatScope{}) == "none");
}

TEST_CASE("every public result type prints") {
    static_assert(streams<csto::ChairAnswer>::value);
    static_assert(streams<csto::Request>::value);
    static_assert(streams<csto::RequestStep>::value);
    static_assert(streams<csto::Deployment>::value);
    static_assert(streams<csto::Personnel>::value);
    static_assert(streams<csto::SourceConflict>::value);
    static_assert(streams<csto::MembershipStart>::value);
    static_assert(streams<csto::MembershipEnd>::value);
    static_assert(streams<csto::FreezeReading>::value);
    static_assert(streams<csto::FieldInference>::value);
    static_assert(streams<csto::AggressorScope>::value);
    static_assert(streams<csto::ThreatScope>::value);
    static_assert(streams<csto::Chairmanship::CertainDays>::value);
    static_assert(streams<csto::MembershipStatus>::value);
    static_assert(streams<csto::Standing>::value);
    static_assert(streams<csto::RequestsUnderWay>::value);
    static_assert(streams<csto::InstitutionsOn>::value);
    CHECK(csto::to_string(csto::StepKind::declined_document) == "document declined");
    CHECK(csto::to_string(csto::Addressee::un_security_council) == "the UN Security Council");
    CHECK(csto::to_string(static_cast<csto::StepKind>(200)).empty());  // as enum_name: empty outside the enum
}

#if __cplusplus >= 202002L
TEST_CASE("C++20: conversions to and from std::chrono calendar types") {
    using namespace std::chrono;
    const auto ymd = csto::to_year_month_day(date(1992, 5, 15));
    REQUIRE(ymd);
    CHECK(*ymd == year_month_day{year{1992}, May, day{15}});
    CHECK(csto::to_sys_days(date(1970, 1, 2)) == sys_days{days{1}});
    CHECK(csto::to_date(year_month_day{year{2024}, February, day{29}}) == date(2024, 2, 29));
    CHECK(csto::to_date(sys_days{year{2012} / June / 28}) == date(2012, 6, 28));
    CHECK_FALSE(csto::to_date(year_month_day{year{2023}, February, day{29}}));
    CHECK_FALSE(csto::to_date(year_month_day{year{1300}, January, day{1}}));
    CHECK_FALSE(csto::to_sys_days(date(boost::gregorian::not_a_date_time)));
    static_assert(csto::is_member(csto::states::uzbekistan, *csto::to_date(year{2010} / May / 1)));
}
#endif
