// csto/source_conflict.hpp - SourceConflict: where the sources disagree, and what the data keeps.
#pragma once

#include <csto/citation.hpp>

#include <string_view>

namespace csto {

/// A disagreement between sources that the data resolves one way, kept visible with both sides.
struct SourceConflict {
    std::string_view subject;  ///< what the sources disagree about
    std::string_view kept;     ///< what the data keeps
    std::string_view reason;   ///< why
    CitationList sources;      ///< the citations of each side
};

}  // namespace csto
