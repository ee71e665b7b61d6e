// csto/summit.hpp - Summit: a meeting of the Organization's bodies or leaders, with where, how,
// who, what was adopted and what the sources say of it.
#pragma once

#include <csto/citation.hpp>
#include <csto/date_range.hpp>
#include <csto/detail/enum_name.hpp>
#include <csto/optional.hpp>
#include <csto/participant.hpp>
#include <csto/person.hpp>
#include <csto/span.hpp>
#include <csto/state_set.hpp>

#include <cstdint>
#include <string_view>

namespace csto {

/// How a meeting was held.
enum class SummitFormat : std::uint8_t {
    in_person,
    video_conference,
    hybrid,
    informal,
    unknown,  ///< no source says how the meeting was held
};

/// What kind of meeting it was.
enum class SummitKind : std::uint8_t {
    regular_session,        ///< a regular session of a council
    extraordinary_session,  ///< an extraordinary session, called for a crisis
    anniversary_summit,     ///< a leaders' summit marking an anniversary
    informal_summit,        ///< an informal meeting of the leaders
    ministerial_meeting,    ///< a council of ministers
    reception,              ///< a solemn reception
};

/// Which body met.
enum class MeetingBody : std::uint8_t {
    collective_security_council,  ///< the heads of state (Treaty, Article 3)
    council_of_foreign_ministers,
    council_of_defense_ministers,
    permanent_council,                          ///< the member states' permanent representatives
    organization,                               ///< the Organization as a whole (e.g. a reception)
    committee_of_security_council_secretaries,  ///< the secretaries of the member states' security councils
};

/// Whether a meeting took place, as of the data's as-of date.
enum class MeetingStatus : std::uint8_t {
    held,       ///< the sources report it as held
    scheduled,  ///< announced for a day after the sources end: not confirmed as held
};

/// The machine names of the meeting enums (the data's and the JSON export's spelling): empty for a
/// value outside the enum.
namespace detail {
inline constexpr char summit_format_names[] =
    "in_person\0"
    "video_conference\0"
    "hybrid\0"
    "informal\0"
    "unknown\0";
inline constexpr char summit_format_labels[] =
    "in person\0"
    "video conference\0"
    "hybrid\0"
    "informal\0"
    "format not known\0";
inline constexpr char summit_kind_names[] =
    "regular_session\0"
    "extraordinary_session\0"
    "anniversary_summit\0"
    "informal_summit\0"
    "ministerial_meeting\0"
    "reception\0";
inline constexpr char summit_kind_labels[] =
    "regular session\0"
    "extraordinary session\0"
    "anniversary summit\0"
    "informal summit\0"
    "ministerial meeting\0"
    "reception\0";
inline constexpr char meeting_body_names[] =
    "collective_security_council\0"
    "council_of_foreign_ministers\0"
    "council_of_defense_ministers\0"
    "permanent_council\0"
    "organization\0"
    "committee_of_security_council_secretaries\0";
inline constexpr char meeting_body_labels[] =
    "Collective Security Council\0"
    "Council of Foreign Ministers\0"
    "Council of Ministers of Defense\0"
    "Permanent Council\0"
    "the Organization\0"
    "Committee of Secretaries of Security Councils\0";
inline constexpr char meeting_status_names[] =
    "held\0"
    "scheduled\0";
inline constexpr char meeting_status_labels[] =
    "held\0"
    "scheduled\0";
}  // namespace detail
[[nodiscard]] constexpr std::string_view enum_name(SummitFormat v) noexcept {
    return detail::name_in(detail::summit_format_names, sizeof detail::summit_format_names,
                           static_cast<std::size_t>(v));
}
/// The label of `v` in plain English (what csto/io.hpp prints); empty for a value outside the enum.
[[nodiscard]] constexpr std::string_view to_string_view(SummitFormat v) noexcept {
    return detail::name_in(detail::summit_format_labels, sizeof detail::summit_format_labels,
                           static_cast<std::size_t>(v));
}
[[nodiscard]] constexpr std::string_view enum_name(SummitKind v) noexcept {
    return detail::name_in(detail::summit_kind_names, sizeof detail::summit_kind_names, static_cast<std::size_t>(v));
}
/// The label of `v` in plain English (what csto/io.hpp prints); empty for a value outside the enum.
[[nodiscard]] constexpr std::string_view to_string_view(SummitKind v) noexcept {
    return detail::name_in(detail::summit_kind_labels, sizeof detail::summit_kind_labels, static_cast<std::size_t>(v));
}
[[nodiscard]] constexpr std::string_view enum_name(MeetingBody v) noexcept {
    return detail::name_in(detail::meeting_body_names, sizeof detail::meeting_body_names, static_cast<std::size_t>(v));
}
/// The label of `v` in plain English (what csto/io.hpp prints); empty for a value outside the enum.
[[nodiscard]] constexpr std::string_view to_string_view(MeetingBody v) noexcept {
    return detail::name_in(detail::meeting_body_labels, sizeof detail::meeting_body_labels,
                           static_cast<std::size_t>(v));
}
[[nodiscard]] constexpr std::string_view enum_name(MeetingStatus v) noexcept {
    return detail::name_in(detail::meeting_status_names, sizeof detail::meeting_status_names,
                           static_cast<std::size_t>(v));
}
/// The label of `v` in plain English (what csto/io.hpp prints); empty for a value outside the enum.
[[nodiscard]] constexpr std::string_view to_string_view(MeetingStatus v) noexcept {
    return detail::name_in(detail::meeting_status_labels, sizeof detail::meeting_status_labels,
                           static_cast<std::size_t>(v));
}

/// What a document adopted at a meeting is.
enum class DocumentKind : std::uint8_t { declaration, statement, plan, strategy, decision };

namespace detail {
inline constexpr char document_kind_names[] =
    "declaration\0"
    "statement\0"
    "plan\0"
    "strategy\0"
    "decision\0";
inline constexpr char document_kind_labels[] =
    "declaration\0"
    "statement\0"
    "plan\0"
    "strategy\0"
    "decision\0";
}  // namespace detail

/// The machine name of `v` (the data's spelling); empty for a value outside the enum.
[[nodiscard]] constexpr std::string_view enum_name(DocumentKind v) noexcept {
    return detail::name_in(detail::document_kind_names, sizeof detail::document_kind_names,
                           static_cast<std::size_t>(v));
}
/// The label of `v` in plain English (what csto/io.hpp prints); empty for a value outside the enum.
[[nodiscard]] constexpr std::string_view to_string_view(DocumentKind v) noexcept {
    return detail::name_in(detail::document_kind_labels, sizeof detail::document_kind_labels,
                           static_cast<std::size_t>(v));
}

/// A document adopted (or, per `note`, not signed by all) at a meeting.
struct AdoptedDocument {
    std::string_view title;
    DocumentKind kind;
    int first_year = 0;  ///< the period it covers, e.g. 2021-2025; 0 when it names none
    int last_year = 0;
    std::string_view note = {};
    CitationList sources = {};
};

class Summit;

/// Everything about a meeting beyond its date, body, kind, format and sources: a row of the
/// generated data/meetings.hpp passes one to Summit's constructor (empty values: not known).
struct SummitDetails {
    std::string_view id = {};  ///< the meeting's id in data/meetings.toml, e.g. "2020-12-02-csc"
    std::string_view city = {};
    std::string_view venue = {};
    std::string_view title = {};  ///< the name a source gives the meeting
    StateSet chair_state = {};    ///< empty or one state
    const Person* chair = nullptr;
    Span<Participant> participants = {};
    StateSet absent = {};
    const Person* secretary_general = nullptr;
    Span<AdoptedDocument> documents = {};
    int documents_total = 0;
    int treaty_anniversary = 0;
    int organization_anniversary = 0;
    CitationList remarks = {};
    Span<FieldInference> inferences = {};
    MeetingStatus status = MeetingStatus::held;
};

/// One meeting. Each field comes with the citations that state it (sources(), each citation's
/// `supports`) or an inference (inferences()).
class Summit {
public:
    constexpr Summit(DateRange when, MeetingBody body, SummitKind kind, SummitFormat format,
                     CitationList sources) noexcept
        : when_(when), body_(body), kind_(kind), format_(format), sources_(sources) {}
    constexpr Summit(DateRange when, MeetingBody body, SummitKind kind, SummitFormat format, CitationList sources,
                     const SummitDetails& details) noexcept
        : when_(when),
          body_(body),
          kind_(kind),
          format_(format),
          sources_(sources),
          id_(details.id),
          city_(details.city),
          venue_(details.venue),
          title_(details.title),
          chair_state_(details.chair_state),
          chair_(details.chair),
          participants_(details.participants),
          absent_(details.absent),
          secretary_general_(details.secretary_general),
          documents_(details.documents),
          documents_total_(details.documents_total),
          treaty_anniversary_(details.treaty_anniversary),
          organization_anniversary_(details.organization_anniversary),
          remarks_(details.remarks),
          inferences_(details.inferences),
          status_(details.status) {}

