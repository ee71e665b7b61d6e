// csto/request.hpp - Request: a member state's request for help or for consultations (the
// Treaty's Articles 4 and 2 in practice), and the dated, sourced steps that followed it.
#pragma once

#include <csto/citation.hpp>
#include <csto/date_range.hpp>
#include <csto/detail/enum_compare.hpp>
#include <csto/detail/enum_name.hpp>
#include <csto/member_state.hpp>
#include <csto/optional.hpp>
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

template <>
inline constexpr EnumTexts enum_texts<RequestKind>{request_kind_names, sizeof request_kind_names, request_kind_labels,
                                                   sizeof request_kind_labels};
template <>
inline constexpr EnumTexts enum_texts<Addressee>{addressee_names, sizeof addressee_names, addressee_labels,
                                                 sizeof addressee_labels};
template <>
inline constexpr EnumTexts enum_texts<StepKind>{step_kind_names, sizeof step_kind_names, step_kind_labels,
                                                sizeof step_kind_labels};
}  // namespace detail

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
    SummitRef meeting = {};    ///< the meeting in the dataset's summits, where it is one (reads as a pointer)
    std::uint8_t article = 0;  ///< the Treaty article a decision invokes; 0: none stated
    const Deployment* deployment = nullptr;  ///< for StepKind::deployment
    CitationList sources = {};
    Span<FieldInference> inferences = {};

    /// Is a deployment on the ground on day `d` (from its start to its completed withdrawal)?
    /// false for other steps and outside those bounds; indeterminate where an imprecise date leaves
    /// it open, and for special dates. An unknown withdrawal end counts as still deployed.
    /// @complexity O(1). Never throws.
    [[nodiscard]] constexpr boost::logic::tribool deployed_on(boost::gregorian::date d) const noexcept {
        if (!detail::is(kind, StepKind::deployment) || deployment == nullptr) return false;
        if (d.is_special()) return boost::logic::indeterminate;
        const boost::logic::tribool started =
            date ? date->reached_by(d) : boost::logic::tribool(boost::logic::indeterminate);
        if (!started) return false;
        if (deployment->withdrawal_completed) {
            const DateRange& last = *deployment->withdrawal_completed;  // the withdrawal's last day
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

/// How the article a request invokes is known.
enum class ArticleBasis : std::uint8_t {
    none_stated,  ///< no source says the request invoked an article
    stated,       ///< the requesting state's own words name it
    reported,     ///< only a report (an interview, a quoted post) says so
};

namespace detail {
template <>
inline constexpr EnumTexts enum_texts<ArticleBasis>{article_basis_names, sizeof article_basis_names,
                                                    article_basis_labels, sizeof article_basis_labels};
}  // namespace detail

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
    Span<RequestStep> steps = {};  ///< dated steps in date order; undated ones after the step they follow
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
    [[nodiscard]] constexpr boost::gregorian::date last_day() const noexcept {
        boost::gregorian::date last = date.latest();
        for (const RequestStep& s : steps) {
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
    [[nodiscard]] constexpr boost::logic::tribool under_way_on(boost::gregorian::date d) const noexcept {
        if (d.is_special()) return boost::logic::indeterminate;
        if (last_day() < d) return false;
        return date.reached_by(d);
    }

    /// The deployment among the steps, or nullptr when none was sent.
    [[nodiscard]] constexpr const RequestStep* deployment_step() const noexcept {
        for (const RequestStep& s : steps)
            if (detail::is(s.kind, StepKind::deployment)) return &s;
        return nullptr;
    }
};

}  // namespace csto
