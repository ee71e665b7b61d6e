// csto/source.hpp - Source: a document the data cites; SourceRef, a handle to one that reads as a
// pointer to it; SourceList, a dataset's sources (a RecordList, csto/record_list.hpp). The
// built-in release stores its sources as bytes (tools/compile_facts.py), which cost a user's
// build far less than a table of Source values; a Dataset of your own can view an array of
// Source values as before.
#pragma once

#include <csto/detail/encoded.hpp>
#include <csto/detail/enum_name.hpp>
#include <csto/record_list.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace csto {

/// What kind of document a source is, which fixes how it is cited.
enum class SourceKind : std::uint8_t {
    seed_document,  ///< one of the project's five seed texts: cited by a verbatim quote
    reference,      ///< a public reference: cited by what it states
};

namespace detail {
inline constexpr char source_kind_names[] =
    "seed_document\0"
    "reference\0";
inline constexpr char source_kind_labels[] =
    "seed document\0"
    "reference\0";

template <>
inline constexpr EnumTexts enum_texts<SourceKind>{source_kind_names, sizeof source_kind_names, source_kind_labels,
                                                  sizeof source_kind_labels};
}  // namespace detail

/// A document the data is built from.
struct Source {
    std::string_view id;        ///< stable id: the seed's file name, or a short reference id
    std::string_view title;     ///< what the document is
    std::string_view location;  ///< where it is (URL, publisher, or how the seed dates itself)
    SourceKind kind;
};

namespace detail {
/// The sources as tools/compile_facts.py encodes them: a record of source_record_size bytes per
/// source, little-endian, its texts in `texts` (see text_at):
///   0  id: text chunk, offset, length, 2 bytes each      6  title, the same
///   12 location, the same                                18 kind, 1 byte
inline constexpr std::size_t source_record_size = 19;
inline constexpr std::size_t source_records_per_chunk = 2048;  // 38 KB of records a literal

struct SourcePool {
    const char* const* records;  ///< chunk k holds records k * source_records_per_chunk on
    const char* const* texts;

    /// Source `row`, decoded.
    [[nodiscard]] constexpr Source operator[](std::size_t row) const noexcept {
        const char* const record = record_at(records, row, source_records_per_chunk, source_record_size);
        return Source{text_at(texts, record), text_at(texts, record + 6), text_at(texts, record + 12),
                      static_cast<SourceKind>(static_cast<unsigned char>(record[18]))};
    }
};
}  // namespace detail

/// A handle to one source of a dataset, read as a pointer to it (`c.source->id`, `*c.source`,
/// `if (c.source)`, `== nullptr`): into an array of Source values (a `const Source*` converts to
/// it) or at a record of the built-in release's encoded sources (csto/record_list.hpp, RecordRef).
using SourceRef = RecordRef<Source, detail::SourcePool>;

/// A dataset's sources, in the data's order: a RecordList (yields each Source by value; a handle
/// to one is `list.ref(i)`), converting implicitly from an array of Source or a Span
/// of them.
using SourceList = RecordList<Source, detail::SourcePool>;

}  // namespace csto
