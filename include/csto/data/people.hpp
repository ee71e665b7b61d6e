// csto/data/people.hpp - the people the sources name, with every spelling they use.
#pragma once

// The rows are laid out by hand, as an annotated source.
// clang-format off

#include <csto/data/sources.hpp>
#include <csto/data/states.hpp>
#include <csto/member_state.hpp>
#include <csto/person.hpp>

namespace csto::data {

namespace evidence {
using namespace sources;
namespace names {
inline constexpr std::string_view pashinyan[] = {"Nikol Pashinyan"};
inline constexpr std::string_view lukashenko[] = {"Alexander Lukashenko", "Aleksandr Lukashenko"};
inline constexpr std::string_view tokayev[] = {"Kassym-Jomart Tokayev"};
inline constexpr std::string_view japarov[] = {"Sadyr Japarov"};
inline constexpr std::string_view mamytov[] = {"Talant Mamytov"};
inline constexpr std::string_view putin[] = {"Vladimir Putin", "Владимир Путин"};
inline constexpr std::string_view rahmon[] = {"Emomali Rahmon", "Emomali Rakhmon"};
inline constexpr std::string_view zas[] = {"Stanislav Zas"};
inline constexpr std::string_view khachaturov[] = {"Yuri Khachaturov"};
inline constexpr std::string_view lavrov[] = {"Sergey Lavrov"};
inline constexpr std::string_view shoigu[] = {"Sergei Shoigu"};
inline constexpr std::string_view peskov[] = {"Dmitry Peskov"};
inline constexpr std::string_view sargsyan[] = {"Serzh Sargsyan"};
inline constexpr std::string_view nazarbayev[] = {"Nursultan Nazarbayev"};
inline constexpr std::string_view jeenbekov[] = {"Sooronbay Jeenbekov"};
inline constexpr std::string_view bordyuzha[] = {"Nikolai Bordyuzha"};
inline constexpr std::string_view semerikov[] = {"Valery Semerikov"};
inline constexpr std::string_view tasmagambetov[] = {"Imangali Tasmagambetov"};
inline constexpr std::string_view masadykov[] = {"Taalatbek Masadykov"};
}  // namespace names

inline constexpr Citation pashinyan[] = {state_citations::seed_000_pashinyan};
inline constexpr Citation lukashenko[] = {
    state_citations::seed_000_lukashenko,
    {&seed_004, "Belarusian President Aleksandr Lukashenko"}};
inline constexpr Citation tokayev[] = {state_citations::seed_000_tokayev};
inline constexpr Citation japarov[] = {state_citations::seed_000_japarov};
inline constexpr Citation mamytov[] = {{&seed_002, "the Acting President of the Kyrgyz Republic Talant Mamytov"}};
inline constexpr Citation putin[] = {
    {&seed_000, "the President of Russia Vladimir Putin"}, {&seed_000, "Владимир #Путин"}};
inline constexpr Citation rahmon[] = {
    {&seed_002, "the President of the Republic of Tajikistan Emomali Rahmon"},
    state_citations::seed_000_rakhmon};
inline constexpr Citation seed_000_zas_present{&seed_000, "The CSTO Secretary-General Stanislav Zas was also present."};
inline constexpr Citation zas[] = {seed_000_zas_present};
inline constexpr Citation khachaturov[] = {{&seed_001, "the CSTO Secretary General, Yuri Khachaturov"}};
inline constexpr Citation lavrov[] = {{&seed_002, "chaired by Russian Foreign Minister Sergey Lavrov"}};
inline constexpr Citation shoigu[] = {{&seed_002, "chaired by the Russian Defense Minister Sergei Shoigu"}};
inline constexpr Citation peskov[] = {{&seed_004, "Dmitry Peskov, press secretary of the Russian president"}};
inline constexpr Citation sargsyan[] = {{&csc_sessions, "Serzh Sargsyan (Armenia) chaired the Moscow session of 21 December 2015"}};
inline constexpr Citation nazarbayev[] = {{&csc_sessions, "Nazarbayev chaired the Astana session of 8 November 2018 as head of the host state"}};
inline constexpr Citation jeenbekov[] = {{&csc_sessions, "Jeenbekov chaired the Bishkek session of 28 November 2019 as head of the host state"}};
inline constexpr Citation bordyuzha[] = {{&asbarez_2016, "Nikolai Bordyuzha of Russia was Secretary General until the end of 2016"}};
inline constexpr Citation semerikov[] = {{&asbarez_2016, "Valery Semerikov of Russia was to act as Secretary General from 2017"}};
inline constexpr Citation tasmagambetov[] = {{&tass_2025_12_15, "Imangali Tasmagambetov of Kazakhstan, Secretary General whose term ends with 2025"}};
inline constexpr Citation masadykov[] = {{&eccis_31236, "Taalatbek Masadykov of Kyrgyzstan appointed Secretary General for 2026-2028"}};
}  // namespace evidence

namespace people {
namespace ms = csto::states;
inline constexpr Person pashinyan{"Nikol Pashinyan", evidence::names::pashinyan, ms::armenia, evidence::pashinyan};
inline constexpr Person lukashenko{"Alexander Lukashenko", evidence::names::lukashenko, ms::belarus, evidence::lukashenko};
inline constexpr Person tokayev{"Kassym-Jomart Tokayev", evidence::names::tokayev, ms::kazakhstan, evidence::tokayev};
inline constexpr Person japarov{"Sadyr Japarov", evidence::names::japarov, ms::kyrgyzstan, evidence::japarov};
inline constexpr Person mamytov{"Talant Mamytov", evidence::names::mamytov, ms::kyrgyzstan, evidence::mamytov};
inline constexpr Person putin{"Vladimir Putin", evidence::names::putin, ms::russia, evidence::putin};
inline constexpr Person rahmon{"Emomali Rahmon", evidence::names::rahmon, ms::tajikistan, evidence::rahmon};
inline constexpr Person zas{"Stanislav Zas", evidence::names::zas, ms::belarus, evidence::zas};
inline constexpr Person khachaturov{"Yuri Khachaturov", evidence::names::khachaturov, ms::armenia, evidence::khachaturov};
inline constexpr Person lavrov{"Sergey Lavrov", evidence::names::lavrov, ms::russia, evidence::lavrov};
inline constexpr Person shoigu{"Sergei Shoigu", evidence::names::shoigu, ms::russia, evidence::shoigu};
inline constexpr Person peskov{"Dmitry Peskov", evidence::names::peskov, ms::russia, evidence::peskov};
inline constexpr Person sargsyan{"Serzh Sargsyan", evidence::names::sargsyan, ms::armenia, evidence::sargsyan};
inline constexpr Person nazarbayev{"Nursultan Nazarbayev", evidence::names::nazarbayev, ms::kazakhstan, evidence::nazarbayev};
inline constexpr Person jeenbekov{"Sooronbay Jeenbekov", evidence::names::jeenbekov, ms::kyrgyzstan, evidence::jeenbekov};
inline constexpr Person bordyuzha{"Nikolai Bordyuzha", evidence::names::bordyuzha, ms::russia, evidence::bordyuzha};
inline constexpr Person semerikov{"Valery Semerikov", evidence::names::semerikov, ms::russia, evidence::semerikov};
inline constexpr Person tasmagambetov{"Imangali Tasmagambetov", evidence::names::tasmagambetov, ms::kazakhstan, evidence::tasmagambetov};
inline constexpr Person masadykov{"Taalatbek Masadykov", evidence::names::masadykov, ms::kyrgyzstan, evidence::masadykov};

/// Everyone, for find_person.
inline constexpr const Person* all[] = {
    &pashinyan, &lukashenko, &tokayev, &japarov, &mamytov, &putin, &rahmon, &zas, &khachaturov, &lavrov,
    &shoigu, &peskov, &sargsyan, &nazarbayev, &jeenbekov, &bordyuzha, &semerikov, &tasmagambetov, &masadykov,
};
}  // namespace people

}  // namespace csto::data
// clang-format on
