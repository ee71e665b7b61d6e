#include "test_support.hpp"

#include <csto/parse.hpp>

#include <doctest/doctest.h>

#include <cctype>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

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
    std::string_view cow_abbreviation;  // the notes, part 2, section 6
};
constexpr ExpectedIdentity expected_identities[] = {
    {"Armenia", "Republic of Armenia", "AM", "ARM", 51, 371, "ARM"},
    {"Azerbaijan", "Republic of Azerbaijan", "AZ", "AZE", 31, 373, "AZE"},
    {"Belarus", "Republic of Belarus", "BY", "BLR", 112, 370, "BLR"},
    {"Georgia", "Georgia", "GE", "GEO", 268, 372, "GRG"},
    {"Kazakhstan", "Republic of Kazakhstan", "KZ", "KAZ", 398, 705, "KZK"},
    {"Kyrgyzstan", "Kyrgyz Republic", "KG", "KGZ", 417, 703, "KYR"},
    {"Russia", "Russian Federation", "RU", "RUS", 643, 365, "RUS"},
    {"Tajikistan", "Republic of Tajikistan", "TJ", "TJK", 762, 702, "TAJ"},
    {"Uzbekistan", "Republic of Uzbekistan", "UZ", "UZB", 860, 704, "UZB"},
};

// The other names each source attests (data/states.toml says which source), typed in from the
// sources' words, not from the generated header.
struct ExpectedOtherNames {
    std::string_view state;
    std::initializer_list<std::string_view> names;
};
const ExpectedOtherNames expected_other_names[] = {
    {"Armenia", {"Армения", "Республика Армения"}},
    {"Azerbaijan", {"Азербайджан", "Азербайджанская Республика"}},
    {"Belarus", {"Byelorussia", "Belorussia", "Byelarus", "Беларусь", "Белоруссия", "Республика Беларусь"}},
    {"Georgia", {"Грузия"}},
    {"Kazakhstan", {"Kazakstan", "Казахстан", "Республика Казахстан"}},
    {"Kyrgyzstan",
     {"Kirghizia", "Kirgizia", "Кыргызстан", "Киргизия", "Кыргызская Республика", "Киргизская Республика"}},
    {"Russia", {"Россия", "Российская Федерация"}},
    {"Tajikistan", {"Tadzhikistan", "Tadjikistan", "Таджикистан", "Республика Таджикистан"}},
    {"Uzbekistan", {"Узбекистан", "Республика Узбекистан"}},
};

std::string ascii_upper(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}
std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}
}  // namespace

// The table MemberState's names read has a row for each of the nine (a check the header made in
// every including file until the table became a template).
static_assert(std::size(csto::data::states<>) == MemberState::count,
              "data/states.toml must list exactly the nine states");

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
        CHECK(s->cow_abbreviation() == e.cow_abbreviation);
        CHECK_FALSE(s->identity().sources.empty());
    }
}

TEST_CASE("the named constants are the states their names say") {
    namespace st = csto::states;
    const std::pair<MemberState, std::string_view> named[] = {
        {st::armenia, "ARM"}, {st::azerbaijan, "AZE"}, {st::belarus, "BLR"},
        {st::georgia, "GEO"}, {st::kazakhstan, "KAZ"}, {st::kyrgyzstan, "KGZ"},
        {st::russia, "RUS"},  {st::tajikistan, "TJK"}, {st::uzbekistan, "UZB"},
    };
    for (const auto& entry : named) {
        CAPTURE(entry.second);
        CHECK(entry.first.alpha3() == entry.second);
        CHECK(find_state(entry.second) == entry.first);
    }
}

