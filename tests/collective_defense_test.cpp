#include "test_support.hpp"

#include <doctest/doctest.h>

#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

using namespace csto_test;
using csto::DefenseReason;
using csto::StateSet;
namespace st = csto::states;

// Reasons::capacity is the last DefenseReason's value + 1, not a count of the names (cheaper for
// every user's build): the two must agree, so that a reason added past the last is not dropped.
static_assert(!csto::enum_name(static_cast<DefenseReason>(csto::Reasons::capacity - 1)).empty() &&
                  csto::enum_name(static_cast<DefenseReason>(csto::Reasons::capacity)).empty(),
              "every DefenseReason has a name, and Reasons has room for each");
// One fixed text (empty where the wording in force gives it) for every reason, and none past the last.
static_assert(
    [] {
        std::size_t texts = 0;
        for (char c : csto::detail::reason_texts) texts += c == '\0' ? 1 : 0;
        return texts - 1;  // the literal's own terminating NUL ends no text
    }() == csto::Reasons::capacity,
    "every DefenseReason has its text");

namespace {
const StateSet six{st::armenia, st::belarus, st::kazakhstan, st::kyrgyzstan, st::russia, st::tajikistan};
}

TEST_CASE("Article 4 before the Treaty entered into force: nobody is obliged") {
    const auto r = csto::collective_defense(st::tajikistan, date(1993, 6, 1));
    CHECK(is_false(r.applies));
    CHECK(r.has(DefenseReason::treaty_not_in_force));
    CHECK_FALSE(r.reasons.find(DefenseReason::treaty_not_in_force)->sources.empty());
    CHECK(r.obligated.empty());
    CHECK(r.forms.empty());
    CHECK(r.legal_basis.empty());
    CHECK(is_true(csto::collective_defense(st::tajikistan, date(1994, 4, 20)).applies));
    CHECK(is_false(csto::collective_defense(st::tajikistan, date(1994, 4, 19)).applies));
}

TEST_CASE("Article 4 in the first term: eight others owe assistance to Armenia") {
    const auto r = csto::collective_defense(st::armenia, date(1995, 1, 1));
    CHECK(is_true(r.applies));
    CHECK(r.obligated == (StateSet::all() - StateSet{st::armenia}));
    CHECK(r.obligation_indeterminate.empty());
    REQUIRE(r.forms.size() == 2);
    CHECK(r.forms[0] == csto::AssistanceForm::military_assistance);
    CHECK(r.forms[1] == csto::AssistanceForm::other_support);
    CHECK(r.legal_basis == "the right to collective defense in accordance with Article 51 of the UN Charter");
    CHECK(csto::article(4, date(1995, 1, 1))->substance().find(r.legal_basis) != std::string_view::npos);
    CHECK(r.inform_security_council);
    CHECK(r.armed_forces_decided_by == "the heads of the member states (Article 6)");
    REQUIRE(r.article);
    CHECK(r.article->number() == 4);
    CHECK_FALSE(r.has(DefenseReason::amended_text_in_force));
}

TEST_CASE("Article 4 after the 1999 non-renewals") {
    const auto r = csto::collective_defense(st::tajikistan, date(2000, 1, 1));
    CHECK(is_true(r.applies));
    CHECK(r.obligated == (six - StateSet{st::tajikistan}));
    const auto georgia = csto::collective_defense(st::georgia, date(2000, 1, 1));
    CHECK(is_false(georgia.applies));
    CHECK(georgia.has(DefenseReason::victim_not_member));
    CHECK(georgia.obligated.empty());
    CHECK(is_true(csto::collective_defense(st::georgia, date(1999, 4, 20)).applies));
}

