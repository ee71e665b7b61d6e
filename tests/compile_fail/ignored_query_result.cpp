// Must not compile under -Werror: a query whose answer is thrown away ([[nodiscard]]).
#include <csto/csto.hpp>

int main() {
#ifdef CSTO_COMPILE_FAIL
    csto::is_member(csto::states::armenia, boost::gregorian::date(2000, 1, 1));
#else
    (void)csto::is_member(csto::states::armenia, boost::gregorian::date(2000, 1, 1));
#endif
    return 0;
}
