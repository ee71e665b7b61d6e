// csto/chairmanships.hpp - which member state chaired the Organization on a day: chairing_state_on,
// and the chairmanships the sources name.
#pragma once

#include <csto/chairmanship.hpp>
#include <csto/data/chairmanship.hpp>
#include <csto/dataset.hpp>
#include <csto/detail/enum_compare.hpp>
#include <csto/detail/enum_name.hpp>
#include <csto/member_state.hpp>
#include <csto/optional.hpp>
#include <csto/span.hpp>
#include <csto/states.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/logic/tribool.hpp>

#include <cstdint>
#include <string_view>

namespace csto {

namespace detail {
/// The chairmanship table of the built-in release (what the queries below read by default).
template <class Lazy>
inline constexpr Dataset builtin_chairmanship = [] {
    LazyDataset<Lazy> d = no_tables<Lazy>;
    d.chairmanships = data::chairmanships<Lazy>;
    return d;
}();
}  // namespace detail

/// How much the sources say about the chair on a day.
enum class ChairCertainty : std::uint8_t {
    certain,    ///< a chairmanship certainly covers the day
    uncertain,  ///< the day lies inside a chairmanship's imprecise start or end
    unknown,    ///< no source names the chairing state on that day
};

namespace detail {
inline constexpr char chair_certainty_names[] =
    "certain\0"
    "uncertain\0"
    "unknown\0";
inline constexpr char chair_certainty_labels[] =
    "certain\0"
    "uncertain\0"
    "unknown\0";

template <>
inline constexpr EnumTexts enum_texts<ChairCertainty>{chair_certainty_names, sizeof chair_certainty_names,
                                                      chair_certainty_labels, sizeof chair_certainty_labels};
}  // namespace detail

/// The answer of chairing_state_on: never a guess, never taken from "the host chairs its session".
struct ChairAnswer {
    ChairCertainty certainty = ChairCertainty::unknown;
    /// certain: the chairmanship covering the day; uncertain: one whose imprecise bound leaves the
    /// day open; unknown: nullptr.
    const Chairmanship* chairmanship = nullptr;
    /// uncertain: a second chairmanship that may cover the day (an open handover), else nullptr.
    const Chairmanship* other = nullptr;
    /// unknown: the last chairmanship with a certain day before the day asked (its end unknown or
    /// passed), for context; nullptr when there is none.
    const Chairmanship* previous = nullptr;

    /// The chairing state where it is certain; nullopt when uncertain or unknown.
    [[nodiscard]] constexpr Optional<MemberState> state() const noexcept {
        if (!detail::is(certainty, ChairCertainty::certain) || chairmanship == nullptr) return {};
        return chairmanship->state;
    }
};

/// Every chairmanship the sources name, in date order.
/// @complexity O(1). Never throws.
template <class Lazy = void>
[[nodiscard]] constexpr Span<Chairmanship> chairmanships(
    const detail::LazyDataset<Lazy>& data = detail::builtin_chairmanship<Lazy>) noexcept {
    return data.chairmanships;
}

/// Which member state chaired the Organization on day `d`?
/// @param d     any day; a special value (not_a_date_time, +/-infinity) is answered unknown
/// @param data  the release to read (the built-in one by default)
/// @return certain with the chairmanship that covers `d`; uncertain with the chairmanship (and
///         `other`, a second one) whose imprecise start or end leaves `d` open; unknown where no
///         source names the chair that day, with `previous`, the last chairmanship certain before it.
///         The rule that the host state's head chairs a regular session is never used.
/// @complexity O(chairmanships). Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr ChairAnswer chairing_state_on(
    boost::gregorian::date d, const detail::LazyDataset<Lazy>& data = detail::builtin_chairmanship<Lazy>) noexcept {
    ChairAnswer answer;
    if (d.is_special()) return answer;
    for (const Chairmanship& c : data.chairmanships) {
        const boost::logic::tribool covered = c.covers(d);
        if (covered) {
            answer.certainty = ChairCertainty::certain;
            answer.chairmanship = &c;
            answer.other = nullptr;
            answer.previous = nullptr;
            return answer;
        }
        if (boost::logic::indeterminate(covered)) {
            if (answer.chairmanship == nullptr) {
                answer.certainty = ChairCertainty::uncertain;
                answer.chairmanship = &c;
            } else if (answer.other == nullptr) {
                answer.other = &c;
            }
            continue;
        }
        const Chairmanship::CertainDays days = c.certain_days();
        if (days.any && days.last < d.day_number()) answer.previous = &c;
    }
    if (detail::is(answer.certainty, ChairCertainty::uncertain)) answer.previous = nullptr;
    return answer;
}

}  // namespace csto
