// csto/summits.hpp - meeting queries: summits, find_summit, representative, statements.
#pragma once

#include <csto/data/meetings.hpp>
#include <csto/data/statements.hpp>
#include <csto/dataset.hpp>
#include <csto/span.hpp>
#include <csto/statement.hpp>
#include <csto/states.hpp>
#include <csto/summit.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace csto {

namespace detail {
/// The meeting tables of the built-in release (what the queries below read by default).
inline constexpr Dataset builtin_meetings = [] {
    Dataset d{};
    d.summits = data::summits;
    d.statements = data::statements;
    return d;
}();
}  // namespace detail

/// Every meeting in the dataset (Council sessions, ministerial councils, the 2017 reception), in
/// date order.
[[nodiscard]] constexpr Span<Summit> summits(const Dataset& data = detail::builtin_meetings) noexcept {
    return data.summits;
}

/// The meetings whose date may fall in [from, to] (a meeting dated by a range is included when
/// the ranges overlap). Empty for special values or from > to.
/// @complexity O(meetings). Never throws, never allocates.
[[nodiscard]] constexpr Span<Summit> summits_between(boost::gregorian::date from, boost::gregorian::date to,
                                                     const Dataset& data = detail::builtin_meetings) noexcept {
    const Span<Summit> all = data.summits;
    if (from.is_special() || to.is_special() || to < from) return {};
    std::size_t first = 0;
    while (first < all.size() && all[first].when().latest() < from) ++first;
    std::size_t last = first;
    while (last < all.size() && !(to < all[last].when().earliest())) ++last;
    return all.subspan(first, last - first);
}

/// Whether a count of meetings includes those only scheduled (MeetingStatus::scheduled).
enum class Scheduled : std::uint8_t { excluded, included };

/// How many meetings (of every body) fall wholly within `year`: held ones, and scheduled ones too
/// when `scheduled` is Scheduled::included. A meeting dated only by a range that crosses the year's
/// bounds is not counted. 0 for a year outside 1400-9999.
/// @complexity O(meetings). Never throws, never allocates.
[[nodiscard]] constexpr std::size_t meeting_count(int year, Scheduled scheduled = Scheduled::excluded,
                                                  const Dataset& data = detail::builtin_meetings) noexcept {
    if (year < 1400 || year > 9999) return 0;
    std::size_t n = 0;
    for (const Summit& s : data.summits)
        if (s.when().earliest().year() == year && s.when().latest().year() == year &&
            (s.held() || scheduled == Scheduled::included))
            ++n;
    return n;
}

/// The Collective Security Council session held on day `d`, or nullopt (also for special values).
/// Ministerial councils and receptions are not Council sessions: find them in summits().
/// @complexity O(meetings). Never throws, never allocates.
[[nodiscard]] constexpr std::optional<Summit> find_summit(boost::gregorian::date d,
                                                          const Dataset& data = detail::builtin_meetings) noexcept {
    if (d.is_special()) return std::nullopt;
    for (const Summit& s : data.summits)
        if (s.body() == MeetingBody::collective_security_council && s.when().is_exact() && s.when().earliest() == d)
            return s;
    return std::nullopt;
}

/// Who represented `state` at `summit`, where a source names them; else nullopt.
/// @complexity O(participants). Never throws, never allocates.
[[nodiscard]] constexpr std::optional<Participant> representative(const Summit& summit,
                                                                  const MemberState& state) noexcept {
    for (const Participant& p : summit.participants())
        if (p.state() == state) return p;
    return std::nullopt;
}

/// Everything the sources quote or report as said at (or before) meetings, by meeting date.
[[nodiscard]] constexpr Span<Statement> statements(const Dataset& data = detail::builtin_meetings) noexcept {
    return data.statements;
}

}  // namespace csto
