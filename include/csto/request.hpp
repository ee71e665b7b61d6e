// csto/request.hpp - Request: a member state's request for help or for consultations (the
// Treaty's Articles 4 and 2 in practice), and the dated, sourced steps that followed it.
#pragma once

#include <csto/citation.hpp>
#include <csto/date_range.hpp>
#include <csto/detail/encoded.hpp>
#include <csto/detail/enum_compare.hpp>
#include <csto/detail/enum_name.hpp>
#include <csto/detail/lazy.hpp>
#include <csto/member_state.hpp>
#include <csto/optional.hpp>
#include <csto/record_list.hpp>
#include <csto/span.hpp>
#include <csto/state_set.hpp>
#include <csto/summit.hpp>

#include <boost/logic/tribool.hpp>

#include <cstdint>
#include <string_view>

namespace csto {

/// What a state asked for.
enum class RequestKind : std::uint8_t {
    assistance,     ///< help: troops, assistance (Article 4 where stated)
    consultations,  ///< joint consultations (Article 2 where stated)
    statement,      ///< words about asking, which no source shows as a request (kept apart on purpose)
};

/// Whom a request was addressed to; a request may have several (Request::addressed_to).
enum class Addressee : std::uint8_t {
    organization,        ///< the CSTO as such (its Permanent Council, its Secretariat)
    chair,               ///< the state chairing the Organization
    member_states,       ///< the member states or their leaders
    state,               ///< states asked bilaterally (Request::addressed_states)
    un_security_council  ///< the United Nations Security Council
};

/// Every Addressee, in order (for iterating them).
inline constexpr Addressee all_addressees[] = {Addressee::organization, Addressee::chair, Addressee::member_states,
                                               Addressee::state, Addressee::un_security_council};

/// The bit of `a` in Request::addressees.
[[nodiscard]] constexpr std::uint8_t addressee_bit(Addressee a) noexcept {
    return static_cast<std::uint8_t>(1U << static_cast<unsigned>(a));
}

/// What kind of thing followed a request.
enum class StepKind : std::uint8_t {
    meeting,            ///< a body met on it
    decision,           ///< a body decided (RequestStep::body, ::meeting, ::article)
    deployment,         ///< forces were sent (RequestStep::deployment)
    mission,            ///< a mission was sent
    consultations,      ///< consultations were held or asked for
    assessment,         ///< an official's public assessment
    not_done,           ///< what the sources say was not done or not decided
    refusal,            ///< a source says the request was (effectively) declined
    declined_document,  ///< the requesting state declined to sign a document
    treaty_amendment,   ///< the Treaty was amended in response
};

namespace detail {
inline constexpr char request_kind_names[] =
    "assistance\0"
    "consultations\0"
    "statement\0";
inline constexpr char request_kind_labels[] =
    "assistance\0"
    "consultations\0"
    "statement\0";
inline constexpr char addressee_names[] =
    "organization\0"
    "chair\0"
    "member_states\0"
    "state\0"
    "un_security_council\0";
inline constexpr char addressee_labels[] =
    "the Organization\0"
    "the chair\0"
    "the member states\0"
    "states bilaterally\0"
    "the UN Security Council\0";
inline constexpr char step_kind_names[] =
    "meeting\0"
    "decision\0"
    "deployment\0"
    "mission\0"
    "consultations\0"
    "assessment\0"
    "not_done\0"
    "refusal\0"
    "declined_document\0"
    "treaty_amendment\0";
inline constexpr char step_kind_labels[] =
    "meeting\0"
    "decision\0"
    "deployment\0"
    "mission\0"
    "consultations\0"
    "assessment\0"
    "not done\0"
    "refusal\0"
    "document declined\0"
    "Treaty amended\0";
inline constexpr char article_basis_names[] =
    "none_stated\0"
    "stated\0"
    "reported\0";
inline constexpr char article_basis_labels[] =
    "no article stated\0"
    "stated\0"
    "reported\0";
}  // namespace detail

/// The machine names (the data's and the JSON export's spelling); empty for a value outside the enum.
[[nodiscard]] constexpr std::string_view enum_name(RequestKind v) noexcept {
    return detail::name_in(detail::request_kind_names, sizeof detail::request_kind_names, static_cast<std::size_t>(v));
}
/// The label of `v` in plain English (what csto/io.hpp prints); empty for a value outside the enum.
[[nodiscard]] constexpr std::string_view to_string_view(RequestKind v) noexcept {
    return detail::name_in(detail::request_kind_labels, sizeof detail::request_kind_labels,
                           static_cast<std::size_t>(v));
}
[[nodiscard]] constexpr std::string_view enum_name(Addressee v) noexcept {
    return detail::name_in(detail::addressee_names, sizeof detail::addressee_names, static_cast<std::size_t>(v));
}
/// The label of `v` in plain English (what csto/io.hpp prints); empty for a value outside the enum.
[[nodiscard]] constexpr std::string_view to_string_view(Addressee v) noexcept {
    return detail::name_in(detail::addressee_labels, sizeof detail::addressee_labels, static_cast<std::size_t>(v));
}
[[nodiscard]] constexpr std::string_view enum_name(StepKind v) noexcept {
    return detail::name_in(detail::step_kind_names, sizeof detail::step_kind_names, static_cast<std::size_t>(v));
}
/// The label of `v` in plain English (what csto/io.hpp prints); empty for a value outside the enum.
[[nodiscard]] constexpr std::string_view to_string_view(StepKind v) noexcept {
    return detail::name_in(detail::step_kind_labels, sizeof detail::step_kind_labels, static_cast<std::size_t>(v));
}

/// A number of people in a deployment, as a source states it: official figures and press reports
/// are kept apart (`reported`), and "about" is kept (`approximate`).
struct Personnel {
    Optional<MemberState> state;  ///< whose contingent; nullopt: the whole force
    std::uint32_t count = 0;
    bool approximate = false;  ///< the source says "about" / "nearly"
    bool reported = false;     ///< a press report ("reportedly"), not an official figure
    CitationList sources = {};
};

/// A deployment of forces: which, whose units, how many, under whom, and the withdrawal.
struct Deployment {
    std::string_view force;  ///< e.g. "Collective Peacekeeping Forces"
    StateSet contributors;
    Span<Personnel> personnel = {};
    std::string_view commander = {};  ///< as the source names him; empty: no source names one
    Optional<DateRange> withdrawal_began = {};
    Optional<DateRange> withdrawal_completed = {};  ///< the last day of the withdrawal
};

/// One thing that followed a request, dated where a source dates it.
struct RequestStep {
    StepKind kind;
    Optional<DateRange> date;  ///< nullopt: no source read dates it
    std::string_view summary;  ///< what happened, in our words
    Optional<MeetingBody> body = {};
    const Summit* meeting = nullptr;         ///< the meeting in the dataset's summits, where it is one
    std::uint8_t article = 0;                ///< the Treaty article a decision invokes; 0: none stated
    const Deployment* deployment = nullptr;  ///< for StepKind::deployment
    CitationList sources = {};
    Span<FieldInference> inferences = {};

