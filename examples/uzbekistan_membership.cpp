// Was Uzbekistan a member in 2010, and why not in 2015? One question, answered with its sources.
#include <csto/csto.hpp>
#include <csto/io.hpp>

#include <iostream>

int main() {
    namespace g = boost::gregorian;
    const csto::MemberState uz = csto::states::uzbekistan;
    for (const g::date day : {g::date(2010, 5, 1), g::date(2015, 5, 1)}) {
        const csto::MembershipStatus status = csto::status_on(uz, day);
        std::cout << "Uzbekistan on " << csto::to_string(day) << ": " << status << '\n';
        // The interval that decides it tells how membership began and ended.
        const csto::MembershipInterval& interval = *status.interval;
        std::cout << "  because: " << interval << '\n';
        for (const csto::Citation& c : status.sources()) std::cout << "  source: " << c << '\n';
    }
}
