// csto/summit.hpp - Summit: a meeting of the Organization's bodies or leaders, with where, how,
// who, what was adopted and what the sources say of it.
#pragma once

#include <csto/citation.hpp>
#include <csto/date_range.hpp>
#include <csto/detail/encoded.hpp>
#include <csto/detail/enum_compare.hpp>
#include <csto/detail/enum_name.hpp>
#include <csto/optional.hpp>
#include <csto/participant.hpp>
#include <csto/person.hpp>
#include <csto/record_list.hpp>
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
template <>
inline constexpr EnumTexts enum_texts<SummitFormat>{summit_format_names, sizeof summit_format_names,
                                                    summit_format_labels, sizeof summit_format_labels};
template <>
inline constexpr EnumTexts enum_texts<SummitKind>{summit_kind_names, sizeof summit_kind_names, summit_kind_labels,
                                                  sizeof summit_kind_labels};
template <>
inline constexpr EnumTexts enum_texts<MeetingBody>{meeting_body_names, sizeof meeting_body_names, meeting_body_labels,
                                                   sizeof meeting_body_labels};
template <>
inline constexpr EnumTexts enum_texts<MeetingStatus>{meeting_status_names, sizeof meeting_status_names,
                                                     meeting_status_labels, sizeof meeting_status_labels};
}  // namespace detail

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

template <>
inline constexpr EnumTexts enum_texts<DocumentKind>{document_kind_names, sizeof document_kind_names,
                                                    document_kind_labels, sizeof document_kind_labels};
}  // namespace detail

/// A document adopted (or, per `note`, not signed by all) at a meeting.
struct AdoptedDocument {
    std::string_view title;
    DocumentKind kind;
    int first_year = 0;  ///< the period it covers, e.g. 2021-2025; 0 when it names none
    int last_year = 0;
    std::string_view note = {};
    CitationList sources = {};
};

namespace detail {
/// The built-in meetings' documents as bytes (tools/compile_facts.py, meetings_hpp), one record
/// of document_record_size bytes each, little-endian; their texts are the citations' texts:
///   0  title, 6 note: text chunk, offset and length, 2 bytes each     12 kind, 1 byte
///   13 first year, 15 last year, 2 bytes each    17 first citation, 4 bytes, 21 citations, 2 (list_at)
inline constexpr std::size_t document_record_size = 23;
inline constexpr std::size_t document_records_per_chunk = 2048;  // 46 KB of records a literal

struct DocumentPool {
    const char* const* records;  ///< chunk k holds records k * document_records_per_chunk on
    const CitationPool* citations;

    /// Document `row`, decoded.
    [[nodiscard]] constexpr AdoptedDocument operator[](std::size_t row) const noexcept {
        const char* const record = record_at(records, row, document_records_per_chunk, document_record_size);
        AdoptedDocument d{text_at(citations->texts, record),
                          static_cast<DocumentKind>(static_cast<unsigned char>(record[12]))};
        d.first_year = static_cast<int>(read_le(record + 13, 2));
        d.last_year = static_cast<int>(read_le(record + 15, 2));
        d.note = text_at(citations->texts, record + 6);
        d.sources = list_at<CitationList>(*citations, record + 17);
        return d;
    }
};
}  // namespace detail

/// The documents of a meeting: a RecordList (yields each AdoptedDocument by value), converting
/// implicitly from an array of AdoptedDocument or a Span of them.
using DocumentList = RecordList<AdoptedDocument, detail::DocumentPool>;

template <class Lazy = void>
class BasicSummit;
/// One meeting (see BasicSummit). Its parameter is never given: it only makes the member
/// functions templates, whose bodies a file compiles only if it calls them.
using Summit = BasicSummit<>;

struct SummitDetails {
    std::string_view id = {};  ///< the meeting's id in data/meetings.toml, e.g. "2020-12-02-csc"
    std::string_view city = {};
    std::string_view venue = {};
    std::string_view title = {};  ///< the name a source gives the meeting
    StateSet chair_state = {};    ///< empty or one state
    const Person* chair = nullptr;
    ParticipantList participants = {};
    StateSet absent = {};
    const Person* secretary_general = nullptr;
    DocumentList documents = {};
    int documents_total = 0;
    int treaty_anniversary = 0;
    int organization_anniversary = 0;
    CitationList remarks = {};
    Span<FieldInference> inferences = {};
    MeetingStatus status = MeetingStatus::held;
};

