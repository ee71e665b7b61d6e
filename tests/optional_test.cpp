#include "test_support.hpp"

#include <csto/optional.hpp>

#include <doctest/doctest.h>

#include <functional>
#include <optional>
#include <stdexcept>
#include <type_traits>
#include <utility>

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

TEST_CASE("Optional: compares with a std::optional once one is converted, an empty one equal only to an empty one") {
    const Optional<int> three = 3;
    const Optional<int> none;
    CHECK(three == Optional<int>(std::optional<int>(3)));
    CHECK(std::optional<int>(three) == std::optional<int>(3));
    CHECK(three != Optional<int>(std::optional<int>(4)));
    CHECK(three != Optional<int>(std::optional<int>()));
    CHECK(none == Optional<int>(std::optional<int>()));
    CHECK(std::optional<int>(none) == std::optional<int>());
    CHECK(std::optional<int>(3) != std::optional<int>(none));
    // Directly, std::optional's operators would read `none` as a value (never equal to an empty
    // std::optional); the comparison does not compile instead (compile_fail/optional_vs_std_optional).
    static_assert(!std::is_invocable_v<std::equal_to<>, const Optional<int>&, const std::optional<int>&>);
    static_assert(!std::is_invocable_v<std::equal_to<>, const std::optional<int>&, const Optional<int>&>);
}

TEST_CASE("Optional: value() of an empty one throws csto::bad_optional_access, a std::logic_error") {
    const Optional<int> none;
    CHECK_THROWS_AS((void)none.value(), csto::bad_optional_access);
    CHECK_THROWS_AS((void)none.value(), std::logic_error);
    Optional<int> some = 4;
    CHECK(some.value() == 4);
    some.reset();
    CHECK_FALSE(some.has_value());
    CHECK(some.value_or(9) == 9);
}

TEST_CASE("Optional: std::nullopt is recognised by its type, and nothing else is") {
    static_assert(csto::detail::is_nullopt_v<std::nullopt_t>);
    // Other empty classes without a default constructor: a tag, a lambda, a type named like it.
    struct tag {
        explicit constexpr tag(int) noexcept {}
    };
    const auto lambda = [] {};
    struct nullopt_t {
        explicit constexpr nullopt_t(int) noexcept {}
    };
    static_assert(!csto::detail::is_nullopt_v<tag>);
    static_assert(!csto::detail::is_nullopt_v<decltype(lambda)>);
    static_assert(!csto::detail::is_nullopt_v<nullopt_t>);
    static_assert(!csto::detail::is_nullopt_v<std::in_place_t>);
    static_assert(!std::is_constructible_v<Optional<int>, tag>);
    static_assert(std::is_convertible_v<std::nullopt_t, Optional<int>>);
    CHECK(csto::Aggressor(std::nullopt).kind() == csto::AggressorKind::unspecified);
    CHECK(csto::Aggressor(std::optional<csto::MemberState>(st::armenia)).kind() == csto::AggressorKind::state);
    CHECK(csto::Aggressor(std::optional<csto::MemberState>()).kind() == csto::AggressorKind::unspecified);
}

TEST_CASE("Optional: reads through -> and * and is a small value") {
    const auto russia = csto::find_state("Russia");
    REQUIRE(russia);
    CHECK(russia->name() == "Russia");
    CHECK((*russia).alpha3() == "RUS");
    static_assert(std::is_trivially_copyable_v<Optional<csto::MemberState>>);
    static_assert(sizeof(Optional<csto::MemberState>) <= 2);
}
