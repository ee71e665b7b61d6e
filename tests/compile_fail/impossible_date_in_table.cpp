// Must not compile: a data row with 30 February. Without CSTO_COMPILE_FAIL it must compile.
#include <csto/csto.hpp>

#ifdef CSTO_COMPILE_FAIL
constexpr csto::DateRange row = csto::DateRange::on(1993, 2, 30);
#else
constexpr csto::DateRange row = csto::DateRange::on(1993, 2, 28);
#endif

int main() { return row.is_exact() ? 0 : 1; }
