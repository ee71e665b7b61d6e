// csto/lean_io.hpp - printing for the light types, at no more compile cost than csto/lean.hpp:
// operator<< and to_string for a tribool, a Boost date, DateRange, MemberState, StateIdentity,
// StateSet, Source, Citation, FieldInference, MembershipStatus (once csto/membership.hpp or
// csto/core.hpp defines it), every csto enum (by its label, to_string_view(), kept beside it),
// and a Span or lazy view of printable elements. csto/io.hpp includes it and prints the rest.
// The operators are templates on the stream's traits, as csto/io.hpp says why; those for a Boost
// date and a tribool too, on the traits alone, so they are more specialized than Boost's own
// templates and win where both are visible.
#pragma once

#include <csto/citation.hpp>
#include <csto/date_range.hpp>
#include <csto/detail/enum_compare.hpp>
#include <csto/detail/filter_view.hpp>
#include <csto/detail/lazy.hpp>
#include <csto/member_state.hpp>
#include <csto/span.hpp>
#include <csto/state_identity.hpp>
#include <csto/state_set.hpp>
#include <csto/states.hpp>  // MemberState::name()

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/logic/tribool.hpp>

#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

// Outside namespace csto on purpose: an unqualified call here finds to_string_view only by
// argument-dependent lookup, so only csto's own enums (not Boost's or the standard library's,
// whose values would convert to a tribool) have a label.
namespace csto_label_detail {
template <class E, class = void>
struct has_label : std::false_type {};
template <class E>
struct has_label<E, std::void_t<decltype(to_string_view(std::declval<E>()))>> : std::is_enum<E> {};
}  // namespace csto_label_detail

namespace csto {

struct MembershipStatus;  // csto/membership.hpp

/// "true", "false" or "indeterminate".
[[nodiscard]] constexpr std::string_view to_string_view(boost::logic::tribool t) noexcept {
    return t ? "true" : (!t ? "false" : "indeterminate");
}
/// "true", "false" or "indeterminate". boost::logic::tribool lives in Boost's namespace, where
/// argument-dependent lookup does not look for csto's operators: write `using csto::operator<<;`
/// before `std::cout << csto::is_member(...)`, or print csto::to_string(t). A template on the
/// traits alone (the characters are char), so it is more specialized than Boost's own
/// (boost/logic/tribool_io.hpp) and chosen where both are visible; and a file compiles its body
/// only where it prints one.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, boost::logic::tribool t) {
    return os << to_string_view(t);
}

/// A csto enum's value by its label ("regular session", "non-renewal", ...); an empty string for a
/// value outside the enum.
template <class E, std::enable_if_t<csto_label_detail::has_label<E>::value, int> = 0>
std::ostream& operator<<(std::ostream& os, E value) {
    return os << to_string_view(value);
}

namespace detail {
// `T`, named through the stream's traits (a Deferred type, as the data's tables are): each
// operator's body below then depends on its template parameter, so a file compiles a body only
// where it prints that type (8 M clang++ instructions in every file that includes csto/io.hpp,
// measured, for its bodies as they were). Traits is deduced from the stream.
template <class T, class Traits>
using Printed = Deferred<T, Traits>;

/// A day of the proleptic Gregorian calendar.
struct CivilDay {
    long year;
    unsigned month;  ///< 1-12
    unsigned day;    ///< 1-31
};

/// The calendar day of an ordinary date, computed from its day number (H. Hinnant's
/// civil_from_days). Unlike date::year_month_day(), which builds Boost's range-checked year,
/// month and day types, it cannot throw, so printing a date pulls in none of Boost's exceptions.
[[nodiscard]] constexpr CivilDay civil_day(boost::gregorian::date d) noexcept {
    constexpr long julian_day_of_1970 = 2440588;  // Boost counts days as Julian day numbers
    const long z = static_cast<long>(d.day_number()) - julian_day_of_1970 + 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const auto day_of_era = static_cast<unsigned long>(z - era * 146097);
    const unsigned long year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const unsigned long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const unsigned long shifted_month = (5 * day_of_year + 2) / 153;  // March = 0
    const auto day = static_cast<unsigned>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
    const auto month = static_cast<unsigned>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
    const long year = static_cast<long>(year_of_era) + era * 400 + (month <= 2 ? 1 : 0);
    return {year, month, day};
}

/// Writes `value` as `width` decimal digits, zero-padded, at `out`; returns the end.
constexpr char* put_padded(char* out, long value, int width) noexcept {
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

/// "YYYY-MM-DD", "YYYY-MM" or "YYYY" (by `precision`: day, month or year) of an ordinary date,
/// into `out`; returns the end.
constexpr char* put_date(char* out, boost::gregorian::date d, Precision precision = Precision::day) noexcept {
    const CivilDay day = civil_day(d);
    out = put_padded(out, day.year, 4);
    if (detail::is(precision, Precision::year)) return out;
    *out++ = '-';
    out = put_padded(out, day.month, 2);
    if (detail::is(precision, Precision::month)) return out;
    *out++ = '-';
    return put_padded(out, day.day, 2);
}

/// Boost's name of a special date value; empty for an ordinary date.
constexpr std::string_view special_name(boost::gregorian::date d) noexcept {
    if (d.is_not_a_date()) return "not-a-date-time";
    if (d.is_pos_infinity()) return "+infinity";
    if (d.is_neg_infinity()) return "-infinity";
    return {};
}

/// Can `const T&` be streamed to a std::ostream (by csto's operators or any found by lookup)?
template <class T, class = void>
struct is_printable : std::false_type {};
template <class T>
struct is_printable<T, std::void_t<decltype(std::declval<std::ostream&>() << std::declval<const T&>())>>
    : std::true_type {};

template <class Range>
void write_list(std::ostream& os, const Range& items) {
    os << '[';
    const char* separator = "";
    for (const auto& item : items) {
        os << separator << item;
        separator = ", ";
    }
    os << ']';
}
}  // namespace detail

/// ISO 8601 "YYYY-MM-DD"; special values print as Boost names them ("not-a-date-time", ...).
template <class Traits>
void write_date(std::basic_ostream<char, Traits>& os, boost::gregorian::date d) {
    if (d.is_special()) {
        os << detail::special_name(d);
        return;
    }
    char text[16] = {};
    const char* const end = detail::put_date(text, d);
    os.write(text, end - text);
}

/// ISO 8601 "YYYY-MM-DD", as write_date. Like the tribool's, found through `using
/// csto::operator<<;` (a Boost date is not a csto type). Boost's own operator<< for dates is in
/// boost/date_time/gregorian/gregorian_io.hpp, which csto does not include (it is heavy); where
/// both are visible, this one, more specialized (char only), is chosen.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, const boost::gregorian::date& d) {
    write_date(os, d);
    return os;
}

