// csto's operator<< for a tribool and a Boost date beside Boost's own (boost/logic/tribool_io.hpp,
// boost/date_time/gregorian/gregorian.hpp): with `using csto::operator<<;` a call is not
// ambiguous, and csto's, not templates, are chosen.
#include <csto/io.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/logic/tribool_io.hpp>

#include <doctest/doctest.h>

#include <sstream>

TEST_CASE("printing: csto's operators win over Boost's own where both are visible") {
    namespace g = boost::gregorian;
    std::ostringstream csto_way;
    {
        using csto::operator<<;
        csto_way << csto::is_member(csto::states::uzbekistan, g::date(2006, 7, 1)) << ' ' << g::date(2012, 6, 28);
    }
    CHECK(csto_way.str() == "indeterminate 2012-06-28");
    // Without the using-declaration Boost's own are found, and print as Boost prints.
    std::ostringstream boost_way;
    boost_way << csto::is_member(csto::states::uzbekistan, g::date(2010, 5, 1)) << ' ' << g::date(2012, 6, 28);
    CHECK(boost_way.str() == "1 2012-Jun-28");
}
