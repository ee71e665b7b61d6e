// csto/treaty_event.hpp - TreatyEvent: a dated milestone in the life of the Treaty and the
// Organization (signature, entry into force, extension, Charter, suspensions, ...).
#pragma once

#include <csto/citation.hpp>
#include <csto/date_range.hpp>
#include <csto/detail/encoded.hpp>
#include <csto/detail/enum_name.hpp>
#include <csto/detail/lazy.hpp>
#include <csto/record_list.hpp>
#include <csto/state_set.hpp>

#include <cstdint>
#include <string_view>

namespace csto {

/// What happened. Each kind occurs once in the data except `accession` (one per acceding state).
enum class TreatyEventKind : std::uint8_t {
    treaty_signed,                ///< Tashkent, 15 May 1992
    accession,                    ///< a state joins the signed Treaty
    entry_into_force,             ///< the Treaty binds its parties
    un_registration,              ///< registered with the UN Secretariat
    extension_protocol_signed,    ///< the 1999 Protocol extending the Treaty is signed
    first_term_expired,           ///< last day of the first five-year term
    extension_term_began,         ///< first day of the extended term
    extension_protocol_in_force,  ///< the 1999 Protocol itself enters into force
    organization_decided,         ///< the Council decides to form an international organization
    charter_signed,               ///< the CSTO Charter is signed: the CSTO exists by that name
    charter_in_force,             ///< the Charter enters into force
    un_observer_status,           ///< observer status in the UN General Assembly
    return_decided,               ///< the Council decides a former member's return
    return_protocol,              ///< the protocol confirming a return
    amending_protocol_signed,     ///< the 2010 Protocol amending the Treaty is signed
    suspension_announced,         ///< a state announces it suspends its membership
    amending_protocol_in_force,   ///< the 2010 Protocol enters into force
    suspension_formalised,        ///< the Council formally suspends a state's membership
    participation_frozen,         ///< a member freezes its participation without leaving
};

namespace detail {
inline constexpr char treaty_event_kind_names[] =
    "treaty_signed\0"
    "accession\0"
    "entry_into_force\0"
    "un_registration\0"
    "extension_protocol_signed\0"
    "first_term_expired\0"
    "extension_term_began\0"
    "extension_protocol_in_force\0"
    "organization_decided\0"
    "charter_signed\0"
    "charter_in_force\0"
    "un_observer_status\0"
    "return_decided\0"
    "return_protocol\0"
    "amending_protocol_signed\0"
    "suspension_announced\0"
    "amending_protocol_in_force\0"
    "suspension_formalised\0"
    "participation_frozen\0";
inline constexpr char treaty_event_kind_labels[] =
    "treaty signed\0"
    "accession\0"
    "entry into force\0"
    "UN registration\0"
    "extension protocol signed\0"
    "first term expired\0"
    "extension term began\0"
    "extension protocol in force\0"
    "organization decided\0"
    "Charter signed\0"
    "Charter in force\0"
    "UN observer status\0"
    "return decided\0"
    "return protocol\0"
    "amending protocol signed\0"
    "suspension announced\0"
    "amending protocol in force\0"
    "suspension formalised\0"
    "participation frozen\0";

template <>
inline constexpr EnumTexts enum_texts<TreatyEventKind>{treaty_event_kind_names, sizeof treaty_event_kind_names,
                                                       treaty_event_kind_labels, sizeof treaty_event_kind_labels};
}  // namespace detail

/// One milestone, dated with its precision, with the states it concerns and its sources.
struct TreatyEvent {
    TreatyEventKind kind;
    DateRange when;
    StateSet states;           ///< the states it concerns (signatories, the acceding state, ...)
    std::string_view summary;  ///< one line in our words
    CitationList sources;
};

namespace detail {
/// The built-in events as bytes (tools/compile_facts.py, treaty_hpp), one record of
/// treaty_event_record_size bytes each, little-endian, in the fields' order; their summaries are
/// the citations' texts. Their 21 rows as TreatyEvent values cost every user's build 7.6 M
/// clang++ instructions; as bytes with this decoder, about 2.9 M.
///   0  kind, 1 byte               1  when (DateRangeFromDays::read_known), 7 bytes
///   8  states, 2 bytes            10 summary: text chunk, offset and length (text_at), 2 bytes each
///   16 sources: first in the citations, 4 bytes, then count, 2 (list_at)
inline constexpr std::size_t treaty_event_record_size = 22;
inline constexpr std::size_t treaty_event_records_per_chunk = 2048;  // 44 KB of records a literal

struct TreatyEventPool {
    const char* const* records;  ///< chunk k holds records k * treaty_event_records_per_chunk on
    const CitationPool* citations;

    /// Event `row`, decoded. A template (Lazy is never given) so that only a file reading an event
    /// compiles the decoding.
    template <class Lazy = void>
    [[nodiscard]] constexpr TreatyEvent operator[](std::size_t row) const noexcept {
        const auto r = record_at(lazy<Lazy>(records), row, treaty_event_records_per_chunk, treaty_event_record_size);
        return {static_cast<TreatyEventKind>(r[0]), DateRangeFromDays::read_known(r + 1),
                StateSet::from_bits(static_cast<unsigned>(read_le(r + 8, 2))), text_at(citations->texts, r + 10),
                list_at<CitationList>(*citations, r + 16)};
    }
};
}  // namespace detail

/// The Treaty's timeline in a dataset: a RecordList (yields each TreatyEvent by value), converting
/// implicitly from an array of TreatyEvent or a Span of them.
using TreatyEventList = RecordList<TreatyEvent, detail::TreatyEventPool>;

}  // namespace csto
