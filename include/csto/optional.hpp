// csto/optional.hpp - csto::Optional<T>: an answer that may be absent, as csto's queries return it.
#pragma once

#include <csto/detail/invalid_argument.hpp>

#include <optional>  // std::nullopt_t, std::bad_optional_access, and the std::optional it converts to
#include <type_traits>

namespace csto {

namespace detail {
/// value() of an empty Optional: throws std::bad_optional_access, as std::optional does; in a build
/// without exceptions, detail::abort_with.
[[noreturn]] inline void bad_optional_access() {
#if defined(__cpp_exceptions) || defined(_CPPUNWIND)
    throw std::bad_optional_access();
#else
    abort_with("csto::Optional::value: no value");
#endif
}
}  // namespace detail

/// A value of type T or nothing: what std::optional<T> is, for the small, trivially copyable types
/// csto's queries and records hold. It exists for compile time: every distinct std::optional<T> a
/// header instantiates costs each user's build about 15 million compiler instructions (g++ 12 and
/// clang 14, tests/benchmarks/compile_budget.py), this class about a quarter of that.
///
/// It reads as std::optional does (`if (x)`, `*x`, `x->`, `has_value()`, `value()`, `value_or()`,
/// comparison with T, with std::nullopt and with another optional) and converts implicitly to and
/// from std::optional<T>, so `std::optional<csto::MemberState> s = csto::find_state("Armenia");`
/// compiles. All of it is constexpr; nothing but value() on an empty one throws.
template <class T>
class Optional {
    // The compilers' built-in trait, not std::is_trivially_copyable_v: the standard traits cost
    // each user's build some 1.5 million instructions per Optional<T> (g++ 12). Trivially
    // copyable implies a trivial destructor.
    static_assert(__is_trivially_copyable(T), "csto::Optional holds small, trivially copyable values");

public:
    using value_type = T;

    constexpr Optional() noexcept : empty_(), engaged_(false) {}
    constexpr Optional(std::nullopt_t) noexcept : empty_(), engaged_(false) {}  // NOLINT: implicit as std::optional's
    constexpr Optional(const T& value) noexcept
        : value_(value), engaged_(true) {}  // NOLINT: implicit as std::optional's
    /// From a std::optional of T (or of a type that converts to T).
    template <class U, std::enable_if_t<std::is_convertible_v<const U&, T>, int> = 0>
    constexpr Optional(const std::optional<U>& other) noexcept  // NOLINT: implicit, as the way back is
        : Optional(other ? Optional(static_cast<T>(*other)) : Optional()) {}

    /// As a std::optional<T>, so `std::optional<T> x = query();` compiles. A template, so that
    /// asking whether an Optional converts to some other type (as `c ? optional : std::nullopt`
    /// does) does not instantiate std::optional<T>.
    template <class U, std::enable_if_t<std::is_same_v<U, T>, int> = 0>
    constexpr operator std::optional<U>() const noexcept {  // NOLINT(google-explicit-constructor)
        return engaged_ ? std::optional<U>(value_) : std::optional<U>();
    }

    [[nodiscard]] constexpr bool has_value() const noexcept { return engaged_; }
    constexpr explicit operator bool() const noexcept { return engaged_; }

    /// The value; the behaviour is undefined when there is none, as for std::optional.
    [[nodiscard]] constexpr const T& operator*() const noexcept { return value_; }
    [[nodiscard]] constexpr T& operator*() noexcept { return value_; }
    [[nodiscard]] constexpr const T* operator->() const noexcept { return &value_; }
    [[nodiscard]] constexpr T* operator->() noexcept { return &value_; }

    /// The value; throws std::bad_optional_access when there is none (aborts without exceptions).
    [[nodiscard]] constexpr const T& value() const {
        if (!engaged_) detail::bad_optional_access();
        return value_;
    }
    /// The value, or `fallback` converted to T when there is none.
    template <class U>
    [[nodiscard]] constexpr T value_or(const U& fallback) const noexcept {
        return engaged_ ? value_ : static_cast<T>(fallback);
    }

    constexpr void reset() noexcept { engaged_ = false; }

private:
    union {
        char empty_;
        T value_;
    };
    bool engaged_;
};

namespace detail {
template <class U>
struct is_optional_like : std::false_type {};
template <class U>
struct is_optional_like<Optional<U>> : std::true_type {};
template <class U>
struct is_optional_like<std::optional<U>> : std::true_type {};
template <>
struct is_optional_like<std::nullopt_t> : std::true_type {};
template <class U>
using if_value = std::enable_if_t<!is_optional_like<U>::value, int>;
}  // namespace detail

// Comparisons as std::optional's: templates at namespace scope, not friends, so that each
// Optional<T> a query returns does not declare fourteen more functions in every user's build.
template <class T>
constexpr bool operator==(const Optional<T>& a, const Optional<T>& b) noexcept {
    return a.has_value() == b.has_value() && (!a || *a == *b);
}
template <class T>
constexpr bool operator!=(const Optional<T>& a, const Optional<T>& b) noexcept {
    return !(a == b);
}
template <class T>
constexpr bool operator==(const Optional<T>& a, std::nullopt_t) noexcept {
    return !a;
}
template <class T>
constexpr bool operator==(std::nullopt_t, const Optional<T>& a) noexcept {
    return !a;
}
template <class T>
constexpr bool operator!=(const Optional<T>& a, std::nullopt_t) noexcept {
    return a.has_value();
}
template <class T>
constexpr bool operator!=(std::nullopt_t, const Optional<T>& a) noexcept {
    return a.has_value();
}
template <class T, class U, detail::if_value<U> = 0>
constexpr bool operator==(const Optional<T>& a, const U& b) noexcept {
    return a && *a == b;
}
template <class T, class U, detail::if_value<U> = 0>
constexpr bool operator==(const U& b, const Optional<T>& a) noexcept {
    return a && *a == b;
}
template <class T, class U, detail::if_value<U> = 0>
constexpr bool operator!=(const Optional<T>& a, const U& b) noexcept {
    return !(a == b);
}
template <class T, class U, detail::if_value<U> = 0>
constexpr bool operator!=(const U& b, const Optional<T>& a) noexcept {
    return !(a == b);
}
template <class T, class U>
constexpr bool operator==(const Optional<T>& a, const std::optional<U>& b) noexcept {
    return a.has_value() == b.has_value() && (!a || *a == *b);
}
template <class T, class U>
constexpr bool operator==(const std::optional<U>& b, const Optional<T>& a) noexcept {
    return a == b;
}
template <class T, class U>
constexpr bool operator!=(const Optional<T>& a, const std::optional<U>& b) noexcept {
    return !(a == b);
}
template <class T, class U>
constexpr bool operator!=(const std::optional<U>& b, const Optional<T>& a) noexcept {
    return !(a == b);
}

}  // namespace csto