TEST_CASE("find_state accepts every documented form of every state") {
    for (const ExpectedIdentity& e : expected_identities) {
        CAPTURE(e.name);
        const auto s = find_state(e.name);
        REQUIRE(s);
        for (std::string_view name : {e.name, e.official_name}) {
            CAPTURE(name);
            CHECK(find_state(name) == s);
            CHECK(find_state(ascii_upper(name)) == s);
            CHECK(find_state(ascii_lower(name)) == s);
            CHECK(find_state(" \t" + std::string(name) + "\n ") == s);
        }
        for (std::string_view code : {e.alpha2, e.alpha3, e.cow_abbreviation}) {
            CAPTURE(code);
            CHECK(find_state(code) == s);
            CHECK(find_state(" \t" + std::string(code) + "\n ") == s);
            CHECK_FALSE(find_state(ascii_lower(code)));  // codes only in capitals
        }
    }
}

TEST_CASE("find_state accepts the Correlates of War abbreviations") {
    CHECK(find_state("ARM") == st::armenia);
    CHECK(find_state("AZE") == st::azerbaijan);
    CHECK(find_state("BLR") == st::belarus);
    CHECK(find_state("GRG") == st::georgia);
    CHECK(find_state("KZK") == st::kazakhstan);
    CHECK(find_state("KYR") == st::kyrgyzstan);
    CHECK(find_state("RUS") == st::russia);
    CHECK(find_state("TAJ") == st::tajikistan);
    CHECK(find_state("UZB") == st::uzbekistan);
    CHECK(st::georgia.cow_abbreviation() == "GRG");
    CHECK(st::kazakhstan.cow_abbreviation() == "KZK");
    CHECK(st::kyrgyzstan.cow_abbreviation() == "KYR");
    CHECK(st::tajikistan.cow_abbreviation() == "TAJ");
    CHECK_FALSE(find_state("grg"));
    CHECK_FALSE(find_state("Taj"));
    CHECK_FALSE(find_state("kyr"));
}

TEST_CASE("find_state accepts ISO 3166-1 numeric codes with and without leading zeros") {
    CHECK(find_state("051") == st::armenia);
    CHECK(find_state("51") == st::armenia);
    CHECK(find_state("031") == st::azerbaijan);
    CHECK(find_state("31") == st::azerbaijan);
    CHECK(find_state("112") == st::belarus);
    CHECK(find_state("268") == st::georgia);
    CHECK(find_state("398") == st::kazakhstan);
    CHECK(find_state("417") == st::kyrgyzstan);
    CHECK(find_state("643") == st::russia);
    CHECK(find_state("762") == st::tajikistan);
    CHECK(find_state("860") == st::uzbekistan);
    CHECK(find_state(" 051 ") == st::armenia);
    // Neighbours of a code, and what is not an ISO numeric code of the nine.
    CHECK_FALSE(find_state("050"));
    CHECK_FALSE(find_state("52"));
    CHECK_FALSE(find_state("0051"));  // ISO writes three digits: no more
    CHECK_FALSE(find_state("0"));
    CHECK_FALSE(find_state("000"));
    CHECK_FALSE(find_state("5 1"));
    CHECK_FALSE(find_state("+51"));
    CHECK_FALSE(find_state("-51"));
    CHECK_FALSE(find_state("51a"));
    // Correlates of War numbers are not read: they share the number space with ISO's.
    CHECK_FALSE(find_state("371"));
    CHECK_FALSE(find_state("365"));
    CHECK_FALSE(find_state("702"));
}

TEST_CASE("find_state accepts every other name a source attests, and nothing close to it") {
    for (const ExpectedOtherNames& e : expected_other_names) {
        CAPTURE(e.state);
        const auto s = find_state(e.state);
        REQUIRE(s);
        REQUIRE(s->identity().other_names.size() == e.names.size());
        std::size_t i = 0;
        for (std::string_view name : e.names) {
            CAPTURE(name);
            CHECK(s->identity().other_names[i++] == name);
            CHECK(find_state(name) == s);
            CHECK(find_state("  " + std::string(name) + "\t") == s);
            CHECK_FALSE(find_state(std::string(name) + "x"));
            CHECK_FALSE(find_state(name.substr(0, name.size() - 1)));
            const auto space = name.find(' ');
            if (space != std::string_view::npos) {  // a run of blanks stands for the space
                CHECK(find_state(std::string(name.substr(0, space)) + "  \t " + std::string(name.substr(space + 1))) ==
                      s);
            }
        }
    }
}

