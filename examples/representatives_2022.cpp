// Who represented each state at the 16 May 2022 summit in Moscow?
#include <csto/csto.hpp>
#include <csto/io.hpp>

#include <iostream>

int main() {
    namespace g = boost::gregorian;
    const auto summit = csto::find_summit(g::date(2022, 5, 16));
    if (!summit) return 1;
    std::cout << *summit << '\n';
    for (csto::MemberState state : csto::members_on(summit->when().earliest())) {
        const auto rep = csto::representative(*summit, state);
        std::cout << "  " << state << ": " << (rep ? csto::to_string(*rep) : std::string("(not named)")) << '\n';
    }
    if (summit->secretary_general() != nullptr)
        std::cout << "  Secretary-General: " << summit->secretary_general()->name << '\n';
    std::cout << "  source: " << summit->participants()[0].sources()[0] << '\n';
}