TEST_CASE("Article 4 for a suspended member, and for the others while it is suspended") {
    const auto uz = csto::collective_defense(st::uzbekistan, date(2015, 1, 1));
    CHECK(is_false(uz.applies));
    CHECK(uz.has(DefenseReason::victim_suspended));
    CHECK_FALSE(uz.reasons.find(DefenseReason::victim_suspended)->sources.empty());
    CHECK_FALSE(csto::collective_defense(st::tajikistan, date(2015, 1, 1)).obligated.contains(st::uzbekistan));
    CHECK(csto::collective_defense(st::tajikistan, date(2010, 1, 1)).obligated.contains(st::uzbekistan));
    CHECK(csto::collective_defense(st::tajikistan, date(2010, 1, 1)).obligated ==
          ((six | StateSet{st::uzbekistan}) - StateSet{st::tajikistan}));
}

TEST_CASE("Article 4 for an intra-alliance aggression: the aggressor is excluded and the case flagged") {
    const auto r = csto::collective_defense(st::kyrgyzstan, date(2022, 9, 16), st::tajikistan);
    CHECK(is_true(r.applies));
    CHECK(r.intra_alliance);
    CHECK(r.has(DefenseReason::aggressor_is_member));
    CHECK(r.obligated == StateSet{st::armenia, st::belarus, st::kazakhstan, st::russia});
    REQUIRE(r.aggressor_status);
    CHECK(is_true(r.aggressor_status->is_member()));
    const auto outside = csto::collective_defense(st::armenia, date(2022, 9, 13), st::azerbaijan);
    CHECK_FALSE(outside.intra_alliance);
    CHECK(outside.obligated == (six - StateSet{st::armenia}));
    const auto self = csto::collective_defense(st::armenia, date(2022, 9, 13), st::armenia);
    CHECK_FALSE(self.intra_alliance);
    CHECK(self.obligated == outside.obligated);
}

TEST_CASE("Article 4 for a member with participation frozen: still owed, still owes") {
    const auto victim = csto::collective_defense(st::armenia, date(2024, 3, 1));
    CHECK(is_true(victim.applies));
    CHECK(victim.has(DefenseReason::victim_participation_frozen));
    CHECK(victim.obligated == (six - StateSet{st::armenia}));
    const auto other = csto::collective_defense(st::tajikistan, date(2024, 3, 1));
    CHECK(other.obligated.contains(st::armenia));
    CHECK(other.has(DefenseReason::obligated_participation_frozen));
    CHECK_FALSE(
        csto::collective_defense(st::tajikistan, date(2024, 2, 21)).has(DefenseReason::obligated_participation_frozen));
}

TEST_CASE("Article 4 on indeterminate days: Uzbekistan's return in 2006") {
    const auto uz = csto::collective_defense(st::uzbekistan, date(2006, 7, 1));
    CHECK(is_open(uz.applies));
    CHECK(uz.has(DefenseReason::victim_membership_indeterminate));
    CHECK(uz.obligated.empty());
    CHECK(uz.obligation_indeterminate == six);
    CHECK(uz.forms.size() == 2);
    const auto tj = csto::collective_defense(st::tajikistan, date(2006, 7, 1));
    CHECK(is_true(tj.applies));
    CHECK(tj.obligated == (six - StateSet{st::tajikistan}));
    CHECK(tj.obligation_indeterminate == StateSet{st::uzbekistan});
    CHECK(tj.has(DefenseReason::obligations_indeterminate));
    CHECK(is_true(csto::collective_defense(st::uzbekistan, date(2006, 8, 16)).applies));
    CHECK(is_false(csto::collective_defense(st::uzbekistan, date(2006, 6, 22)).applies));
}

TEST_CASE("Article 4 on special date values and past the as-of date") {
    for (auto special : {boost::gregorian::not_a_date_time, boost::gregorian::pos_infin, boost::gregorian::neg_infin}) {
        const auto r = csto::collective_defense(st::russia, date(special), st::belarus);
        CHECK(is_open(r.applies));
        CHECK(r.has(DefenseReason::special_date));
        CHECK(r.obligated.empty());
        CHECK(r.obligation_indeterminate.empty());
        CHECK(r.forms.empty());
        CHECK_FALSE(r.article);
    }
    const auto later = csto::collective_defense(st::russia, date(2030, 1, 1));
    CHECK(is_true(later.applies));
    CHECK(later.has(DefenseReason::past_as_of));
    CHECK(later.has(DefenseReason::amended_text_in_force));
}

