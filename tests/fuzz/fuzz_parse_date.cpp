// libFuzzer target: parse_date on arbitrary bytes never crashes; a parsed date prints back as the
// same ISO 8601 day and every query accepts it.
#include <csto/csto.hpp>
#include <csto/io.hpp>
#include <csto/parse.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto day = csto::parse_date(text);
    if (!day) return 0;
    if (csto::parse_date(csto::to_string(*day)) != day) std::abort();
    const csto::StateSet members = csto::members_on(*day);
    for (csto::MemberState s : csto::StateSet::all()) {
        if (static_cast<bool>(csto::is_member(s, *day)) != members.contains(s)) std::abort();
        (void)csto::collective_defense(s, *day, csto::states::russia);
    }
    (void)csto::find_summit(*day);
    (void)csto::term_on(*day);
    return 0;
}
