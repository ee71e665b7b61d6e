// Must not compile: an aggressor written as text (it must be read with parse_aggressor, which can
// say the text is no aggressor; a silent conversion could not).
#include <csto/csto.hpp>

#ifdef CSTO_COMPILE_FAIL
const auto assessment = csto::collective_defense(csto::states::armenia, boost::gregorian::date(2022, 9, 13), "AZE");
#else
const auto assessment =
    csto::collective_defense(csto::states::armenia, boost::gregorian::date(2022, 9, 13), csto::states::azerbaijan);
#endif

int main() { return assessment.aggressor_members.empty() ? 0 : 1; }
