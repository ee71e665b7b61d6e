#include "test_support.hpp"

#include <csto/optional.hpp>

#include <doctest/doctest.h>

#include <optional>

using namespace csto_test;
namespace st = csto::states;
using csto::Optional;

// What csto::Optional must do for code written against std::optional: each check fails when the
// class answers otherwise.
static_assert(!Optional<int>().has_value() && !Optional<int>(std::nullopt));
static_assert(Optional<int>(3).has_value() && *Optional<int>(3) == 3 && Optional<int>(3).value() == 3);
static_assert(Optional<int>().value_or(7) == 7 && Optional<int>(3).value_or(7) == 3);
static_assert(Optional<int>(3) == 3 && 3 == Optional<int>(3) && Optional<int>(3) != 4 && Optional<int>() != 3);
static_assert(Optional<int>() == std::nullopt && std::nullopt == Optional<int>() && Optional<int>(0) != std::nullopt);
static_assert(Optional<int>() == Optional<int>() && Optional<int>(1) != Optional<int>() &&
              Optional<int>(1) != Optional<int>(2) && Optional<int>(2) == Optional<int>(2));
static_assert(csto::find_state("Armenia") == st::armenia && csto::find_state("Atlantis") == std::nullopt);

TEST_CASE("Optional: converts to and from std::optional, keeping the value or its absence") {
    const std::optional<csto::MemberState> found = csto::find_state("Kyrgyzstan");
    const std::optional<csto::MemberState> missing = csto::find_state("Atlantis");
    REQUIRE(found.has_value());
    CHECK(*found == st::kyrgyzstan);
    CHECK_FALSE(missing.has_value());
    const Optional<csto::MemberState> back = found;
    const Optional<csto::MemberState> back_missing = missing;
    CHECK(back == st::kyrgyzstan);
    CHECK(back_missing == std::nullopt);
    const Optional<long> widened = std::optional<int>(5);  // from an optional of a type that converts
    CHECK(widened == 5L);
}

TEST_CASE("Optional: compares with std::optional both ways, an empty one equal only to an empty one") {
    const Optional<int> three = 3;
    const Optional<int> none;
    CHECK(three == std::optional<int>(3));
    CHECK(std::optional<int>(3) == three);
    CHECK(three != std::optional<int>(4));
    CHECK(std::optional<int>(4) != three);
    CHECK(three != std::optional<int>());
    CHECK(none == std::optional<int>());
    CHECK(std::optional<int>() == none);
    CHECK(std::optional<int>(3) != none);
}

TEST_CASE("Optional: value() of an empty one throws std::bad_optional_access, as std::optional's does") {
    const Optional<int> none;
    CHECK_THROWS_AS((void)none.value(), std::bad_optional_access);
    Optional<int> some = 4;
    CHECK(some.value() == 4);
    some.reset();
    CHECK_FALSE(some.has_value());
    CHECK(some.value_or(9) == 9);
}

TEST_CASE("Optional: reads through -> and * and is a small value") {
    const auto russia = csto::find_state("Russia");
    REQUIRE(russia);
    CHECK(russia->name() == "Russia");
    CHECK((*russia).alpha3() == "RUS");
    static_assert(std::is_trivially_copyable_v<Optional<csto::MemberState>>);
    static_assert(sizeof(Optional<csto::MemberState>) <= 2);
}
