// csto/record_list.hpp - RecordList<T, Pool>: a read-only, random-access view of records that yields
// each by value, read either from a table of T values (a Dataset of your own) or from the data
// compiler's encoded records (the built-in release). CitationList and SourceList are two of them.
#pragma once

#include <csto/span.hpp>

#include <cstddef>
#include <cstdint>
#include <iterator>

namespace csto {

/// A handle to one record of a dataset, read as a pointer to it (`r->id`, `*r`, `if (r)`,
/// `== nullptr`): it points either into an array of T values (a Dataset of your own; a `const T*`
/// converts to it) or at row `row` of the data compiler's encoded records (`Pool`), which `*` and
/// `->` decode. Two handles are equal when they name the same record of the same table.
/// SourceRef and SummitRef are two of them.
template <class T, class Pool>
class RecordRef {
public:
    /// What operator-> returns: the record, held while it is read.
    struct arrow {
        T value;
        [[nodiscard]] constexpr const T* operator->() const noexcept { return &value; }
    };

    /// No record (as a null pointer).
    constexpr RecordRef() noexcept = default;
    /// The record `record` points to (null: none).
    constexpr RecordRef(const T* record) noexcept  // NOLINT(google-explicit-constructor): as a pointer
        : record_(record) {}
    /// Record `row` of an encoded pool (what the data compiler writes).
    constexpr RecordRef(const Pool& pool, std::size_t row) noexcept
        : pool_(&pool), row_(static_cast<std::uint32_t>(row)) {}

    /// The record; precondition: not null.
    [[nodiscard]] constexpr T operator*() const noexcept { return pool_ != nullptr ? (*pool_)[row_] : *record_; }
    [[nodiscard]] constexpr arrow operator->() const noexcept { return arrow{**this}; }
    constexpr explicit operator bool() const noexcept { return record_ != nullptr || pool_ != nullptr; }

    friend constexpr bool operator==(const RecordRef& a, const RecordRef& b) noexcept {
        return a.record_ == b.record_ && a.pool_ == b.pool_ && a.row_ == b.row_;
    }
    friend constexpr bool operator!=(const RecordRef& a, const RecordRef& b) noexcept { return !(a == b); }

private:
    const T* record_ = nullptr;
    const Pool* pool_ = nullptr;
    std::uint32_t row_ = 0;
};

/// Records of type T in the data's order: a read-only, random-access view that yields each record
/// by value, so `for (const T& r : list)` reads as it would over an array. Converts implicitly
/// from an array of T or a Span of them. `Pool` is the data compiler's encoded table of them, in
/// which `pool[row]` decodes one (detail::CitationPool, detail::SourcePool, detail::DocumentPool).
/// Its iterators hold the list's tables, not the list: they outlive it, as pointers into a static
/// table do.
template <class T, class Pool>
class RecordList {
public:
    /// A random-access iterator yielding T by value.
    class const_iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        /// What operator-> returns: the record, held while it is read.
        struct arrow {
            T value;
            [[nodiscard]] constexpr const T* operator->() const noexcept { return &value; }
        };
        using pointer = arrow;
        using reference = T;

        constexpr const_iterator() noexcept = default;
        [[nodiscard]] constexpr T operator*() const noexcept { return pool_ != nullptr ? (*pool_)[at_] : values_[at_]; }
        [[nodiscard]] constexpr arrow operator->() const noexcept { return arrow{**this}; }
        [[nodiscard]] constexpr T operator[](difference_type n) const noexcept { return *(*this + n); }
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
        friend class RecordList;
        constexpr const_iterator(const T* values, const Pool* pool, std::size_t at) noexcept
            : values_(values), pool_(pool), at_(at) {}
        const T* values_ = nullptr;
        const Pool* pool_ = nullptr;
        std::size_t at_ = 0;  ///< in values_ or pool_
    };
    using iterator = const_iterator;
    using value_type = T;
    using size_type = std::size_t;

    /// No records.
    constexpr RecordList() noexcept = default;
    /// The `count` records from `first` on (a table of your own; it must outlive the list).
    constexpr RecordList(const T* first, std::size_t count) noexcept
        : values_(first), count_(static_cast<std::uint32_t>(count)) {}
    /// Every record of `table`.
    template <std::size_t N>
    constexpr RecordList(const T (&table)[N]) noexcept  // NOLINT: implicit, as a Span's
        : RecordList(table, N) {}
    /// The records a Span views.
    constexpr RecordList(Span<T> records) noexcept  // NOLINT: implicit, as it was one
        : RecordList(records.data(), records.size()) {}
    /// Rows `first` to `first + count` of an encoded pool (what the data compiler writes).
    constexpr RecordList(const Pool& pool, std::uint32_t first, std::uint32_t count) noexcept
        : pool_(&pool), first_(first), count_(count) {}

    [[nodiscard]] constexpr std::size_t size() const noexcept { return count_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return count_ == 0; }
    [[nodiscard]] constexpr const_iterator begin() const noexcept { return const_iterator(values_, pool_, first_); }
    [[nodiscard]] constexpr const_iterator end() const noexcept {
        return const_iterator(values_, pool_, std::size_t{first_} + count_);
    }
    /// Precondition: i < size().
    [[nodiscard]] constexpr T operator[](std::size_t i) const noexcept {
        return begin()[static_cast<std::ptrdiff_t>(i)];
    }
    [[nodiscard]] constexpr T front() const noexcept { return (*this)[0]; }
    [[nodiscard]] constexpr T back() const noexcept { return (*this)[count_ - 1]; }
    /// Records [offset, offset + count); clamped to the list, as Span::subspan.
    [[nodiscard]] constexpr RecordList subspan(std::size_t offset, std::size_t count) const noexcept {
        if (offset > count_) offset = count_;
        if (count > count_ - offset) count = count_ - offset;
        RecordList part = *this;
        if (pool_ != nullptr) {
            part.first_ = static_cast<std::uint32_t>(first_ + offset);
        } else {
            part.values_ = values_ + offset;
        }
        part.count_ = static_cast<std::uint32_t>(count);
        return part;
    }

    /// A handle to record `i` (precondition: i < size()), a RecordRef unless `Ref` is given:
    /// `Ref(pool, row)` for an encoded list, `Ref(address)` for a table of values.
    template <class Ref = RecordRef<T, Pool>>
    [[nodiscard]] constexpr Ref ref(std::size_t i) const noexcept {
        return pool_ != nullptr ? Ref(*pool_, first_ + i) : Ref(values_ + i);
    }

private:
    const T* values_ = nullptr;   ///< a table of T values, or
    const Pool* pool_ = nullptr;  ///< the data compiler's encoded records
    std::uint32_t first_ = 0;     ///< in pool_
    std::uint32_t count_ = 0;
};

}  // namespace csto

#ifdef CSTO_HAS_STD_SPAN
// A RecordList's iterators hold its tables, not the list: algorithms may return them.
namespace std::ranges {
template <class T, class Pool>
inline constexpr bool enable_borrowed_range<csto::RecordList<T, Pool>> = true;
template <class T, class Pool>
inline constexpr bool enable_view<csto::RecordList<T, Pool>> = true;
}  // namespace std::ranges
#endif
