// csto/optional.hpp - csto::Optional<T>: an answer that may be absent, as csto's queries return it.
#pragma once

#include <csto/detail/invalid_argument.hpp>

#include <cstddef>
#include <type_traits>
#if defined(__cpp_exceptions) || defined(_CPPUNWIND)
#include <stdexcept>
#endif

// Not <optional>: it costs every including file some 40 million compiler instructions (g++ 12 and
// clang 14), a tenth of the headers' budget. csto::Optional meets std::optional's types where a
// user's file has them, by their shape (detail::is_std_optional_v, detail::is_nullopt_v).

namespace csto {

template <class T>
class Optional;

#if defined(__cpp_exceptions) || defined(_CPPUNWIND)
/// What value() of an empty Optional throws, as boost::optional's does its own: a std::logic_error
/// (catch it as that or as std::exception). csto does not include <optional>, so it cannot throw
/// std::bad_optional_access.
class bad_optional_access : public std::logic_error {
public:
    bad_optional_access() : std::logic_error("csto::Optional::value: no value") {}
};
#endif

namespace detail {
/// value() of an empty Optional: throws csto::bad_optional_access; in a build without exceptions,
/// detail::abort_with.
[[noreturn]] inline void bad_optional_access() {
#if defined(__cpp_exceptions) || defined(_CPPUNWIND)
    throw csto::bad_optional_access();
#else
    abort_with("csto::Optional::value: no value");
#endif
}

// Does `signature`, the compiler's name for a function, name std::nullopt_t as a type just before
// its last `suffix` characters? (Or std::__1::nullopt_t, in an inline namespace of the standard
// library's.) Plain characters, not std::string_view: clang++ would analyse that in every file.
constexpr bool is_name_char(char c) noexcept {
    return c == ':' || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
constexpr bool same_chars(const char* a, const char* b, std::size_t count) noexcept {
    for (std::size_t i = 0; i < count; ++i)
        // cppcheck 2.10 pairs one call's count (11) with the other call's literal ("std::"); each
        // call passes its own literal's length.
        // cppcheck-suppress arrayIndexOutOfBounds
        if (a[i] != b[i]) return false;
    return true;
}
constexpr bool signature_names_nullopt_t(const char* signature, std::size_t size, std::size_t suffix) noexcept {
    if (size < suffix + 14) return false;
    const std::size_t end = size - suffix;
    if (!same_chars(signature + end - 11, "::nullopt_t", 11)) return false;
    std::size_t begin = end - 11;
    while (begin > 0 && is_name_char(signature[begin - 1])) --begin;
    return end - begin >= 14 && same_chars(signature + begin, "std::", 5) && begin > 0 && signature[begin - 1] == ' ';
}

/// Is N std::nullopt_t? It is the empty class type, neither an aggregate nor default-constructible,
/// that the standard requires ([optional.nullopt]); of those, the one the compiler names so.
template <class N>
constexpr bool names_nullopt_t() noexcept {
#if defined(_MSC_VER) && !defined(__clang__)
    // "bool __cdecl csto::detail::names_nullopt_t<struct std::nullopt_t>(void) noexcept"
    return signature_names_nullopt_t(__FUNCSIG__, sizeof(__FUNCSIG__) - 1, sizeof(">(void) noexcept") - 1);
#else
    // g++: "constexpr bool csto::detail::names_nullopt_t() [with N = std::nullopt_t]"; clang++ the same
    // without "constexpr" and "with"
    return signature_names_nullopt_t(__PRETTY_FUNCTION__, sizeof(__PRETTY_FUNCTION__) - 1, 1);
#endif
}
template <class N, bool = __is_class(N) && __is_empty(N) && !__is_aggregate(N)>
inline constexpr bool is_nullopt_v = false;
template <class N>
inline constexpr bool is_nullopt_v<N, true> = names_nullopt_t<N>();

/// nullopt_check<N>::type is int when N is std::nullopt_t, and absent otherwise; a class, so that
/// each N is looked at once (if_nullopt).
template <class N, bool = is_nullopt_v<N>>
struct nullopt_check {};
template <class N>
struct nullopt_check<N, true> {
    using type = int;
};
/// What a constructor taking std::nullopt checks: `detail::if_empty<N> = 0, detail::if_nullopt<N> = 0`.
/// if_empty first, the compilers' built-in trait: it turns away most arguments for less than
/// if_nullopt alone costs (clang++: 38,000 instructions for each call that makes an Optional,
/// against 78,000).
template <class N>
using if_empty = std::enable_if_t<__is_empty(N), int>;
template <class N>
using if_nullopt = typename nullopt_check<N>::type;

// std::declval without <utility>, which no other part of csto/csto.hpp needs (it costs each
// including file 0.5 to 0.8 million compiler instructions).
template <class T>
T&& declval() noexcept;
template <class O, class = void>
struct has_optional_shape : std::false_type {};
template <class O>
struct has_optional_shape<O, std::void_t<typename O::value_type, decltype(detail::declval<const O&>().has_value()),
                                         decltype(*detail::declval<const O&>())>> : std::true_type {};
template <class O>
inline constexpr bool is_csto_optional_v = false;
template <class U>
inline constexpr bool is_csto_optional_v<Optional<U>> = true;
/// Is O an optional of another library (std::optional<U>; boost::optional<U> reads the same):
/// a class with value_type, has_value() and operator*, that is not a csto::Optional?
template <class O>
inline constexpr bool is_std_optional_v = has_optional_shape<O>::value && !is_csto_optional_v<O>;
}  // namespace detail

/// A value of type T or nothing: what std::optional<T> is, for the small, trivially copyable types
/// csto's queries and records hold. It exists for compile time: every distinct std::optional<T> a
/// header instantiates costs each user's build about 15 million compiler instructions (g++ 12 and
/// clang 14, tests/benchmarks/compile_budget.py), this class about a quarter of that, and csto's
/// headers do not include <optional> at all.
///
/// It reads as std::optional does (`if (x)`, `*x`, `x->`, `has_value()`, `value()`, `value_or()`,
/// comparison with T and with std::nullopt) and converts implicitly to and from std::optional<T>,
/// so `std::optional<csto::MemberState> s = csto::find_state("Armenia");` compiles in a file that
/// includes <optional>. Two differences, both for compile time: value() of an empty one throws
/// csto::bad_optional_access (a std::logic_error), and it compares with a std::optional only
/// after one is converted to the other's type (`std::optional<T>(x) == y`; comparing the two
/// directly is ambiguous, and does not compile). All of it is constexpr; nothing but value() on an
/// empty one throws.
template <class T>
class Optional {
    // The compilers' built-in trait, not std::is_trivially_copyable_v: the standard traits cost
    // each user's build some 1.5 million instructions per Optional<T> (g++ 12). Trivially
    // copyable implies a trivial destructor.
    static_assert(__is_trivially_copyable(T), "csto::Optional holds small, trivially copyable values");

public:
    using value_type = T;

