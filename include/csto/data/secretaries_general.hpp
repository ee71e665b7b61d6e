// csto/data/secretaries_general.hpp - who was Secretary-General (or acting), and when.
#pragma once

// The rows are laid out by hand, as an annotated source.
// clang-format off

#include <csto/data/people.hpp>
#include <csto/secretary_general_term.hpp>

namespace csto::data {

namespace evidence {
using R = DateRange;
inline constexpr Citation sg_bordyuzha[] = {
    {&asbarez_2016, "Nikolai Bordyuzha held the post from 2003 until the end of 2016 (start day not given)", R::in_year(2003)},
    {&asbarez_2016, "Bordyuzha's term ends on 31 December 2016", R::on(2017, 1, 1)},
};
inline constexpr Citation sg_semerikov_2017[] = {
    {&asbarez_2016, "Valery Semerikov acts as Secretary General from 1 January 2017", R::on(2017, 1, 1)},
    {&armenpress_2018_11_08, "Khachaturov assumed the post on 2 May 2017, ending the acting term", R::on(2017, 5, 2)},
};
inline constexpr Citation sg_khachaturov[] = {
    {&seed_001, "In his greeting, the CSTO Secretary General, Yuri Khachaturov, said"},
    {&armenpress_2018_11_08, "Khachaturov assumed the post on 2 May 2017 and was relieved on 2 November 2018", R::on(2017, 5, 2)},
    {&armenpress_2018_11_08, "Khachaturov was relieved of the post early, on 2 November 2018", R::on(2018, 11, 2)},
};
inline constexpr Citation sg_semerikov_2018[] = {
    {&armenpress_2018_11_08, "Semerikov acts as Secretary General again from 2 November 2018", R::on(2018, 11, 2)},
    {&belta_2019, "Stanislav Zas takes office on 1 January 2020, ending the acting term", R::on(2020, 1, 1)},
};
inline constexpr Citation sg_zas[] = {
    {&seed_002, "The CSTO Secretary General Stanislav Zas also participated in the meeting."},
    seed_000_zas_present,
    {&belta_2019, "Stanislav Zas of Belarus is Secretary General from 1 January 2020 to 31 December 2022", R::on(2020, 1, 1)},
    {&tass_2025_12_15, "Tasmagambetov's term began on 1 January 2023, after Zas's", R::on(2023, 1, 1)},
};
inline constexpr Citation sg_tasmagambetov[] = {
    {&tass_2025_12_15, "Imangali Tasmagambetov of Kazakhstan is Secretary General from 1 January 2023", R::on(2023, 1, 1)},
    {&tass_2025_12_15, "Tasmagambetov's term ends at the end of 2025", R::on(2026, 1, 1)},
};
inline constexpr Citation sg_masadykov[] = {
    {&eccis_31236, "the Bishkek session of 27 November 2025 appointed Taalatbek Masadykov from 1 January 2026", R::on(2026, 1, 1)},
    {&eccis_31236, "Masadykov's term runs to 31 December 2028", R::on(2029, 1, 1)},
};
}  // namespace evidence

using R = DateRange;

/// Every term, in date order; each `until` is the next one's `from` (checked by a test).
inline constexpr SecretaryGeneralTerm secretary_general_terms[] = {
    //   person                     first day in office     first day out              acting  sources
    {people::bordyuzha,     R::in_year(2003),        R::on(2017, 1, 1),         false, evidence::sg_bordyuzha},
    {people::semerikov,     R::on(2017, 1, 1),       R::on(2017, 5, 2),         true,  evidence::sg_semerikov_2017},
    {people::khachaturov,   R::on(2017, 5, 2),       R::on(2018, 11, 2),        false, evidence::sg_khachaturov},
    {people::semerikov,     R::on(2018, 11, 2),      R::on(2020, 1, 1),         true,  evidence::sg_semerikov_2018},
    {people::zas,           R::on(2020, 1, 1),       R::on(2023, 1, 1),         false, evidence::sg_zas},
    {people::tasmagambetov, R::on(2023, 1, 1),       R::on(2026, 1, 1),         false, evidence::sg_tasmagambetov},
    {people::masadykov,     R::on(2026, 1, 1),       R::on(2029, 1, 1),         false, evidence::sg_masadykov},
};

}  // namespace csto::data
// clang-format on
