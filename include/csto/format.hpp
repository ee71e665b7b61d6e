// csto/format.hpp - opt-in, C++20: std::format for every public csto type that csto/io.hpp prints
// (std::format("{}", state)). The text is io.hpp's; format specs are those of a string. Where the
// standard library has no <format> (libstdc++ before 13, libc++ before 14), this header defines
// nothing and CSTO_HAS_STD_FORMAT stays undefined; csto/fmt.hpp offers the same with {fmt}.
#pragma once

#include <csto/detail/printable.hpp>
#include <csto/io.hpp>

#if __cplusplus >= 202002L && __has_include(<format>)
#include <format>
#endif

#if defined(__cpp_lib_format) && __cpp_lib_format >= 201907L
#define CSTO_HAS_STD_FORMAT 1
#include <string_view>

/// Formats a csto value as csto::to_string() writes it; a string's format specs apply.
template <class T>
requires csto::detail::is_formattable<T>
struct std::formatter<T, char> : std::formatter<std::string_view, char> {
    template <class FormatContext>
    auto format(const T& value, FormatContext& ctx) const {
        return std::formatter<std::string_view, char>::format(csto::to_string(value), ctx);
    }
};
#endif
