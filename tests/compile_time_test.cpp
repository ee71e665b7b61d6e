// The constexpr promise, kept by the compiler: if any of these stops being a constant
// expression, or gives another answer, the test suite does not build.
#include <csto/csto.hpp>
#include <csto/parse.hpp>

#include <doctest/doctest.h>

namespace {
using boost::gregorian::date;
namespace st = csto::states;

static_assert(csto::find_state("  kyrgyz republic ") == st::kyrgyzstan);
static_assert(!csto::find_state("Atlantis"));
static_assert(st::russia.cow_code() == 365);
static_assert(csto::is_member(st::uzbekistan, date(2010, 5, 1)));
static_assert(!csto::is_member(st::uzbekistan, date(2012, 6, 28)));
static_assert(boost::logic::indeterminate(csto::is_member(st::uzbekistan, date(2006, 7, 1))));
static_assert(csto::members_on(date(2017, 5, 15)).size() == 6);
static_assert(csto::members_on(date(1999, 4, 20)).size() == 9);
static_assert(csto::indeterminate_members_on(date(2006, 7, 1)) == csto::StateSet{st::uzbekistan});
static_assert(csto::status_on(st::armenia, date(2024, 2, 22)).standing == csto::Standing::member_participation_frozen);
static_assert(csto::status_on(st::georgia, date(2000, 1, 1)).standing == csto::Standing::former_member);
static_assert(csto::membership_history(st::uzbekistan).size() == 2);
static_assert(csto::treaty_in_force(date(1994, 4, 20)) && !csto::treaty_in_force(date(1994, 4, 19)));
static_assert(csto::organization_name(date(2002, 10, 7)) == "Collective Security Treaty Organization");
static_assert(csto::organization_name(date(2002, 10, 6)) == "Collective Security Treaty");
static_assert(csto::parse_date("2010-05-01") == date(2010, 5, 1));
static_assert(!csto::parse_date("2023-02-29"));
static_assert(csto::find_event(csto::TreatyEventKind::charter_in_force)->when == csto::DateRange::on(2003, 9, 18));
static_assert(csto::article(4)->obliges(csto::ObligationKind::collective_defense));
static_assert(!csto::article(9)->substance_known());
static_assert(csto::term_on(date(2022, 5, 16))->number == 6);
static_assert(csto::collective_defense(st::tajikistan, date(2022, 5, 16)).obligated.size() == 5);
static_assert(csto::collective_defense(st::kyrgyzstan, date(2022, 9, 16), st::tajikistan).intra_alliance);
static_assert(!csto::collective_defense(st::georgia, date(2000, 1, 1)).applies);
static_assert(csto::joint_consultations(st::tajikistan, date(2022, 5, 16)).participants.size() == 6);
static_assert(csto::find_summit(date(2020, 12, 2))->documents_total() == 15);
static_assert(csto::representative(*csto::find_summit(date(2022, 5, 16)), st::tajikistan)->name() == "Emomali Rahmon");
static_assert(csto::secretary_general_on(date(2017, 11, 30))->name() == "Yuri Khachaturov");
static_assert(csto::secretary_general_on(date(2003, 4, 28))->decisions().size() == 5);
static_assert(csto::chairing_state_on(date(2011, 12, 20)).state() == st::kazakhstan);
static_assert(csto::chairing_state_on(date(2022, 11, 23)).certainty == csto::ChairCertainty::uncertain);
static_assert(csto::find_person("Rakhmon")->name == "Emomali Rahmon");
static_assert(csto::treaty_anniversary(date(2022, 5, 16))->number == 30);
static_assert(csto::find_institution("PROXI").has_value());
static_assert(csto::organization_anniversary(date(2017, 6, 1))->number == 15);
static_assert(csto::anniversary_of(csto::DateRange::on(2002, 10, 7), date(2012, 10, 7))->on_the_day);
static_assert(csto::summits_between(date(2020, 12, 1), date(2020, 12, 2)).count() == 3);
static_assert(csto::summits().size() > csto::summits_between(date(2013, 1, 1), date(2025, 12, 31)).count());
static_assert(csto::summits_between(date(2017, 12, 1), date(2017, 12, 31)).count() == 1);  // not the Minsk session
static_assert(csto::statements()[0].speaker->name == "Yuri Khachaturov");
static_assert(csto::date_discrepancies()[0].state == st::belarus);
static_assert(csto::participation_freezes()[0].state == st::armenia);
static_assert(csto::DateRange::in_year(1993).contains(csto::DateRange::on(1993, 12, 31)));
static_assert((csto::StateSet{st::armenia, st::belarus} - csto::StateSet{st::belarus}) == csto::StateSet{st::armenia});
// The compiled membership that csto/lean.hpp reads (written by tools/compile_facts.py) is what the
// library itself compiles from the sourced intervals and events: the whole-table check runs here,
// not in users' builds.
constexpr auto recompiled =
    csto::compile_membership<16>(csto::builtin().membership_intervals, csto::builtin().treaty_events);
constexpr bool compiled_membership_is_current() {
    const csto::MembershipDays have = csto::builtin().membership_days;
    const csto::MembershipDays want = recompiled.days();
    if (have.change_days.size() != want.change_days.size()) return false;
    for (std::size_t k = 0; k < want.change_days.size(); ++k)
        if (have.change_days[k] != want.change_days[k]) return false;
    for (std::size_t k = 0; k < want.certain.size(); ++k)
        if (have.certain[k] != want.certain[k] || have.open[k] != want.open[k]) return false;
    for (std::size_t s = 0; s < csto::MemberState::count; ++s)
        if (csto::builtin().interval_index[s].first != recompiled.interval_index[s].first ||
            csto::builtin().interval_index[s].count != recompiled.interval_index[s].count)
            return false;
    return have.treaty_signed == want.treaty_signed && have.entry_into_force == want.entry_into_force &&
           have.charter_signed == want.charter_signed;
}
static_assert(compiled_membership_is_current(),
              "data/membership_days.hpp is out of date: run `cmake --build --preset default --target regenerate`");
}  // namespace

TEST_CASE("the compile-time checks above were compiled") {
    // Evaluated again at run time so a constexpr-only bug cannot hide.
    CHECK(csto::members_on(date(2017, 5, 15)).size() == 6);
}

#include <csto/version.hpp>
static_assert(csto::library_version == CSTO_PROJECT_VERSION, "version.hpp must match the CMake project version");
namespace {
// "MAJOR.MINOR.PATCH" as MAJOR * 10000 + MINOR * 100 + PATCH, the form of CSTO_VERSION.
constexpr int version_number(std::string_view v) {
    int result = 0;
    int part = 0;
    for (char c : v) {
        if (c == '.') {
            result = result * 100 + part;
            part = 0;
        } else {
            part = part * 10 + (c - '0');
        }
    }
    return result * 100 + part;
}
}  // namespace
static_assert(CSTO_VERSION == version_number(CSTO_PROJECT_VERSION),
              "CSTO_VERSION must match the CMake project version");