/// "1993-12-31" (day), "1999-04" (month), "1993" (year), "2006-06-23..2006-08-16" (range).
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<DateRange, Traits>& r) {
    if (!detail::is(r.precision(), Precision::range)) {
        char text[16] = {};
        const char* const end = detail::put_date(text, r.earliest(), r.precision());
        os.write(text, end - text);
        return os;
    }
    write_date(os, r.earliest());
    os << "..";
    write_date(os, r.latest());
    return os;
}
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<MemberState, Traits>& s) {
    return os << s.name();
}
/// "Armenia (Republic of Armenia, AM/ARM, ISO 051, COW 371)".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<StateIdentity, Traits>& s) {
    char numeric[3];
    detail::put_padded(numeric, s.numeric, 3);
    os << s.name << " (" << s.official_name << ", " << s.alpha2 << '/' << s.alpha3 << ", ISO ";
    os.write(numeric, 3);
    return os << ", COW " << s.cow_code << ')';
}
/// "{Armenia, Belarus}".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<StateSet, Traits>& set) {
    os << '{';
    const char* separator = "";
    for (const auto s : set) {  // typed by the set, so that the body waits for its use
        os << separator << s.name();
        separator = ", ";
    }
    return os << '}';
}
/// "[mfa-by-csto] Ministry of Foreign Affairs of Belarus: page on the CSTO".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<Source, Traits>& s) {
    return os << '[' << s.id << "] " << s.title;
}
/// `[000_6c4e....txt] "quote"` for a seed, `[mfa-by-csto] paraphrase` for a reference, and
/// `[odkb-csto-institute] "words" (reference quote)` for a reference's own words.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<Citation, Traits>& c) {
    os << '[' << (c.source != nullptr ? c.source->id : std::string_view("?")) << "] ";
    if (c.is_verbatim()) return os << '"' << c.text << '"';
    if (c.is_reference_quote()) return os << '"' << c.text << "\" (reference quote)";
    return os << c.text;
}
/// "kind inferred: <how it follows>".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<FieldInference, Traits>& i) {
    return os << to_string_view(i.field) << " inferred: " << i.how;
}
/// "member", "member, participation frozen (past the data's as-of date)". A template only so that
/// this light header need not define MembershipStatus: it prints once csto/membership.hpp (or
/// csto/core.hpp) is included.
template <class Status, std::enable_if_t<std::is_same_v<Status, MembershipStatus>, int> = 0>
std::ostream& operator<<(std::ostream& os, const Status& s) {
    os << to_string_view(s.standing);
    if (s.past_as_of) os << " (past the data's as-of date)";
    return os;
}

/// "[a, b, c]", each element as it prints; "[]" when empty. Only for elements that print.
template <class T, std::enable_if_t<detail::is_printable<T>::value, int> = 0>
std::ostream& operator<<(std::ostream& os, Span<T> items) {
    detail::write_list(os, items);
    return os;
}
/// A lazy view (summits_between, requests_of, institutions_on, ...) as a Span prints: "[a, b]".
template <class T, class Predicate, class Rows, std::enable_if_t<detail::is_printable<T>::value, int> = 0>
std::ostream& operator<<(std::ostream& os, const detail::FilterView<T, Predicate, Rows>& items) {
    detail::write_list(os, items);
    return os;
}

/// Any printable csto value as a string: a Boost date as ISO 8601 "YYYY-MM-DD" (a special value
/// as Boost names it), a tribool as "true", "false" or "indeterminate", the rest as they print.
/// One template, not an overload per type, so that a file compiles only the cases it uses.
template <class T>
[[nodiscard]] std::string to_string(const T& value) {
    using String = detail::Deferred<std::string, T>;  // analysed only where to_string is called
    if constexpr (std::is_same_v<T, boost::gregorian::date>) {
        if (value.is_special()) {
            const std::string_view name = detail::special_name(value);
            return String(name.data(), name.size());
        }
        char text[16];
        return String(text, static_cast<std::size_t>(detail::put_date(text, value) - text));
    } else if constexpr (std::is_same_v<T, boost::logic::tribool>) {
        const std::string_view text = to_string_view(value);
        return String(text.data(), text.size());
    } else {
        std::ostringstream os;
        os << value;
        return os.str();
    }
}

}  // namespace csto