    /// Is a deployment on the ground on day `d` (from its start to its completed withdrawal)?
    /// false for other steps and outside those bounds; indeterminate where an imprecise date leaves
    /// it open, and for special dates. An unknown withdrawal end counts as still deployed.
    /// @complexity O(1). Never throws.
    template <class Lazy = void>
    [[nodiscard]] constexpr boost::logic::tribool deployed_on(boost::gregorian::date d) const noexcept {
        const auto& self = detail::lazy<Lazy>(*this);
        if (!detail::is(self.kind, StepKind::deployment) || self.deployment == nullptr) return false;
        if (d.is_special()) return boost::logic::indeterminate;
        const boost::logic::tribool started =
            self.date ? self.date->reached_by(d) : boost::logic::tribool(boost::logic::indeterminate);
        if (!started) return false;
        if (self.deployment->withdrawal_completed) {
            const auto& last = *self.deployment->withdrawal_completed;  // the withdrawal's last day
            if (last.latest() < d) return false;
            if (last.earliest() < d) return boost::logic::indeterminate;
        }
        return started;
    }

    /// The inference behind `field` of this step, or an empty view when a source states it.
    [[nodiscard]] constexpr std::string_view inference(Field field) const noexcept {
        return inference_of(inferences, field);
    }
};

namespace detail {
/// The built-in requests' steps as bytes (tools/compile_facts.py, requests_hpp), one record of
/// step_record_size bytes each, little-endian, in the fields' order; their texts are the
/// citations' texts:
///   0  kind, 1 byte      1  date (DateRangeFromDays::read), 7 bytes
///   8  summary: text chunk, offset and length (text_at), 2 bytes each
///   14 body: 0 for none, else 1 + the MeetingBody, 1 byte
///   15 meeting: 0 for none, else 1 + its index in `summits`, 2 bytes     17 article, 1 byte
///   18 deployment: 0 for none, else 1 + its index in `deployments`, 2 bytes
///   20 sources, 26 inferences: first in their table, 4 bytes, then count, 2 (list_at)
inline constexpr std::size_t step_record_size = 32;
inline constexpr std::size_t step_records_per_chunk = 2048;  // 64 KB of records a literal

struct StepPool {
    const char* const* records;  ///< chunk k holds records k * step_records_per_chunk on
    const CitationPool* citations;
    const Summit* summits;  ///< the meetings a step names (the dataset's summits)
    const Deployment* deployments;
    const FieldInference* inferences;

