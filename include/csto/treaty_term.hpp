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
}  // namespace detail

/// The machine name of `v` (the data's spelling); empty for a value outside the enum.
[[nodiscard]] constexpr std::string_view enum_name(TermBasis v) noexcept {
    return detail::name_in(detail::term_basis_names, sizeof detail::term_basis_names, static_cast<std::size_t>(v));
}
/// The label of `v` in plain English (what csto/io.hpp prints); empty for a value outside the enum.
[[nodiscard]] constexpr std::string_view to_string_view(TermBasis v) noexcept {
    return detail::name_in(detail::term_basis_labels, sizeof detail::term_basis_labels, static_cast<std::size_t>(v));
}

/// [from, until): `until` is the first day of the next term.
struct TreatyTerm {
    int number;  ///< 1 for the first term
    TermBasis basis;
    DateRange from;
    DateRange until;
    CitationList sources;
};

}  // namespace csto
