// The constexpr promise, kept by the compiler: if any of these stops being a constant
// expression, or gives another answer, the test suite does not build.
#include <csto/csto.hpp>
#include <csto/parse.hpp>

#include <doctest/doctest.h>

namespace {
using boost::gregorian::date;
namespace st = csto::states;

static_assert(csto::find_state("  kyrgyz republic ") == st::kyrgyzstan);
static_assert(!csto::find_state("Atlantis"));
static_assert(st::russia.cow_code() == 365);
static_assert(csto::is_member(st::uzbekistan, date(2010, 5, 1)));
static_assert(!csto::is_member(st::uzbekistan, date(2012, 6, 28)));
static_assert(boost::logic::indeterminate(csto::is_member(st::uzbekistan, date(2006, 7, 1))));
static_assert(csto::members_on(date(2017, 5, 15)).size() == 6);
static_assert(csto::members_on(date(1999, 4, 20)).size() == 9);
static_assert(csto::indeterminate_members_on(date(2006, 7, 1)) == csto::StateSet{st::uzbekistan});
static_assert(csto::status_on(st::armenia, date(2024, 2, 22)).standing == csto::Standing::member_participation_frozen);
static_assert(csto::status_on(st::georgia, date(2000, 1, 1)).standing == csto::Standing::former_member);
static_assert(csto::membership_history(st::uzbekistan).size() == 2);
static_assert(csto::treaty_in_force(date(1994, 4, 20)) && !csto::treaty_in_force(date(1994, 4, 19)));
static_assert(csto::organization_name(date(2002, 10, 7)) == "Collective Security Treaty Organization");
static_assert(csto::organization_name(date(2002, 10, 6)) == "Collective Security Treaty");
static_assert(csto::parse_date("2010-05-01") == date(2010, 5, 1));
static_assert(!csto::parse_date("2023-02-29"));
static_assert(csto::find_event(csto::TreatyEventKind::charter_in_force)->when == csto::DateRange::on(2003, 9, 18));
}  // namespace

TEST_CASE("the compile-time checks above were compiled") {
    // Evaluated again at run time so a constexpr-only bug cannot hide.
    CHECK(csto::members_on(date(2017, 5, 15)).size() == 6);
}

#include <csto/version.hpp>
static_assert(csto::library_version == CSTO_PROJECT_VERSION, "version.hpp must match the CMake project version");
static_assert(CSTO_VERSION == CSTO_VERSION_MAJOR * 10000 + CSTO_VERSION_MINOR * 100 + CSTO_VERSION_PATCH);
