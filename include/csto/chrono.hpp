// csto/chrono.hpp - opt-in, C++20: std::chrono calendar dates in and out. Conversions between
// boost::gregorian::date and std::chrono::year_month_day / sys_days, and an overload of every
// query that takes a day for std::chrono::sys_days and std::chrono::year_month_day.
//
// A chrono date that is no valid day (ymd.ok() false) or lies outside Boost's years 1400-9999 is
// read as boost::gregorian::not_a_date_time: each query then gives its documented answer for a
// special date (indeterminate, empty, nullopt), never undefined behaviour.
// Before C++20 (no std::chrono calendar types) the header defines nothing.
#pragma once

#include <csto/csto.hpp>
#include <csto/optional.hpp>

#if __cplusplus >= 202002L

#include <chrono>
#include <concepts>
#include <type_traits>

namespace csto {

/// C++20: a Boost date as a std::chrono calendar date; nullopt for special values.
/// @complexity O(1). Never throws.
[[nodiscard]] constexpr Optional<std::chrono::year_month_day> to_year_month_day(boost::gregorian::date d) noexcept {
    if (d.is_special()) return {};
    const auto ymd = d.year_month_day();
    return std::chrono::year_month_day{std::chrono::year{static_cast<int>(ymd.year)},
                                       std::chrono::month{static_cast<unsigned>(ymd.month)},
                                       std::chrono::day{static_cast<unsigned>(ymd.day)}};
}
/// C++20: a Boost date as std::chrono::sys_days; nullopt for special values.
/// @complexity O(1). Never throws.
[[nodiscard]] constexpr Optional<std::chrono::sys_days> to_sys_days(boost::gregorian::date d) noexcept {
    const auto ymd = to_year_month_day(d);
    if (!ymd) return {};
    return std::chrono::sys_days{*ymd};
}
/// C++20: a std::chrono calendar date as a Boost date; nullopt when it is not a valid day or lies
/// outside Boost's years 1400-9999.
/// @complexity O(1). Never throws.
[[nodiscard]] constexpr Optional<boost::gregorian::date> to_date(std::chrono::year_month_day ymd) noexcept {
    const int year = static_cast<int>(ymd.year());
    if (!ymd.ok() || year < 1400 || year > 9999) return {};
    return boost::gregorian::date(static_cast<unsigned short>(year),
                                  static_cast<unsigned short>(static_cast<unsigned>(ymd.month())),
                                  static_cast<unsigned short>(static_cast<unsigned>(ymd.day())));
}
/// C++20: std::chrono::sys_days as a Boost date (see the year_month_day overload).
[[nodiscard]] constexpr Optional<boost::gregorian::date> to_date(std::chrono::sys_days d) noexcept {
    return to_date(std::chrono::year_month_day{d});
}

/// The std::chrono day types every query accepts besides boost::gregorian::date.
template <class Day>
concept chrono_day = std::same_as<Day, std::chrono::sys_days> || std::same_as<Day, std::chrono::year_month_day>;

namespace detail {
/// The Boost day of a chrono day; not_a_date_time where to_date() has none.
template <chrono_day Day>
[[nodiscard]] constexpr boost::gregorian::date boost_day(Day d) noexcept {
    return to_date(d).value_or(boost::gregorian::date(boost::gregorian::not_a_date_time));
}
}  // namespace detail

// Each overload below answers exactly as the boost::gregorian::date overload of the same name,
// for the day detail::boost_day(d); see that overload for the answer, complexity and guarantees.

template <chrono_day Day>
[[nodiscard]] constexpr boost::logic::tribool is_member(const MemberState& state, Day d,
                                                        const Dataset& data = builtin<std::void_t<Day>>()) noexcept {
    return is_member(state, detail::boost_day(d), data);
}
template <chrono_day Day>
[[nodiscard]] constexpr StateSet members_on(Day d, const Dataset& data = builtin<std::void_t<Day>>()) noexcept {
    return members_on(detail::boost_day(d), data);
}
template <chrono_day Day>
[[nodiscard]] constexpr StateSet indeterminate_members_on(Day d,
                                                          const Dataset& data = builtin<std::void_t<Day>>()) noexcept {
    return indeterminate_members_on(detail::boost_day(d), data);
}
template <chrono_day Day>
[[nodiscard]] constexpr boost::logic::tribool treaty_in_force(
    Day d, const Dataset& data = builtin<std::void_t<Day>>()) noexcept {
    return treaty_in_force(detail::boost_day(d), data);
}
template <chrono_day Day>
[[nodiscard]] constexpr std::string_view organization_name(Day d,
                                                           const Dataset& data = builtin<std::void_t<Day>>()) noexcept {
    return organization_name(detail::boost_day(d), data);
}
template <chrono_day Day>
[[nodiscard]] constexpr MembershipStatus status_on(const MemberState& state, Day d,
                                                   const Dataset& data = builtin<std::void_t<Day>>()) noexcept {
    return status_on(state, detail::boost_day(d), data);
}
template <chrono_day Day>
[[nodiscard]] constexpr Optional<Anniversary> treaty_anniversary(
    Day d, const Dataset& data = builtin<std::void_t<Day>>()) noexcept {
    return treaty_anniversary(detail::boost_day(d), data);
}
template <chrono_day Day>
[[nodiscard]] constexpr Optional<Anniversary> organization_anniversary(
    Day d, const Dataset& data = builtin<std::void_t<Day>>()) noexcept {
    return organization_anniversary(detail::boost_day(d), data);
}
template <chrono_day Day>
[[nodiscard]] constexpr Optional<Article> article(int number, Day d,
                                                  const Dataset& data = builtin<std::void_t<Day>>()) noexcept {
    return article(number, detail::boost_day(d), data);
}
template <chrono_day Day>
[[nodiscard]] constexpr Optional<TreatyTerm> term_on(Day d,
                                                     const Dataset& data = builtin<std::void_t<Day>>()) noexcept {
    return term_on(detail::boost_day(d), data);
}
template <chrono_day Day>
[[nodiscard]] constexpr ChairAnswer chairing_state_on(Day d,
                                                      const Dataset& data = builtin<std::void_t<Day>>()) noexcept {
    return chairing_state_on(detail::boost_day(d), data);
}
template <chrono_day Day>
[[nodiscard]] constexpr CollectiveDefense collective_defense(
    const MemberState& victim, Day when, const Aggressor& aggressor = {},
    const Dataset& data = builtin<std::void_t<Day>>()) noexcept {
    return collective_defense(victim, detail::boost_day(when), aggressor, data);
}
template <chrono_day Day>
[[nodiscard]] constexpr JointConsultations joint_consultations(
    const MemberState& threatened, Day when, const Dataset& data = builtin<std::void_t<Day>>()) noexcept {
    return joint_consultations(threatened, detail::boost_day(when), data);
}
template <chrono_day Day>
[[nodiscard]] constexpr InstitutionsOn institutions_on(Day d,
                                                       const Dataset& data = builtin<std::void_t<Day>>()) noexcept {
    return institutions_on(detail::boost_day(d), data);
}
template <chrono_day Day>
[[nodiscard]] constexpr Optional<SecretaryGeneralTerm> secretary_general_on(
    Day d, const Dataset& data = builtin<std::void_t<Day>>()) noexcept {
    return secretary_general_on(detail::boost_day(d), data);
}
template <chrono_day Day>
[[nodiscard]] constexpr RequestsUnderWay requests_on(Day d,
                                                     const Dataset& data = builtin<std::void_t<Day>>()) noexcept {
    return requests_on(detail::boost_day(d), data);
}
template <chrono_day Day>
[[nodiscard]] constexpr RequestsConcerning requests_concerning(
    MemberState state, Day d, const Dataset& data = builtin<std::void_t<Day>>()) noexcept {
    return requests_concerning(state, detail::boost_day(d), data);
}
template <chrono_day Day>
[[nodiscard]] constexpr boost::logic::tribool forces_deployed_on(
    Day d, const Dataset& data = builtin<std::void_t<Day>>()) noexcept {
    return forces_deployed_on(detail::boost_day(d), data);
}
template <chrono_day From, chrono_day To>
[[nodiscard]] constexpr auto summits_between(From from, To to,
                                             const Dataset& data = builtin<std::void_t<From>>()) noexcept {
    return summits_between(detail::boost_day(from), detail::boost_day(to), data);
}
template <chrono_day Day>
[[nodiscard]] constexpr Optional<Summit> find_summit(Day d,
                                                     const Dataset& data = builtin<std::void_t<Day>>()) noexcept {
    return find_summit(detail::boost_day(d), data);
}

}  // namespace csto
#endif  // C++20
