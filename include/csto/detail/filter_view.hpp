// csto/detail/filter_view.hpp - FilterView: the rows of a table that satisfy a predicate, found
// lazily while iterating, so a query can return "those that match" without allocating.
#pragma once

#include <csto/span.hpp>

#include <cstddef>
#include <iterator>

namespace csto::detail {

/// A forward range over the elements of `rows` for which `keep(row)` is true. It holds a view of
/// the table and a copy of the predicate; iterators are valid while the view lives.
template <class T, class Keep>
class FilterView {
public:
    class const_iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        using pointer = const T*;
        using reference = const T&;

        constexpr const_iterator() noexcept = default;
        [[nodiscard]] constexpr const T& operator*() const noexcept { return *at_; }
        [[nodiscard]] constexpr const T* operator->() const noexcept { return at_; }
        constexpr const_iterator& operator++() noexcept {
            at_ = view_->next(at_ + 1);
            return *this;
        }
        constexpr const_iterator operator++(int) noexcept {
            const_iterator before = *this;
            ++*this;
            return before;
        }
        friend constexpr bool operator==(const_iterator a, const_iterator b) noexcept { return a.at_ == b.at_; }
        friend constexpr bool operator!=(const_iterator a, const_iterator b) noexcept { return a.at_ != b.at_; }

    private:
        friend class FilterView;
        constexpr const_iterator(const FilterView* view, const T* at) noexcept : view_(view), at_(at) {}
        const FilterView* view_ = nullptr;
        const T* at_ = nullptr;
    };
    using iterator = const_iterator;
    using value_type = T;

    constexpr FilterView(Span<T> rows, Keep keep) noexcept : rows_(rows), keep_(keep) {}

    [[nodiscard]] constexpr const_iterator begin() const noexcept { return const_iterator(this, next(rows_.begin())); }
    [[nodiscard]] constexpr const_iterator end() const noexcept { return const_iterator(this, rows_.end()); }
    [[nodiscard]] constexpr bool empty() const noexcept { return next(rows_.begin()) == rows_.end(); }
    /// The number of matching rows. @complexity O(rows).
    [[nodiscard]] constexpr std::size_t size() const noexcept {
        std::size_t n = 0;
        for (const T* p = next(rows_.begin()); p != rows_.end(); p = next(p + 1)) ++n;
        return n;
    }
    /// The first matching row; precondition: !empty().
    [[nodiscard]] constexpr const T& front() const noexcept { return *next(rows_.begin()); }

private:
    constexpr const T* next(const T* p) const noexcept {
        while (p != rows_.end() && !keep_(*p)) ++p;
        return p;
    }

    Span<T> rows_;
    Keep keep_;
};

}  // namespace csto::detail
