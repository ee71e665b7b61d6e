// csto/span.hpp - a read-only view of a static table (C++17 has no std::span). In C++20 it is a
// borrowed, contiguous view: std::span<const T> converts from it, and range algorithms return its
// iterators.
#pragma once

#include <cstddef>

#if __cplusplus >= 202002L && __has_include(<span>)
#include <span>
#define CSTO_HAS_STD_SPAN 1
#endif

namespace csto {

/// A read-only, non-owning view of contiguous elements; the library hands these out over its
/// static tables, so they never dangle. Iteration and indexing are constexpr and noexcept.
template <class T>
class Span {
public:
    using value_type = T;
    using const_iterator = const T*;
    using iterator = const T*;

    constexpr Span() noexcept = default;
    constexpr Span(const T* first, std::size_t count) noexcept : first_(first), count_(count) {}
    template <std::size_t N>
    constexpr Span(const T (&array)[N]) noexcept : first_(array), count_(N) {}  // NOLINT: implicit on purpose

    [[nodiscard]] constexpr const T* data() const noexcept { return first_; }
    [[nodiscard]] constexpr const T* begin() const noexcept { return first_; }
    [[nodiscard]] constexpr const T* end() const noexcept { return first_ + count_; }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return count_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return count_ == 0; }
    /// Precondition: i < size().
    [[nodiscard]] constexpr const T& operator[](std::size_t i) const noexcept { return first_[i]; }
    [[nodiscard]] constexpr const T& front() const noexcept { return first_[0]; }
    [[nodiscard]] constexpr const T& back() const noexcept { return first_[count_ - 1]; }
    /// Elements [offset, offset + count); clamped to the view, so it never reads outside it.
    [[nodiscard]] constexpr Span subspan(std::size_t offset, std::size_t count) const noexcept {
        if (offset > count_) offset = count_;
        if (count > count_ - offset) count = count_ - offset;
        return Span(first_ + offset, count);
    }

private:
    const T* first_ = nullptr;
    std::size_t count_ = 0;
};

}  // namespace csto

#ifdef CSTO_HAS_STD_SPAN
// A Span views static tables: its iterators outlive it, so algorithms may return them
// (std::ranges::find_if(csto::summits(), ...) returns an iterator, not std::ranges::dangling).
namespace std::ranges {
template <class T>
inline constexpr bool enable_borrowed_range<csto::Span<T>> = true;
template <class T>
inline constexpr bool enable_view<csto::Span<T>> = true;
}  // namespace std::ranges
#endif
