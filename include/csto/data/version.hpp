// csto/data/version.hpp - which release of the data this is and the day it is current to.
#pragma once

// The rows are laid out by hand, as an annotated source.
// clang-format off

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <string_view>

namespace csto {

/// The data release, year-based like the tz database's ("2025a", "2025b", ...).
inline constexpr std::string_view data_version = "2025a";

/// The last day the data has been checked to be current: answers after it extrapolate (a member
/// stays a member) and status_on() says so.
inline constexpr boost::gregorian::date data_as_of{2025, 12, 31};

}  // namespace csto
// clang-format on
