// csto/version.hpp - the library's own version (the data's is in data/version.hpp).
#pragma once

#define CSTO_VERSION_MAJOR 0
#define CSTO_VERSION_MINOR 2
#define CSTO_VERSION_PATCH 0
/// MAJOR * 10000 + MINOR * 100 + PATCH, for #if comparisons.
#define CSTO_VERSION (CSTO_VERSION_MAJOR * 10000 + CSTO_VERSION_MINOR * 100 + CSTO_VERSION_PATCH)

#include <csto/data/version.hpp>

#include <string_view>

namespace csto {
inline constexpr std::string_view library_version = std::string_view("0.2.0", 5);
}  // namespace csto
