// csto/citation.hpp - where each fact comes from: a Source, a Citation of it, and which of a
// record's fields the citation states.
#pragma once

#include <csto/date_range.hpp>
#include <csto/detail/enum_name.hpp>
#include <csto/optional.hpp>
#include <csto/span.hpp>

#include <cstdint>
#include <string_view>

namespace csto {

/// What kind of document a source is, which fixes how it is cited.
enum class SourceKind : std::uint8_t {
    seed_document,  ///< one of the project's five seed texts: cited by a verbatim quote
    reference,      ///< a public reference: cited by what it states
};

namespace detail {
inline constexpr std::string_view source_kind_names[] = {"seed_document"sv, "reference"sv};
inline constexpr std::string_view source_kind_labels[] = {"seed document"sv, "reference"sv};
}  // namespace detail

/// The machine name of `v` (the data's spelling); empty for a value outside the enum.
[[nodiscard]] constexpr std::string_view enum_name(SourceKind v) noexcept {
    return detail::name_in(detail::source_kind_names, v);
}
/// The label of `v` in plain English (what csto/io.hpp prints); empty for a value outside the enum.
[[nodiscard]] constexpr std::string_view to_string_view(SourceKind v) noexcept {
    return detail::name_in(detail::source_kind_labels, v);
}

/// A document the data is built from.
struct Source {
    std::string_view id;        ///< stable id: the seed's file name, or a short reference id
    std::string_view title;     ///< what the document is
    std::string_view location;  ///< where it is (URL, publisher, or how the seed dates itself)
    SourceKind kind;
};

/// A typed field of a record. A citation says which of its record's fields it states (its
/// `supports` mask); data/README.md lists which records have which fields.
enum class Field : std::uint8_t {
    date,
    start,
    end,
    state,
    place,
    chair,
    format,
    kind,
    body,
    title,
    absent,
    secretary_general,
    documents_total,
    anniversary,
    office,
    attendance,
    spellings,
    speaker,
    occasion,
    quoted,
    members,
    official_name,
    codes,
    cow,
    acting,
    period,
    document,
    addressee,     ///< whom a request was addressed to
    article,       ///< the Treaty article a request or decision invokes
    force,         ///< the force deployed
    contributors,  ///< the states whose units took part
    commander,
    withdrawal,  ///< the first day of a withdrawal
    personnel,   ///< a number of people: a contingent's or a force's stated size
    status,      ///< whether a meeting was held or is only scheduled
    view,        ///< a view of what a participation freeze means
    holders,     ///< who holds a status the Organization grants, as the sources read show
};

namespace detail {
inline constexpr std::string_view field_names[] = {"date"sv,
                                                   "start"sv,
                                                   "end"sv,
                                                   "state"sv,
                                                   "place"sv,
                                                   "chair"sv,
                                                   "format"sv,
                                                   "kind"sv,
                                                   "body"sv,
                                                   "title"sv,
                                                   "absent"sv,
                                                   "secretary_general"sv,
                                                   "documents_total"sv,
                                                   "anniversary"sv,
                                                   "office"sv,
                                                   "attendance"sv,
                                                   "spellings"sv,
                                                   "speaker"sv,
                                                   "occasion"sv,
                                                   "quoted"sv,
                                                   "members"sv,
                                                   "official_name"sv,
                                                   "codes"sv,
                                                   "cow"sv,
                                                   "acting"sv,
                                                   "period"sv,
                                                   "document"sv,
                                                   "addressee"sv,
                                                   "article"sv,
                                                   "force"sv,
                                                   "contributors"sv,
                                                   "commander"sv,
                                                   "withdrawal"sv,
                                                   "personnel"sv,
                                                   "status"sv,
                                                   "view"sv,
                                                   "holders"sv};
inline constexpr std::string_view field_labels[] = {"date"sv,
                                                    "start"sv,
                                                    "end"sv,
                                                    "state"sv,
                                                    "place"sv,
                                                    "chair"sv,
                                                    "format"sv,
                                                    "kind"sv,
                                                    "body"sv,
                                                    "title"sv,
                                                    "absent"sv,
                                                    "Secretary-General"sv,
                                                    "documents total"sv,
                                                    "anniversary"sv,
                                                    "office"sv,
                                                    "attendance"sv,
                                                    "spellings"sv,
                                                    "speaker"sv,
                                                    "occasion"sv,
                                                    "quoted"sv,
                                                    "members"sv,
                                                    "official name"sv,
                                                    "codes"sv,
                                                    "COW number"sv,
                                                    "acting"sv,
                                                    "period"sv,
                                                    "document"sv,
                                                    "addressee"sv,
                                                    "article"sv,
                                                    "force"sv,
                                                    "contributors"sv,
                                                    "commander"sv,
                                                    "withdrawal"sv,
                                                    "personnel"sv,
                                                    "status"sv,
                                                    "view"sv,
                                                    "holders"sv};
}  // namespace detail

/// The machine name of `v` (the data's spelling); empty for a value outside the enum.
[[nodiscard]] constexpr std::string_view enum_name(Field v) noexcept { return detail::name_in(detail::field_names, v); }
/// The label of `v` in plain English (what csto/io.hpp prints); empty for a value outside the enum.
[[nodiscard]] constexpr std::string_view to_string_view(Field v) noexcept {
    return detail::name_in(detail::field_labels, v);
}

/// The bit of `field` in Citation::supports.
[[nodiscard]] constexpr std::uint64_t field_bit(Field field) noexcept {
    return std::uint64_t{1} << static_cast<unsigned>(field);
}

/// Whether a citation's text is the source's words or a paraphrase of them.
enum class CitationForm : std::uint8_t {
    quote,       ///< the source's own words (verbatim for a seed; as the reference notes give them otherwise)
    paraphrase,  ///< what a reference states, in our words
};

namespace detail {
inline constexpr std::string_view citation_form_names[] = {"quote"sv, "paraphrase"sv};
inline constexpr std::string_view citation_form_labels[] = {"quote"sv, "paraphrase"sv};
}  // namespace detail

/// The machine name of `v` (the data's spelling); empty for a value outside the enum.
[[nodiscard]] constexpr std::string_view enum_name(CitationForm v) noexcept {
    return detail::name_in(detail::citation_form_names, v);
}
/// The label of `v` in plain English (what csto/io.hpp prints); empty for a value outside the enum.
[[nodiscard]] constexpr std::string_view to_string_view(CitationForm v) noexcept {
    return detail::name_in(detail::citation_form_labels, v);
}

/// One piece of evidence for a fact: the source, its words and, where the source dates the fact,
/// the date it gives; `supports` says which of the record's typed fields it states.
struct Citation {
    const Source* source;            ///< never null in the library's tables
    std::string_view text;           ///< the quote or the paraphrase
    Optional<DateRange> dates = {};  ///< the date this source gives for the fact
    std::uint64_t supports = 0;      ///< field_bit()s of the record's fields this citation states
    CitationForm form = CitationForm::paraphrase;

    /// True when `text` is a seed document's own words (checked against its copy).
    [[nodiscard]] constexpr bool is_verbatim() const noexcept {
        return source != nullptr && source->kind == SourceKind::seed_document && form == CitationForm::quote;
    }
    /// True when `text` is a reference's own words, as its notes quote them (not checkable here).
    [[nodiscard]] constexpr bool is_reference_quote() const noexcept {
        return source != nullptr && source->kind == SourceKind::reference && form == CitationForm::quote;
    }
    /// Does this citation state `field` of its record?
    [[nodiscard]] constexpr bool states(Field field) const noexcept { return (supports & field_bit(field)) != 0; }
};

/// The citations behind one fact, in the order given in the data.
using CitationList = Span<Citation>;

/// A field no source states outright, and how the data infers it from what sources do state.
struct FieldInference {
    Field field;
    std::string_view how;
};

/// How `inferences` infer `field`; empty when none does (a source states it, or it is unknown).
/// @complexity O(inferences). Never throws.
[[nodiscard]] constexpr std::string_view inference_of(Span<FieldInference> inferences, Field field) noexcept {
    for (const FieldInference& i : inferences)
        if (i.field == field) return i.how;
    return {};
}

}  // namespace csto
