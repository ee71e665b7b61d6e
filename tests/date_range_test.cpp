#include "test_support.hpp"

#include <doctest/doctest.h>

#include <stdexcept>

using namespace csto_test;
using csto::DateRange;
using csto::Precision;

TEST_CASE("DateRange factories carry their precision and bounds") {
    const DateRange day = DateRange::on(1993, 12, 31);
    CHECK(day.precision() == Precision::day);
    CHECK(day.is_exact());
    CHECK(day.earliest() == date(1993, 12, 31));
    CHECK(day.latest() == date(1993, 12, 31));

    const DateRange month = DateRange::in_month(2024, 2);  // leap February
    CHECK(month.precision() == Precision::month);
    CHECK(month.earliest() == date(2024, 2, 1));
    CHECK(month.latest() == date(2024, 2, 29));
    CHECK_FALSE(month.is_exact());

    const DateRange year = DateRange::in_year(1993);
    CHECK(year.precision() == Precision::year);
    CHECK(year.earliest() == date(1993, 1, 1));
    CHECK(year.latest() == date(1993, 12, 31));

    const DateRange span = DateRange::between(date(2006, 6, 23), date(2006, 8, 16));
    CHECK(span.precision() == Precision::range);
    CHECK(DateRange::between(date(2006, 6, 23), date(2006, 6, 23)).precision() == Precision::day);
}

TEST_CASE("DateRange::reached_by is false before, indeterminate inside, true from the last day") {
    const DateRange r = DateRange::between(date(2006, 6, 23), date(2006, 8, 16));
    CHECK(is_false(r.reached_by(date(2006, 6, 22))));
    CHECK(is_open(r.reached_by(date(2006, 6, 23))));
    CHECK(is_open(r.reached_by(date(2006, 8, 15))));
    CHECK(is_true(r.reached_by(date(2006, 8, 16))));
    CHECK(is_true(DateRange::on(1994, 4, 20).reached_by(date(1994, 4, 20))));
    CHECK(is_false(DateRange::on(1994, 4, 20).reached_by(date(1994, 4, 19))));
}

TEST_CASE("DateRange special date values give indeterminate, never a comparison") {
    const DateRange r = DateRange::on(1994, 4, 20);
    for (auto special : {boost::gregorian::not_a_date_time, boost::gregorian::pos_infin, boost::gregorian::neg_infin}) {
        CHECK(is_open(r.reached_by(date(special))));
        CHECK_FALSE(r.contains(date(special)));
    }
}

TEST_CASE("DateRange containment and overlap") {
    const DateRange year = DateRange::in_year(1999);
    CHECK(year.contains(DateRange::in_month(1999, 4)));
    CHECK(DateRange::in_month(1999, 4).contains(DateRange::on(1999, 4, 21)));
    CHECK_FALSE(DateRange::in_month(1999, 4).contains(DateRange::on(1999, 5, 1)));
    CHECK_FALSE(DateRange::on(1999, 4, 21).contains(year));
    CHECK(year.overlaps(DateRange::between(date(1998, 12, 31), date(1999, 1, 1))));
    CHECK_FALSE(year.overlaps(DateRange::on(2000, 1, 1)));
    CHECK(year.contains(date(1999, 12, 31)));
    CHECK_FALSE(year.contains(date(2000, 1, 1)));
}

TEST_CASE("DateRange's own date arithmetic agrees with Boost on every day from 1400 to 9999") {
    for (int y = 1400; y <= 9999; ++y) {
        for (int m = 1; m <= 12; ++m) {
            const date boost_first(static_cast<unsigned short>(y), static_cast<unsigned short>(m), 1);
            const csto::DateRange month = csto::DateRange::in_month(y, m);
            if (month.earliest() != boost_first || month.latest() != boost_first.end_of_month()) {
                FAIL_CHECK("disagrees with Boost in " << y << '-' << m);
                return;
            }
        }
    }
    CHECK(csto::DateRange::on(2024, 2, 29).earliest() == date(2024, 2, 29));
    CHECK(csto::DateRange::on(1600, 2, 29).earliest() == date(1600, 2, 29));
    CHECK_THROWS((void)csto::DateRange::on(1900, 2, 29));
    CHECK_THROWS((void)csto::DateRange::on(1399, 12, 31));
    CHECK_THROWS((void)csto::DateRange::on(10000, 1, 1));
    CHECK_THROWS((void)csto::DateRange::on(2000, 0, 1));
    CHECK_THROWS((void)csto::DateRange::on(2000, 1, 0));
}

TEST_CASE("DateRange rejects impossible input at run time with a clear exception") {
    CHECK_THROWS_AS((void)DateRange::between(date(2006, 8, 16), date(2006, 6, 23)), std::invalid_argument);
    CHECK_THROWS_AS((void)DateRange::between(date(boost::gregorian::not_a_date_time), date(2006, 6, 23)),
                    std::invalid_argument);
    CHECK_THROWS((void)DateRange::on(2023, 2, 29));
    CHECK_THROWS((void)DateRange::in_month(2023, 13));
}