    // --- Building a row -------------------------------------------------------------------------
    [[nodiscard]] constexpr Summit at(std::string_view city, std::string_view venue = {}) const noexcept {
        Summit s = *this;
        s.city_ = city;
        s.venue_ = venue;
        return s;
    }
    [[nodiscard]] constexpr Summit chaired_by(MemberState state, const Person* chair = nullptr) const noexcept {
        Summit s = *this;
        s.chair_state_ = StateSet{state};
        s.chair_ = chair;
        return s;
    }
    [[nodiscard]] constexpr Summit attended_by(Span<Participant> participants) const noexcept {
        Summit s = *this;
        s.participants_ = participants;
        return s;
    }
    [[nodiscard]] constexpr Summit without(StateSet absent) const noexcept {
        Summit s = *this;
        s.absent_ = absent;
        return s;
    }
    [[nodiscard]] constexpr Summit with_secretary_general(const Person& secretary_general) const noexcept {
        Summit s = *this;
        s.secretary_general_ = &secretary_general;
        return s;
    }
    [[nodiscard]] constexpr Summit adopting(Span<AdoptedDocument> documents, int total = 0) const noexcept {
        Summit s = *this;
        s.documents_ = documents;
        s.documents_total_ = total;
        return s;
    }
    [[nodiscard]] constexpr Summit marking(int treaty_anniversary, int organization_anniversary) const noexcept {
        Summit s = *this;
        s.treaty_anniversary_ = treaty_anniversary;
        s.organization_anniversary_ = organization_anniversary;
        return s;
    }
    [[nodiscard]] constexpr Summit described_by(CitationList remarks) const noexcept {
        Summit s = *this;
        s.remarks_ = remarks;
        return s;
    }
    [[nodiscard]] constexpr Summit inferring(Span<FieldInference> inferences) const noexcept {
        Summit s = *this;
        s.inferences_ = inferences;
        return s;
    }

