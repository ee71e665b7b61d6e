// A C++20 user's program, built with `-std=c++20 $(pkg-config --cflags csto)`: the package's flags
// must not turn the user's standard back to C++17, so the C++20 interoperation stays visible.
#include <csto/csto.hpp>
#include <csto/io.hpp>

#include <chrono>
#include <cstdio>

static_assert(__cplusplus >= 202002L, "pkg-config's flags changed the language standard the user chose");

int main() {
    namespace g = boost::gregorian;
    using namespace std::chrono;
    // csto::to_sys_days exists only in C++20 builds (csto/io.hpp).
    const auto day = csto::to_sys_days(g::date(2010, 5, 1));
    const bool ok = day && *day == sys_days{year{2010} / May / 1} &&
                    static_cast<bool>(csto::is_member(csto::states::uzbekistan, g::date(2010, 5, 1)));
    std::printf("C++%ld: %s\n", static_cast<long>(__cplusplus), ok ? "ok" : "WRONG");
    return ok ? 0 : 1;
}
