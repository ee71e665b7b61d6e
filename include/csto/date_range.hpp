// csto/date_range.hpp - a date known only to lie in [earliest, latest].
#pragma once

#include <csto/detail/encoded.hpp>
#include <csto/detail/enum_compare.hpp>
#include <csto/detail/enum_name.hpp>
#include <csto/detail/invalid_argument.hpp>
#include <csto/optional.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/logic/tribool.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>  // also declares std::hash

#if __cplusplus >= 202002L
#include <compare>
#endif

namespace csto {

namespace detail {
constexpr bool is_leap_year(int y) noexcept { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }
constexpr int days_in_month(int y, int m) noexcept {
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap_year(y) ? 29 : days[m - 1];
}
/// A Boost date from year, month and day, computed directly (H. Hinnant's days_from_civil) rather
/// than through Boost's checked constructor: the data's many dates then cost little to compile.
/// For a day that does not exist or a year outside Boost's 1400-9999: a compile error in a
/// constexpr table; at run time std::invalid_argument, or std::abort() in a build without
/// exceptions (see detail::invalid_argument).
constexpr boost::gregorian::date make_date(int y, int m, int d) {
    if (y < 1400 || y > 9999 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) {
        detail::invalid_argument("csto: no such day (years 1400-9999, months 1-12, days within the month)");
    }
    const int shifted_year = m <= 2 ? y - 1 : y;
    const int era = shifted_year / 400;
    const int year_of_era = shifted_year - era * 400;
    const int day_of_year = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    const long days_since_1970 = static_cast<long>(era) * 146097 + day_of_era - 719468;
    constexpr long julian_day_of_1970 = 2440588;  // Boost counts days as Julian day numbers
    return boost::gregorian::date(
        static_cast<boost::gregorian::date::date_int_type>(days_since_1970 + julian_day_of_1970));
}
}  // namespace detail

/// How precisely a source dates a fact.
enum class Precision : std::uint8_t {
    day,    ///< one known day
    month,  ///< a month is known, not the day
    year,   ///< a year is known, not the month
    range,  ///< sources disagree or a fact is derived: somewhere between two days
};

namespace detail {
inline constexpr char precision_names[] =
    "day\0"
    "month\0"
    "year\0"
    "range\0";
inline constexpr char precision_labels[] =
    "day\0"
    "month\0"
    "year\0"
    "range\0";

template <>
inline constexpr EnumTexts enum_texts<Precision>{precision_names, sizeof precision_names, precision_labels,
                                                 sizeof precision_labels};
}  // namespace detail

namespace detail {
struct DateRangeFromDays;
}  // namespace detail

/// A date carrying its precision: every fact in the data is dated by one. A day-precise date is
/// the range [d, d]. Queries compare a day against it and answer true or false outside the range
/// and indeterminate inside it, which is how imprecise sources become indeterminate answers.
class DateRange {
public:
    using date = boost::gregorian::date;

    /// A single known day. An impossible day (e.g. 30 February) fails to compile in a constexpr
    /// table; at run time it throws std::invalid_argument, or, in a build without exceptions
    /// (-fno-exceptions), writes the reason to stderr and calls std::abort().
    [[nodiscard]] static constexpr DateRange on(int year, int month, int day) {
        const date d = detail::make_date(year, month, day);
        return DateRange(d, d, Precision::day);
    }
    /// The single day `d`, which must be an ordinary day (not a special value).
    [[nodiscard]] static constexpr DateRange on(date d) noexcept { return DateRange(d, d, Precision::day); }
    /// Some day of a known month.
    [[nodiscard]] static constexpr DateRange in_month(int year, int month) {
        const date first = detail::make_date(year, month, 1);
        return DateRange(first, detail::make_date(year, month, detail::days_in_month(year, month)), Precision::month);
    }
    /// Some day of a known year.
    [[nodiscard]] static constexpr DateRange in_year(int year) {
        return DateRange(detail::make_date(year, 1, 1), detail::make_date(year, 12, 31), Precision::year);
    }
    /// Some day between two known days, both included. When `last` precedes `first` or either is
    /// a special value: a compile error in a constexpr table; at run time std::invalid_argument,
    /// or std::abort() (after the reason on stderr) in a build without exceptions.
    [[nodiscard]] static constexpr DateRange between(date first, date last) {
        if (first.is_special() || last.is_special() || last < first) {
            detail::invalid_argument("csto::DateRange::between: need two ordinary days, first <= last");
        }
        return DateRange(first, last, first == last ? Precision::day : Precision::range);
    }

    [[nodiscard]] constexpr date earliest() const noexcept { return date(date::date_int_type{earliest_}); }
    [[nodiscard]] constexpr date latest() const noexcept { return date(date::date_int_type{latest_}); }
    [[nodiscard]] constexpr Precision precision() const noexcept { return precision_; }
    /// True when the range is one day.
    [[nodiscard]] constexpr bool is_exact() const noexcept { return earliest_ == latest_; }