TEST_CASE("Article 4 agrees with the membership queries on every day and for every victim") {
    for (date d(1992, 5, 1); d < date(2026, 2, 1); d += boost::gregorian::date_duration(3)) {
        const StateSet members = csto::members_on(d);
        const StateSet open = csto::indeterminate_members_on(d);
        for (csto::MemberState victim : StateSet::all()) {
            const auto r = csto::collective_defense(victim, d);
            const bool ok =
                !r.obligated.contains(victim) && (r.obligated & r.obligation_indeterminate).empty() &&
                (is_true(r.applies) ? r.obligated == members - StateSet{victim} &&
                                          r.obligation_indeterminate == open - StateSet{victim}
                 : is_false(r.applies)
                     ? r.obligated.empty() && r.obligation_indeterminate.empty()
                     : r.obligated.empty() && r.obligation_indeterminate == (members | open) - StateSet{victim}) &&
                is_true(r.applies) == (is_true(csto::treaty_in_force(d)) && is_true(csto::is_member(victim, d)));
            if (!ok) {
                FAIL_CHECK("collective_defense disagrees for " << victim.name() << " on " << d.year() << '-'
                                                               << d.month().as_number() << '-' << d.day());
                return;
            }
            for (const auto& reason : r.reasons) CHECK_FALSE(reason.text.empty());
        }
    }
}

TEST_CASE("Article 2: a threat triggers joint consultations among all members, the threatened included") {
    const auto r = csto::joint_consultations(st::tajikistan, date(2022, 5, 16));
    CHECK(is_true(r.applies));
    CHECK(r.participants == six);
    REQUIRE(r.article);
    CHECK(r.article->number() == 2);
    CHECK(r.article->obliges(csto::ObligationKind::joint_consultations_on_threat));
    const auto georgia = csto::joint_consultations(st::georgia, date(2005, 1, 1));
    CHECK(is_false(georgia.applies));
    CHECK(georgia.participants.empty());
    CHECK(georgia.has(DefenseReason::victim_not_member));
    CHECK(is_false(csto::joint_consultations(st::russia, date(1993, 1, 1)).applies));
    CHECK(is_open(csto::joint_consultations(st::russia, date(boost::gregorian::not_a_date_time)).applies));
}

// --- Any aggressor, by the wording in force (1992 until 2012-12-18, the 2010 Protocol's from 2012-12-19) ---

namespace {
using csto::Aggressor;
using csto::AggressorCoverage;
using csto::IsoCode;

const date wording_1992_day(2005, 1, 1);
const date wording_2010_day(2022, 9, 13);
constexpr std::string_view words_1992 = "by any state or group of states";
constexpr std::string_view words_2010 =
    "aggression (an armed attack threatening security, stability, territorial integrity and sovereignty)";

IsoCode code(std::string_view text) { return IsoCode::parse(text).value(); }
Aggressor group(csto::StateSet parties, std::initializer_list<IsoCode> others) {
    const std::vector<IsoCode> codes(others);
    return Aggressor::group(parties, csto::Span<IsoCode>(codes.data(), codes.size())).value();
}

// Armenia is a member on both days; these are the others that owe it on each.
const StateSet owe_armenia_2005 = six - StateSet{st::armenia};
const StateSet owe_armenia_2022 = six - StateSet{st::armenia};
}  // namespace

