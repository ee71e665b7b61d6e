// csto/people.hpp - people queries: find_person, secretary_general_on, the Secretaries-General.
#pragma once

#include <csto/data/people.hpp>
#include <csto/data/secretaries_general.hpp>
#include <csto/dataset.hpp>
#include <csto/detail/ascii.hpp>
#include <csto/detail/lazy.hpp>
#include <csto/optional.hpp>
#include <csto/person.hpp>
#include <csto/secretary_general_term.hpp>
#include <csto/span.hpp>
#include <csto/states.hpp>

#include <string_view>

namespace csto {

namespace detail {
/// The people tables of the built-in release (what the queries below read by default).
template <class Lazy>
inline constexpr Dataset builtin_people = [] {
    LazyDataset<Lazy> d = no_tables<Lazy>;
    d.people = data::people_index<Lazy>;
    d.secretary_general_terms = data::secretary_general_terms<Lazy>;
    return d;
}();
}  // namespace detail

/// Everyone the sources name.
template <class Lazy = void>
[[nodiscard]] constexpr Span<const Person*> people(
    const detail::LazyDataset<Lazy>& data = detail::builtin_people<Lazy>) noexcept {
    return data.people;
}

/// Finds a person by any spelling the sources use ("Emomali Rakhmon", "Aleksandr Lukashenko"),
/// case-insensitively, or by surname alone ("Rahmon", "Rakhmon"); a spelling's hashtag marks are
/// optional ("Владимир Путин" finds the "Владимир #Путин" of a tweet).
/// @return the person, or nullopt (empty, unknown, over 64 bytes).
/// @complexity O(people x spellings x length). Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr detail::Deferred<Optional<Person>, Lazy> find_person(
    std::string_view text, const detail::LazyDataset<Lazy>& data = detail::builtin_people<Lazy>) noexcept {
    text = detail::trim(text);
    if (text.empty() || text.size() > 64) return {};
    for (const Person* p : data.people) {
        for (std::string_view spelling : p->variants) {
            const std::size_t space = spelling.rfind(' ');
            const std::string_view surname = space == std::string_view::npos ? spelling : spelling.substr(space + 1);
            constexpr bool skip_hashtags = true;
            if (detail::equals_folded(text, spelling, skip_hashtags) ||
                detail::equals_folded(text, surname, skip_hashtags))
                return *p;
        }
    }
    return {};
}

/// Every Secretary-General's term (acting ones included), in date order.
template <class Lazy = void>
[[nodiscard]] constexpr Span<SecretaryGeneralTerm> secretary_general_terms(
    const detail::LazyDataset<Lazy>& data = detail::builtin_people<Lazy>) noexcept {
    return data.secretary_general_terms;
}

/// Who was Secretary-General (or acting) on day `d`.
/// @return the term; nullopt when nobody certainly held the post: before the post existed (before
///         28 April 2003), inside an imprecise bound (2 November 2018, Khachaturov's last day or
///         Semerikov's first), after the last known term, and for special values.
/// @complexity O(terms). Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr detail::Deferred<Optional<SecretaryGeneralTerm>, Lazy> secretary_general_on(
    boost::gregorian::date d, const detail::LazyDataset<Lazy>& data = detail::builtin_people<Lazy>) noexcept {
    for (const SecretaryGeneralTerm& t : data.secretary_general_terms)
        if (t.in_office(d)) return t;
    return {};
}

}  // namespace csto
