// Must not compile: a MemberState made up from a number (it could name no state).
#include <csto/csto.hpp>

#ifdef CSTO_COMPILE_FAIL
const csto::MemberState state{std::uint8_t{42}};
#else
const csto::MemberState state = csto::states::armenia;
#endif

int main() { return state == csto::states::armenia ? 0 : 1; }
