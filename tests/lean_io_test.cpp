// csto/lean_io.hpp with csto/lean.hpp and nothing heavier: the light types print as csto/io.hpp
// prints them. csto/membership.hpp comes after both, so MembershipStatus, which lean_io.hpp only
// declares, prints once it is defined.
#include <csto/lean.hpp>
#include <csto/lean_io.hpp>

#include <csto/membership.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>

namespace {
using boost::gregorian::date;
namespace st = csto::states;
}  // namespace

TEST_CASE("lean_io.hpp: a tribool, Boost dates, date ranges, states and sets") {
    // Uzbekistan's return lies between 23 June and 16 August 2006: 1 July 2006 is open.
    CHECK(csto::to_string(csto::is_member(st::uzbekistan, date(2006, 7, 1))) == "indeterminate");
    CHECK(csto::to_string(csto::is_member(st::uzbekistan, date(2006, 8, 17))) == "true");
    CHECK(csto::to_string(csto::treaty_in_force(date(1994, 4, 19))) == "false");
    CHECK(csto::to_string(date(1992, 5, 15)) == "1992-05-15");
    CHECK(csto::to_string(date(1400, 1, 1)) == "1400-01-01");
    CHECK(csto::to_string(date(9999, 12, 31)) == "9999-12-31");
    CHECK(csto::to_string(date(2000, 2, 29)) == "2000-02-29");
    CHECK(csto::to_string(date(boost::gregorian::neg_infin)) == "-infinity");
    CHECK(csto::to_string(csto::DateRange::in_month(1999, 4)) == "1999-04");
    CHECK(csto::to_string(csto::DateRange::in_year(1993)) == "1993");
    CHECK(csto::to_string(csto::DateRange::between(date(2006, 6, 23), date(2006, 8, 16))) == "2006-06-23..2006-08-16");
    // After 21 April 1999 (the extension, which Azerbaijan, Georgia and Uzbekistan did not sign)
    // six members remain.
    CHECK(csto::to_string(csto::members_on(date(1999, 4, 21))) ==
          "{Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan}");
    CHECK(csto::to_string(st::belarus) == "Belarus");
    CHECK(csto::to_string(st::tajikistan.identity()) ==
          "Tajikistan (Republic of Tajikistan, TJ/TJK, ISO 762, COW 702)");
    CHECK(csto::to_string(csto::Precision::month) == "month");
    CHECK(csto::to_string(csto::Field::official_name) == "official name");
    std::ostringstream os;
    using csto::operator<<;
    static constexpr csto::Precision precisions[] = {csto::Precision::day, csto::Precision::month,
                                                     csto::Precision::year, csto::Precision::range};
    os << date(2012, 6, 28) << ' ' << csto::is_member(st::uzbekistan, date(2012, 6, 28)) << ' '
       << csto::Span<csto::Precision>(precisions);
    CHECK(os.str() == "2012-06-28 false [day, month, year, range]");
}

TEST_CASE("lean_io.hpp: a status prints once membership.hpp defines it") {
    // Armenia froze its participation on 22 February 2024: a member still, frozen.
    CHECK(csto::to_string(csto::status_on(st::armenia, date(2024, 2, 22))) == "member, participation frozen");
    CHECK(csto::to_string(csto::status_on(st::armenia, date(2024, 2, 21))) == "member");
    CHECK(csto::to_string(csto::status_on(st::georgia, date(2000, 1, 1))) == "former member");
    CHECK(csto::to_string(csto::Standing::not_yet_member) == "not yet a member");
}

TEST_CASE("lean_io.hpp: a date's calendar day, computed without Boost's checked year_month_day") {
    // Every day Boost represents, against Boost's own conversion.
    const date first(1400, 1, 1);
    const date last(9999, 12, 31);
    long mismatches = 0;
    for (auto n = first.day_number(); n <= last.day_number(); ++n) {
        const date d(n);
        const auto ymd = d.year_month_day();
        const csto::detail::CivilDay civil = csto::detail::civil_day(d);
        if (civil.year != ymd.year || civil.month != ymd.month || civil.day != ymd.day) ++mismatches;
    }
    CHECK(mismatches == 0);
    static_assert(csto::detail::civil_day(date(2024, 2, 29)).day == 29);
    static_assert(csto::detail::civil_day(date(2024, 3, 1)).month == 3);
}
