// csto/institutions.hpp - queries over the Organization's bodies and instruments.
#pragma once

#include <csto/data/institutions.hpp>
#include <csto/dataset.hpp>
#include <csto/detail/ascii.hpp>
#include <csto/detail/filter_view.hpp>
#include <csto/detail/lazy.hpp>
#include <csto/institution.hpp>
#include <csto/optional.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <string_view>

namespace csto {

namespace detail {
template <class Lazy>
inline constexpr Dataset builtin_institutions = [] {
    LazyDataset<Lazy> d = no_tables<Lazy>;
    d.institutions = data::institutions;
    return d;
}();

/// Keeps the institutions that certainly existed on `day` (Institution::existed_on is true).
struct ExistedOn {
    boost::gregorian::date day;
    template <class Lazy = void>
    [[nodiscard]] constexpr bool operator()(const Institution& i) const noexcept {
        return static_cast<bool>(lazy<Lazy>(i).existed_on(day));
    }
};
}  // namespace detail

/// The institutions that certainly existed on a day, in the data's order, computed while iterating.
using InstitutionsOn = detail::FilterView<Institution, detail::ExistedOn, InstitutionList>;

/// Every body, force, operation, strategy, partner and status the sources name.
template <class Lazy = void>
[[nodiscard]] constexpr InstitutionList institutions(
    const detail::LazyDataset<Lazy>& data = detail::builtin_institutions<Lazy>) noexcept {
    return data.institutions;
}

/// The institution named `name` (case-insensitive), or nullopt.
/// @complexity O(institutions x length). Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr detail::Deferred<Optional<Institution>, Lazy> find_institution(
    std::string_view name, const detail::LazyDataset<Lazy>& data = detail::builtin_institutions<Lazy>) noexcept {
    name = detail::trim(name);
    if (name.empty() || name.size() > 200) return {};
    for (const Institution& i : data.institutions)
        if (detail::equals_folded(name, i.name)) return i;
    return {};
}

/// Which bodies, forces, operations, plans and statuses existed on day `d`: those whose founding
/// is certainly on or before `d` (Institution::existed_on(d) is true). The founding is the first
/// milestone that is a decision to create it, its creation, the signature of the agreement or
/// protocol creating it, or an operation's first year (MilestoneKind::decided, created,
/// agreement_signed, conducted_since), or else its `since`. Left out: those founded in an
/// imprecise period that contains `d` (indeterminate) and those no source dates.
/// @param d    the day asked about; a special value (not_a_date_time, +/-infinity) gives an empty view
/// @param data the dataset (default: the built-in one); its institution table must outlive the view
/// @returns a lazy view: iterating it tests each institution in turn, allocating nothing
/// @complexity O(1) to make; O(institutions x milestones) to iterate. Never throws.
template <class Lazy = void>
[[nodiscard]] constexpr detail::Deferred<InstitutionsOn, Lazy> institutions_on(
    boost::gregorian::date d, const detail::LazyDataset<Lazy>& data = detail::builtin_institutions<Lazy>) noexcept {
    return InstitutionsOn(data.institutions, detail::ExistedOn{d});
}

}  // namespace csto
