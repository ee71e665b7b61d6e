// libFuzzer target: find_state, suggest and find_person on arbitrary bytes never crash, and
// whatever find_state finds is found again by each of its own names, and by suggest.
#include <csto/csto.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (const auto state = csto::find_state(text)) {
        for (std::string_view name : {state->name(), state->official_name(), state->alpha2(), state->alpha3()})
            if (csto::find_state(name) != state) std::abort();
        for (std::string_view name : state->identity().other_names)
            if (csto::find_state(name) != state) std::abort();
        if (csto::suggest(text) != state) std::abort();  // suggest gives back what find_state finds
    }
    (void)csto::suggest(text);
    if (const auto person = csto::find_person(text))
        if (csto::find_person(person->name) != person) std::abort();
    (void)csto::find_institution(text);
    return 0;
}