TEST_CASE(
    "Article 4 by kind of aggressor under the 1992 wording: states and groups within, a non-state actor outside") {
    struct Case {
        Aggressor aggressor;
        AggressorCoverage coverage;
        DefenseReason reason;
    };
    const Case cases[] = {
        {Aggressor::other_state(code("AFG")), AggressorCoverage::within_text, DefenseReason::aggressor_within_text},
        {Aggressor(st::azerbaijan), AggressorCoverage::within_text, DefenseReason::aggressor_within_text},
        {group({}, {code("AFG"), code("PAK")}), AggressorCoverage::within_text, DefenseReason::aggressor_within_text},
        {Aggressor::non_state("armed groups"), AggressorCoverage::outside_text, DefenseReason::aggressor_outside_text},
        {Aggressor::unknown(), AggressorCoverage::kind_unknown, DefenseReason::aggressor_kind_unknown},
    };
    for (const Case& c : cases) {
        CAPTURE(static_cast<int>(c.aggressor.kind()));
        const auto r = csto::collective_defense(st::armenia, wording_1992_day, c.aggressor);
        CHECK(r.aggressor_coverage == c.coverage);
        CHECK(r.aggressor_words == words_1992);
        REQUIRE(r.article);
        CHECK(r.article->substance().find(r.aggressor_words) != std::string_view::npos);
        REQUIRE(r.has(c.reason));
        CHECK(r.reasons.find(c.reason)->text.find(words_1992) != std::string_view::npos);
        CHECK_FALSE(r.reasons.find(c.reason)->sources.empty());
        CHECK_FALSE(r.has(DefenseReason::amended_text_in_force));
        if (c.coverage == AggressorCoverage::within_text) {
            CHECK(is_true(r.applies));
            CHECK(r.obligated == owe_armenia_2005);
            CHECK(r.forms.size() == 2);
        } else if (c.coverage == AggressorCoverage::outside_text) {
            CHECK(is_false(r.applies));
            CHECK(r.obligated.empty());
            CHECK(r.obligation_indeterminate.empty());
            CHECK(r.forms.empty());
            CHECK(r.legal_basis.empty());
        } else {
            CHECK(is_open(r.applies));
            CHECK(r.obligated.empty());
            CHECK(r.obligation_indeterminate == owe_armenia_2005);
            CHECK_FALSE(r.has(DefenseReason::obligations_indeterminate));  // membership is certain: the text is open
        }
    }
}

TEST_CASE("Article 4 by kind of aggressor under the 2010 wording: a non-state actor is a matter of interpretation") {
    struct Case {
        Aggressor aggressor;
        AggressorCoverage coverage;
        DefenseReason reason;
    };
    const Case cases[] = {
        {Aggressor::other_state(code("AF")), AggressorCoverage::within_text, DefenseReason::aggressor_within_text},
        {Aggressor(st::azerbaijan), AggressorCoverage::within_text, DefenseReason::aggressor_within_text},
        {group({st::azerbaijan}, {code("TUR")}), AggressorCoverage::within_text, DefenseReason::aggressor_within_text},
        {Aggressor::non_state(), AggressorCoverage::interpretation, DefenseReason::aggressor_open_to_interpretation},
        {Aggressor::unknown(), AggressorCoverage::kind_unknown, DefenseReason::aggressor_kind_unknown},
    };
    for (const Case& c : cases) {
        CAPTURE(static_cast<int>(c.aggressor.kind()));
        const auto r = csto::collective_defense(st::armenia, wording_2010_day, c.aggressor);
        CHECK(r.aggressor_coverage == c.coverage);
        CHECK(r.aggressor_words == words_2010);
        REQUIRE(r.article);
        CHECK(r.article->substance().find(r.aggressor_words) != std::string_view::npos);
        REQUIRE(r.has(c.reason));
        CHECK(r.reasons.find(c.reason)->text.find("armed attack") != std::string_view::npos);
        CHECK(r.has(DefenseReason::amended_text_in_force));
        if (c.coverage == AggressorCoverage::within_text) {
            CHECK(is_true(r.applies));
            CHECK(r.obligated == owe_armenia_2022);
        } else {
            CHECK(is_open(r.applies));
            CHECK(r.obligated.empty());
            CHECK(r.obligation_indeterminate == owe_armenia_2022);
            CHECK(r.forms.size() == 2);  // may apply: the forms are what it would oblige
        }
    }
}

