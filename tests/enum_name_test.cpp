// Every enum's machine names: one per enumerator, distinct, read back by enum_cast; a value outside
// the enum has none. The counts are written out by hand: an enumerator added without its name
// shortens the run of names and fails here.
#include "test_support.hpp"

#include <csto/enum_name.hpp>

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <string_view>

namespace {
template <class Enum>
void check_names(std::size_t enumerators) {
    std::set<std::string_view> seen;
    for (std::size_t i = 0; i < enumerators; ++i) {
        const auto value = static_cast<Enum>(i);
        const std::string_view name = csto::enum_name(value);
        CAPTURE(i);
        REQUIRE_FALSE(name.empty());
        CHECK(seen.insert(name).second);  // distinct
        CHECK(csto::enum_cast<Enum>(name) == value);
        CHECK_FALSE(csto::enum_cast<Enum>(std::string(name) + "_"));
    }
    CHECK(csto::enum_name(static_cast<Enum>(enumerators)).empty());
    CHECK_FALSE(csto::enum_cast<Enum>(""));
    // The labels, in a table beside the names: one per enumerator, distinct, none outside the enum.
    std::set<std::string_view> labels;
    for (std::size_t i = 0; i < enumerators; ++i) {
        const std::string_view label = csto::to_string_view(static_cast<Enum>(i));
        CAPTURE(i);
        REQUIRE_FALSE(label.empty());
        CHECK(labels.insert(label).second);
    }
    CHECK(csto::to_string_view(static_cast<Enum>(enumerators)).empty());
}
}  // namespace

TEST_CASE("every enum has a machine name and a label per enumerator, the name read back by enum_cast") {
    check_names<csto::Precision>(4);
    check_names<csto::SourceKind>(2);
    check_names<csto::CitationForm>(2);
    check_names<csto::Field>(37);
    check_names<csto::StartKind>(3);
    check_names<csto::EndKind>(3);
    check_names<csto::Basis>(2);
    check_names<csto::Standing>(7);
    check_names<csto::TreatyEventKind>(19);
    check_names<csto::SummitFormat>(5);
    check_names<csto::SummitKind>(6);
    check_names<csto::MeetingBody>(6);
    check_names<csto::MeetingStatus>(2);
    check_names<csto::DocumentKind>(5);
    check_names<csto::Office>(6);
    check_names<csto::Attendance>(2);
    check_names<csto::Language>(2);
    check_names<csto::StatementOccasion>(2);
    check_names<csto::InstitutionKind>(9);
    check_names<csto::MilestoneKind>(10);
    check_names<csto::TermDecisionKind>(4);
    check_names<csto::TermBasis>(3);
    check_names<csto::ChairCertainty>(3);
    check_names<csto::Scheduled>(2);
    check_names<csto::FreezeView>(2);
    check_names<csto::ObligationKind>(16);
    check_names<csto::TextReach>(3);
    check_names<csto::ThreatTo>(5);
    check_names<csto::AssistanceForm>(2);
    check_names<csto::DefenseReason>(18);
    check_names<csto::AggressorCoverage>(5);
    check_names<csto::AggressorKind>(5);
    check_names<csto::Divergence>(3);
    check_names<csto::RequestKind>(3);
    check_names<csto::Addressee>(5);
    check_names<csto::StepKind>(10);
    check_names<csto::ArticleBasis>(3);
}

TEST_CASE("machine names are the data's spelling") {
    CHECK(csto::enum_name(csto::StartKind::return_to_membership) == "return");
    CHECK(csto::enum_cast<csto::StartKind>("return") == csto::StartKind::return_to_membership);
    CHECK(csto::enum_name(csto::Standing::member_participation_frozen) == "member_participation_frozen");
    CHECK(csto::enum_name(csto::SummitFormat::video_conference) == "video_conference");
    CHECK_FALSE(csto::enum_cast<csto::SummitFormat>("Video_Conference"));  // exact: no case folding
    static_assert(csto::enum_cast<csto::Office>("acting_president") == csto::Office::acting_president);
}

TEST_CASE("labels are plain English, where the machine names are identifiers") {
    CHECK(csto::to_string_view(csto::EndKind::non_renewal) == "non-renewal");
    CHECK(csto::to_string_view(csto::AssistanceForm::military_assistance) == "military assistance");
    CHECK(csto::to_string_view(csto::Standing::member_participation_frozen) == "member, participation frozen");
    CHECK(csto::to_string_view(csto::MeetingBody::council_of_defense_ministers) == "Council of Ministers of Defense");
    CHECK(csto::to_string_view(csto::Precision::range) == "range");
    static_assert(csto::to_string_view(csto::SummitFormat::video_conference) == "video conference");
}
