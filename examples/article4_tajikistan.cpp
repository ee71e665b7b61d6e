// What does Article 4 oblige if Tajikistan is attacked (on the day of the 2022 Moscow summit)?
#include <csto/csto.hpp>
#include <csto/io.hpp>

#include <iostream>

int main() {
    namespace g = boost::gregorian;
    const csto::CollectiveDefense r = csto::collective_defense(csto::states::tajikistan, g::date(2022, 5, 16));
    std::cout << "Article 4 applies: " << csto::to_string_view(r.applies) << '\n';
    std::cout << "owe assistance: " << r.obligated << '\n';
    std::cout << "on the basis of: " << r.legal_basis << '\n';
    std::cout << "use of armed forces decided by: " << r.armed_forces_decided_by << '\n';
    for (const csto::Reason& reason : r.reasons) std::cout << "note: " << reason.text << '\n';
    // The words of Article 4 as signed, quoted by seed 004.
    std::cout << "source: " << csto::article(4, g::date(2000, 1, 1))->sources()[0] << '\n';
}
