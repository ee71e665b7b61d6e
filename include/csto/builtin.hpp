// csto/builtin.hpp - builtin(): the release of the facts compiled into the library (data/*.toml,
// compiled by tools/compile_facts.py into csto/data/*.hpp).
#pragma once

#include <csto/articles.hpp>
#include <csto/chairmanships.hpp>
#include <csto/conflicts.hpp>
#include <csto/data/version.hpp>
#include <csto/dataset.hpp>
#include <csto/institutions.hpp>
#include <csto/membership.hpp>
#include <csto/people.hpp>
#include <csto/requests.hpp>
#include <csto/sources.hpp>
#include <csto/states.hpp>
#include <csto/summits.hpp>

namespace csto {

namespace detail {
// Every table: the partial datasets of the queries' headers, joined.
template <class Lazy>
inline constexpr Dataset builtin_dataset = [] {
    LazyDataset<Lazy> d =
        merged<Lazy>(builtin_sources<Lazy>, builtin_states<Lazy>, builtin_membership<Lazy>, builtin_conflicts<Lazy>,
                     builtin_articles<Lazy>, builtin_people<Lazy>, builtin_meetings<Lazy>, builtin_chairmanship<Lazy>,
                     builtin_institutions<Lazy>, builtin_requests<Lazy>);
    d.version = data_version;
    return d;
}();
}  // namespace detail

/// The built-in release of the facts (data_version, as of data_as_of): every query's default.
/// @complexity O(1); a reference to a constexpr value. Never throws.
/// A template (called `builtin()`) so that a file evaluates the release only where a call uses it.
template <class Lazy = void>
[[nodiscard]] constexpr const Dataset& builtin() noexcept {
    return detail::builtin_dataset<Lazy>;
}

}  // namespace csto
