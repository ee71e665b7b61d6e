// csto/lean.hpp on its own answers exactly as the full library: this file includes only it; the
// full library's answers are checked against it in membership_test.cpp (same functions).
#include <csto/lean.hpp>

#include <doctest/doctest.h>

namespace {
using boost::gregorian::date;
namespace st = csto::states;
static_assert(csto::is_member(st::uzbekistan, date(2010, 5, 1)));
static_assert(csto::members_on(date(2017, 5, 15)).size() == 6);
static_assert(boost::logic::indeterminate(csto::is_member(st::uzbekistan, date(2006, 7, 1))));
static_assert(csto::treaty_in_force(date(1994, 4, 20)) && !csto::treaty_in_force(date(1994, 4, 19)));
static_assert(csto::organization_name(date(2002, 10, 7)) == "Collective Security Treaty Organization");
}  // namespace

TEST_CASE("lean.hpp alone: membership and the treaty timeline") {
    CHECK(csto::find_state("Kyrgyz Republic") == st::kyrgyzstan);
    CHECK(csto::members_on(date(1999, 4, 20)).size() == 9);
    CHECK(csto::members_on(date(1999, 4, 21)).size() == 6);
    CHECK(csto::indeterminate_members_on(date(2006, 7, 1)) == csto::StateSet{st::uzbekistan});
    CHECK(csto::members_on(date(boost::gregorian::not_a_date_time)).empty());
    CHECK(csto::organization_name(date(1992, 5, 14)).empty());
}
