#include "test_support.hpp"

#include <doctest/doctest.h>

#include <cctype>
#include <string>
#include <string_view>

using namespace csto_test;
using csto::find_state;
using csto::MemberState;
using csto::StateSet;
namespace st = csto::states;

namespace {
// The identifiers as the reference lists them, typed in independently of data/states.hpp.
struct ExpectedIdentity {
    std::string_view name, official_name, alpha2, alpha3;
    int numeric, cow;
};
constexpr ExpectedIdentity expected_identities[] = {
    {"Armenia", "Republic of Armenia", "AM", "ARM", 51, 371},
    {"Azerbaijan", "Republic of Azerbaijan", "AZ", "AZE", 31, 373},
    {"Belarus", "Republic of Belarus", "BY", "BLR", 112, 370},
    {"Georgia", "Georgia", "GE", "GEO", 268, 372},
    {"Kazakhstan", "Republic of Kazakhstan", "KZ", "KAZ", 398, 705},
    {"Kyrgyzstan", "Kyrgyz Republic", "KG", "KGZ", 417, 703},
    {"Russia", "Russian Federation", "RU", "RUS", 643, 365},
    {"Tajikistan", "Republic of Tajikistan", "TJ", "TJK", 762, 702},
    {"Uzbekistan", "Republic of Uzbekistan", "UZ", "UZB", 860, 704},
};
}  // namespace

TEST_CASE("the nine states that were ever parties, with their ISO and Correlates of War codes") {
    REQUIRE(MemberState::count == std::size(expected_identities));
    for (const ExpectedIdentity& e : expected_identities) {
        CAPTURE(e.name);
        const auto s = find_state(e.name);
        REQUIRE(s.has_value());
        CHECK(s->name() == e.name);
        CHECK(s->official_name() == e.official_name);
        CHECK(s->alpha2() == e.alpha2);
        CHECK(s->alpha3() == e.alpha3);
        CHECK(s->numeric() == e.numeric);
        CHECK(s->cow_code() == e.cow);
        CHECK_FALSE(s->identity().sources.empty());
    }
}

TEST_CASE("find_state accepts every documented form of every state") {
    for (const ExpectedIdentity& e : expected_identities) {
        CAPTURE(e.name);
        const auto s = find_state(e.name);
        REQUIRE(s);
        for (std::string_view form : {e.name, e.official_name, e.alpha2, e.alpha3}) {
            CAPTURE(form);
            CHECK(find_state(form) == s);
            std::string upper(form), lower(form);
            for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            CHECK(find_state(upper) == s);
            CHECK(find_state(lower) == s);
            CHECK(find_state(" \t" + std::string(form) + "\n ") == s);
        }
    }
}

TEST_CASE("find_state accepts the spellings the seed documents use") {
    CHECK(find_state("Kyrgyz Republic") == st::kyrgyzstan);
    CHECK(find_state("Russian Federation") == st::russia);
    CHECK(find_state("Republic of Tajikistan") == st::tajikistan);
    CHECK(find_state("The Republic of Tajikistan") == st::tajikistan);  // seed 001's capital "The"
    CHECK(find_state("the Republic of Armenia") == st::armenia);
    CHECK(find_state("Kyrgyz   Republic") == st::kyrgyzstan);
    CHECK(find_state("Uzbekistan") == st::uzbekistan);
}

TEST_CASE("find_state rejects rubbish without crashing") {
    using namespace std::string_literals;
    CHECK_FALSE(find_state(""));
    CHECK_FALSE(find_state("   "));
    CHECK_FALSE(find_state("Atlantis"));
    CHECK_FALSE(find_state("Ukraine"));
    CHECK_FALSE(find_state("A"));
    CHECK_FALSE(find_state("AR"));
    CHECK_FALSE(find_state("Armeni"));
    CHECK_FALSE(find_state("Armenias"));
    CHECK_FALSE(find_state("the"));
    CHECK_FALSE(find_state("the ARM"));  // the article goes with names, not codes
    CHECK_FALSE(find_state("Arm\0enia"s));
    CHECK_FALSE(find_state("Armenia\0"s));
    CHECK_FALSE(find_state("Армения"));
    CHECK_FALSE(find_state("Arm\xC3\xA9nia"));
    CHECK_FALSE(find_state(std::string(100000, 'A')));
    CHECK_FALSE(find_state("Armenia" + std::string(100, ' ') + "x"));
    CHECK_FALSE(find_state(std::string_view()));
}

TEST_CASE("MemberState is a small ordered value type") {
    static_assert(sizeof(MemberState) == 1);
    CHECK(st::armenia == *find_state("AM"));
    CHECK(st::armenia != st::azerbaijan);
    CHECK(st::armenia < st::uzbekistan);
    CHECK_FALSE(MemberState::from_index(MemberState::count).has_value());
    CHECK(MemberState::from_index(0) == st::armenia);
}

TEST_CASE("StateSet: insert, erase, contains, iteration in name order, set algebra") {
    StateSet s;
    CHECK(s.empty());
    CHECK(s.size() == 0);
    CHECK(s.begin() == s.end());
    s.insert(st::uzbekistan).insert(st::armenia).insert(st::armenia);
    CHECK(s.size() == 2);
    CHECK(s.contains(st::armenia));
    CHECK_FALSE(s.contains(st::belarus));
    std::string names;
    for (MemberState m : s) names += std::string(m.name()) + ",";
    CHECK(names == "Armenia,Uzbekistan,");
    s.erase(st::armenia);
    CHECK(s == StateSet{st::uzbekistan});
    CHECK(StateSet::all().size() == 9);
    const StateSet a{st::armenia, st::belarus};
    const StateSet b{st::belarus, st::russia};
    CHECK((a | b) == StateSet{st::armenia, st::belarus, st::russia});
    CHECK((a & b) == StateSet{st::belarus});
    CHECK((a - b) == StateSet{st::armenia});
    CHECK((StateSet::all() - StateSet::all()).empty());
}
