// csto/people.hpp - people queries: find_person, secretary_general_on, the Secretaries-General.
#pragma once

#include <csto/data/people.hpp>
#include <csto/data/secretaries_general.hpp>
#include <csto/detail/ascii.hpp>
#include <csto/person.hpp>
#include <csto/secretary_general_term.hpp>
#include <csto/span.hpp>

#include <optional>
#include <string_view>

namespace csto {

/// Everyone the sources name.
[[nodiscard]] constexpr Span<const Person*> people() noexcept { return data::people::all; }

/// Finds a person by any spelling the sources use ("Emomali Rakhmon", "Aleksandr Lukashenko"),
/// case-insensitively, or by surname alone ("Rahmon", "Rakhmon").
/// @return the person, or nullopt (empty, unknown, over 64 bytes).
/// @complexity O(people x spellings x length). Never throws, never allocates.
[[nodiscard]] constexpr std::optional<Person> find_person(std::string_view text) noexcept {
    text = detail::trim(text);
    if (text.empty() || text.size() > 64) return std::nullopt;
    for (const Person* p : people()) {
        for (std::string_view spelling : p->variants) {
            const std::size_t space = spelling.rfind(' ');
            const std::string_view surname = space == std::string_view::npos ? spelling : spelling.substr(space + 1);
            if (detail::equals_folded(text, spelling) || detail::equals_folded(text, surname)) return *p;
        }
    }
    return std::nullopt;
}

/// Every Secretary-General's term (acting ones included), in date order.
[[nodiscard]] constexpr Span<SecretaryGeneralTerm> secretary_general_terms() noexcept {
    return data::secretary_general_terms;
}

/// Who was Secretary-General (or acting) on day `d`.
/// @return the term; nullopt before the post existed, inside an imprecise bound (Bordyuzha's
///         start in 2003), after the last known term, and for special values.
/// @complexity O(terms). Never throws, never allocates.
[[nodiscard]] constexpr std::optional<SecretaryGeneralTerm> secretary_general_on(boost::gregorian::date d) noexcept {
    for (const SecretaryGeneralTerm& t : secretary_general_terms())
        if (t.in_office(d)) return t;
    return std::nullopt;
}

}  // namespace csto