namespace detail {
/// The built-in meetings as bytes (tools/compile_facts.py, meetings_hpp), one record of
/// summit_record_size bytes per meeting, little-endian; a table of Summit values cost every
/// user's compiler some 1.3 M g++ instructions a meeting, the bytes a few thousand.
///   0  the date's Precision, 1 byte      1  body, 2  kind, 3  format, 1 byte each
///   4  earliest day (Julian day number), 4 bytes      8  latest day - earliest day, 2 bytes
///   10 status, 11 treaty anniversary, 12 organization anniversary, 1 byte each (13: 0)
///   14 documents in all, 2 bytes         16 chair state, 18 absent states: StateSet bits, 2 bytes each
///   20 chair, 22 Secretary-General: 1 + the index in `people`, 0 for none, 2 bytes each
///   24 sources, 28 remarks: first citation in `citations`, then count, 2 bytes each
///   32 participants, 36 documents, 40 inferences: first in their table, then count, 2 bytes each
///   44 id, 50 city, 56 venue, 62 title: text chunk, offset and length (in `citations`' texts), 2 bytes each
inline constexpr std::size_t summit_record_size = 68;
inline constexpr std::size_t summit_records_per_chunk = 512;  // 34 KB of records a literal

struct SummitPool {
    const char* const* records;  ///< chunk k holds records k * summit_records_per_chunk on
    const CitationPool* citations;
    const Person* people;
    ParticipantPool participants;
    DocumentPool documents;
    const FieldInference* inferences;

    /// Meeting `row`: a handle that reads the row when asked.
    template <class Lazy = void>
    [[nodiscard]] constexpr BasicSummit<Lazy> operator[](std::size_t row) const noexcept {
        return BasicSummit<Lazy>(*this, row);
    }
};
}  // namespace detail

/// One meeting. Each field comes with the citations that state it (sources(), each citation's
/// `supports`) or an inference (inferences()).
///
/// Either built by hand (a made-up dataset), holding its values, or a row of an encoded table (the
/// built-in data), which it reads when asked; the two behave alike.
///
/// Name it `Summit` (BasicSummit<>): `Lazy` is never given, and exists so that a file compiles a
/// member function's body only if it calls it, as a file that only includes the header does not.
template <class Lazy>
class BasicSummit {
public:
    constexpr BasicSummit(DateRange when, MeetingBody body, SummitKind kind, SummitFormat format,
                          CitationList sources) noexcept
        : values_{when, body, kind, format, sources, {}} {}
    constexpr BasicSummit(DateRange when, MeetingBody body, SummitKind kind, SummitFormat format, CitationList sources,
                          const SummitDetails& details) noexcept
        : values_{when, body, kind, format, sources, details} {}
    /// Meeting `row` of an encoded table (see detail::SummitPool).
    constexpr BasicSummit(const detail::SummitPool& pool, std::size_t row) noexcept
        : pool_(&pool), row_(static_cast<std::uint32_t>(row)), encoded_() {}

    // --- Building a row -------------------------------------------------------------------------
    [[nodiscard]] constexpr BasicSummit at(std::string_view city, std::string_view venue = {}) const noexcept {
        BasicSummit s = by_hand();
        s.values_.details.city = city;
        s.values_.details.venue = venue;
        return s;
    }
    [[nodiscard]] constexpr BasicSummit chaired_by(MemberState state, const Person* chair = nullptr) const noexcept {
        BasicSummit s = by_hand();
        s.values_.details.chair_state = StateSet{state};
        s.values_.details.chair = chair;
        return s;
    }
    [[nodiscard]] constexpr BasicSummit attended_by(ParticipantList participants) const noexcept {
        BasicSummit s = by_hand();
        s.values_.details.participants = participants;
        return s;
    }
    [[nodiscard]] constexpr BasicSummit without(StateSet absent) const noexcept {
        BasicSummit s = by_hand();
        s.values_.details.absent = absent;
        return s;
    }
    [[nodiscard]] constexpr BasicSummit with_secretary_general(const Person& secretary_general) const noexcept {
        BasicSummit s = by_hand();
        s.values_.details.secretary_general = &secretary_general;
        return s;
    }
    [[nodiscard]] constexpr BasicSummit adopting(DocumentList documents, int total = 0) const noexcept {
        BasicSummit s = by_hand();
        s.values_.details.documents = documents;
        s.values_.details.documents_total = total;
        return s;
    }
    [[nodiscard]] constexpr BasicSummit marking(int treaty_anniversary, int organization_anniversary) const noexcept {
        BasicSummit s = by_hand();
        s.values_.details.treaty_anniversary = treaty_anniversary;
        s.values_.details.organization_anniversary = organization_anniversary;
        return s;
    }
    [[nodiscard]] constexpr BasicSummit described_by(CitationList remarks) const noexcept {
        BasicSummit s = by_hand();
        s.values_.details.remarks = remarks;
        return s;
    }
    [[nodiscard]] constexpr BasicSummit inferring(Span<FieldInference> inferences) const noexcept {
        BasicSummit s = by_hand();
        s.values_.details.inferences = inferences;
        return s;
    }

