// csto/requests.hpp - queries over the requests for help and for consultations (Articles 4 and 2
// in practice) and what followed them: all of them, a state's, those under way on a day.
#pragma once

#include <csto/data/requests.hpp>
#include <csto/dataset.hpp>
#include <csto/detail/ascii.hpp>
#include <csto/detail/filter_view.hpp>
#include <csto/detail/lazy.hpp>
#include <csto/optional.hpp>
#include <csto/request.hpp>
#include <csto/span.hpp>

#include <boost/logic/tribool.hpp>

#include <cstddef>
#include <string_view>

namespace csto {

namespace detail {
/// The requests of the built-in release (what the queries below read by default).
template <class Lazy>
inline constexpr Dataset builtin_requests = [] {
    LazyDataset<Lazy> d = no_tables<Lazy>;
    d.summits = data::summits<Lazy>;
    d.requests = data::requests<Lazy>;
    return d;
}();

struct RequestOfState {
    std::size_t state_index = 0;  // an index, not a MemberState: a predicate must be default-constructible
    [[nodiscard]] constexpr bool operator()(const Request& r) const noexcept { return r.state.index() == state_index; }
};

// A request concerns a day when the state made it no later than `window` days after that day and
// its record reaches that day or later.
struct RequestConcerning {
    std::size_t state_index = 0;
    long day = 0;  // boost::gregorian::date::day_number(); 0 for a special day (no request kept)
    [[nodiscard]] constexpr bool operator()(const Request& r) const noexcept {
        constexpr long window = 30;
        if (day == 0 || r.state.index() != state_index) return false;
        return static_cast<long>(r.date.earliest().day_number()) <= day + window &&
               static_cast<long>(r.last_day().day_number()) >= day;
    }
};

struct RequestUnderWay {
    boost::gregorian::date day;
    [[nodiscard]] constexpr bool operator()(const Request& r) const noexcept {
        return static_cast<bool>(r.under_way_on(day));
    }
};
}  // namespace detail

/// The requests of one state, in date order (a forward range of const Request&).
using RequestsOfState = detail::FilterView<Request, detail::RequestOfState>;
/// The requests that concern a state around a day (a forward range of const Request&).
using RequestsConcerning = detail::FilterView<Request, detail::RequestConcerning>;
/// The requests certainly under way on a day (a forward range of const Request&).
using RequestsUnderWay = detail::FilterView<Request, detail::RequestUnderWay>;

/// Every request for help or for consultations, and the statements kept beside them
/// (Request::is_request() tells them apart), in date order.
/// @complexity O(1). Never throws.
template <class Lazy = void>
[[nodiscard]] constexpr Span<Request> requests(
    const detail::LazyDataset<Lazy>& data = detail::builtin_requests<Lazy>) noexcept {
    return data.requests;
}

/// The requests made by `state`, in date order.
/// @return a lazy view: O(1) to make, O(requests) to iterate. Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr detail::Deferred<RequestsOfState, Lazy> requests_of(
    MemberState state, const detail::LazyDataset<Lazy>& data = detail::builtin_requests<Lazy>) noexcept {
    return RequestsOfState(data.requests, detail::RequestOfState{state.index()});
}

/// The requests under way on day `d`: made on or before it, with a step, or a deployment's
/// completed withdrawal, on or after it (Request::under_way_on is true). Left out, as by
/// institutions_on: those whose imprecise date leaves `d` open (ask requests()' under_way_on(d)).
/// Empty for special dates.
/// @return a lazy view: O(1) to make, O(requests x steps) to iterate. Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr detail::Deferred<RequestsUnderWay, Lazy> requests_on(
    boost::gregorian::date d, const detail::LazyDataset<Lazy>& data = detail::builtin_requests<Lazy>) noexcept {
    return RequestsUnderWay(data.requests, detail::RequestUnderWay{d});
}

/// The record that concerns `state` around day `d`: the requests (and the statements kept beside
/// them) that `state` made no later than 30 days after `d`, with a record (Request::last_day) that
/// reaches `d` or later. So a request made the day after an attack, or one still under way that
/// day, comes with the attack. Empty for special dates. What collective_defense() and joint_consultations() attach as
/// `record`.
/// @return a lazy view: O(1) to make, O(requests x steps) to iterate. Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr detail::Deferred<RequestsConcerning, Lazy> requests_concerning(
    MemberState state, boost::gregorian::date d,
    const detail::LazyDataset<Lazy>& data = detail::builtin_requests<Lazy>) noexcept {
    return RequestsConcerning(
        data.requests,
        detail::RequestConcerning{state.index(), d.is_special() ? 0L : static_cast<long>(d.day_number())});
}

/// The request whose id is `id` (e.g. "2022-01-kazakhstan", case-insensitive), or nullopt.
/// @complexity O(requests x length). Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr detail::Deferred<Optional<Request>, Lazy> find_request(
    std::string_view id, const detail::LazyDataset<Lazy>& data = detail::builtin_requests<Lazy>) noexcept {
    id = detail::trim(id);
    if (id.empty() || id.size() > 100) return {};
    for (const Request& r : data.requests)
        if (detail::equals_folded(id, r.id)) return r;
    return {};
}

/// Is a deployment of the collective forces on the ground on day `d`? True when some request's
/// deployment certainly is (RequestStep::deployed_on), indeterminate when one may be, else false.
/// @complexity O(requests x steps). Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr boost::logic::tribool forces_deployed_on(
    boost::gregorian::date d, const detail::LazyDataset<Lazy>& data = detail::builtin_requests<Lazy>) noexcept {
    boost::logic::tribool any = false;
    for (const Request& r : data.requests)
        for (const RequestStep& s : r.steps) {
            const boost::logic::tribool on = s.deployed_on(d);
            if (on) return true;
            if (boost::logic::indeterminate(on)) any = boost::logic::indeterminate;
        }
    return any;
}

}  // namespace csto
