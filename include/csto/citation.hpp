// csto/citation.hpp - where each fact comes from: a Source, a Citation of it, and which of a
// record's fields the citation states.
#pragma once

#include <csto/citation_list.hpp>
#include <csto/date_range.hpp>
#include <csto/detail/encoded.hpp>
#include <csto/detail/enum_compare.hpp>
#include <csto/detail/enum_name.hpp>
#include <csto/detail/lazy.hpp>
#include <csto/optional.hpp>
#include <csto/source.hpp>
#include <csto/span.hpp>

#include <cstdint>
#include <string_view>

namespace csto {

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
inline constexpr char field_names[] =
    "date\0"
    "start\0"
    "end\0"
    "state\0"
    "place\0"
    "chair\0"
    "format\0"
    "kind\0"
    "body\0"
    "title\0"
    "absent\0"
    "secretary_general\0"
    "documents_total\0"
    "anniversary\0"
    "office\0"
    "attendance\0"
    "spellings\0"
    "speaker\0"
    "occasion\0"
    "quoted\0"
    "members\0"
    "official_name\0"
    "codes\0"
    "cow\0"
    "acting\0"
    "period\0"
    "document\0"
    "addressee\0"
    "article\0"
    "force\0"
    "contributors\0"
    "commander\0"
    "withdrawal\0"
    "personnel\0"
    "status\0"
    "view\0"
    "holders\0";
inline constexpr char field_labels[] =
    "date\0"
    "start\0"
    "end\0"
    "state\0"
    "place\0"
    "chair\0"
    "format\0"
    "kind\0"
    "body\0"
    "title\0"
    "absent\0"
    "Secretary-General\0"
    "documents total\0"
    "anniversary\0"
    "office\0"
    "attendance\0"
    "spellings\0"
    "speaker\0"
    "occasion\0"
    "quoted\0"
    "members\0"
    "official name\0"
    "codes\0"
    "COW number\0"
    "acting\0"
    "period\0"
    "document\0"
    "addressee\0"
    "article\0"
    "force\0"
    "contributors\0"
    "commander\0"
    "withdrawal\0"
    "personnel\0"
    "status\0"
    "view\0"
    "holders\0";

template <>
inline constexpr EnumTexts enum_texts<Field>{field_names, sizeof field_names, field_labels, sizeof field_labels};
}  // namespace detail

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
inline constexpr char citation_form_names[] =
    "quote\0"
    "paraphrase\0";
inline constexpr char citation_form_labels[] =
    "quote\0"
    "paraphrase\0";

template <>
inline constexpr EnumTexts enum_texts<CitationForm>{citation_form_names, sizeof citation_form_names,
                                                    citation_form_labels, sizeof citation_form_labels};
}  // namespace detail

/// One piece of evidence for a fact: the source, its words and, where the source dates the fact,
/// the date it gives; `supports` says which of the record's typed fields it states.
struct Citation {
    SourceRef source;                ///< never null in the library's tables
    std::string_view text;           ///< the quote or the paraphrase
    Optional<DateRange> dates = {};  ///< the date this source gives for the fact
    std::uint64_t supports = 0;      ///< field_bit()s of the record's fields this citation states
    CitationForm form = CitationForm::paraphrase;

    /// True when `text` is a seed document's own words (checked against its copy).
    template <class Lazy = void>
    [[nodiscard]] constexpr bool is_verbatim() const noexcept {
        return source && detail::is(detail::lazy<Lazy>(source)->kind, SourceKind::seed_document) &&
               detail::is(form, CitationForm::quote);
    }
    /// True when `text` is a reference's own words, as its notes quote them (not checkable here).
    template <class Lazy = void>
    [[nodiscard]] constexpr bool is_reference_quote() const noexcept {
        return source && detail::is(detail::lazy<Lazy>(source)->kind, SourceKind::reference) &&
               detail::is(form, CitationForm::quote);
    }
    /// Does this citation state `field` of its record?
    [[nodiscard]] constexpr bool states(Field field) const noexcept { return (supports & field_bit(field)) != 0; }
};

namespace detail {
/// The bytes of one encoded citation (tools/compile_facts.py, encode_citation), little-endian:
///   0  source index, 2 bytes         2  form, 1 byte
///   3  0 when undated, else 1 + the dates' Precision, 1 byte
///   4  text chunk, 2 bytes           6  text offset in the chunk, 2 bytes
///   8  text length, 2 bytes          10 earliest day, 4 bytes
///   14 latest day - earliest day, 2 bytes     16 supports, 8 bytes
inline constexpr std::size_t citation_record_size = 24;
inline constexpr std::size_t citation_records_per_chunk = 2048;  // 48 KB of records a literal

template <class Lazy>
constexpr Citation CitationPool::operator[](std::size_t row) const noexcept {
    const char* const record = record_at(records, row, citation_records_per_chunk, citation_record_size);
    Citation c{lazy<Lazy>(sources).ref(read_le(record, 2)), text_at(texts, record + 4)};
    if (const auto dated = static_cast<unsigned char>(record[3]); dated != 0) {
        const auto earliest = static_cast<std::uint32_t>(read_le(record + 10, 4));
        c.dates = DateRangeFromDays::make(earliest, earliest + static_cast<std::uint32_t>(read_le(record + 14, 2)),
                                          static_cast<Precision>(dated - 1));
    }
    c.supports = read_le(record + 16, 8);
    c.form = static_cast<CitationForm>(static_cast<unsigned char>(record[2]));
    return c;
}
}  // namespace detail

/// A field no source states outright, and how the data infers it from what sources do state.
struct FieldInference {
    Field field;
    std::string_view how;
};

/// How `inferences` infer `field`; empty when none does (a source states it, or it is unknown).
/// @complexity O(inferences). Never throws.
[[nodiscard]] constexpr std::string_view inference_of(Span<FieldInference> inferences, Field field) noexcept {
    for (const FieldInference& i : inferences)
        if (detail::is(i.field, field)) return i.how;
    return {};
}

}  // namespace csto