    // --- Reading it -----------------------------------------------------------------------------
    /// The day, with precision: a day, or a range where it can only be derived.
    [[nodiscard]] constexpr DateRange when() const noexcept {
        if (pool_ == nullptr) return values_.when;
        const auto earliest = static_cast<std::uint32_t>(field(4, 4));
        return detail::DateRangeFromDays::make(earliest, earliest + static_cast<std::uint32_t>(field(8, 2)),
                                               static_cast<Precision>(field(0, 1)));
    }
    [[nodiscard]] constexpr MeetingBody body() const noexcept {
        return pool_ == nullptr ? values_.body : static_cast<MeetingBody>(field(1, 1));
    }
    [[nodiscard]] constexpr SummitKind kind() const noexcept {
        return pool_ == nullptr ? values_.kind : static_cast<SummitKind>(field(2, 1));
    }
    [[nodiscard]] constexpr SummitFormat format() const noexcept {
        return pool_ == nullptr ? values_.format : static_cast<SummitFormat>(field(3, 1));
    }
    /// Held, or only scheduled as of the data's as-of date (see status sources in sources()).
    [[nodiscard]] constexpr MeetingStatus status() const noexcept {
        return pool_ == nullptr ? values_.details.status : static_cast<MeetingStatus>(field(10, 1));
    }
    [[nodiscard]] constexpr bool held() const noexcept { return detail::is(status(), MeetingStatus::held); }
    /// The host city; empty for a pure video conference.
    [[nodiscard]] constexpr std::string_view city() const noexcept {
        return pool_ == nullptr ? values_.details.city : text(50);
    }
    /// The building, where a source names it.
    [[nodiscard]] constexpr std::string_view venue() const noexcept {
        return pool_ == nullptr ? values_.details.venue : text(56);
    }
    /// The state holding the chair, where known.
    [[nodiscard]] constexpr Optional<MemberState> chair_state() const noexcept {
        const StateSet chair_state = pool_ == nullptr ? values_.details.chair_state : states(16);
        if (chair_state.empty()) return {};
        return *chair_state.begin();
    }
    /// The chair, where a source names the person; else null.
    [[nodiscard]] constexpr const Person* chair() const noexcept {
        return pool_ == nullptr ? values_.details.chair : person(20);
    }
    /// The representatives a source names (empty when none is named).
    [[nodiscard]] constexpr ParticipantList participants() const noexcept {
        if (pool_ == nullptr) return values_.details.participants;
        return ParticipantList(pool_->participants, static_cast<std::uint32_t>(field(32, 2)),
                               static_cast<std::uint32_t>(field(34, 2)));
    }
    /// Member states whose leader a source says did not attend.
    [[nodiscard]] constexpr StateSet absent() const noexcept {
        return pool_ == nullptr ? values_.details.absent : states(18);
    }
    /// The Secretary-General a source names as present; else null.
    [[nodiscard]] constexpr const Person* secretary_general() const noexcept {
        return pool_ == nullptr ? values_.details.secretary_general : person(22);
    }
    /// The documents a source names as adopted.
    [[nodiscard]] constexpr DocumentList documents() const noexcept {
        if (pool_ == nullptr) return values_.details.documents;
        return DocumentList(pool_->documents, static_cast<std::uint32_t>(field(36, 2)),
                            static_cast<std::uint32_t>(field(38, 2)));
    }
    /// How many documents were adopted in all, where a source counts them.
    [[nodiscard]] constexpr Optional<int> documents_total() const noexcept {
        const int total = pool_ == nullptr ? values_.details.documents_total : static_cast<int>(field(14, 2));
        return total > 0 ? Optional<int>(total) : Optional<int>();
    }
    /// Which anniversary of the Treaty's signing / of the Organization's founding it marked (0: none).
    [[nodiscard]] constexpr int treaty_anniversary() const noexcept {
        return pool_ == nullptr ? values_.details.treaty_anniversary : static_cast<int>(field(11, 1));
    }
    [[nodiscard]] constexpr int organization_anniversary() const noexcept {
        return pool_ == nullptr ? values_.details.organization_anniversary : static_cast<int>(field(12, 1));
    }
    /// What the sources say about the meeting (quotes and paraphrases).
    [[nodiscard]] constexpr CitationList remarks() const noexcept {
        return pool_ == nullptr ? values_.details.remarks : citations(28);
    }
    /// The fields no source states outright, each with how the data infers it.
    [[nodiscard]] constexpr Span<FieldInference> inferences() const noexcept {
        if (pool_ == nullptr) return values_.details.inferences;
        return {pool_->inferences + field(40, 2), static_cast<std::size_t>(field(42, 2))};
    }
    /// How `field` was inferred; empty when a source states it (or it is unknown).
    [[nodiscard]] constexpr std::string_view inference(Field field) const noexcept {
        return inference_of(inferences(), field);
    }
    /// How the date was derived, where no source states it outright.
    [[nodiscard]] constexpr std::string_view date_inference() const noexcept { return inference(Field::date); }
    /// The sources that establish the meeting and its fields (see each citation's `supports`).
    [[nodiscard]] constexpr CitationList sources() const noexcept {
        return pool_ == nullptr ? values_.sources : citations(24);
    }
    /// The meeting's id in the data (e.g. "2020-12-02-csc"); empty for one built by hand.
    [[nodiscard]] constexpr std::string_view id() const noexcept {
        return pool_ == nullptr ? values_.details.id : text(44);
    }
    /// The name a source gives the meeting (e.g. "BasicSummit of Leaders of the CSTO"); empty when none.
    [[nodiscard]] constexpr std::string_view title() const noexcept {
        return pool_ == nullptr ? values_.details.title : text(62);
    }

private:
    struct Values {
        DateRange when;
        MeetingBody body;
        SummitKind kind;
        SummitFormat format;
        CitationList sources;
        SummitDetails details;
    };

