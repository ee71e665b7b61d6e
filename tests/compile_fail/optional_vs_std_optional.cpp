// Must not compile: a csto::Optional compared with a std::optional directly. std::optional's own
// operators would read the csto::Optional as a value, so an empty one would not equal an empty
// std::optional; convert one side first.
#include <csto/csto.hpp>

#include <optional>

int main() {
    const std::optional<csto::MemberState> none;
#ifdef CSTO_COMPILE_FAIL
    const bool same = csto::find_state("Atlantis") == none;
#else
    const bool same = std::optional<csto::MemberState>(csto::find_state("Atlantis")) == none;
#endif
    return same ? 0 : 1;
}