TEST_CASE("Article 4: the wording changes on 2012-12-19, not a day before") {
    const auto before = csto::collective_defense(st::russia, date(2012, 12, 18), Aggressor::non_state());
    const auto from = csto::collective_defense(st::russia, date(2012, 12, 19), Aggressor::non_state());
    CHECK(before.aggressor_coverage == AggressorCoverage::outside_text);
    CHECK(is_false(before.applies));
    CHECK(from.aggressor_coverage == AggressorCoverage::interpretation);
    CHECK(is_open(from.applies));
    // Unspecified (the default, and today's calls): the wording is not read for the aggressor.
    const auto unspecified = csto::collective_defense(st::russia, date(2012, 12, 18));
    CHECK(unspecified.aggressor_coverage == AggressorCoverage::not_assessed);
    CHECK(unspecified.aggressor_words.empty());
    CHECK(is_true(unspecified.applies));
    CHECK_FALSE(unspecified.has(DefenseReason::aggressor_within_text));
    CHECK(csto::collective_defense(st::russia, date(2012, 12, 18), std::optional<csto::MemberState>{})
              .aggressor_coverage == AggressorCoverage::not_assessed);
    CHECK(csto::collective_defense(st::russia, date(2012, 12, 18), std::nullopt, csto::builtin()).obligated ==
          unspecified.obligated);
}

TEST_CASE("Article 4 with a former party as aggressor: Azerbaijan in 2022 is excluded from nothing") {
    const auto by_azerbaijan = csto::collective_defense(st::armenia, wording_2010_day, st::azerbaijan);
    const auto unspecified = csto::collective_defense(st::armenia, wording_2010_day);
    CHECK(by_azerbaijan.obligated == unspecified.obligated);
    CHECK(by_azerbaijan.obligated == owe_armenia_2022);
    CHECK(by_azerbaijan.aggressor_members.empty());
    CHECK_FALSE(by_azerbaijan.intra_alliance);
    REQUIRE(by_azerbaijan.aggressor_status);
    CHECK(by_azerbaijan.aggressor_status->standing == csto::Standing::former_member);
    // Its ISO codes are read as the state itself.
    const auto by_code = csto::collective_defense(st::armenia, wording_2010_day, Aggressor::other_state(code("aze")));
    CHECK(by_code.aggressor.kind() == csto::AggressorKind::state);
    CHECK(by_code.aggressor.parties() == StateSet{st::azerbaijan});
    CHECK(by_code.aggressor.other_states().empty());
    REQUIRE(by_code.aggressor_status);
    CHECK(by_code.aggressor_status->standing == csto::Standing::former_member);
    // While it was a party (1994-1999) it was excluded as any member aggressor.
    const auto in_1995 = csto::collective_defense(st::armenia, date(1995, 1, 1), Aggressor::other_state(code("AZ")));
    CHECK(in_1995.intra_alliance);
    CHECK(in_1995.aggressor_members == StateSet{st::azerbaijan});
    CHECK_FALSE(in_1995.obligated.contains(st::azerbaijan));
    CHECK(in_1995.obligated.contains(st::georgia));
}

TEST_CASE("Article 4 with a group of states: its members are excluded, the others owe nothing anyway") {
    const auto r = csto::collective_defense(st::kyrgyzstan, date(2022, 9, 16), group({st::tajikistan}, {code("AFG")}));
    CHECK(r.aggressor_coverage == AggressorCoverage::within_text);
    CHECK(r.has(DefenseReason::aggressor_within_text));
    CHECK(r.intra_alliance);
    CHECK(r.has(DefenseReason::aggressor_is_member));
    CHECK(r.aggressor_members == StateSet{st::tajikistan});
    CHECK(r.obligated == StateSet{st::armenia, st::belarus, st::kazakhstan, st::russia});
    CHECK_FALSE(r.aggressor_status);  // one status only for a single state
    // A code of one of the nine inside a group is read as that state.
    const auto coded =
        csto::collective_defense(st::kyrgyzstan, date(2022, 9, 16), group({}, {code("TJ"), code("AFG")}));
    CHECK(coded.aggressor.parties() == StateSet{st::tajikistan});
    REQUIRE(coded.aggressor.other_states().size() == 1);
    CHECK(coded.aggressor.other_states()[0].view() == "AFG");
    CHECK(coded.obligated == r.obligated);
    // A group with a state whose membership is open that day: excluded, and said so.
    const auto open = csto::collective_defense(st::russia, date(2006, 7, 1), group({st::uzbekistan, st::georgia}, {}));
    CHECK(open.has(DefenseReason::aggressor_membership_indeterminate));
    CHECK(open.aggressor_members == StateSet{st::uzbekistan});
    CHECK_FALSE(open.obligated.contains(st::uzbekistan));
    CHECK_FALSE(open.obligation_indeterminate.contains(st::uzbekistan));
    CHECK_FALSE(open.intra_alliance);
}

