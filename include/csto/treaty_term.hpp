// csto/treaty_term.hpp - TreatyTerm: one five-year term of the Treaty.
#pragma once

#include <csto/citation.hpp>
#include <csto/date_range.hpp>
#include <csto/detail/enum_name.hpp>

#include <cstdint>
#include <string_view>

namespace csto {

enum class TermBasis : std::uint8_t {
    first_term,         ///< five years from entry into force (20 April 1994)
    extension,          ///< the 1999 Protocol's extension from 21 April 1999
    automatic_renewal,  ///< each later five-year renewal under the 1999 Protocol
};

namespace detail {
inline constexpr char term_basis_names[] =
    "first_term\0"
    "extension\0"
    "automatic_renewal\0";
inline constexpr char term_basis_labels[] =
    "first term\0"
    "extension\0"
    "automatic renewal\0";

template <>
inline constexpr EnumTexts enum_texts<TermBasis>{term_basis_names, sizeof term_basis_names, term_basis_labels,
                                                 sizeof term_basis_labels};
}  // namespace detail

/// [from, until): `until` is the first day of the next term.
struct TreatyTerm {
    int number;  ///< 1 for the first term
    TermBasis basis;
    DateRange from;
    DateRange until;
    CitationList sources;
};

}  // namespace csto