TEST_CASE("older English spellings ignore ASCII case, as the English names do") {
    CHECK(find_state("Byelorussia") == st::belarus);
    CHECK(find_state("BELORUSSIA") == st::belarus);
    CHECK(find_state("byelarus") == st::belarus);
    CHECK(find_state("kazakstan") == st::kazakhstan);
    CHECK(find_state("KIRGHIZIA") == st::kyrgyzstan);
    CHECK(find_state("Kirgizia") == st::kyrgyzstan);
    CHECK(find_state("tadzhikistan") == st::tajikistan);
    CHECK(find_state("Tadjikistan") == st::tajikistan);
    CHECK_FALSE(find_state("Kirgiziya"));
    CHECK_FALSE(find_state("Tadzhikstan"));
}

TEST_CASE("Russian names match exactly as stored: UTF-8, case-sensitive outside ASCII") {
    CHECK(find_state("Армения") == st::armenia);
    CHECK(find_state("Беларусь") == st::belarus);
    CHECK(find_state("Белоруссия") == st::belarus);
    CHECK(find_state("Кыргызстан") == st::kyrgyzstan);
    CHECK(find_state("Киргизия") == st::kyrgyzstan);
    CHECK(find_state("Россия") == st::russia);
    CHECK(find_state("Российская Федерация") == st::russia);
    CHECK(find_state("Российская   Федерация") == st::russia);
    CHECK(find_state("Грузия") == st::georgia);
    // Cyrillic case is not folded: only ASCII letters are.
    CHECK_FALSE(find_state("армения"));
    CHECK_FALSE(find_state("АРМЕНИЯ"));
    CHECK_FALSE(find_state("российская федерация"));
    // Cut inside a character, a Latin letter in place of a Cyrillic one, a name no source gives.
    CHECK_FALSE(find_state("\xD0\x90\xD1\x80\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xB8\xD1"));  // "Армени" + half of "я"
    CHECK_FALSE(find_state("Aрмения"));                                               // Latin A
    CHECK_FALSE(find_state("Российская Федерация Федерация"));
    CHECK_FALSE(find_state("Украина"));
}

TEST_CASE("codes match only in capitals, so words free text passes in are not states") {
    // Two-letter words: "by" and "am" are English words, "ge" a prefix; their capitals are codes.
    CHECK_FALSE(find_state("by"));
    CHECK_FALSE(find_state("am"));
    CHECK_FALSE(find_state("ge"));
    CHECK_FALSE(find_state("By"));
    CHECK_FALSE(find_state("aM"));
    CHECK_FALSE(find_state("kg"));
    CHECK(find_state("BY") == st::belarus);
    CHECK(find_state("AM") == st::armenia);
    CHECK(find_state("GE") == st::georgia);
    CHECK(find_state("KG") == st::kyrgyzstan);
    // Three letters too: "arm", "taj" are words.
    CHECK_FALSE(find_state("arm"));
    CHECK_FALSE(find_state("Arm"));
    CHECK_FALSE(find_state("taj"));
    CHECK(find_state("ARM") == st::armenia);
    CHECK(find_state("TAJ") == st::tajikistan);
    // Names are still read in any case.
    CHECK(find_state("ARMENIA") == st::armenia);
    CHECK(find_state("georgia") == st::georgia);
    // An aggressor's code is read in any case, so a lower-case code of one of the nine is that state.
    const auto aze = csto::parse_aggressor("aze");
    REQUIRE(aze);
    CHECK(aze->kind() == csto::AggressorKind::state);
    CHECK(aze->parties() == StateSet{st::azerbaijan});
    const auto tj = csto::parse_aggressor("tj,AFG");
    REQUIRE(tj);
    CHECK(tj->parties() == StateSet{st::tajikistan});
}