TEST_CASE("Article 4 with the victim named as (part of) the aggressor: left out, with a reason") {
    const auto self = csto::collective_defense(st::armenia, wording_2010_day, st::armenia);
    CHECK(self.has(DefenseReason::aggressor_is_victim));
    CHECK_FALSE(self.intra_alliance);
    CHECK(self.obligated == owe_armenia_2022);
    const auto with_self = csto::collective_defense(st::armenia, wording_2010_day, group({st::armenia}, {code("TUR")}));
    CHECK(with_self.has(DefenseReason::aggressor_is_victim));
    CHECK(with_self.aggressor_members.empty());
    CHECK(with_self.obligated == owe_armenia_2022);
    CHECK_FALSE(csto::collective_defense(st::armenia, wording_2010_day, st::azerbaijan)
                    .has(DefenseReason::aggressor_is_victim));
}

TEST_CASE("Article 4 names Article 6's amended wording as a caveat from 2012-12-19") {
    CHECK_FALSE(csto::collective_defense(st::russia, date(2012, 12, 18)).has(DefenseReason::decision_wording_amended));
    const auto r = csto::collective_defense(st::russia, date(2012, 12, 19));
    REQUIRE(r.has(DefenseReason::decision_wording_amended));
    CHECK_FALSE(r.reasons.find(DefenseReason::decision_wording_amended)->sources.empty());
    CHECK(r.armed_forces_decided_by.find("Article 6") != std::string_view::npos);
    // Not where Article 4 does not apply: there is no decision to take.
    CHECK_FALSE(csto::collective_defense(st::georgia, date(2013, 1, 1)).has(DefenseReason::decision_wording_amended));
    for (int n : {5, 6, 11}) {
        CAPTURE(n);
        const auto amended = csto::article(n, date(2012, 12, 19));
        REQUIRE(amended);
        CHECK_FALSE(amended->substance_known());
        REQUIRE(amended->version());
        CHECK(amended->version()->change.find("not read") != std::string_view::npos);
        const auto before = csto::article(n, date(2012, 12, 18));
        REQUIRE(before);
        CHECK(before->version() != amended->version());
    }
    CHECK(csto::article(6, date(2012, 12, 18))->substance_known());
    CHECK(csto::article(5, date(2012, 12, 18))->substance_known());
}

// --- The record beside the text ---

TEST_CASE("Article 4's record: Kazakhstan, January 2022: the Council acted under Article 4 and forces went") {
    const auto r = csto::collective_defense(st::kazakhstan, date(2022, 1, 6), Aggressor::non_state());
    CHECK(r.aggressor_coverage == AggressorCoverage::interpretation);
    REQUIRE(r.record.count() == 1);
    const csto::Request& request = r.record.front();
    CHECK(request.id == "2022-01-kazakhstan");
    CHECK(csto::invoked_article(request) == 4);  // by the Council's decision; the appeal names none
    CHECK(request.article == 0);
    CHECK(request.deployment_step() != nullptr);
    CHECK(csto::divergence(request) == csto::Divergence::none);
    CHECK_FALSE(r.record_diverges);
    // The record reaches from 30 days before the appeal to the completed withdrawal.
    CHECK(csto::collective_defense(st::kazakhstan, date(2021, 12, 6)).record.count() == 1);
    CHECK(csto::collective_defense(st::kazakhstan, date(2021, 12, 5)).record.empty());
    CHECK(csto::collective_defense(st::kazakhstan, date(2022, 1, 19)).record.count() == 1);
    CHECK(csto::collective_defense(st::kazakhstan, date(2022, 1, 20)).record.empty());
}

