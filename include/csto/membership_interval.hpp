// csto/membership_interval.hpp - MembershipInterval: one continuous stretch of a state's
// membership, with how it began and ended and the sources for both ends.
#pragma once

#include <csto/citation.hpp>
#include <csto/date_range.hpp>
#include <csto/detail/enum_name.hpp>
#include <csto/member_state.hpp>
#include <csto/optional.hpp>

#include <boost/logic/tribool.hpp>

#include <cstdint>
#include <string_view>

namespace csto {

/// How a membership interval began.
enum class StartKind : std::uint8_t {
    signature,             ///< signed the Treaty in Tashkent, 15 May 1992
    accession,             ///< joined the signed Treaty later
    return_to_membership,  ///< came back after an earlier interval ended
};

namespace detail {
inline constexpr char start_kind_names[] =
    "signature\0"
    "accession\0"
    "return\0";
inline constexpr char start_kind_labels[] =
    "signature\0"
    "accession\0"
    "return\0";

template <>
inline constexpr EnumTexts enum_texts<StartKind>{start_kind_names, sizeof start_kind_names, start_kind_labels,
                                                 sizeof start_kind_labels};
}  // namespace detail

/// How a membership interval ended.
enum class EndKind : std::uint8_t {
    non_renewal,  ///< did not sign the extension, so ceased to be a party when the term ran out
    suspension,   ///< suspended its membership (a suspended state is not a member)
    withdrawal,   ///< withdrew (no state has, as of the data's date; kept for completeness)
};

namespace detail {
inline constexpr char end_kind_names[] =
    "non_renewal\0"
    "suspension\0"
    "withdrawal\0";
inline constexpr char end_kind_labels[] =
    "non-renewal\0"
    "suspension\0"
    "withdrawal\0";

template <>
inline constexpr EnumTexts enum_texts<EndKind>{end_kind_names, sizeof end_kind_names, end_kind_labels,
                                               sizeof end_kind_labels};
}  // namespace detail

/// Whether a source states a date outright or the data infers it from what sources do state.
enum class Basis : std::uint8_t {
    stated,    ///< a source gives this date for this fact
    inferred,  ///< derived; `inference` says how
};

namespace detail {
inline constexpr char basis_names[] =
    "stated\0"
    "inferred\0";
inline constexpr char basis_labels[] =
    "stated\0"
    "inferred\0";

template <>
inline constexpr EnumTexts enum_texts<Basis>{basis_names, sizeof basis_names, basis_labels, sizeof basis_labels};
}  // namespace detail

/// The first day of membership.
struct MembershipStart {
    StartKind kind;
    DateRange when;  ///< the first day as a member (a range where sources are imprecise or disagree)
    CitationList sources;
    Basis basis = Basis::stated;
    std::string_view inference = {};  ///< how the date was derived, when basis == inferred
};

/// The end of membership: `when` is the first day the state is no longer a member.
struct MembershipEnd {
    EndKind kind;
    DateRange when;  ///< first day not a member (a range where sources are imprecise or disagree)
    CitationList sources;
    Basis basis = Basis::stated;
    std::string_view inference = {};  ///< how the date was derived, when basis == inferred
};

/// A half-open stretch [start, end) of one state's membership.
struct MembershipInterval {
    MemberState state;
    MembershipStart start;
    Optional<MembershipEnd> end;  ///< nullopt: still a member on the data's as-of date and after

    /// Is the state a member on `d` by this interval? Indeterminate inside an imprecise bound and
    /// for special date values.
    [[nodiscard]] constexpr boost::logic::tribool contains(boost::gregorian::date d) const noexcept {
        if (d.is_special()) return boost::logic::indeterminate;
        const boost::logic::tribool begun = start.when.reached_by(d);
        const boost::logic::tribool ended = end ? end->when.reached_by(d) : boost::logic::tribool(false);
        return begun && !ended;
    }
    /// Is `d` certainly on or after the interval's end (on or after the latest day it may have ended)?
    [[nodiscard]] constexpr bool is_after(boost::gregorian::date d) const noexcept {
        return end.has_value() && !d.is_special() && !(d < end->when.latest());
    }
};

/// Where one state's intervals sit in a dataset's (state-sorted) interval table.
struct IntervalRange {
    std::uint16_t first = 0;  ///< index of its first interval
    std::uint16_t count = 0;  ///< how many it has
};

}  // namespace csto
