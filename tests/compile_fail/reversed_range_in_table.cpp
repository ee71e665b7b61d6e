// Must not compile: a date range whose end precedes its start.
#include <csto/csto.hpp>

using boost::gregorian::date;
#ifdef CSTO_COMPILE_FAIL
constexpr csto::DateRange row = csto::DateRange::between(date(2006, 8, 16), date(2006, 6, 23));
#else
constexpr csto::DateRange row = csto::DateRange::between(date(2006, 6, 23), date(2006, 8, 16));
#endif

int main() { return row.is_exact() ? 1 : 0; }
