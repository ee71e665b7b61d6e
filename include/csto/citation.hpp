// csto/citation.hpp - where each fact comes from: a Source and a Citation of it.
#pragma once

#include <csto/date_range.hpp>
#include <csto/span.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

namespace csto {

/// What kind of document a source is, which fixes how it is cited.
enum class SourceKind : std::uint8_t {
    seed_document,  ///< one of the project's five seed texts: cited by a verbatim quote
    reference,      ///< a public reference: cited by a paraphrase of what it states
};

/// A document the data is built from.
struct Source {
    std::string_view id;        ///< stable id: the seed's file name, or a short reference id
    std::string_view title;     ///< what the document is
    std::string_view location;  ///< where it is (URL, publisher, or the seed's own dateline)
    SourceKind kind;
};

/// One piece of evidence for a fact: the source, its words (verbatim for a seed document,
/// paraphrased for a reference) and, where the source dates the fact, the date it gives.
struct Citation {
    const Source* source;   ///< never null in the library's tables
    std::string_view text;  ///< the quote or the paraphrase
    std::optional<DateRange> dates =
        {};  ///< the date this source gives (or, read with the others, implies) for the fact

    /// True when `text` is the source's own words.
    [[nodiscard]] constexpr bool is_verbatim() const noexcept {
        return source != nullptr && source->kind == SourceKind::seed_document;
    }
};

/// The citations behind one fact, in the order given in the data.
using CitationList = Span<Citation>;

}  // namespace csto
