// csto/detail/lazy.hpp - detail::lazy<Lazy>(x): a value whose type depends on a template parameter,
// so that a member function template reading through it is analysed only where it is called.
#pragma once

namespace csto::detail {

/// `value` itself, as an expression that depends on `Lazy`. A member function declared
/// `template <class Lazy = void>` that reads its fields through lazy<Lazy>(...) is a template whose
/// body depends on its parameter: the compiler analyses that body (and instantiates what it uses)
/// only in a file that calls the function, not in every file that includes the header. Calls read
/// as before: Lazy is never deduced and never given.
template <class Lazy, class T>
[[nodiscard]] constexpr const T& lazy(const T& value) noexcept {
    return value;
}

}  // namespace csto::detail
