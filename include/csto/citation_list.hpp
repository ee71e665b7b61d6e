// csto/citation_list.hpp - CitationList: the citations behind one fact, read either from a table
// of Citation values (a Dataset of your own) or from the data compiler's encoded citations (the
// built-in release). Light on purpose: dataset.hpp holds CitationLists, and the decoder that
// makes a Citation is defined in csto/citation.hpp.
#pragma once

#include <csto/record_list.hpp>
#include <csto/source.hpp>

#include <cstddef>

namespace csto {

struct Citation;

namespace detail {
/// The citations of one data header, as tools/compile_facts.py encodes them: a record of
/// citation_record_size bytes per citation (its layout is in csto/citation.hpp), the
/// texts back to back, and the sources the records count in. Bytes in string literals
/// cost the compiler far less to read than a table of Citation values: some 25 bytes of source
/// text per citation against some 290,000 g++ instructions. Both are cut into chunks (records:
/// citation_records_per_chunk each; texts: under 64 KB each), as a string literal over 65,536
/// bytes is beyond what the standard requires compilers to take (clang's -Woverlength-strings).
struct CitationPool {
    const char* const* records;  ///< chunk k holds records k * citation_records_per_chunk on
    const char* const* texts;    ///< a record names its text's chunk and offset in it
    SourceList sources;          ///< what a record's source index counts in

    /// Citation `row`, decoded (defined in csto/citation.hpp, with the record's layout).
    template <class Lazy = void>
    [[nodiscard]] constexpr Citation operator[](std::size_t row) const noexcept;
};
}  // namespace detail

/// The citations behind one fact, in the order given in the data: a RecordList (random-access,
/// yields each Citation by value; `for (const Citation& c : list)` reads as it would over an
/// array), converting implicitly from an array of Citation or a Span of them.
using CitationList = RecordList<Citation, detail::CitationPool>;

}  // namespace csto
