// A user's program: fails (exit 1) unless the library it was built against answers correctly.
#include <csto/csto.hpp>

#include <cstdio>

int main() {
    namespace g = boost::gregorian;
    const auto uz = csto::find_state("Uzbekistan");
    const bool ok =
        uz && csto::is_member(*uz, g::date(2010, 5, 1)) && csto::members_on(g::date(2017, 5, 15)).size() == 6;
    std::printf("csto %s, data %s: %s\n", csto::library_version.data(), csto::data_version.data(), ok ? "ok" : "WRONG");
    return ok ? 0 : 1;
}
