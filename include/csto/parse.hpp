// csto/parse.hpp - opt-in: reading ISO 8601 calendar dates and aggressors from text, without
// exceptions or allocation.
#pragma once

#include <csto/aggressor.hpp>
#include <csto/dataset.hpp>
#include <csto/detail/ascii.hpp>
#include <csto/detail/lazy.hpp>
#include <csto/optional.hpp>
#include <csto/states.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <string_view>

namespace csto {

namespace detail {
// Reads exactly `width` decimal digits at `pos`; -1 if any is not a digit or the text is short.
constexpr int read_digits(std::string_view s, std::size_t pos, std::size_t width) noexcept {
    if (pos + width > s.size()) return -1;
    int value = 0;
    for (std::size_t i = pos; i < pos + width; ++i) {
        if (s[i] < '0' || s[i] > '9') return -1;
        value = value * 10 + (s[i] - '0');
    }
    return value;
}
}  // namespace detail

/// The accepted forms, for error messages.
inline constexpr std::string_view accepted_date_forms = "YYYY-MM-DD or YYYYMMDD (ISO 8601), years 1400-9999";

/// Parses an ISO 8601 calendar date: extended "2010-05-01" or basic "20100501"; surrounding
/// blanks are ignored.
/// @return the date, or nullopt for anything else: wrong shape, month 13, 30 February, a year
///         outside Boost's 1400-9999.
/// @complexity O(length). Never throws, never allocates.
[[nodiscard]] constexpr Optional<boost::gregorian::date> parse_date(std::string_view text) noexcept {
    text = detail::trim(text);
    int year = -1;
    int month = -1;
    int day = -1;
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        year = detail::read_digits(text, 0, 4);
        month = detail::read_digits(text, 5, 2);
        day = detail::read_digits(text, 8, 2);
    } else if (text.size() == 8) {
        year = detail::read_digits(text, 0, 4);
        month = detail::read_digits(text, 4, 2);
        day = detail::read_digits(text, 6, 2);
    } else {
        return {};
    }
    if (year < 1400 || year > 9999 || month < 1 || month > 12 || day < 1) return {};
    const auto y = static_cast<unsigned short>(year);
    const auto m = static_cast<unsigned short>(month);
    if (day > boost::gregorian::gregorian_calendar::end_of_month_day(y, m)) return {};
    return boost::gregorian::date(y, m, static_cast<unsigned short>(day));
}

/// The accepted forms of an aggressor, for error messages.
inline constexpr std::string_view accepted_aggressor_forms =
    "one of the nine states (a name or an ISO 3166-1 code: AZE), any other state by its ISO 3166-1 alpha-2 or "
    "alpha-3 code (AF, AFG), a group of states separated by commas (AZE,TUR), 'non-state' (or "
    "'non-state:DESCRIPTION'), or 'unknown'";

namespace detail {
// One state of an aggressor: one of the nine by any name, or an ISO code's shape.
struct AggressorItem {
    Optional<MemberState> party;
    Optional<IsoCode> code;
};
template <class Lazy = void>
constexpr AggressorItem read_aggressor_item(std::string_view text, const detail::LazyDataset<Lazy>& data) noexcept {
    if (const auto party = find_state(text, data)) return {party, {}};
    const Optional<IsoCode> code = IsoCode::parse(text);
    // find_state reads codes in capitals only; here case does not matter, so "aze" is Azerbaijan.
    if (code) {
        if (const auto party = find_state(code->view(), data)) return {party, {}};
    }
    return {{}, code};
}
}  // namespace detail

/// Reads an aggressor as a question puts it (accepted_aggressor_forms): "Azerbaijan" or "AZE" (one of
/// the nine), "AFG" or "AF" (another state: any two or three ASCII letters are read as an ISO code),
/// "AZE,TUR" (a group of states: two or more, at most Aggressor::max_other_states beyond the nine),
/// "non-state" or "non-state:armed groups" (the description is a view into `text`), "unknown".
/// Case-insensitive; blanks around items are ignored.
/// @return the aggressor, or nullopt for anything else (an empty item, a name that is neither one of
///         the nine nor a code's shape, a state repeated in a group, too many states).
/// @complexity O(length). Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr detail::Deferred<Optional<Aggressor>, Lazy> parse_aggressor(
    std::string_view text, const detail::LazyDataset<Lazy>& data) noexcept {
    text = detail::trim(text);
    if (text.empty() || text.size() > 1000) return {};
    if (detail::equals_folded(text, "unknown")) return Aggressor::unknown();
    constexpr std::string_view non_state = "non-state";
    if (text.size() >= non_state.size() && detail::equals_folded(text.substr(0, non_state.size()), non_state)) {
        const std::string_view rest = text.substr(non_state.size());
        if (rest.empty()) return Aggressor::non_state();
        if (rest.front() != ':' || detail::trim(rest.substr(1)).empty()) return {};
        return Aggressor::non_state(detail::trim(rest.substr(1)));
    }
    if (text.find(',') == std::string_view::npos) {
        const detail::AggressorItem item = detail::read_aggressor_item(text, data);
        if (item.party) return Aggressor(*item.party);
        if (item.code) return Aggressor::other_state(*item.code);
        return {};
    }
    StateSet parties;
    IsoCode others[Aggressor::max_other_states]{};
    std::size_t count = 0;
    std::size_t items = 0;
    while (true) {
        const std::size_t comma = text.find(',');
        const detail::AggressorItem item = detail::read_aggressor_item(text.substr(0, comma), data);
        if (item.party) {
            if (parties.contains(*item.party)) return {};
            parties.insert(*item.party);
        } else if (item.code) {
            for (std::size_t i = 0; i < count; ++i)
                if (others[i] == *item.code) return {};
            if (count == Aggressor::max_other_states) return {};
            others[count++] = *item.code;
        } else {
            return {};
        }
        ++items;
        if (comma == std::string_view::npos) break;
        text = text.substr(comma + 1);
    }
    if (items < 2) return {};
    return Aggressor::group(parties, Span<IsoCode>(others, count));
}
/// The same, reading the built-in dataset's names of the nine (the states' partial dataset, as
/// find_state does). A template (Lazy is never given): only a file that calls it analyses the
/// states' table.
template <class Lazy = void>
[[nodiscard]] constexpr detail::Deferred<Optional<Aggressor>, Lazy> parse_aggressor(std::string_view text) noexcept {
    return parse_aggressor(text, detail::builtin_states<Lazy>);
}

}  // namespace csto
