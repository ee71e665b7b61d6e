// csto/data/institutions.hpp - the bodies, forces, operations, instruments, partners and statuses
// that the sources name.
#pragma once

// The rows are laid out by hand, as an annotated source.
// clang-format off

#include <csto/data/summits.hpp>
#include <csto/data/treaty.hpp>
#include <csto/institution.hpp>

namespace csto::data {

namespace evidence {
inline constexpr Citation i_council[] = {
    {&seed_002, "A session of the Collective Security Treaty Organization (CSTO) Collective Security Council took place yesterday"},
    {&cst_text_en, "Article 3 establishes the Collective Security Council of the heads of the parties"},
};
inline constexpr Citation i_foreign_ministers[] = {{&seed_002, "meetings of the Council of Foreign Ministers (chaired by Russian Foreign Minister Sergey Lavrov)"}};
inline constexpr Citation i_defense_ministers[] = {{&seed_002, "the Council of Ministers of Defense (chaired by the Russian Defense Minister Sergei Shoigu)"}};
inline constexpr Citation i_secretary_general[] = {seed_000_zas_present};
inline constexpr Citation i_statutory_bodies[] = {{&seed_002, "the implementation of the decisions of the session of the Collective Security Council and the statutory bodies of the CSTO in the intersessional period"}};
inline constexpr Citation i_secretariat_staff[] = {{&seed_001, "Secretariat staff and officers of the CSTO Joint Staff"}};
inline constexpr Citation i_crisis_center[] = {first_video_session};
inline constexpr Citation i_forces[] = {
    {&seed_001, "It is based on: national armed forces; CSTO Troops (Collective Forces), which include coalition and regional military groups; and Peacekeeping Forces"},
    {&seed_002, "the material, technical and medical support of the Collective Forces"},
};
inline constexpr Citation i_operations[] = {
    {&seed_001, "Practical cooperation to neutralize these threats to the security of the Organization’s member states is carried out in the course of joint special operational and preventive measures: anti-drug - Channel; to counter illegal migration - Nelegal; to ensure the security of electronic information networks - PROXI."},
};
inline constexpr Citation i_partners[] = {
    {&seed_001, "Cooperation has been established and is developing on topics of mutual interest with such regional and international organizations as the UN, OSCE, CIS, SCO and their specialized institutions."},
};
inline constexpr Citation i_plans[] = {
    d2020_plans[0],
    {&csc_sessions, "adopted at the Council session of 2 December 2020", R::on(2020, 12, 2)},
};
}  // namespace evidence

/// Every institution, grouped by kind.
inline constexpr Institution institutions[] = {
    {"Collective Security Council", InstitutionKind::statutory_body,
     "the heads of the member states; the Organization's highest body", std::nullopt, 0, 0, evidence::i_council},
    {"Council of Foreign Ministers", InstitutionKind::statutory_body, "the member states' foreign ministers",
     std::nullopt, 0, 0, evidence::i_foreign_ministers},
    {"Council of Ministers of Defense", InstitutionKind::statutory_body, "the member states' defense ministers",
     std::nullopt, 0, 0, evidence::i_defense_ministers},
    {"Secretary-General", InstitutionKind::statutory_body, "heads the Secretariat; see secretary_general_terms()",
     std::nullopt, 0, 0, evidence::i_secretary_general},
    {"Secretariat", InstitutionKind::working_body, "the Organization's permanent staff", std::nullopt, 0, 0,
     evidence::i_secretariat_staff},
    {"Joint Staff", InstitutionKind::working_body, "the Organization's military staff", std::nullopt, 0, 0,
     evidence::i_secretariat_staff},
    {"Crisis Response Center", InstitutionKind::crisis_center, "involved in the first video session of the Council",
     std::nullopt, 0, 0, evidence::i_crisis_center},
    {"Collective Forces (CSTO Troops)", InstitutionKind::force,
     "the Organization's troops, made of coalition and regional military groups", std::nullopt, 0, 0, evidence::i_forces},
    {"coalition and regional military groups", InstitutionKind::force, "the parts of the Collective Forces",
     std::nullopt, 0, 0, evidence::i_forces},
    {"Peacekeeping Forces", InstitutionKind::force, "the Organization's peacekeeping forces", std::nullopt, 0, 0,
     evidence::i_forces},
    {"Channel", InstitutionKind::joint_operation, "joint anti-drug operation", std::nullopt, 0, 0, evidence::i_operations},
    {"Nelegal", InstitutionKind::joint_operation, "joint operation to counter illegal migration", std::nullopt, 0, 0,
     evidence::i_operations},
    {"PROXI", InstitutionKind::joint_operation, "joint operation to secure electronic information networks",
     std::nullopt, 0, 0, evidence::i_operations},
    // The plan and the strategy adopted on 2 December 2020: title and period as the session's documents give them.
    {evidence::d2020_12_02[2].title, InstitutionKind::strategy_or_plan, "military cooperation plan", R::on(2020, 12, 2),
     evidence::d2020_12_02[2].first_year, evidence::d2020_12_02[2].last_year, evidence::i_plans},
    {evidence::d2020_12_02[3].title, InstitutionKind::strategy_or_plan, "the new anti-drug strategy", R::on(2020, 12, 2),
     evidence::d2020_12_02[3].first_year, evidence::d2020_12_02[3].last_year, evidence::i_plans},
    {"UN", InstitutionKind::partner_organization, "the United Nations", std::nullopt, 0, 0, evidence::i_partners},
    {"OSCE", InstitutionKind::partner_organization, "the Organization for Security and Co-operation in Europe",
     std::nullopt, 0, 0, evidence::i_partners},
    {"CIS", InstitutionKind::partner_organization, "the Commonwealth of Independent States", std::nullopt, 0, 0,
     evidence::i_partners},
    {"SCO", InstitutionKind::partner_organization, "the Shanghai Cooperation Organisation", std::nullopt, 0, 0,
     evidence::i_partners},
    {"observer status in the UN General Assembly", InstitutionKind::status, "observer in the UN General Assembly",
     R::on(2004, 12, 2), 0, 0, evidence::un_observer},
};

}  // namespace csto::data
// clang-format on
