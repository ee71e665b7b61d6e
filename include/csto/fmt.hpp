// csto/fmt.hpp - opt-in: {fmt} formatting for every public csto type that csto/io.hpp prints
// (fmt::format("{}", state), fmt::print("{}\n", assessment)). The text is io.hpp's; format specs
// are those of a string ("{:>12}"). Needs {fmt} 9 or later (Debian: libfmt-dev).
#pragma once

#include <csto/detail/printable.hpp>
#include <csto/io.hpp>

#include <fmt/format.h>

#include <type_traits>

/// Formats a csto value as csto::to_string() writes it; a string's format specs apply.
template <class T>
struct fmt::formatter<T, char, std::enable_if_t<csto::detail::is_formattable<T>>> : fmt::formatter<fmt::string_view> {
    template <class FormatContext>
    auto format(const T& value, FormatContext& ctx) const {
        return fmt::formatter<fmt::string_view>::format(csto::to_string(value), ctx);
    }
};
