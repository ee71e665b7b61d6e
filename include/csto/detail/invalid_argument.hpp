// csto/detail/invalid_argument.hpp - how the constructors that check their arguments (a day that
// exists, a range in order, a table in order) report a bad one, with or without exceptions.
#pragma once

#include <cstdio>
#include <cstdlib>
#if defined(__cpp_exceptions) || defined(_CPPUNWIND)
#include <stdexcept>
#endif

namespace csto::detail {

/// Writes `what` and a newline to stderr, then calls std::abort(): how csto reports an error in a
/// build without exceptions (invalid_argument here, csto::Optional::value() of an empty one).
[[noreturn]] inline void abort_with(const char* what) noexcept {
    std::fputs(what, stderr);
    std::fputc('\n', stderr);
    std::abort();
}

/// Reports an argument that no valid call has; `what` names the rule it breaks.
/// - In a constant expression (a constexpr table): a compile error. The function is not constexpr
///   on purpose, so evaluating a call to it makes the expression ill-formed, and the compiler's
///   note shows the call, with `what`, in the source line it quotes. No `throw` is needed for that.
/// - At run time, with exceptions: throws std::invalid_argument(what).
/// - At run time, in a build without exceptions (-fno-exceptions): writes `what` to stderr and
///   calls std::abort(), as the standard library does for its own errors in such a build.
/// Build every translation unit of a program the same way (the two bodies are one inline function).
[[noreturn]] inline void invalid_argument(const char* what) {
#if defined(__cpp_exceptions) || defined(_CPPUNWIND)
    throw std::invalid_argument(what);
#else
    abort_with(what);
#endif
}

}  // namespace csto::detail
