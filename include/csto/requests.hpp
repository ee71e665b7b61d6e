// csto/requests.hpp - queries over the requests for help and for consultations (Articles 4 and 2
// in practice) and what followed them: all of them, a state's, those under way on a day.
#pragma once

#include <csto/data/requests.hpp>
#include <csto/dataset.hpp>
#include <csto/detail/ascii.hpp>
#include <csto/detail/filter_view.hpp>
#include <csto/request.hpp>
#include <csto/span.hpp>

#include <boost/logic/tribool.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

namespace csto {

namespace detail {
/// The requests of the built-in release (what the queries below read by default).
inline constexpr Dataset builtin_requests = [] {
    Dataset d{};
    d.summits = data::summits;
    d.requests = data::requests;
    return d;
}();

struct RequestOfState {
    std::size_t state_index = 0;  // an index, not a MemberState: a predicate must be default-constructible
    [[nodiscard]] constexpr bool operator()(const Request& r) const noexcept { return r.state.index() == state_index; }
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
/// The requests certainly under way on a day (a forward range of const Request&).
using RequestsUnderWay = detail::FilterView<Request, detail::RequestUnderWay>;

/// Every request for help or for consultations, and the statements kept beside them
/// (Request::is_request() tells them apart), in date order.
/// @complexity O(1). Never throws.
[[nodiscard]] constexpr Span<Request> requests(const Dataset& data = detail::builtin_requests) noexcept {
    return data.requests;
}

/// The requests made by `state`, in date order.
/// @return a lazy view: O(1) to make, O(requests) to iterate. Never throws, never allocates.
[[nodiscard]] constexpr RequestsOfState requests_of(MemberState state,
                                                    const Dataset& data = detail::builtin_requests) noexcept {
    return RequestsOfState(data.requests, detail::RequestOfState{state.index()});
}

/// The requests under way on day `d`: made on or before it, with a step, or a deployment's
/// completed withdrawal, on or after it (Request::under_way_on is true). Left out, as by
/// institutions_on: those whose imprecise date leaves `d` open (ask requests()' under_way_on(d)).
/// Empty for special dates.
/// @return a lazy view: O(1) to make, O(requests x steps) to iterate. Never throws, never allocates.
[[nodiscard]] constexpr RequestsUnderWay requests_on(boost::gregorian::date d,
                                                     const Dataset& data = detail::builtin_requests) noexcept {
    return RequestsUnderWay(data.requests, detail::RequestUnderWay{d});
}

/// The request whose id is `id` (e.g. "2022-01-kazakhstan", case-insensitive), or nullopt.
/// @complexity O(requests x length). Never throws, never allocates.
[[nodiscard]] constexpr std::optional<Request> find_request(std::string_view id,
                                                            const Dataset& data = detail::builtin_requests) noexcept {
    id = detail::trim(id);
    if (id.empty() || id.size() > 100) return std::nullopt;
    for (const Request& r : data.requests)
        if (detail::equals_folded(id, r.id)) return r;
    return std::nullopt;
}

/// Is a deployment of the collective forces on the ground on day `d`? True when some request's
/// deployment certainly is (RequestStep::deployed_on), indeterminate when one may be, else false.
/// @complexity O(requests x steps). Never throws, never allocates.
[[nodiscard]] constexpr boost::logic::tribool forces_deployed_on(
    boost::gregorian::date d, const Dataset& data = detail::builtin_requests) noexcept {
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
