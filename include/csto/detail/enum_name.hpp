// csto/detail/enum_name.hpp - name_in: an enumerator's machine name from the table of names kept
// beside its enum (the data's and the JSON export's spelling).
#pragma once

#include <cstddef>
#include <string_view>

namespace csto::detail {

// The tables of names and labels are one string each, every name followed by "\0": a string
// literal costs the compiler almost nothing to read, where an array of std::string_view costs it
// some 20,000 instructions per element, in every user's build.

/// The `index`-th name of `names` (a table of `size` bytes, every name followed by a '\0'), or an
/// empty view for an index past the last name (as magic_enum's enum_name).
/// @complexity O(size). Never throws.
[[nodiscard]] constexpr std::string_view name_in(const char* names, std::size_t size, std::size_t index) noexcept {
    std::size_t begin = 0;
    for (std::size_t at = 0; at + 1 < size; ++at) {
        if (names[at] != '\0') continue;
        if (index == 0) return std::string_view(names + begin, at - begin);
        --index;
        begin = at + 1;
    }
    return {};
}

}  // namespace csto::detail
