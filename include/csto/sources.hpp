// csto/sources.hpp - the documents the data cites: sources() and find_source().
#pragma once

#include <csto/citation.hpp>
#include <csto/data/sources.hpp>
#include <csto/dataset.hpp>
#include <csto/span.hpp>

#include <string_view>

namespace csto {

namespace detail {
inline constexpr Dataset builtin_sources = [] {
    Dataset d = no_tables;
    d.sources = data::sources;
    return d;
}();
}  // namespace detail

/// Every document the dataset cites, seeds first.
[[nodiscard]] constexpr Span<Source> sources(const Dataset& data = detail::builtin_sources) noexcept {
    return data.sources;
}

/// The source with id `id` (a seed's file name, or a reference's id such as "tass-2012-06-28"),
/// or null. Points into the dataset.
/// @complexity O(sources x length). Never throws, never allocates.
[[nodiscard]] constexpr const Source* find_source(std::string_view id,
                                                  const Dataset& data = detail::builtin_sources) noexcept {
    for (const Source& s : data.sources)
        if (s.id == id) return &s;
    return nullptr;
}

}  // namespace csto