    // --- Reading it -----------------------------------------------------------------------------
    /// The day, with precision: a day, or a range where it can only be derived.
    [[nodiscard]] constexpr DateRange when() const noexcept { return when_; }
    [[nodiscard]] constexpr MeetingBody body() const noexcept { return body_; }
    [[nodiscard]] constexpr SummitKind kind() const noexcept { return kind_; }
    [[nodiscard]] constexpr SummitFormat format() const noexcept { return format_; }
    /// Held, or only scheduled as of the data's as-of date (see status sources in sources()).
    [[nodiscard]] constexpr MeetingStatus status() const noexcept { return status_; }
    [[nodiscard]] constexpr bool held() const noexcept { return status_ == MeetingStatus::held; }
    /// The host city; empty for a pure video conference.
    [[nodiscard]] constexpr std::string_view city() const noexcept { return city_; }
    /// The building, where a source names it.
    [[nodiscard]] constexpr std::string_view venue() const noexcept { return venue_; }
    /// The state holding the chair, where known.
    [[nodiscard]] constexpr Optional<MemberState> chair_state() const noexcept {
        if (chair_state_.empty()) return std::nullopt;
        return *chair_state_.begin();
    }
    /// The chair, where a source names the person; else null.
    [[nodiscard]] constexpr const Person* chair() const noexcept { return chair_; }
    /// The representatives a source names (empty when none is named).
    [[nodiscard]] constexpr Span<Participant> participants() const noexcept { return participants_; }
    /// Member states whose leader a source says did not attend.
    [[nodiscard]] constexpr StateSet absent() const noexcept { return absent_; }
    /// The Secretary-General a source names as present; else null.
    [[nodiscard]] constexpr const Person* secretary_general() const noexcept { return secretary_general_; }
    /// The documents a source names as adopted.
    [[nodiscard]] constexpr Span<AdoptedDocument> documents() const noexcept { return documents_; }
    /// How many documents were adopted in all, where a source counts them.
    [[nodiscard]] constexpr Optional<int> documents_total() const noexcept {
        return documents_total_ > 0 ? Optional<int>(documents_total_) : std::nullopt;
    }
    /// Which anniversary of the Treaty's signing / of the Organization's founding it marked (0: none).
    [[nodiscard]] constexpr int treaty_anniversary() const noexcept { return treaty_anniversary_; }
    [[nodiscard]] constexpr int organization_anniversary() const noexcept { return organization_anniversary_; }
    /// What the sources say about the meeting (quotes and paraphrases).
    [[nodiscard]] constexpr CitationList remarks() const noexcept { return remarks_; }
    /// The fields no source states outright, each with how the data infers it.
    [[nodiscard]] constexpr Span<FieldInference> inferences() const noexcept { return inferences_; }
    /// How `field` was inferred; empty when a source states it (or it is unknown).
    [[nodiscard]] constexpr std::string_view inference(Field field) const noexcept {
        return inference_of(inferences_, field);
    }
    /// How the date was derived, where no source states it outright.
    [[nodiscard]] constexpr std::string_view date_inference() const noexcept { return inference(Field::date); }
    /// The sources that establish the meeting and its fields (see each citation's `supports`).
    [[nodiscard]] constexpr CitationList sources() const noexcept { return sources_; }
    /// The meeting's id in the data (e.g. "2020-12-02-csc"); empty for one built by hand.
    [[nodiscard]] constexpr std::string_view id() const noexcept { return id_; }
    /// The name a source gives the meeting (e.g. "Summit of Leaders of the CSTO"); empty when none.
    [[nodiscard]] constexpr std::string_view title() const noexcept { return title_; }

private:
    DateRange when_;
    MeetingBody body_;
    SummitKind kind_;
    SummitFormat format_;
    CitationList sources_;
    std::string_view id_ = {};
    std::string_view city_ = {};
    std::string_view venue_ = {};
    std::string_view title_ = {};
    StateSet chair_state_ = {};  // empty or one state (std::optional's assignment is not constexpr in C++17)
    const Person* chair_ = nullptr;
    Span<Participant> participants_ = {};
    StateSet absent_ = {};
    const Person* secretary_general_ = nullptr;
    Span<AdoptedDocument> documents_ = {};
    int documents_total_ = 0;
    int treaty_anniversary_ = 0;
    int organization_anniversary_ = 0;
    CitationList remarks_ = {};
    Span<FieldInference> inferences_ = {};
    MeetingStatus status_ = MeetingStatus::held;
};

}  // namespace csto
