// csto/institution_milestone.hpp - InstitutionMilestone: one dated step in the life of a body,
// force, operation or status (decided, created, agreed, functioning, made permanent, in force, a
// stated size).
#pragma once

#include <csto/citation.hpp>
#include <csto/date_range.hpp>
#include <csto/detail/encoded.hpp>
#include <csto/detail/enum_compare.hpp>
#include <csto/detail/enum_name.hpp>
#include <csto/detail/lazy.hpp>
#include <csto/optional.hpp>
#include <csto/record_list.hpp>

#include <cstdint>
#include <string_view>

namespace csto {

/// What happened on a milestone's date. The founding kinds (is_founding) are those from which an
/// institution exists; the others date later steps.
enum class MilestoneKind : std::uint8_t {
    proposed,              ///< the idea first raised (not a founding: nothing was yet decided)
    decided,               ///< a decision to create it (founding)
    created,               ///< created by a decision (founding)
    agreement_signed,      ///< the agreement or protocol creating it signed (founding)
    conducted_since,       ///< an operation's first year (founding)
    began_functioning,     ///< it began to function
    regulations_approved,  ///< its regulations approved
    made_permanent,        ///< an operation made permanent
    entered_into_force,    ///< the agreement or protocol establishing it entered into force
    size_stated,           ///< a force's size stated on that day (see InstitutionMilestone::personnel)
};

namespace detail {
inline constexpr char milestone_kind_names[] =
    "proposed\0"
    "decided\0"
    "created\0"
    "agreement_signed\0"
    "conducted_since\0"
    "began_functioning\0"
    "regulations_approved\0"
    "made_permanent\0"
    "entered_into_force\0"
    "size_stated\0";
inline constexpr char milestone_kind_labels[] =
    "proposed\0"
    "decided\0"
    "created\0"
    "agreement signed\0"
    "conducted since\0"
    "began functioning\0"
    "regulations approved\0"
    "made permanent\0"
    "entered into force\0"
    "size stated\0";

template <>
inline constexpr EnumTexts enum_texts<MilestoneKind>{milestone_kind_names, sizeof milestone_kind_names,
                                                     milestone_kind_labels, sizeof milestone_kind_labels};
}  // namespace detail

/// Is `kind` one from which an institution exists (decided, created, agreement_signed,
/// conducted_since)? Never throws.
[[nodiscard]] constexpr bool is_founding(MilestoneKind kind) noexcept {
    return detail::is(kind, MilestoneKind::decided) || detail::is(kind, MilestoneKind::created) ||
           detail::is(kind, MilestoneKind::agreement_signed) || detail::is(kind, MilestoneKind::conducted_since);
}

/// A force's size as a source states it.
struct StatedSize {
    std::uint32_t count = 0;
    bool approximate = false;  ///< the source says "about"

    friend constexpr bool operator==(const StatedSize& a, const StatedSize& b) noexcept {
        return a.count == b.count && a.approximate == b.approximate;
    }
    friend constexpr bool operator!=(const StatedSize& a, const StatedSize& b) noexcept { return !(a == b); }
};

/// One dated milestone of an Institution, with the citations that state it (Field::date backs both
/// the kind and the date; Field::personnel the size).
struct InstitutionMilestone {
    MilestoneKind kind;
    DateRange when;
    CitationList sources = {};
    Optional<StatedSize> personnel = {};  ///< size_stated only: the number stated that day
    std::string_view note = {};           ///< what the sources add, in our words
    std::string_view inference = {};      ///< how the date follows, where no source states it

    /// True when no source states the date and `inference` says how it follows.
    [[nodiscard]] constexpr bool inferred() const noexcept { return !inference.empty(); }
};

namespace detail {
/// The built-in institutions' milestones as bytes (tools/compile_facts.py, institutions_hpp), one
/// record of milestone_record_size bytes each, little-endian, in the fields' order; their texts are
/// the citations' texts:
///   0  kind, 1 byte     1  when (DateRangeFromDays::read), 7 bytes     8  sources (list_at), 6 bytes
///   14 size stated: 0 none, 1 exact, 2 "about", 1 byte; 15 the size, 4 bytes
///   19 note, 25 inference: text chunk, offset and length (text_at), 2 bytes each
inline constexpr std::size_t milestone_record_size = 31;
inline constexpr std::size_t milestone_records_per_chunk = 2048;  // 62 KB of records a literal

struct MilestonePool {
    const char* const* records;  ///< chunk k holds records k * milestone_records_per_chunk on
    const CitationPool* citations;

    /// Milestone `row`, decoded. A template (Lazy is never given) so that only a file reading a
    /// milestone compiles the decoding.
    template <class Lazy = void>
    [[nodiscard]] constexpr InstitutionMilestone operator[](std::size_t row) const noexcept {
        const auto r = record_at(lazy<Lazy>(records), row, milestone_records_per_chunk, milestone_record_size);
        return {static_cast<MilestoneKind>(r[0]),
                DateRangeFromDays::read_known(r + 1),
                list_at<CitationList>(*citations, r + 8),
                r[14] == 0
                    ? Optional<StatedSize>()
                    : Optional<StatedSize>(StatedSize{static_cast<std::uint32_t>(read_le(r + 15, 4)), r[14] == 2}),
                text_at(citations->texts, r + 19),
                text_at(citations->texts, r + 25)};
    }
};
}  // namespace detail

/// An institution's milestones: a RecordList (yields each InstitutionMilestone by value),
/// converting implicitly from an array of InstitutionMilestone or a Span of them.
using MilestoneList = RecordList<InstitutionMilestone, detail::MilestonePool>;

}  // namespace csto
