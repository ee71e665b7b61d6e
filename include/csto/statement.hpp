// csto/statement.hpp - Statement: what someone said at a meeting, as a source quotes or reports it.
#pragma once

#include <csto/citation.hpp>
#include <csto/detail/enum_name.hpp>
#include <csto/person.hpp>
#include <csto/summit.hpp>

#include <cstdint>
#include <string_view>

namespace csto {

enum class Language : std::uint8_t { english, russian };

namespace detail {
inline constexpr char language_names[] =
    "english\0"
    "russian\0";
inline constexpr char language_labels[] =
    "English\0"
    "Russian\0";

template <>
inline constexpr EnumTexts enum_texts<Language>{language_names, sizeof language_names, language_labels,
                                                sizeof language_labels};
}  // namespace detail

/// When the words were said, relative to the meeting they concern.
enum class StatementOccasion : std::uint8_t {
    at_meeting,      ///< said at the meeting
    before_meeting,  ///< said before it, about it (e.g. a spokesman announcing its programme)
};

namespace detail {
inline constexpr char statement_occasion_names[] =
    "at_meeting\0"
    "before_meeting\0";
inline constexpr char statement_occasion_labels[] =
    "at the meeting\0"
    "before the meeting\0";

template <>
inline constexpr EnumTexts enum_texts<StatementOccasion>{statement_occasion_names, sizeof statement_occasion_names,
                                                         statement_occasion_labels, sizeof statement_occasion_labels};
}  // namespace detail

/// Words a person said at (or before) a meeting: quoted (their words, in the source's language) or reported
/// (the source's summary of them).
struct Statement {
    const Person* speaker;
    const Summit* meeting;
    std::string_view words;
    Language language;
    bool quoted;           ///< the source quotes the words; false: it reports their gist
    CitationList sources;  ///< the words' citation first, then what states the speaker, occasion and quoting
    StatementOccasion occasion = StatementOccasion::at_meeting;
};

}  // namespace csto