TEST_CASE("Article 4's record: Armenia, September 2022: Article 4 invoked as reported, no deployment recorded") {
    const auto r = csto::collective_defense(st::armenia, wording_2010_day, st::azerbaijan);
    REQUIRE(r.record.count() == 1);
    const csto::Request& request = r.record.front();
    CHECK(request.id == "2022-09-armenia");
    CHECK(csto::invoked_article(request) == 4);
    CHECK(request.article_basis == csto::ArticleBasis::reported);
    CHECK(request.deployment_step() == nullptr);
    CHECK(csto::divergence(request) == csto::Divergence::no_deployment_recorded);
    CHECK(r.record_diverges);
    // The text's answer does not change with the record: all five others owe assistance.
    CHECK(is_true(r.applies));
    CHECK(r.obligated == owe_armenia_2022);
}

TEST_CASE("Article 4's record on a day with none: Tajikistan, May 2024, and special dates") {
    const auto r = csto::collective_defense(st::tajikistan, date(2024, 5, 16));
    CHECK(r.record.empty());
    CHECK_FALSE(r.record_diverges);
    CHECK(csto::collective_defense(st::tajikistan, date(2021, 7, 7)).record.count() == 1);
    CHECK(csto::collective_defense(st::tajikistan, date(2021, 7, 7)).record.front().id == "2021-07-tajikistan");
    CHECK_FALSE(csto::collective_defense(st::tajikistan, date(2021, 7, 7)).record_diverges);  // no article stated
    for (auto special : {boost::gregorian::not_a_date_time, boost::gregorian::pos_infin, boost::gregorian::neg_infin}) {
        CHECK(csto::collective_defense(st::armenia, date(special), Aggressor::unknown()).record.empty());
        CHECK(csto::collective_defense(st::armenia, date(special), Aggressor::unknown()).aggressor_coverage ==
              AggressorCoverage::not_assessed);
        CHECK(csto::joint_consultations(st::armenia, date(special)).record.empty());
    }
}

TEST_CASE("Article 2 by date: the 2010 wording adds stability and the duty to take measures to assist") {
    using csto::ThreatTo;
    const auto before = csto::joint_consultations(st::armenia, date(2012, 12, 18));
    const auto from = csto::joint_consultations(st::armenia, date(2012, 12, 19));
    const std::uint8_t four = csto::threat_bit(ThreatTo::security) | csto::threat_bit(ThreatTo::territorial_integrity) |
                              csto::threat_bit(ThreatTo::sovereignty) | csto::threat_bit(ThreatTo::international_peace);
    CHECK(before.threats.covers == four);
    CHECK_FALSE(before.threats.covers_threat_to(ThreatTo::stability));
    CHECK(from.threats.covers == (four | csto::threat_bit(ThreatTo::stability)));
    REQUIRE(before.article);
    REQUIRE(from.article);
    CHECK(before.article->substance().find(before.threats.words) != std::string_view::npos);
    CHECK(from.article->substance().find(from.threats.words) != std::string_view::npos);
    CHECK_FALSE(before.assist_threatened);
    CHECK(from.assist_threatened);
    CHECK_FALSE(before.has(DefenseReason::amended_text_in_force));
    CHECK(from.has(DefenseReason::amended_text_in_force));
    // The duty binds only where the article applies.
    CHECK_FALSE(csto::joint_consultations(st::georgia, date(2013, 1, 1)).assist_threatened);
}

TEST_CASE("Article 2's record: Armenia, May 2021: consultations held, no measure to assist recorded") {
    const auto r = csto::joint_consultations(st::armenia, date(2021, 5, 12));
    CHECK(is_true(r.applies));
    REQUIRE(r.record.count() == 1);
    const csto::Request& request = r.record.front();
    CHECK(request.id == "2021-05-armenia");
    CHECK(csto::invoked_article(request) == 2);
    CHECK(csto::divergence(request) == csto::Divergence::no_assistance_measure_recorded);
    CHECK(r.record_diverges);
    CHECK(csto::joint_consultations(st::armenia, date(2021, 5, 14)).record.count() == 1);
    CHECK(csto::joint_consultations(st::armenia, date(2021, 5, 15)).record.empty());
    CHECK(csto::joint_consultations(st::armenia, date(2021, 4, 13)).record.count() == 1);
    CHECK(csto::joint_consultations(st::armenia, date(2021, 4, 12)).record.empty());
    // Armenia's November 2021 statement is kept in the record, and never diverges: it is no request.
    const auto november = csto::joint_consultations(st::armenia, date(2021, 11, 16));
    REQUIRE(november.record.count() == 1);
    CHECK_FALSE(november.record.front().is_request());
    CHECK_FALSE(november.record_diverges);
}

