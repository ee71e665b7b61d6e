// csto/participation_freeze.hpp - ParticipationFreeze: a member that keeps its membership but does not take part.
#pragma once

#include <csto/citation.hpp>
#include <csto/date_range.hpp>
#include <csto/member_state.hpp>

#include <boost/logic/tribool.hpp>

#include <optional>
#include <string_view>

namespace csto {

/// A period in which a member keeps its membership but does not take part ("frozen"). A state
/// whose participation is frozen is still a member: it is owed, and owes, the Treaty's duties.
struct ParticipationFreeze {
    MemberState state;
    DateRange since;                 ///< first day frozen
    std::optional<DateRange> until;  ///< first day no longer frozen; nullopt: still frozen
    CitationList sources;

    [[nodiscard]] constexpr boost::logic::tribool covers(boost::gregorian::date d) const noexcept {
        if (d.is_special()) return boost::logic::indeterminate;
        const boost::logic::tribool ended = until ? until->reached_by(d) : boost::logic::tribool(false);
        return since.reached_by(d) && !ended;
    }
};

}  // namespace csto
