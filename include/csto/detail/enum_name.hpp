// csto/detail/enum_name.hpp - name_in: an enumerator's machine name from the table of names kept
// beside its enum (the data's and the JSON export's spelling).
#pragma once

#include <cstddef>
#include <string_view>

namespace csto::detail {

// The tables of names and labels are written "..."sv: the compiler then knows each length, where
// std::string_view("...") makes it count the characters during constant evaluation (in g++ 12,
// some 20,000 instructions per character, in every user's build).
using std::string_view_literals::operator""sv;

/// names[value], or an empty view for a value outside the table (as magic_enum's enum_name).
template <class Enum, std::size_t N>
[[nodiscard]] constexpr std::string_view name_in(const std::string_view (&names)[N], Enum value) noexcept {
    const auto i = static_cast<std::size_t>(value);
    return i < N ? names[i] : std::string_view();
}

}  // namespace csto::detail
