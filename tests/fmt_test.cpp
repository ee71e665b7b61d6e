// {fmt} formatting of csto's types (csto/fmt.hpp): the text is csto::to_string()'s, and a
// string's format specs apply.
#include "test_support.hpp"

#include <csto/fmt.hpp>
#include <csto/parse.hpp>

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
    // The answers io.hpp prints since 0.2.0: Kazakhstan chaired from 20 December 2011 to 19 December 2012.
    CHECK(fmt::format("{}", csto::chairing_state_on(date(2012, 6, 1))) ==
          "certain: Kazakhstan, 2011-12-20 to 2012-12-19");
    CHECK(fmt::format("{:>14}", csto::StepKind::not_done) == "      not done");
    // Types of other libraries keep their own formatting.
    CHECK(fmt::format("{}", 42) == "42");
    CHECK(fmt::format("{}", std::string("x")) == "x");
}