    // The encoded form's record, and its fields at their offsets (detail::SummitPool's layout).
    [[nodiscard]] constexpr const char* record() const noexcept {
        return detail::record_at(pool_->records, row_, detail::summit_records_per_chunk, detail::summit_record_size);
    }
    [[nodiscard]] constexpr std::uint64_t field(std::size_t offset, std::size_t size) const noexcept {
        return detail::read_le(record() + offset, size);
    }
    [[nodiscard]] constexpr std::string_view text(std::size_t offset) const noexcept {
        return detail::text_at(pool_->citations->texts, record() + offset);
    }
    [[nodiscard]] constexpr StateSet states(std::size_t offset) const noexcept {
        return StateSet::from_bits(static_cast<unsigned>(field(offset, 2)));
    }
    [[nodiscard]] constexpr const Person* person(std::size_t offset) const noexcept {
        const auto index = field(offset, 2);
        return index == 0 ? nullptr : pool_->people + (index - 1);
    }
    [[nodiscard]] constexpr CitationList citations(std::size_t offset) const noexcept {
        return CitationList(*pool_->citations, static_cast<std::uint32_t>(field(offset, 2)),
                            static_cast<std::uint32_t>(field(offset + 2, 2)));
    }
    // This meeting holding its values, to build on.
    [[nodiscard]] constexpr BasicSummit by_hand() const noexcept {
        if (pool_ == nullptr) return *this;
        return BasicSummit(
            when(), body(), kind(), format(), sources(),
            SummitDetails{id(), city(), venue(), title(), states(16), chair(), participants(), absent(),
                          secretary_general(), documents(), static_cast<int>(field(14, 2)), treaty_anniversary(),
                          organization_anniversary(), remarks(), inferences(), status()});
    }

    const detail::SummitPool* pool_ = nullptr;  // null for a meeting built by hand
    std::uint32_t row_ = 0;
    union {
        char encoded_;   // active when pool_ is set: the values are in the pool's bytes
        Values values_;  // active when built by hand
    };
};

/// A dataset's meetings, in date order: a RecordList (yields each Summit by value), converting
/// implicitly from an array of Summit or a Span of them.
using SummitList = RecordList<Summit, detail::SummitPool>;
/// A handle to one meeting of a dataset, read as a pointer to it (`s.meeting->when()`): into an
/// array of Summit values (a `const Summit*` converts to it) or at a row of the built-in
/// release's encoded meetings (csto/record_list.hpp, RecordRef).
using SummitRef = RecordRef<Summit, detail::SummitPool>;

}  // namespace csto
