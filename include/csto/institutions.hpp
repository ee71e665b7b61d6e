// csto/institutions.hpp - queries over the Organization's bodies and instruments.
#pragma once

#include <csto/data/institutions.hpp>
#include <csto/dataset.hpp>
#include <csto/detail/ascii.hpp>
#include <csto/institution.hpp>
#include <csto/span.hpp>

#include <optional>
#include <string_view>

namespace csto {

namespace detail {
inline constexpr Dataset builtin_institutions = [] {
    Dataset d{};
    d.institutions = data::institutions;
    return d;
}();
}  // namespace detail

/// Every body, force, operation, strategy, partner and status the sources name.
[[nodiscard]] constexpr Span<Institution> institutions(const Dataset& data = detail::builtin_institutions) noexcept {
    return data.institutions;
}

/// The institution named `name` (case-insensitive), or nullopt.
/// @complexity O(institutions x length). Never throws, never allocates.
[[nodiscard]] constexpr std::optional<Institution> find_institution(
    std::string_view name, const Dataset& data = detail::builtin_institutions) noexcept {
    name = detail::trim(name);
    if (name.empty() || name.size() > 200) return std::nullopt;
    for (const Institution& i : data.institutions)
        if (detail::equals_folded(name, i.name)) return i;
    return std::nullopt;
}

}  // namespace csto
