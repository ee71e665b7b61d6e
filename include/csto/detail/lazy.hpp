// csto/detail/lazy.hpp - detail::lazy<Lazy>(x): a value whose type depends on a template parameter,
// so that a member function template reading through it is analysed only where it is called; and
// detail::Deferred<T, Lazy>, a type that does, for the data's variable templates.
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

/// `T`, named through `Lazy`. A variable template of this type (`template <class Lazy = void>
/// inline constexpr Deferred<Request, Lazy> requests[] = {...};`) has an initializer that depends
/// on its parameter: the compiler analyses the rows only in a file that uses the table. With the
/// plain type it would analyse them where they are written, in every including file. A query's
/// return type too: `detail::Deferred<Optional<Summit>, Lazy>` is Optional<Summit>, but named so,
/// the compiler instantiates that Optional (some 0.9 M clang++ instructions) and analyses the
/// query's `return {};` only in a file that calls it.
template <class T, class Lazy>
struct deferred {
    using type = T;
};
template <class T, class Lazy>
using Deferred = typename deferred<T, Lazy>::type;

}  // namespace csto::detail
