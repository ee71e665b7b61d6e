// csto/citation_list.hpp - CitationList: the citations behind one fact, read either from a table
// of Citation values (a Dataset of your own) or from the data compiler's encoded citations (the
// built-in release). Light on purpose: dataset.hpp holds CitationLists, and the member functions
// that make a Citation are defined in csto/citation.hpp.
#pragma once

#include <csto/source.hpp>
#include <csto/span.hpp>

#include <cstddef>
#include <cstdint>
#include <iterator>

namespace csto {

struct Citation;

namespace detail {
/// The citations of one data header, as tools/compile_facts.py encodes them: a record of
/// citation_record_size bytes per citation (see decode_citation in csto/citation.hpp), the
/// texts back to back, and the sources the records count in. Bytes in string literals
/// cost the compiler far less to read than a table of Citation values: some 25 bytes of source
/// text per citation against some 290,000 g++ instructions. Both are cut into chunks (records:
/// citation_records_per_chunk each; texts: under 64 KB each), as a string literal over 65,536
/// bytes is beyond what the standard requires compilers to take (clang's -Woverlength-strings).
struct CitationPool {
    const char* const* records;  ///< chunk k holds records k * citation_records_per_chunk on
    const char* const* texts;    ///< a record names its text's chunk and offset in it
    SourceList sources;          ///< what a record's source index counts in
};
}  // namespace detail

/// The citations behind one fact, in the order given in the data. A read-only, random-access view
/// that yields each Citation by value; `for (const Citation& c : list)` reads as it would over an
/// array. Converts implicitly from an array of Citation or a Span of them.
class CitationList {
public:
    /// A random-access iterator yielding Citation by value.
    class const_iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = Citation;
        using difference_type = std::ptrdiff_t;
        struct arrow;  ///< what operator-> returns: the Citation, held while it is read
        using pointer = arrow;
        using reference = Citation;

        constexpr const_iterator() noexcept = default;
        [[nodiscard]] constexpr Citation operator*() const noexcept;
        [[nodiscard]] constexpr arrow operator->() const noexcept;
        [[nodiscard]] constexpr Citation operator[](difference_type n) const noexcept;
        constexpr const_iterator& operator++() noexcept {
            ++at_;
            return *this;
        }
        constexpr const_iterator operator++(int) noexcept {
            const_iterator old = *this;
            ++at_;
            return old;
        }
        constexpr const_iterator& operator--() noexcept {
            --at_;
            return *this;
        }
        constexpr const_iterator operator--(int) noexcept {
            const_iterator old = *this;
            --at_;
            return old;
        }
        constexpr const_iterator& operator+=(difference_type n) noexcept {
            at_ = static_cast<std::size_t>(static_cast<difference_type>(at_) + n);
            return *this;
        }
        constexpr const_iterator& operator-=(difference_type n) noexcept { return *this += -n; }
        [[nodiscard]] friend constexpr const_iterator operator+(const_iterator i, difference_type n) noexcept {
            return i += n;
        }
        [[nodiscard]] friend constexpr const_iterator operator+(difference_type n, const_iterator i) noexcept {
            return i += n;
        }
        [[nodiscard]] friend constexpr const_iterator operator-(const_iterator i, difference_type n) noexcept {
            return i -= n;
        }
        [[nodiscard]] friend constexpr difference_type operator-(const const_iterator& a,
                                                                 const const_iterator& b) noexcept {
            return static_cast<difference_type>(a.at_) - static_cast<difference_type>(b.at_);
        }
        [[nodiscard]] friend constexpr bool operator==(const const_iterator& a, const const_iterator& b) noexcept {
            return a.at_ == b.at_;
        }
        [[nodiscard]] friend constexpr bool operator!=(const const_iterator& a, const const_iterator& b) noexcept {
            return a.at_ != b.at_;
        }
        [[nodiscard]] friend constexpr bool operator<(const const_iterator& a, const const_iterator& b) noexcept {
            return a.at_ < b.at_;
        }
        [[nodiscard]] friend constexpr bool operator>(const const_iterator& a, const const_iterator& b) noexcept {
            return b < a;
        }
        [[nodiscard]] friend constexpr bool operator<=(const const_iterator& a, const const_iterator& b) noexcept {
            return !(b < a);
        }
        [[nodiscard]] friend constexpr bool operator>=(const const_iterator& a, const const_iterator& b) noexcept {
            return !(a < b);
        }

    private:
        friend class CitationList;
        constexpr const_iterator(const Citation* citations, const detail::CitationPool* pool, std::size_t at) noexcept
            : citations_(citations), pool_(pool), at_(at) {}
        // The list's tables, not the list: an iterator outlives the list it came from, as a
        // pointer into a static table does.
        const Citation* citations_ = nullptr;
        const detail::CitationPool* pool_ = nullptr;
        std::size_t at_ = 0;  ///< in citations_ or pool_
    };
    using iterator = const_iterator;
    using value_type = Citation;
    using size_type = std::size_t;

    /// No citations.
    constexpr CitationList() noexcept = default;
    /// The `count` citations from `first` on (a table of your own; it must outlive the list).
    constexpr CitationList(const Citation* first, std::size_t count) noexcept
        : citations_(first), count_(static_cast<std::uint32_t>(count)) {}
    /// Every citation of `table`.
    template <std::size_t N>
    constexpr CitationList(const Citation (&table)[N]) noexcept  // NOLINT: implicit, as a Span's
        : CitationList(table, N) {}
    /// The citations a Span views.
    constexpr CitationList(Span<Citation> citations) noexcept  // NOLINT: implicit, as it was one
        : CitationList(citations.data(), citations.size()) {}
    /// Citations `first` to `first + count` of an encoded pool (what the data compiler writes).
    constexpr CitationList(const detail::CitationPool& pool, std::uint32_t first, std::uint32_t count) noexcept
        : pool_(&pool), first_(first), count_(count) {}

    [[nodiscard]] constexpr std::size_t size() const noexcept { return count_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return count_ == 0; }
    [[nodiscard]] constexpr const_iterator begin() const noexcept { return const_iterator(citations_, pool_, first_); }
    [[nodiscard]] constexpr const_iterator end() const noexcept {
        return const_iterator(citations_, pool_, std::size_t{first_} + count_);
    }
    /// Precondition: i < size().
    [[nodiscard]] constexpr Citation operator[](std::size_t i) const noexcept;
    [[nodiscard]] constexpr Citation front() const noexcept;
    [[nodiscard]] constexpr Citation back() const noexcept;
    /// Citations [offset, offset + count); clamped to the list, as Span::subspan.
    [[nodiscard]] constexpr CitationList subspan(std::size_t offset, std::size_t count) const noexcept;

private:
    const Citation* citations_ = nullptr;         ///< a table of Citation values, or
    const detail::CitationPool* pool_ = nullptr;  ///< the data compiler's encoded citations
    std::uint32_t first_ = 0;                     ///< in pool_
    std::uint32_t count_ = 0;
};

}  // namespace csto

#ifdef CSTO_HAS_STD_SPAN
// A CitationList's iterators hold its tables, not the list: algorithms may return them.
namespace std::ranges {
template <>
inline constexpr bool enable_borrowed_range<csto::CitationList> = true;
template <>
inline constexpr bool enable_view<csto::CitationList> = true;
}  // namespace std::ranges
#endif
