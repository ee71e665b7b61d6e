// csto/data/states.hpp - the nine states that were ever parties to the Collective Security Treaty.
//
// Rows are sorted by short name; MemberState indexes this table. Official names are those the
// seed documents use where they use one (quoted), else ISO 3166-1's full name.
#pragma once

// The rows are laid out by hand, as an annotated source.
// clang-format off

#include <csto/data/sources.hpp>
#include <csto/state_identity.hpp>

namespace csto::data {

namespace state_citations {
using namespace sources;
inline constexpr Citation codes_iso{&iso_3166_1, "ISO 3166-1 assigns the alpha-2, alpha-3 and numeric codes"};
inline constexpr Citation codes_cow{&cow_state_system, "the Correlates of War state list assigns the state number"};

// Seed 000 names each leader with the official name of the state (people.hpp cites these too).
inline constexpr Citation seed_000_pashinyan{&seed_000, "The Prime Minister of the Republic of Armenia Nikol Pashinyan"};
inline constexpr Citation seed_000_lukashenko{&seed_000, "the President of the Republic of Belarus Alexander Lukashenko"};
inline constexpr Citation seed_000_tokayev{&seed_000, "the President of the Republic of Kazakhstan Kassym-Jomart Tokayev"};
inline constexpr Citation seed_000_japarov{&seed_000, "the President of the Kyrgyz Republic Sadyr Japarov"};
inline constexpr Citation seed_000_rakhmon{&seed_000, "the President of the Republic of Tajikistan Emomali Rakhmon"};

inline constexpr Citation armenia[] = {
    seed_000_pashinyan, codes_iso, codes_cow};
inline constexpr Citation azerbaijan[] = {
    {&iso_3166_1, "ISO 3166-1 gives the full name Republic of Azerbaijan and the codes"}, codes_cow};
inline constexpr Citation belarus[] = {
    seed_000_lukashenko, codes_iso, codes_cow};
inline constexpr Citation georgia[] = {
    {&iso_3166_1, "ISO 3166-1 gives the full name Georgia and the codes"}, codes_cow};
inline constexpr Citation kazakhstan[] = {
    seed_000_tokayev, codes_iso, codes_cow};
inline constexpr Citation kyrgyzstan[] = {
    seed_000_japarov, codes_iso, codes_cow};
inline constexpr Citation russia[] = {
    {&seed_002, "the President of the Russian Federation Vladimir Putin"}, codes_iso, codes_cow};
inline constexpr Citation tajikistan[] = {
    seed_000_rakhmon, codes_iso, codes_cow};
inline constexpr Citation uzbekistan[] = {
    {&iso_3166_1, "ISO 3166-1 gives the full name Republic of Uzbekistan and the codes"}, codes_cow};
}  // namespace state_citations

//                                    name          official name             a2    a3     ISO  COW  sources
inline constexpr StateIdentity states[] = {
    {"Armenia",    "Republic of Armenia",    "AM", "ARM",  51, 371, state_citations::armenia},
    {"Azerbaijan", "Republic of Azerbaijan", "AZ", "AZE",  31, 373, state_citations::azerbaijan},
    {"Belarus",    "Republic of Belarus",    "BY", "BLR", 112, 370, state_citations::belarus},
    {"Georgia",    "Georgia",                "GE", "GEO", 268, 372, state_citations::georgia},
    {"Kazakhstan", "Republic of Kazakhstan", "KZ", "KAZ", 398, 705, state_citations::kazakhstan},
    {"Kyrgyzstan", "Kyrgyz Republic",        "KG", "KGZ", 417, 703, state_citations::kyrgyzstan},
    {"Russia",     "Russian Federation",     "RU", "RUS", 643, 365, state_citations::russia},
    {"Tajikistan", "Republic of Tajikistan", "TJ", "TJK", 762, 702, state_citations::tajikistan},
    {"Uzbekistan", "Republic of Uzbekistan", "UZ", "UZB", 860, 704, state_citations::uzbekistan},
};

namespace detail_check {
constexpr bool states_sorted_and_unique() {
    for (std::size_t i = 1; i < sizeof(states) / sizeof(states[0]); ++i)
        if (!(states[i - 1].name < states[i].name) || !(states[i - 1].numeric != states[i].numeric)) return false;
    return true;
}
}  // namespace detail_check
static_assert(detail_check::states_sorted_and_unique(), "states must be sorted by name and unique");
static_assert(sizeof(states) / sizeof(states[0]) <= 16, "StateSet holds at most 16 states");

}  // namespace csto::data
// clang-format on
