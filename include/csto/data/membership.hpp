// csto/data/membership.hpp - who was a party to the Collective Security Treaty, and when.
//
// Read it like the tz database: each fact first lists its evidence (seed documents quoted
// verbatim, references paraphrased, each with the date it gives), then the row that uses it.
// A row's date is the narrowest range all its evidence allows; where sources disagree it spans
// them, and queries answer "indeterminate" inside it. tests/data_test.cpp checks every quote
// against tests/sources/, and that every reference date lies inside what the seeds say.
#pragma once

// The rows are laid out by hand, as an annotated source.
// clang-format off

#include <csto/data/sources.hpp>
#include <csto/date_discrepancy.hpp>
#include <csto/member_listing.hpp>
#include <csto/membership_interval.hpp>
#include <csto/participation_freeze.hpp>

namespace csto::data {

namespace evidence {
using namespace sources;
using R = DateRange;

// --- 15 May 1992: the six founders sign in Tashkent -------------------------------------------
inline constexpr Citation founders_signed[] = {
    {&seed_004, "signed in Tashkent on 15 May 1992 by the leaders of Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan", R::on(1992, 5, 15)},
    {&seed_002, "initially formed in 1992 for a five-year period by the members of the CIS Collective Security Treaty (CST) -- Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, and Uzbekistan", R::in_year(1992)},
    {&seed_000, "The Treaty of Collective Security was signed in 1992.", R::in_year(1992)},
    {&mfa_by_csto, "the Treaty was signed in Tashkent on 15 May 1992 by Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan", R::on(1992, 5, 15)},
    {&gibler_2009, "dates the Treaty's signature, and the six founders' membership, from 15 May 1992", R::on(1992, 5, 15)},
};

// --- 1993: three accessions -------------------------------------------------------------------
inline constexpr Citation seed_004_joined_1993{&seed_004, "Belarus, Azerbaijan and Georgia joined it in 1993.", R::in_year(1993)};
inline constexpr Citation seed_002_joined_1993{&seed_002, "which were joined by Azerbaijan, Georgia, and Belarus the following year", R::in_year(1993)};

inline constexpr Citation azerbaijan_acceded[] = {
    seed_004_joined_1993, seed_002_joined_1993,
    {&wp_2006_05_28, "Azerbaijan signed the Treaty on 24 September 1993", R::on(1993, 9, 24)},
    {&gibler_2009, "Azerbaijan's membership begins on 24 September 1993", R::on(1993, 9, 24)},
};
inline constexpr Citation georgia_acceded[] = {
    seed_004_joined_1993, seed_002_joined_1993,
    {&wp_2006_05_28, "Georgia joined the Treaty on 9 December 1993", R::on(1993, 12, 9)},
    {&gibler_2009, "Georgia's membership begins on 9 December 1993", R::on(1993, 12, 9)},
};
inline constexpr Citation wp_belarus_joined{&wp_2006_05_28, "Belarus joined the Treaty on 31 December 1993", R::on(1993, 12, 31)};
inline constexpr Citation belarus_acceded[] = {
    seed_004_joined_1993, seed_002_joined_1993, wp_belarus_joined,
    {&gibler_2009, "Belarus's membership begins on 31 December 1993", R::on(1993, 12, 31)},
};

// --- April 1999: the extension; three states do not sign it -------------------------------------
// The seeds never say "Azerbaijan and Georgia left": it follows from who signed the extension.
inline constexpr Citation seed_002_extended{&seed_002, "The CST was then extended for another five-year term in April 1999", R::in_month(1999, 4)};
inline constexpr Citation seed_002_extension_signers{&seed_002, "was signed by the presidents of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan"};
inline constexpr Citation protocol_1999_term{&protocol_1999, "the first term ended on 20 April 1999 and the extension runs from 21 April 1999 for the six signatories only", R::on(1999, 4, 21)};
inline constexpr Citation gibler_1999_exit{&gibler_2009, "Azerbaijan, Georgia and Uzbekistan cease to be parties after 20 April 1999", R::on(1999, 4, 21)};

inline constexpr Citation not_renewed_1999[] = {seed_002_extended, seed_002_extension_signers, protocol_1999_term, gibler_1999_exit};
inline constexpr Citation uzbekistan_not_renewed_1999[] = {
    {&seed_002, "Uzbekistan that suspended its membership in 1999", R::in_year(1999)},
    seed_002_extended, seed_002_extension_signers, protocol_1999_term, gibler_1999_exit,
};
inline constexpr std::string_view non_renewal_inference =
    "not among the signatories of the April 1999 extension, so not a party after the first term "
    "ended on 20 April 1999 (the first day outside is 21 April 1999)";

// --- 2006: Uzbekistan returns; sources date it between the decision and the protocol ----------
inline constexpr Citation seed_002_returned_2006{&seed_002, "returned to the CSTO again in 2006", R::in_year(2006)};
inline constexpr Citation asiaplus_return_decided{&asiaplus_2006_06_26, "the Council session in Minsk on 23 June 2006 decided Uzbekistan's return", R::on(2006, 6, 23)};
inline constexpr Citation tass_return_protocol{&tass_2012_06_28, "the protocol confirming Uzbekistan's return is dated 16 August 2006", R::on(2006, 8, 16)};
inline constexpr Citation uzbekistan_returned[] = {
    seed_002_returned_2006,
    {&seed_002, "after it came under international criticism for its brutal crackdown of antigovernment demonstrations in the eastern city of Andijon in May 2005"},
    asiaplus_return_decided, tass_return_protocol,
};

// --- 28 June 2012: Uzbekistan suspends its membership ------------------------------------------
inline constexpr Citation uzbekistan_suspended[] = {
    {&seed_002, "On June 28, 2012, Uzbekistan announced that it has suspended its membership of the CSTO", R::on(2012, 6, 28)},
    {&seed_002, "saying the organization ignores Uzbekistan and does not consider its views"},
    {&tass_2012_06_28, "the CSTO Secretariat received Uzbekistan's note suspending its participation on 28 June 2012", R::on(2012, 6, 28)},
};

// --- 22 February 2024: Armenia freezes its participation ---------------------------------------
inline constexpr Citation armenia_frozen[] = {
    {&asbarez_2024_02_23, "Armenia's prime minister said on 22 February 2024 that Armenia has frozen its participation; no withdrawal notice was filed", R::on(2024, 2, 22)},
};

// --- Sources that list the members on a day -----------------------------------------------------
// Khachaturov's term dates seed 001's undated reception (summits.hpp cites this too).
inline constexpr Citation armenpress_khachaturov_term{&armenpress_2018_11_08, "Yuri Khachaturov held the post of Secretary General from 2 May 2017 until relieved on 2 November 2018", R::between(boost::gregorian::date(2017, 5, 2), boost::gregorian::date(2018, 11, 2))};
inline constexpr Citation listing_2017[] = {
    {&seed_001, "which today includes the Republic of Armenia, the Republic of Belarus, the Republic of Kazakhstan, the Kyrgyz Republic, the Russian Federation and The Republic of Tajikistan"},
    {&seed_001, "the 25th anniversary of the signing of the Collective Security Treaty", R::in_year(2017)},
    armenpress_khachaturov_term,
};
// Seed 002 on the Council session of 2 December 2020 (summits.hpp cites these too).
inline constexpr Citation seed_002_session_attendance{&seed_002, "The session, which was held under the chairmanship of the President of the Russian Federation Vladimir Putin, was also attended by the Prime Minister of the Republic of Armenia Nikol Pashinyan, the President of the Republic of Belarus Alexander Lukashenko, the President of the Republic of Kazakhstan Kassym-Jomart Tokayev, the Acting President of the Kyrgyz Republic Talant Mamytov, and the President of the Republic of Tajikistan Emomali Rahmon."};
inline constexpr Citation seed_002_day_before{&seed_002, "The day before, on December 1, meetings of the Council of Foreign Ministers"};
inline constexpr Citation csc_session_2020_12_02{&csc_sessions, "Council session of 2 December 2020 by video conference, the first ever, chaired by Putin", R::on(2020, 12, 2)};
inline constexpr Citation seed_002_budget_2021{&seed_002, "The CSC is also considering the Organization's budget for 2021."};
inline constexpr Citation listing_2020[] = {
    seed_002_session_attendance, seed_002_day_before, seed_002_budget_2021,
    csc_session_2020_12_02,
};
// Seeds 004, 003 and 000 on the summit of 16 May 2022 (summits.hpp cites these too).
inline constexpr Citation seed_004_all_six_heads{&seed_004, "The heads of all six member states, as well as CSTO Secretary General Stanislav Zas arrived at the Grand Kremlin Palace", R::on(2022, 5, 16)};
inline constexpr Citation seed_003_attendance{&seed_003, "The meeting was also attended by Prime Minister of Armenia Nikol Pashinyan, President of Belarus Alexander Lukashenko, President of Kazakhstan Kassym-Jomart Tokayev, President of Kyrgyzstan Sadyr Japarov, President of Russia Vladimir Putin and President of Tajikistan Emomali Rahmon."};
inline constexpr Citation seed_000_six_leaders{&seed_000, "The leaders of six states participated in the meeting."};
inline constexpr Citation listing_2022[] = {seed_004_all_six_heads, seed_003_attendance, seed_000_six_leaders};

// --- A date the data does not use ------------------------------------------------------------------
inline constexpr Citation belarus_atop[] = {
    seed_004_joined_1993, wp_belarus_joined,
};
inline constexpr Citation uzbekistan_atop[] = {tass_return_protocol};
}  // namespace evidence

namespace ms = csto::states;
using R = DateRange;
using boost::gregorian::date;

/// Every membership interval, sorted by state (name order) and then by start; a state's intervals
/// never overlap (both checked below).
inline constexpr MembershipInterval membership_intervals[] = {
    // state          start: how, first day as a member, evidence            end: how, first day outside, evidence
    {ms::armenia,     {StartKind::signature, R::on(1992, 5, 15), evidence::founders_signed}, std::nullopt},
    {ms::azerbaijan,  {StartKind::accession, R::on(1993, 9, 24), evidence::azerbaijan_acceded},
                      MembershipEnd{EndKind::non_renewal, R::on(1999, 4, 21), evidence::not_renewed_1999, Basis::inferred, evidence::non_renewal_inference}},
    {ms::belarus,     {StartKind::accession, R::on(1993, 12, 31), evidence::belarus_acceded}, std::nullopt},
    {ms::georgia,     {StartKind::accession, R::on(1993, 12, 9), evidence::georgia_acceded},
                      MembershipEnd{EndKind::non_renewal, R::on(1999, 4, 21), evidence::not_renewed_1999, Basis::inferred, evidence::non_renewal_inference}},
    {ms::kazakhstan,  {StartKind::signature, R::on(1992, 5, 15), evidence::founders_signed}, std::nullopt},
    {ms::kyrgyzstan,  {StartKind::signature, R::on(1992, 5, 15), evidence::founders_signed}, std::nullopt},
    {ms::russia,      {StartKind::signature, R::on(1992, 5, 15), evidence::founders_signed}, std::nullopt},
    {ms::tajikistan,  {StartKind::signature, R::on(1992, 5, 15), evidence::founders_signed}, std::nullopt},
    {ms::uzbekistan,  {StartKind::signature, R::on(1992, 5, 15), evidence::founders_signed},
                      MembershipEnd{EndKind::non_renewal, R::on(1999, 4, 21), evidence::uzbekistan_not_renewed_1999, Basis::inferred, evidence::non_renewal_inference}},
    // Sources disagree on the day Uzbekistan's return took effect (decision or protocol): keep both.
    {ms::uzbekistan,  {StartKind::return_to_membership, R::between(date(2006, 6, 23), date(2006, 8, 16)), evidence::uzbekistan_returned},
                      MembershipEnd{EndKind::suspension, R::on(2012, 6, 28), evidence::uzbekistan_suspended}},
};

/// Members that keep their membership but do not take part.
inline constexpr ParticipationFreeze participation_freezes[] = {
    {ms::armenia, R::on(2024, 2, 22), std::nullopt, evidence::armenia_frozen},
};

/// What the sources themselves say the membership was on a day; the data must agree.
inline constexpr MemberListing member_listings[] = {
    {R::between(date(2017, 5, 2), date(2017, 12, 31)),
     {ms::armenia, ms::belarus, ms::kazakhstan, ms::kyrgyzstan, ms::russia, ms::tajikistan}, true,
     "the reception marks the Treaty's 25th anniversary, so 2017; the Secretary General who spoke held "
     "the post from 2 May 2017",
     evidence::listing_2017},
    {R::on(2020, 12, 2),
     {ms::armenia, ms::belarus, ms::kazakhstan, ms::kyrgyzstan, ms::russia, ms::tajikistan}, false,
     "the leaders attending the Council session, as members of the Council; the session was 'yesterday' and "
     "the ministers met 'the day before, on December 1', so 2 December; the year is the one before the 2021 "
     "budget it considered",
     evidence::listing_2020},
    {R::on(2022, 5, 16),
     {ms::armenia, ms::belarus, ms::kazakhstan, ms::kyrgyzstan, ms::russia, ms::tajikistan}, true,
     "'all six member states' per seed 004, named as the attending leaders' states in seed 003",
     evidence::listing_2022},
};

/// Dates one source gives that the data does not use.
inline constexpr DateDiscrepancy date_discrepancies[] = {
    {ms::belarus, "accession", R::on(1994, 1, 3), "the ATOP alliance dataset",
     "it contradicts seed 004's year ('joined it in 1993'); the data keeps 31 December 1993", evidence::belarus_atop},
    {ms::uzbekistan, "return to membership (protocol)", R::on(2006, 8, 17), "an alliance dataset",
     "one day after the protocol's own date of 16 August 2006; the data keeps the protocol's date", evidence::uzbekistan_atop},
};

// --- Compile-time checks on the tables ------------------------------------------------------------
namespace detail_check {
template <class T, std::size_t N>
constexpr std::size_t size(const T (&)[N]) noexcept { return N; }

constexpr bool intervals_sorted_and_disjoint() {
    for (std::size_t i = 0; i < size(membership_intervals); ++i) {
        const MembershipInterval& cur = membership_intervals[i];
        if (cur.start.sources.empty()) return false;
        if (cur.end && (cur.end->sources.empty() || !(cur.start.when.latest() < cur.end->when.earliest()))) return false;
        if (i == 0) continue;
        const MembershipInterval& prev = membership_intervals[i - 1];
        if (cur.state < prev.state) return false;
        if (cur.state == prev.state && (!prev.end || !(prev.end->when.latest() < cur.start.when.earliest()))) return false;
    }
    return true;
}
static_assert(intervals_sorted_and_disjoint(),
              "membership_intervals: sorted by state then start, ends after starts, no overlap, every bound cited");
}  // namespace detail_check

}  // namespace csto::data
// clang-format on