    /// Step `row`, decoded. A template (Lazy is never given) so that only a file reading a step
    /// compiles the decoding.
    template <class Lazy = void>
    [[nodiscard]] constexpr RequestStep operator[](std::size_t row) const noexcept {
        const auto r = record_at(lazy<Lazy>(records), row, step_records_per_chunk, step_record_size);
        const auto meeting = read_le(r + 15, 2);
        const auto deployment = read_le(r + 18, 2);
        return {static_cast<StepKind>(r[0]),
                DateRangeFromDays::read(r + 1),
                text_at(citations->texts, r + 8),
                r[14] == 0 ? Optional<MeetingBody>() : Optional<MeetingBody>(static_cast<MeetingBody>(r[14] - 1)),
                meeting == 0 ? nullptr : summits + (meeting - 1),
                static_cast<std::uint8_t>(r[17]),
                deployment == 0 ? nullptr : deployments + (deployment - 1),
                list_at<CitationList>(*citations, r + 20),
                Span<FieldInference>(inferences + read_le(r + 26, 4), static_cast<std::size_t>(read_le(r + 30, 2)))};
    }
};
}  // namespace detail

/// A request's steps: a RecordList (yields each RequestStep by value), converting implicitly from
/// an array of RequestStep or a Span of them.
using StepList = RecordList<RequestStep, detail::StepPool>;

/// How the article a request invokes is known.
enum class ArticleBasis : std::uint8_t {
    none_stated,  ///< no source says the request invoked an article
    stated,       ///< the requesting state's own words name it
    reported,     ///< only a report (an interview, a quoted post) says so
};

[[nodiscard]] constexpr std::string_view enum_name(ArticleBasis v) noexcept {
    return detail::name_in(detail::article_basis_names, sizeof detail::article_basis_names,
                           static_cast<std::size_t>(v));
}
/// The label of `v` in plain English (what csto/io.hpp prints); empty for a value outside the enum.
[[nodiscard]] constexpr std::string_view to_string_view(ArticleBasis v) noexcept {
    return detail::name_in(detail::article_basis_labels, sizeof detail::article_basis_labels,
                           static_cast<std::size_t>(v));
}

/// A member state's request for help or for consultations, and what followed.
struct Request {
    std::string_view id;  ///< e.g. "2022-01-kazakhstan"
    MemberState state;    ///< who asked
    RequestKind kind;
    DateRange date;
    std::uint8_t addressees = 0;  ///< addressee_bit()s
    StateSet addressed_states;    ///< the states asked bilaterally
    std::uint8_t article = 0;     ///< 2 or 4 where known (see article_basis); 0: none stated
    ArticleBasis article_basis = ArticleBasis::none_stated;
    std::string_view summary = {};
    StepList steps = {};  ///< dated steps in date order; undated ones after the step they follow
    CitationList sources = {};
    CitationList remarks = {};
    Span<FieldInference> inferences = {};  ///< how the fields no source states follow (e.g. Field::kind)

    /// The inference behind `field`, or an empty view when a source states it.
    [[nodiscard]] constexpr std::string_view inference(Field field) const noexcept {
        return inference_of(inferences, field);
    }

