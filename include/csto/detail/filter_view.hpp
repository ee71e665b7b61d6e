// csto/detail/filter_view.hpp - FilterView: the rows of a Span or a RecordList that a predicate
// keeps, computed lazily while iterating (C++17 has no std::views::filter).
#pragma once

#include <csto/span.hpp>

#include <cstddef>
#include <iterator>
#include <type_traits>

namespace csto::detail {

/// A non-owning, non-allocating view of the rows of `Rows` (a Span<T>, or a RecordList of T) that
/// `Predicate` keeps: iterating skips the others, and nothing is copied. `Predicate` is a small
/// copyable function object with a `constexpr bool operator()(const T&) const noexcept`; each
/// iterator holds its own copy, so an iterator stays valid after the view it came from is gone
/// (only the rows' table must live).
template <class T, class Predicate, class Rows = Span<T>>
class FilterView {
    using row_iterator = typename Rows::const_iterator;

public:
    /// A forward iterator over the kept rows; yields what the rows' iterator yields (a `const T&`
    /// from a Span, a T by value from a RecordList).
    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        using pointer = typename std::iterator_traits<row_iterator>::pointer;
        using reference = typename std::iterator_traits<row_iterator>::reference;

        constexpr iterator() noexcept = default;
        constexpr iterator(const row_iterator& at, const row_iterator& end, Predicate keep) noexcept
            : at_(at), end_(end), keep_(keep) {
            skip_rejected();
        }
        [[nodiscard]] constexpr reference operator*() const noexcept { return *at_; }
        [[nodiscard]] constexpr pointer operator->() const noexcept {
            if constexpr (std::is_pointer_v<row_iterator>) {
                return at_;
            } else {
                return at_.operator->();
            }
        }
        constexpr iterator& operator++() noexcept {
            ++at_;
            skip_rejected();
            return *this;
        }
        constexpr iterator operator++(int) noexcept {
            iterator before = *this;
            ++*this;
            return before;
        }
        [[nodiscard]] friend constexpr bool operator==(const iterator& a, const iterator& b) noexcept {
            return a.at_ == b.at_;
        }
        [[nodiscard]] friend constexpr bool operator!=(const iterator& a, const iterator& b) noexcept {
            return !(a == b);
        }

    private:
        constexpr void skip_rejected() noexcept {
            while (at_ != end_ && !keep_(*at_)) ++at_;
        }
        row_iterator at_{};
        row_iterator end_{};
        Predicate keep_{};
    };
    using const_iterator = iterator;
    using value_type = T;

    /// An empty view.
    constexpr FilterView() noexcept = default;
    constexpr FilterView(Rows rows, Predicate keep) noexcept : rows_(rows), keep_(keep) {}

    /// The first kept row. @complexity O(rows) in the worst case. Never throws.
    [[nodiscard]] constexpr iterator begin() const noexcept { return iterator(rows_.begin(), rows_.end(), keep_); }
    [[nodiscard]] constexpr iterator end() const noexcept { return iterator(rows_.end(), rows_.end(), keep_); }
    /// Does the predicate keep no row? @complexity O(rows). Never throws.
    [[nodiscard]] constexpr bool empty() const noexcept { return begin() == end(); }
    /// How many rows the predicate keeps (counted, not stored). @complexity O(rows). Never throws.
    [[nodiscard]] constexpr std::size_t count() const noexcept {
        std::size_t n = 0;
        for (iterator it = begin(); it != end(); ++it) ++n;
        return n;
    }
    /// The first kept row. Precondition: !empty().
    [[nodiscard]] constexpr typename iterator::reference front() const noexcept { return *begin(); }

private:
    Rows rows_;
    Predicate keep_{};
};

}  // namespace csto::detail

#ifdef CSTO_HAS_STD_SPAN
// Each iterator holds its own predicate and points into static tables: it outlives the view.
namespace std::ranges {
template <class T, class Predicate, class Rows>
inline constexpr bool enable_borrowed_range<csto::detail::FilterView<T, Predicate, Rows>> = true;
template <class T, class Predicate, class Rows>
inline constexpr bool enable_view<csto::detail::FilterView<T, Predicate, Rows>> = true;
}  // namespace std::ranges
#endif
