// csto/member_listing.hpp - MemberListing: a source's own list of the members on some day.
#pragma once

#include <csto/citation.hpp>
#include <csto/date_range.hpp>
#include <csto/state_set.hpp>

#include <string_view>

namespace csto {

/// A source's own list of the members on some day: the data are checked against these.
struct MemberListing {
    DateRange when;              ///< the day the source speaks of (a range when only derivable)
    StateSet members;            ///< the states the source names (or implies) as members
    bool complete;               ///< true when the source says these are all the members
    std::string_view inference;  ///< how `when` and `members` were read from the source
    CitationList sources;
};

}  // namespace csto