    /// Was the request addressed to `a`?
    [[nodiscard]] constexpr bool addressed_to(Addressee a) const noexcept {
        return (addressees & addressee_bit(a)) != 0;
    }
    /// True for a request proper; false for a statement kept beside them (RequestKind::statement).
    [[nodiscard]] constexpr bool is_request() const noexcept { return !detail::is(kind, RequestKind::statement); }

    /// The last day the record of this request reaches: its latest dated step's latest day, or the
    /// completed withdrawal of a deployment, whichever is later (the request's own day if none).
    template <class Lazy = void>
    [[nodiscard]] constexpr boost::gregorian::date last_day() const noexcept {
        boost::gregorian::date last = date.latest();
        for (const auto& s : detail::lazy<Lazy>(steps)) {
            if (s.date && last < s.date->latest()) last = s.date->latest();
            if (s.deployment && s.deployment->withdrawal_completed &&
                last < s.deployment->withdrawal_completed->latest())
                last = s.deployment->withdrawal_completed->latest();
        }
        return last;
    }

    /// Is the request under way on day `d`: from the day it was made to last_day(), both included?
    /// Indeterminate where the request's own date is imprecise and `d` falls inside it, and for
    /// special dates. @complexity O(steps). Never throws.
    template <class Lazy = void>
    [[nodiscard]] constexpr boost::logic::tribool under_way_on(boost::gregorian::date d) const noexcept {
        if (d.is_special()) return boost::logic::indeterminate;
        if (last_day<Lazy>() < d) return false;
        return date.reached_by(d);
    }

    /// The deployment among the steps, or nullopt when none was sent.
    template <class Lazy = void>
    [[nodiscard]] constexpr Optional<RequestStep> deployment_step() const noexcept {
        for (const auto& s : detail::lazy<Lazy>(steps))
            if (detail::is(s.kind, StepKind::deployment)) return s;
        return {};
    }
};

namespace detail {
/// The built-in requests as bytes (tools/compile_facts.py, requests_hpp), one record of
/// request_record_size bytes each, little-endian, in the fields' order; their texts are the
/// citations' texts:
///   0  id: text chunk, offset and length (text_at), 2 bytes each    6  state's index, 7  kind, 1 byte each
///   8  date (DateRangeFromDays::read), 7 bytes    15 addressees, 1 byte    16 addressed states' bits, 2 bytes
///   18 article, 19 article basis, 1 byte each     20 summary, as id
///   26 steps, 32 sources, 38 remarks, 44 inferences: first in their table, 4 bytes, then count, 2 (list_at)
inline constexpr std::size_t request_record_size = 50;
inline constexpr std::size_t request_records_per_chunk = 1024;  // 50 KB of records a literal

struct RequestPool {
    const char* const* records;  ///< chunk k holds records k * request_records_per_chunk on
    const CitationPool* citations;
    StepPool steps;
    const FieldInference* inferences;

    /// Request `row`, decoded. A template (Lazy is never given) so that only a file reading a
    /// request compiles the decoding.
    template <class Lazy = void>
    [[nodiscard]] constexpr Request operator[](std::size_t row) const noexcept {
        const auto r = record_at(lazy<Lazy>(records), row, request_records_per_chunk, request_record_size);
        return {text_at(citations->texts, r),
                member_states[static_cast<unsigned char>(r[6])],
                static_cast<RequestKind>(r[7]),
                *DateRangeFromDays::read(r + 8),
                static_cast<std::uint8_t>(r[15]),
                StateSet::from_bits(static_cast<unsigned>(read_le(r + 16, 2))),
                static_cast<std::uint8_t>(r[18]),
                static_cast<ArticleBasis>(r[19]),
                text_at(citations->texts, r + 20),
                list_at<StepList>(steps, r + 26),
                list_at<CitationList>(*citations, r + 32),
                list_at<CitationList>(*citations, r + 38),
                Span<FieldInference>(inferences + read_le(r + 44, 4), static_cast<std::size_t>(read_le(r + 48, 2)))};
    }
};
}  // namespace detail

/// The requests of a dataset: a RecordList (yields each Request by value), converting implicitly
/// from an array of Request or a Span of them.
using RequestList = RecordList<Request, detail::RequestPool>;

}  // namespace csto
