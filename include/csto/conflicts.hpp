// csto/conflicts.hpp - where the sources disagree: conflicts().
#pragma once

#include <csto/data/conflicts.hpp>
#include <csto/dataset.hpp>
#include <csto/source_conflict.hpp>
#include <csto/span.hpp>

namespace csto {

namespace detail {
template <class Lazy>
inline constexpr Dataset builtin_conflicts = [] {
    LazyDataset<Lazy> d = no_tables<Lazy>;
    d.conflicts = data::conflicts<Lazy>;
    return d;
}();
}  // namespace detail

/// Every disagreement between sources the data resolves one way, with both sides' citations
/// (e.g. seed 002 says Uzbekistan "suspended its membership in 1999"; the data keeps a non-renewal).
template <class Lazy = void>
[[nodiscard]] constexpr Span<SourceConflict> conflicts(
    const detail::LazyDataset<Lazy>& data = detail::builtin_conflicts<Lazy>) noexcept {
    return data.conflicts;
}

}  // namespace csto