TEST_CASE("Article 4 and Article 2 are constant expressions for any aggressor") {
    constexpr auto r = csto::collective_defense(csto::states::armenia, boost::gregorian::date(2022, 9, 13),
                                                csto::Aggressor::other_state(csto::IsoCode::parse("AZE").value()));
    static_assert(r.aggressor_coverage == csto::AggressorCoverage::within_text);
    static_assert(r.record_diverges);
    constexpr auto k = csto::collective_defense(csto::states::kazakhstan, boost::gregorian::date(2022, 1, 6),
                                                csto::Aggressor::non_state());
    static_assert(k.aggressor_coverage == csto::AggressorCoverage::interpretation);
    static_assert(!k.record_diverges);
    CHECK(r.record.count() == 1);
}

namespace {
// One assessment's answer as text enough to compare two of them field by field.
template <class Answer>
std::string summary_of(const Answer& a) {
    std::string s = a.applies ? "true" : !a.applies ? "false" : "open";
    for (const csto::Reason& r : a.reasons) {
        s += "|" + std::string(r.text) + " (" + std::to_string(r.sources.size()) + ")";
        for (const csto::Citation& c : r.sources) s += " " + std::string(c.text);
    }
    for (const csto::Request& r : a.record) s += "|" + std::string(r.id);
    s += a.record_diverges ? "|diverges" : "|";
    if (a.article) s += "|article " + std::to_string(a.article->number());
    return s;
}
}  // namespace

TEST_CASE("the assessments' default tables answer as builtin() does, every state, day and kind of aggressor") {
    // The queries default to the tables they read (detail::builtin_assessments), not the whole
    // release: a table left out would change some answer here.
    const Aggressor aggressors[] = {Aggressor{},
                                    st::azerbaijan,
                                    st::russia,
                                    Aggressor::other_state(code("aze")),
                                    Aggressor::other_state(code("AFG")),
                                    group(StateSet{st::belarus}, {code("GEO"), code("ARM")}),
                                    Aggressor::non_state("armed groups")};
    std::size_t compared = 0;
    for (int year = 1992; year <= 2027; ++year) {
        for (const date day :
             {date(static_cast<unsigned short>(year), 1, 1), date(static_cast<unsigned short>(year), 6, 30)}) {
            for (const csto::MemberState victim : StateSet::all()) {
                for (const Aggressor& aggressor : aggressors) {
                    const auto by_default = csto::collective_defense(victim, day, aggressor);
                    const auto by_release = csto::collective_defense(victim, day, aggressor, csto::builtin());
                    CHECK(by_default.obligated == by_release.obligated);
                    CHECK(by_default.obligation_indeterminate == by_release.obligation_indeterminate);
                    CHECK(by_default.aggressor.parties() == by_release.aggressor.parties());
                    CHECK(by_default.aggressor_members == by_release.aggressor_members);
                    CHECK(by_default.legal_basis == by_release.legal_basis);
                    CHECK(summary_of(by_default) == summary_of(by_release));
                    ++compared;
                }
                CHECK(summary_of(csto::joint_consultations(victim, day)) ==
                      summary_of(csto::joint_consultations(victim, day, csto::builtin())));
            }
        }
    }
    CHECK(compared == std::size_t{36} * 2 * 9 * std::size(aggressors));
    for (const csto::Request& r : csto::requests()) CHECK(csto::divergence(r) == csto::divergence(r, csto::builtin()));
}
