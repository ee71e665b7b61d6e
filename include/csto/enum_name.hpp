// csto/enum_name.hpp - every enum's machine names, one way: enum_name(v) gives the name kept in a
// table beside the enum (the data's and the JSON export's spelling; empty for a value outside
// the enum, as magic_enum's enum_name), and enum_cast<E>(name) reads it back.
#pragma once

#include <csto/detail/enum_name.hpp>
#include <csto/optional.hpp>

#include <string_view>
#include <type_traits>

namespace csto {

/// The enumerator of `Enum` whose machine name is `name` (exactly: case and spelling as
/// enum_name() gives them), or nullopt. `Enum` is any csto enum; its enum_name() overload is found
/// by argument-dependent lookup, and its enumerators run from 0 without gaps.
/// @complexity O(enumerators x length). Never throws, never allocates.
template <class Enum>
[[nodiscard]] constexpr Optional<Enum> enum_cast(std::string_view name) noexcept {
    static_assert(std::is_enum_v<Enum>, "enum_cast reads csto's enums");
    for (unsigned i = 0; i < 256; ++i) {
        const auto value = static_cast<Enum>(i);
        const std::string_view candidate = enum_name(value);
        if (candidate.empty()) return {};
        if (candidate == name) return value;
    }
    return {};
}

}  // namespace csto
