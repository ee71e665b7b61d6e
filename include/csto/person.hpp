// csto/person.hpp - Person: someone the sources name, with every spelling they use.
#pragma once

#include <csto/citation.hpp>
#include <csto/member_state.hpp>
#include <csto/span.hpp>

#include <string_view>

namespace csto {

/// A person named in the sources. One person, however the sources spell the name: `variants`
/// holds every spelling (e.g. "Emomali Rahmon" and "Emomali Rakhmon"), the first being `name`.
struct Person {
    std::string_view name;            ///< the form this library uses
    Span<std::string_view> variants;  ///< every full-name spelling the sources use, `name` first
    MemberState state;                ///< the state the person served
    CitationList sources;             ///< where the spellings appear

    friend constexpr bool operator==(const Person& a, const Person& b) noexcept { return a.name == b.name; }
    friend constexpr bool operator!=(const Person& a, const Person& b) noexcept { return !(a == b); }
};

}  // namespace csto
