// csto/state_set.hpp - StateSet, an allocation-free set of MemberStates.
#pragma once

#include <csto/member_state.hpp>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>

namespace csto {

/// A set of states held in one 16-bit mask: no allocation, constexpr, iterated in name order.
class StateSet {
public:
    class const_iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = MemberState;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = MemberState;

        constexpr const_iterator() noexcept = default;
        [[nodiscard]] constexpr MemberState operator*() const noexcept { return *MemberState::from_index(index_); }
        constexpr const_iterator& operator++() noexcept {
            index_ = next(mask_, index_ + 1);
            return *this;
        }
        constexpr const_iterator operator++(int) noexcept {
            const_iterator old = *this;
            ++*this;
            return old;
        }
        friend constexpr bool operator==(const_iterator a, const_iterator b) noexcept { return a.index_ == b.index_; }
        friend constexpr bool operator!=(const_iterator a, const_iterator b) noexcept { return a.index_ != b.index_; }

    private:
        friend class StateSet;
        constexpr const_iterator(std::uint16_t mask, std::size_t index) noexcept
            : mask_(mask), index_(next(mask, index)) {}
        // The first state in `mask` at or after `from`: the lowest bit left, without a loop where
        // the compiler counts trailing zeros.
        static constexpr std::size_t next(std::uint16_t mask, std::size_t from) noexcept {
            const unsigned left = from < MemberState::count ? mask & (~0u << from) : 0u;
            if (left == 0) return MemberState::count;
#if defined(__GNUC__) || defined(__clang__)
            return static_cast<std::size_t>(__builtin_ctz(left));
#else
            while ((left & (1u << from)) == 0) ++from;
            return from;
#endif
        }
        std::uint16_t mask_ = 0;
        std::size_t index_ = MemberState::count;
    };
    using iterator = const_iterator;
    using value_type = MemberState;
    using size_type = std::size_t;

    constexpr StateSet() noexcept = default;
    constexpr StateSet(std::initializer_list<MemberState> states) noexcept {
        for (MemberState s : states) insert(s);
    }
    /// Every state that was ever a party.
    [[nodiscard]] static constexpr StateSet all() noexcept {
        StateSet s;
        s.mask_ = static_cast<std::uint16_t>((1u << MemberState::count) - 1);
        return s;
    }

    [[nodiscard]] constexpr const_iterator begin() const noexcept { return const_iterator(mask_, 0); }
    [[nodiscard]] constexpr const_iterator end() const noexcept { return const_iterator(mask_, MemberState::count); }
    [[nodiscard]] constexpr std::size_t size() const noexcept {
        std::size_t n = 0;
        for (std::uint16_t m = mask_; m != 0; m = static_cast<std::uint16_t>(m & (m - 1))) ++n;
        return n;
    }
    [[nodiscard]] constexpr bool empty() const noexcept { return mask_ == 0; }
    [[nodiscard]] constexpr bool contains(MemberState s) const noexcept { return (mask_ & bit(s)) != 0; }

    constexpr StateSet& insert(MemberState s) noexcept {
        mask_ = static_cast<std::uint16_t>(mask_ | bit(s));
        return *this;
    }
    constexpr StateSet& erase(MemberState s) noexcept {
        mask_ = static_cast<std::uint16_t>(mask_ & ~bit(s));
        return *this;
    }
    /// The raw mask, bit i for MemberState::from_index(i): for hashing or compact storage.
    [[nodiscard]] constexpr std::uint16_t bits() const noexcept { return mask_; }
    /// The set whose mask is `bits` (bits beyond the last state are dropped).
    [[nodiscard]] static constexpr StateSet from_bits(unsigned bits) noexcept {
        StateSet s;
        s.mask_ = static_cast<std::uint16_t>(bits & ((1u << MemberState::count) - 1));
        return s;
    }

    friend constexpr StateSet operator|(StateSet a, StateSet b) noexcept { return from_bits(a.mask_ | b.mask_); }
    friend constexpr StateSet operator&(StateSet a, StateSet b) noexcept { return from_bits(a.mask_ & b.mask_); }
    /// Set difference: the states of `a` not in `b`.
    friend constexpr StateSet operator-(StateSet a, StateSet b) noexcept { return from_bits(a.mask_ & ~b.mask_); }
    friend constexpr bool operator==(StateSet a, StateSet b) noexcept { return a.mask_ == b.mask_; }
    friend constexpr bool operator!=(StateSet a, StateSet b) noexcept { return a.mask_ != b.mask_; }

private:
    static constexpr std::uint16_t bit(MemberState s) noexcept { return static_cast<std::uint16_t>(1u << s.index()); }
    std::uint16_t mask_ = 0;
};

}  // namespace csto
