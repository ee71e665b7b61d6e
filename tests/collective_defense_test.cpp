#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace csto_test;
using csto::DefenseReason;
using csto::StateSet;
namespace st = csto::states;

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
    CHECK(r.legal_basis.find("Article 51 of the UN Charter") != std::string_view::npos);
    CHECK(csto::article(4, date(1995, 1, 1))->substance().find(r.legal_basis) != std::string_view::npos);
    CHECK(r.inform_security_council);
    CHECK(r.armed_forces_decided_by.find("Article 6") != std::string_view::npos);
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