    /// Is `d` inside the range? False for special values.
    [[nodiscard]] constexpr bool contains(date d) const noexcept {
        return !d.is_special() && earliest_ <= d.day_number() && d.day_number() <= latest_;
    }
    /// Does this range contain all of `other` (is `other` a refinement of this)?
    [[nodiscard]] constexpr bool contains(const DateRange& other) const noexcept {
        return !(other.earliest_ < earliest_) && !(latest_ < other.latest_);
    }
    /// Do the two ranges share at least one day?
    [[nodiscard]] constexpr bool overlaps(const DateRange& other) const noexcept {
        return !(other.latest_ < earliest_) && !(latest_ < other.earliest_);
    }

    /// Has the dated moment happened by day `d` (on or before it)? True from `latest()` on,
    /// false before `earliest()`, indeterminate in between and for special values.
    [[nodiscard]] constexpr boost::logic::tribool reached_by(date d) const noexcept {
        if (d.is_special()) return boost::logic::indeterminate;
        if (d.day_number() < earliest_) return false;
        if (d.day_number() < latest_) return boost::logic::indeterminate;
        return true;
    }

    friend constexpr bool operator==(const DateRange& a, const DateRange& b) noexcept {
        return a.earliest_ == b.earliest_ && a.latest_ == b.latest_ && detail::is(a.precision_, b.precision_);
    }
    friend constexpr bool operator!=(const DateRange& a, const DateRange& b) noexcept { return !(a == b); }
#if __cplusplus >= 202002L
    /// C++20: a total order: by earliest day, then latest day, then precision (consistent with ==).
    friend constexpr std::strong_ordering operator<=>(const DateRange& a, const DateRange& b) noexcept {
        if (a.earliest_ != b.earliest_)
            return a.earliest_ < b.earliest_ ? std::strong_ordering::less : std::strong_ordering::greater;
        if (a.latest_ != b.latest_)
            return a.latest_ < b.latest_ ? std::strong_ordering::less : std::strong_ordering::greater;
        return a.precision_ <=> b.precision_;
    }
#endif

private:
    friend struct detail::DateRangeFromDays;
    constexpr DateRange(date earliest, date latest, Precision precision) noexcept
        : DateRange(earliest.day_number(), latest.day_number(), precision) {}
    constexpr DateRange(std::uint32_t earliest, std::uint32_t latest, Precision precision) noexcept
        : earliest_(earliest), latest_(latest), precision_(precision) {}

    // Day numbers (Julian, as Boost counts), not Boost dates: a table's row then constructs no
    // Boost date when it compiles (some 60,000 instructions a date, in every user's build).
    std::uint32_t earliest_;
    std::uint32_t latest_;
    Precision precision_;
};

namespace detail {
/// A DateRange from the data compiler's day numbers (Julian day numbers, as Boost counts), which
/// it has checked, with the precision it checked: the generated tables and the encoded records
/// are written this way, so that no user's build checks a calendar again.
struct DateRangeFromDays {
    [[nodiscard]] static constexpr DateRange make(std::uint32_t earliest, std::uint32_t latest,
                                                  Precision precision) noexcept {
        return DateRange(earliest, latest, precision);
    }
    /// The same, for an optional field: made here, so that a table's row names its type exactly
    /// and the compiler does not resolve Optional's constructors for every row.
    [[nodiscard]] static constexpr Optional<DateRange> known(std::uint32_t earliest, std::uint32_t latest,
                                                             Precision precision) noexcept {
        return Optional<DateRange>(make(earliest, latest, precision));
    }
    /// The date an encoded record holds at `at` (7 bytes, little-endian): 1 + its Precision (0 for
    /// no date), 1 byte; its earliest day, 4 bytes; its latest day - the earliest, 2 bytes.
    [[nodiscard]] static constexpr Optional<DateRange> read(const char* at) noexcept {
        if (at[0] == 0) return {};
        return read_known(at);
    }
    /// The same, for a date the record always holds (its first byte is not 0): made directly,
    /// not through an Optional, which the compiled decoder would build and read back in memory.
    [[nodiscard]] static constexpr DateRange read_known(const char* at) noexcept {
        const auto earliest = static_cast<std::uint32_t>(read_le(at + 1, 4));
        return make(earliest, earliest + static_cast<std::uint32_t>(read_le(at + 5, 2)),
                    static_cast<Precision>(at[0] - 1));
    }
};
}  // namespace detail

}  // namespace csto

namespace std {
/// Hashes a DateRange by its days and precision (for unordered containers).
template <>
struct hash<csto::DateRange> {
    [[nodiscard]] std::size_t operator()(const csto::DateRange& r) const noexcept {
        std::size_t h = static_cast<std::size_t>(r.earliest().day_number());
        h = h * 1000003U ^ static_cast<std::size_t>(r.latest().day_number());
        return h * 31U ^ static_cast<std::size_t>(r.precision());
    }
};
}  // namespace std
