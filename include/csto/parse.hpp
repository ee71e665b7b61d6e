// csto/parse.hpp - opt-in: reading ISO 8601 calendar dates without exceptions or allocation.
#pragma once

#include <csto/detail/ascii.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
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
[[nodiscard]] constexpr std::optional<boost::gregorian::date> parse_date(std::string_view text) noexcept {
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
        return std::nullopt;
    }
    if (year < 1400 || year > 9999 || month < 1 || month > 12 || day < 1) return std::nullopt;
    const auto y = static_cast<unsigned short>(year);
    const auto m = static_cast<unsigned short>(month);
    if (day > boost::gregorian::gregorian_calendar::end_of_month_day(y, m)) return std::nullopt;
    return boost::gregorian::date(y, m, static_cast<unsigned short>(day));
}

}  // namespace csto
