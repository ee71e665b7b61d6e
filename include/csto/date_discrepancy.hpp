// csto/date_discrepancy.hpp - DateDiscrepancy: a date one source gives that the data does not use, and why.
#pragma once

#include <csto/citation.hpp>
#include <csto/date_range.hpp>
#include <csto/member_state.hpp>

#include <string_view>

namespace csto {

/// A date for a fact that one source gives and the data does not use, and why.
struct DateDiscrepancy {
    MemberState state;
    std::string_view fact;         ///< which fact
    DateRange rejected;            ///< the date not used
    std::string_view rejected_by;  ///< who gives it
    std::string_view reason;       ///< why the data keeps its own date
    CitationList sources;
};

}  // namespace csto
