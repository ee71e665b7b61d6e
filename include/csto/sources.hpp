// csto/sources.hpp - the documents the data cites: sources() and find_source().
#pragma once

#include <csto/citation.hpp>
#include <csto/data/sources.hpp>
#include <csto/dataset.hpp>
#include <csto/source.hpp>

#include <cstddef>
#include <string_view>

namespace csto {

namespace detail {
template <class Lazy>
inline constexpr Dataset builtin_sources = [] {
    LazyDataset<Lazy> d = no_tables<Lazy>;
    d.sources = data::sources;
    return d;
}();
}  // namespace detail

/// Every document the dataset cites, seeds first.
template <class Lazy = void>
[[nodiscard]] constexpr SourceList sources(
    const detail::LazyDataset<Lazy>& data = detail::builtin_sources<Lazy>) noexcept {
    return data.sources;
}

/// The source with id `id` (a seed's file name, or a reference's id such as "tass-2012-06-28"),
/// or a null SourceRef. Read it as a pointer: `find_source(id)->title`.
/// @complexity O(sources x length). Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr SourceRef find_source(
    std::string_view id, const detail::LazyDataset<Lazy>& data = detail::builtin_sources<Lazy>) noexcept {
    for (std::size_t i = 0; i < data.sources.size(); ++i)
        if (data.sources[i].id == id) return data.sources.ref(i);
    return {};
}

}  // namespace csto
