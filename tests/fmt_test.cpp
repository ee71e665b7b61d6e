// {fmt} formatting of csto's types (csto/fmt.hpp): the text is csto::to_string()'s, and a
// string's format specs apply.
#include "test_support.hpp"

#include <csto/fmt.hpp>

#include <doctest/doctest.h>

#include <fmt/format.h>

#include <string>

using namespace csto_test;
namespace st = csto::states;

TEST_CASE("{fmt} prints states, sets, dates, enums and assessments as csto::to_string does") {
    CHECK(fmt::format("{}", st::kyrgyzstan) == "Kyrgyzstan");
    CHECK(fmt::format("[{:<9}|{:>7}]", st::russia, st::armenia) == "[Russia   |Armenia]");
    CHECK(fmt::format("{}", csto::StateSet{st::russia, st::armenia}) == "{Armenia, Russia}");
    CHECK(fmt::format("{}", csto::DateRange::in_month(1999, 4)) == "1999-04");
    CHECK(fmt::format("{}", csto::Standing::member_participation_frozen) == "member, participation frozen");
    CHECK(fmt::format("{}", csto::parse_aggressor("AZE,TUR").value()) == "{Azerbaijan, TUR}");
    const auto assessment = csto::collective_defense(st::kyrgyzstan, date(2022, 9, 16), st::tajikistan);
    CHECK(fmt::format("{}", assessment) == csto::to_string(assessment));
    CHECK(fmt::format("{}", assessment).rfind("applies: true; obligated: {Armenia, Belarus, Kazakhstan, Russia}", 0) ==
          0);
    // Types of other libraries keep their own formatting.
    CHECK(fmt::format("{}", 42) == "42");
    CHECK(fmt::format("{}", std::string("x")) == "x");
}
