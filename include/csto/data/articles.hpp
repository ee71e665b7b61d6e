// csto/data/articles.hpp - the articles of the Collective Security Treaty.
//
// Article 4's original text is quoted verbatim from seed 004; the other articles are paraphrased
// from the Treaty's English text (cst-text-en). The 2010 Protocol (in force 19 December 2012)
// amended Articles 2, 3 and 4. The sources here give no substance for Articles 9 to 12.
#pragma once

// The rows are laid out by hand, as an annotated source.
// clang-format off

#include <csto/article.hpp>
#include <csto/data/treaty.hpp>
#include <csto/treaty_term.hpp>

namespace csto::data {

namespace evidence {
inline constexpr Citation art1[] = {
    {&cst_text_en, "Article 1: the parties refrain from the threat or use of force between states, settle differences peacefully, join no military alliance or grouping of states and take part in no action directed against another party, and consult on amending the Treaty if a collective security system arises in Europe and Asia"},
    {&seed_002, "A 1994 treaty reaffirmed the desire of all participating states to abstain from the use or threat of force, and prevented signatories from joining any “other military alliances or other groups of states” directed against members states."},
};
inline constexpr Citation art2[] = {
    {&cst_text_en, "Article 2: the parties consult on all important international security issues touching their interests; on a threat to the security, territorial integrity or sovereignty of one or more parties, or to international peace, they start joint consultations at once to coordinate their positions and remove the threat"},
};
inline constexpr Citation art3[] = {
    {&cst_text_en, "Article 3: the parties establish the Collective Security Council of their heads and the Commander-in-Chief of the CIS Joint Armed Forces"},
};
inline constexpr Citation art4[] = {
    {&seed_004, "If one of the participating states is subjected to aggression by any state or group of states, this will be considered as aggression against all parties to this treaty. In the event of an aggression against any of the participating states, all other participating states will provide it with the necessary assistance, including military assistance, as well as other types of support in order to exercise the right to collective defense in accordance with Article 51 of the UN Charter."},
    {&cst_text_en, "Article 4 further obliges the parties to inform the UN Security Council at once of the measures taken"},
    {&protocol_1999, "the extension protocol keeps Article 4 in force for the six signatories"},
};
inline constexpr Citation art5[] = {
    {&cst_text_en, "Article 5: the Collective Security Council and the bodies it creates coordinate the parties' joint activity; until they exist, the High Command of the CIS Joint Armed Forces does"},
};
inline constexpr Citation art6[] = {
    {&cst_text_en, "Article 6: the heads of the parties decide on using armed forces to repel aggression; force outside the parties' territory only in the interest of international security, under the UN Charter and the parties' laws"},
};
inline constexpr Citation art7[] = {
    {&cst_text_en, "Article 7: deployment and functioning of collective-security facilities on a party's territory are governed by special agreements"},
};
inline constexpr Citation art8[] = {
    {&cst_text_en, "Article 8: the Treaty does not affect the parties' rights and obligations under other treaties and is not directed against third countries"},
};
inline constexpr Citation art2_2012[] = {
    amendment_in_force[0],
    {&cst_text_en, "Article 2 as in 1992: consultations, and joint consultations at once on a threat to a party"},
};
inline constexpr Citation art3_2012[] = {
    amendment_in_force[0],
    {&cst_text_en, "the 2010 Protocol removed the Commander-in-Chief of the CIS Joint Armed Forces from the Council"},
};
inline constexpr Citation art4_2012[] = {
    amendment_in_force[0],
    {&kz_ratification_1999, "Article 4 gains an armed attack threatening the security, stability, territorial integrity and sovereignty of a party"},
    art4[0], art4[1],
};

// --- Obligations, in our words ------------------------------------------------------------------
using OK = ObligationKind;
inline constexpr Obligation ob1[] = {
    {OK::refrain_from_force, "refrain from the threat or use of force between states"},
    {OK::peaceful_settlement, "settle differences among themselves and with other states peacefully"},
    {OK::no_hostile_alliances, "join no military alliance or grouping of states, and no action, directed against another party"},
    {OK::amend_for_wider_system, "consult on amending the Treaty if a collective security system arises in Europe and Asia"},
};
inline constexpr Obligation ob2[] = {
    {OK::consultations, "consult on all important international security issues touching their interests"},
    {OK::joint_consultations_on_threat, "on a threat to a party's security, territorial integrity or sovereignty, or to international peace, start joint consultations at once to remove it"},
};
inline constexpr Obligation ob3_1992[] = {
    {OK::establish_council, "the Collective Security Council: the heads of the parties and the Commander-in-Chief of the CIS Joint Armed Forces"},
};
inline constexpr Obligation ob3_2012[] = {
    {OK::establish_council, "the Collective Security Council: the heads of the parties"},
};
inline constexpr Obligation ob4[] = {
    {OK::collective_defense, "treat aggression against one party as aggression against all, and give the victim the necessary assistance, military included, and other support, exercising the right of collective defense under Article 51 of the UN Charter"},
    {OK::inform_security_council, "inform the UN Security Council at once of the measures taken"},
};
inline constexpr Obligation ob5[] = {
    {OK::coordinate_joint_activity, "the Council and the bodies it creates coordinate the parties' joint activity"},
};
inline constexpr Obligation ob6[] = {
    {OK::heads_decide_on_armed_forces, "the heads of the parties decide on using armed forces to repel aggression"},
    {OK::limit_use_outside_territory, "armed forces are used outside the parties' territory only in the interest of international security, under the UN Charter and national law"},
};
inline constexpr Obligation ob7[] = {
    {OK::facilities_by_special_agreement, "collective-security facilities on a party's territory are governed by special agreements"},
};
inline constexpr Obligation ob8[] = {
    {OK::other_treaties_unaffected, "the parties' rights and obligations under other treaties stand"},
    {OK::not_against_third_states, "the Treaty is directed against no third state"},
};

inline constexpr std::string_view text2 =
    "The parties consult on all important international security issues touching their interests. On a "
    "threat to the security, territorial integrity or sovereignty of one or more parties, or to international "
    "peace and security, they start joint consultations at once to coordinate their positions and remove the threat.";
inline constexpr std::string_view text4_2012 =
    "Aggression against one party, including an armed attack threatening its security, stability, territorial "
    "integrity and sovereignty, is aggression against all parties; the others give it the necessary assistance, "
    "military assistance included, and other support, exercising the right of collective defense under "
    "Article 51 of the UN Charter, and inform the UN Security Council at once of the measures taken.";

inline constexpr ArticleVersion v1[] = {{R::on(1992, 5, 15),
    "The parties refrain from the threat or use of force in relations between states and settle their differences "
    "peacefully. They join no military alliance or grouping of states, and take part in no action, directed against "
    "another party. Should a collective security system arise in Europe and Asia, they consult on amending the Treaty.",
    false, ob1, {}, art1}};
inline constexpr ArticleVersion v2[] = {
    {R::on(1992, 5, 15), text2, false, ob2, {}, art2},
    {R::on(2012, 12, 19), text2, false, ob2,
     "amended by the 2010 Protocol; the sources here give the amendment's date but not its new wording, so the "
     "1992 substance is shown", art2_2012},
};
inline constexpr ArticleVersion v3[] = {
    {R::on(1992, 5, 15), "The parties establish the Collective Security Council, made of the heads of the parties and the "
     "Commander-in-Chief of the CIS Joint Armed Forces.", false, ob3_1992, {}, art3},
    {R::on(2012, 12, 19), "The Collective Security Council is made of the heads of the parties.", false, ob3_2012,
     "the 2010 Protocol removed the Commander-in-Chief of the CIS Joint Armed Forces from the Council", art3_2012},
};
inline constexpr ArticleVersion v4[] = {
    {R::on(1992, 5, 15), art4[0].text, true, ob4, {}, art4},
    {R::on(2012, 12, 19), text4_2012, false, ob4,
     "the 2010 Protocol adds an armed attack threatening a party's security, stability, territorial integrity and "
     "sovereignty", art4_2012},
};
inline constexpr ArticleVersion v5[] = {{R::on(1992, 5, 15),
    "The Collective Security Council and the bodies it creates coordinate and ensure the parties' joint activity; "
    "until they exist, the High Command of the CIS Joint Armed Forces does.", false, ob5, {}, art5}};
inline constexpr ArticleVersion v6[] = {{R::on(1992, 5, 15),
    "The heads of the parties decide on the use of armed forces to repel aggression. Armed forces are used outside "
    "the parties' territory only in the interest of international security, under the UN Charter and the parties' laws.",
    false, ob6, {}, art6}};
inline constexpr ArticleVersion v7[] = {{R::on(1992, 5, 15),
    "The deployment and functioning of collective-security facilities on a party's territory are governed by "
    "special agreements.", false, ob7, {}, art7}};
inline constexpr ArticleVersion v8[] = {{R::on(1992, 5, 15),
    "The Treaty does not affect the parties' rights and obligations under other treaties and is not directed "
    "against third countries.", false, ob8, {}, art8}};

// --- The Treaty as a whole --------------------------------------------------------------------------
inline constexpr Citation treaty_purpose[] = {
    {&seed_000, "Its principal goal was to guarantee the security, stability, territorial integrity, and sovereignty of the parties involved in this treaty."},
    {&seed_000, "The efforts of this treaty were to develop the Organization and adapt it to the present geopolitical scenario to enable the signatories for military-political cooperation and to establish an effective system of collective security and threat countermeasures."},
    {&seed_001, "A quarter of a century ago, a historic act was signed, declaring the readiness of our states to unite their efforts in strengthening peace, international and regional security and stability, and protecting collectively their independence, territorial integrity and sovereignty."},
};
inline constexpr Citation term_first[] = {
    {&seed_002, "The regional security organization was initially formed in 1992 for a five-year period"},
    entry_into_force[0],
    {&protocol_1999, "the first five-year term ran from entry into force on 20 April 1994 through 20 April 1999", R::on(1994, 4, 20)},
};
inline constexpr Citation term_extension[] = {
    seed_002_extended, protocol_1999_term,
    {&mfa_by_csto, "the extension runs from 21 April 1999 for five years", R::on(1999, 4, 21)},
};
inline constexpr Citation term_renewal[] = {
    {&protocol_1999, "after the extended term the Treaty is renewed automatically for further five-year periods"},
};
}  // namespace evidence

/// Articles 1 to 12; 9 to 12 exist but no source here gives their substance.
inline constexpr ArticleRecord articles[] = {
    {1, "Non-use of force; no hostile alliances", evidence::v1},
    {2, "Consultations; joint consultations on a threat", evidence::v2},
    {3, "The Collective Security Council", evidence::v3},
    {4, "Collective defense", evidence::v4},
    {5, "Coordination of joint activity", evidence::v5},
    {6, "Decisions on the use of armed forces", evidence::v6},
    {7, "Collective-security facilities", evidence::v7},
    {8, "Other treaties; third states", evidence::v8},
    {9, "Article 9 (substance not given by the sources here)", {}},
    {10, "Article 10 (substance not given by the sources here)", {}},
    {11, "Article 11 (substance not given by the sources here)", {}},
    {12, "Article 12 (substance not given by the sources here)", {}},
};

namespace detail_check {
constexpr bool articles_numbered_and_versions_ordered() {
    for (std::size_t i = 0; i < size(articles); ++i) {
        if (articles[i].number != static_cast<int>(i) + 1) return false;
        const Span<ArticleVersion> v = articles[i].versions;
        for (std::size_t j = 0; j < v.size(); ++j) {
            if (v[j].sources.empty() || v[j].obligations.empty()) return false;
            if (j > 0 && (!(v[j - 1].from.latest() < v[j].from.earliest()) || v[j].change.empty())) return false;
        }
    }
    return true;
}
static_assert(articles_numbered_and_versions_ordered(),
              "articles: numbered 1..12, versions in order, each cited with obligations, amendments say what changed");
}  // namespace detail_check

}  // namespace csto::data
// clang-format on
