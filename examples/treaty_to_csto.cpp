// How did the Collective Security Treaty become the CSTO? The milestones, each with a source.
#include <csto/csto.hpp>
#include <csto/io.hpp>

#include <iostream>

int main() {
    using K = csto::TreatyEventKind;
    for (K kind : {K::treaty_signed, K::entry_into_force, K::extension_protocol_signed, K::organization_decided,
                   K::charter_signed, K::charter_in_force}) {
        const csto::Optional<csto::TreatyEvent> e = csto::find_event(kind);
        std::cout << *e << '\n';
        std::cout << "  name that day: " << csto::organization_name(e->when.earliest()) << '\n';
        std::cout << "  source: " << e->sources[0] << '\n';
    }
}
