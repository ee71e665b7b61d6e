// csto/participation_freeze.hpp - ParticipationFreeze: a member that keeps its membership but does not take part.
#pragma once

#include <csto/citation.hpp>
#include <csto/date_range.hpp>
#include <csto/detail/enum_name.hpp>
#include <csto/member_state.hpp>
#include <csto/optional.hpp>
#include <csto/span.hpp>

#include <boost/logic/tribool.hpp>

#include <cstdint>
#include <string_view>

namespace csto {

/// What a freeze means, in the view of those who have spoken of it. The sources disagree, and the
/// data keeps both views; neither changes the membership queries (a frozen member is a member).
enum class FreezeView : std::uint8_t {
    participation_suspended,  ///< the member stays a party but takes no part in the Organization's work
    full_member,              ///< the member remains a full member: the framework provides for no freeze
};

namespace detail {
inline constexpr char freeze_view_names[] =
    "participation_suspended\0"
    "full_member\0";
inline constexpr char freeze_view_labels[] =
    "participation suspended\0"
    "full member\0";
template <>
inline constexpr EnumTexts enum_texts<FreezeView>{freeze_view_names, sizeof freeze_view_names, freeze_view_labels,
                                                  sizeof freeze_view_labels};
}  // namespace detail

/// One holder's view of a freeze, with its sources.
struct FreezeReading {
    std::string_view holder;  ///< who holds it, e.g. "Russia's foreign ministry"
    FreezeView view;
    std::string_view summary;  ///< the view, in our words
    CitationList sources;
};

/// A period in which a member keeps its membership but does not take part ("frozen"). A state
/// whose participation is frozen is still a member: it is owed, and owes, the Treaty's duties.
struct ParticipationFreeze {
    MemberState state;
    DateRange since;            ///< first day frozen
    Optional<DateRange> until;  ///< first day no longer frozen; nullopt: still frozen
    CitationList sources;
    Span<FreezeReading> readings = {};  ///< the views of what the freeze means, where sources give them

    [[nodiscard]] constexpr boost::logic::tribool covers(boost::gregorian::date d) const noexcept {
        if (d.is_special()) return boost::logic::indeterminate;
        const boost::logic::tribool ended = until ? until->reached_by(d) : boost::logic::tribool(false);
        return since.reached_by(d) && !ended;
    }
};

}  // namespace csto