TEST_CASE("suggest offers the state a misspelling most likely means") {
    CHECK(csto::suggest("Kazakstn") == st::kazakhstan);
    CHECK(csto::suggest("Tadjikistan") == st::tajikistan);  // a spelling find_state knows
    CHECK(csto::suggest("Tadjikstan") == st::tajikistan);
    CHECK(csto::suggest("Tajikstan") == st::tajikistan);
    CHECK(csto::suggest("Rusia") == st::russia);
    CHECK(csto::suggest("Russai") == st::russia);  // two neighbours swapped count one
    CHECK(csto::suggest("Georiga") == st::georgia);
    CHECK(csto::suggest("Uzbekstan") == st::uzbekistan);
    CHECK(csto::suggest("Azerbajan") == st::azerbaijan);
    CHECK(csto::suggest("Kyrgystan") == st::kyrgyzstan);
    CHECK(csto::suggest("Kirgizstan") == st::kyrgyzstan);
    CHECK(csto::suggest("Belarussia") == st::belarus);
    CHECK(csto::suggest("  the Republic of Kazakstan ") == st::kazakhstan);
    CHECK(csto::suggest("Armenai") == st::armenia);
    // A code in the wrong case, a Cyrillic name in the wrong case or one letter off.
    CHECK(csto::suggest("by") == st::belarus);
    CHECK(csto::suggest("arm") == st::armenia);
    CHECK(csto::suggest("kgz") == st::kyrgyzstan);
    CHECK(csto::suggest("россия") == st::russia);
    CHECK(csto::suggest("Казахстн") == st::kazakhstan);
    // What find_state finds, suggest gives back.
    CHECK(csto::suggest("051") == st::armenia);
    CHECK(csto::suggest("Kyrgyz Republic") == st::kyrgyzstan);
    CHECK(csto::suggest("Киргизия") == st::kyrgyzstan);
}

TEST_CASE("suggest offers nothing for what is no state's name") {
    using namespace std::string_literals;
    CHECK_FALSE(csto::suggest("Atlantis"));
    CHECK_FALSE(csto::suggest("Ukraine"));
    CHECK_FALSE(csto::suggest("Austria"));
    CHECK_FALSE(csto::suggest("Iran"));
    CHECK_FALSE(csto::suggest("Arms"));  // a code is offered only for a difference of case
    CHECK_FALSE(csto::suggest("Rust"));
    CHECK_FALSE(csto::suggest("xyz"));
    CHECK_FALSE(csto::suggest("the"));
    CHECK_FALSE(csto::suggest("Украина"));
    CHECK_FALSE(csto::suggest("052"));
    CHECK_FALSE(csto::suggest(""));
    CHECK_FALSE(csto::suggest("   "));
    CHECK_FALSE(csto::suggest(std::string_view()));
    CHECK_FALSE(csto::suggest(std::string(65, 'a')));
    CHECK_FALSE(csto::suggest(std::string(100000, 'A')));
    CHECK_FALSE(csto::suggest("Kaz\xFF\xFE"));
    CHECK_FALSE(csto::suggest("\xE0\x80\x80\xF8\x88\x80\x80\x80"));
    // Three edits away from "Kazakhstan" is within the tolerance for 10 letters; four are not.
    CHECK(csto::suggest("Kazxkhsxax") == st::kazakhstan);
    CHECK_FALSE(csto::suggest("Kxzxkhsxax"));
}

TEST_CASE("suggest is a constant expression") {
    static_assert(csto::suggest("Kazakstn") == st::kazakhstan);
    static_assert(!csto::suggest("Atlantis"));
    static_assert(csto::find_state("Киргизия") == st::kyrgyzstan);
    static_assert(csto::find_state("051") == st::armenia);
    static_assert(!csto::find_state("by"));
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
