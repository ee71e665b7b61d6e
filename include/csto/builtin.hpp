// csto/builtin.hpp - builtin(): the release of the facts compiled into the library (data/*.toml,
// compiled by tools/compile_facts.py into csto/data/*.hpp).
#pragma once

#include <csto/article.hpp>
#include <csto/data/articles.hpp>
#include <csto/data/chairmanship.hpp>
#include <csto/data/conflicts.hpp>
#include <csto/data/institutions.hpp>
#include <csto/data/meetings.hpp>
#include <csto/data/membership.hpp>
#include <csto/data/membership_days.hpp>
#include <csto/data/people.hpp>
#include <csto/data/requests.hpp>
#include <csto/data/secretaries_general.hpp>
#include <csto/data/sources.hpp>
#include <csto/data/statements.hpp>
#include <csto/data/states.hpp>
#include <csto/data/treaty.hpp>
#include <csto/data/version.hpp>
#include <csto/dataset.hpp>
#include <csto/lean.hpp>

namespace csto {

namespace detail {
template <class Lazy>
inline constexpr Dataset builtin_dataset = [] {
    LazyDataset<Lazy> d = no_tables<Lazy>;
    d.version = data_version;
    d.as_of = data_as_of;
    d.sources = data::sources;
    d.states = data::states<Lazy>;
    d.state_keys = data::state_keys;
    d.state_key_buckets = data::state_key_buckets;
    d.membership_intervals = data::membership_intervals<Lazy>;
    d.interval_index = data::interval_index<Lazy>;
    d.participation_freezes = data::participation_freezes<Lazy>;
    d.member_listings = data::member_listings<Lazy>;
    d.date_discrepancies = data::date_discrepancies<Lazy>;
    d.conflicts = data::conflicts<Lazy>;
    d.treaty_events = data::treaty_events;
    d.people = data::people_index<Lazy>;
    d.summits = data::summits<Lazy>;
    d.statements = data::statements<Lazy>;
    d.secretary_general_terms = data::secretary_general_terms<Lazy>;
    d.chairmanships = data::chairmanships<Lazy>;
    d.institutions = data::institutions;
    d.articles = data::articles<Lazy>;
    d.requests = data::requests<Lazy>;
    d.treaty_purpose = data::treaty_purpose;
    d.term_first = data::term_first_term;
    d.term_extension = data::term_extension;
    d.term_renewal = data::term_automatic_renewal;
    d.membership_days = builtin_membership_days;
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