    constexpr Optional() noexcept : empty_(), engaged_(false) {}
    /// From std::nullopt: empty. (Checked in two steps, the compiler's built-in trait first: each
    /// value an Optional is made from is tried against this template, and most are not empty.)
    template <class N, detail::if_empty<N> = 0, detail::if_nullopt<N> = 0>
    constexpr Optional(N) noexcept : empty_(), engaged_(false) {}  // NOLINT: implicit as std::optional's
    constexpr Optional(const T& value) noexcept
        : value_(value), engaged_(true) {}  // NOLINT: implicit as std::optional's
    /// From a std::optional of T (or of a type that converts to T).
    /// (A template of a template, so that deducing it fails at once for any other argument. The
    /// conditions are parenthesised: cppcheck 2.10 misreads `Opt<U>>` as a syntax error.)
    template <template <class...> class Opt, class U, std::enable_if_t<(detail::is_std_optional_v<Opt<U>>), int> = 0,
              std::enable_if_t<std::is_convertible_v<const U&, T>, int> = 0>
    constexpr Optional(const Opt<U>& other) noexcept  // NOLINT: implicit, as the way back is
        : Optional(other.has_value() ? Optional(static_cast<T>(*other)) : Optional()) {}

    /// As a std::optional<T>, so `std::optional<T> x = query();` compiles.
    template <template <class...> class Opt, class U, std::enable_if_t<(detail::is_std_optional_v<Opt<U>>), int> = 0,
              std::enable_if_t<std::is_same_v<U, T>, int> = 0>
    constexpr operator Opt<U>() const noexcept {  // NOLINT(google-explicit-constructor)
        return engaged_ ? Opt<U>(value_) : Opt<U>();
    }

    [[nodiscard]] constexpr bool has_value() const noexcept { return engaged_; }
    constexpr explicit operator bool() const noexcept { return engaged_; }

    /// The value; the behaviour is undefined when there is none, as for std::optional.
    [[nodiscard]] constexpr const T& operator*() const noexcept { return value_; }
    [[nodiscard]] constexpr T& operator*() noexcept { return value_; }
    [[nodiscard]] constexpr const T* operator->() const noexcept { return &value_; }
    [[nodiscard]] constexpr T* operator->() noexcept { return &value_; }

    /// The value; throws csto::bad_optional_access when there is none (aborts without exceptions).
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

// Comparisons as std::optional's: four templates at namespace scope, not friends (each Optional<T>
// a query returns would declare them again in every user's build), one per operator and side, not
// one per case with a condition each (fourteen, each tried at every comparison in namespace csto).
//
// With another Optional, with std::nullopt, or with a value. Not with a std::optional directly:
// std::optional's own operators would read this Optional as a value, so an empty one would not
// equal an empty std::optional; the comparison does not compile (ambiguous, or this assertion)
// rather than answer that; convert one side first.
template <class T, class U>
constexpr bool operator==(const Optional<T>& a, const U& b) noexcept {
    if constexpr (detail::is_csto_optional_v<U>) {
        return a.has_value() == b.has_value() && (!a || *a == *b);
    } else if constexpr (detail::is_nullopt_v<U>) {
        return !a;
    } else {
        static_assert(!detail::is_std_optional_v<U>,
                      "compare a csto::Optional with a std::optional after converting one to the other's type");
        return a && *a == b;
    }
}
template <class T, class U, std::enable_if_t<!detail::is_csto_optional_v<U>, int> = 0>
constexpr bool operator==(const U& b, const Optional<T>& a) noexcept {
    return a == b;
}
template <class T, class U>
constexpr bool operator!=(const Optional<T>& a, const U& b) noexcept {
    return !(a == b);
}
template <class T, class U, std::enable_if_t<!detail::is_csto_optional_v<U>, int> = 0>
constexpr bool operator!=(const U& b, const Optional<T>& a) noexcept {
    return !(a == b);
}

}  // namespace csto
