// csto/data/treaty.hpp - the milestones of the Treaty and the Organization, in date order.
//
// Evidence first, then the row, as in data/membership.hpp. Membership changes that are the
// bounds of a MembershipInterval cite the very same evidence arrays.
#pragma once

// The rows are laid out by hand, as an annotated source.
// clang-format off

#include <csto/data/membership.hpp>
#include <csto/data/sources.hpp>
#include <csto/treaty_event.hpp>

namespace csto::data {

namespace evidence {
inline constexpr Citation entry_into_force[] = {
    {&seed_004, "The treaty entered into force on 20 April 1994.", R::on(1994, 4, 20)},
    // Seed 002 calls the Treaty in force from 1994 "a 1994 treaty" in passing.
    {&seed_002, "A 1994 treaty reaffirmed the desire of all participating states to abstain from the use or threat of force", R::in_year(1994)},
    {&mfa_by_csto, "the Treaty entered into force on 20 April 1994", R::on(1994, 4, 20)},
    {&protocol_1999, "counts the first five-year term from the entry into force on 20 April 1994", R::on(1994, 4, 20)},
};
inline constexpr Citation un_registration[] = {
    {&csto_basic_facts, "the Treaty was registered by the UN Secretariat on 1 November 1995", R::on(1995, 11, 1)},
    {&gibler_2009, "UN Treaty Series registration no. 32307, 1 November 1995", R::on(1995, 11, 1)},
};
inline constexpr Citation extension_signed[] = {
    seed_002_extended, seed_002_extension_signers,
    {&protocol_1999, "the Protocol on extension was signed in Moscow on 2 April 1999 by Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan", R::on(1999, 4, 2)},
    {&mfa_by_csto, "the six states signed the extension protocol on 2 April 1999", R::on(1999, 4, 2)},
};
inline constexpr Citation first_term_expired[] = {
    {&protocol_1999, "the first five-year term, counted from entry into force, ran through 20 April 1999", R::on(1999, 4, 20)},
    {&gibler_2009, "Azerbaijan, Georgia and Uzbekistan are parties through 20 April 1999", R::on(1999, 4, 20)},
};
inline constexpr Citation extension_term_began[] = {
    seed_002_extended, protocol_1999_term,
    {&mfa_by_csto, "the extension runs from 21 April 1999", R::on(1999, 4, 21)},
};
inline constexpr Citation extension_in_force[] = {
    {&kz_ratification_1999, "the 1999 Protocol entered into force on 22 March 2000", R::on(2000, 3, 22)},
};
inline constexpr Citation organization_decided[] = {
    {&seed_000, "At the Collective Security Council session in Moscow on May 14, 2002, it determined to combine the CST member states.", R::on(2002, 5, 14)},
    {&seed_000, "Hence it reorganized the structure and cooperation into an international regional organization “the Collective Security Treaty Organization” with appropriate status."},
};
inline constexpr Citation charter_signed[] = {
    {&seed_002, "In October 2002, the group was renamed as the CSTO.", R::in_month(2002, 10)},
    {&csto_basic_facts, "the CSTO Charter was signed in Chisinau on 7 October 2002", R::on(2002, 10, 7)},
    {&wp_2006_05_28, "the six members signed the Charter in Chisinau on 7 October 2002", R::on(2002, 10, 7)},
};
inline constexpr Citation charter_in_force[] = {
    {&csto_basic_facts, "the Charter entered into force on 18 September 2003", R::on(2003, 9, 18)},
    {&mfa_by_csto, "the Charter entered into force on 18 September 2003", R::on(2003, 9, 18)},
};
inline constexpr Citation un_observer[] = {
    {&seed_002, "The CSTO is currently an observer organization at the United Nations General Assembly."},
    {&csto_basic_facts, "the CSTO was granted observer status in the UN General Assembly on 2 December 2004", R::on(2004, 12, 2)},
};
inline constexpr Citation return_decided[] = {seed_002_returned_2006, asiaplus_return_decided};
inline constexpr Citation return_protocol[] = {seed_002_returned_2006, tass_return_protocol};
inline constexpr Citation amendment_signed[] = {
    {&kz_ratification_1999, "a Protocol amending the Treaty was signed on 10 December 2010; Article 4 gains armed attack threatening security, stability, territorial integrity and sovereignty", R::on(2010, 12, 10)},
};
inline constexpr Citation amendment_in_force[] = {
    {&kz_ratification_1999, "the 2010 Protocol amending the Treaty entered into force on 19 December 2012", R::on(2012, 12, 19)},
};
inline constexpr Citation suspension_formalised[] = {
    {&tass_2012_12_19, "the Council, meeting in Moscow on 19 December 2012, formally suspended Uzbekistan's membership", R::on(2012, 12, 19)},
};
}  // namespace evidence

/// Every milestone, sorted by date (checked below).
inline constexpr TreatyEvent treaty_events[] = {
    {TreatyEventKind::treaty_signed, R::on(1992, 5, 15),
     {ms::armenia, ms::kazakhstan, ms::kyrgyzstan, ms::russia, ms::tajikistan, ms::uzbekistan},
     "the Collective Security Treaty is signed in Tashkent", evidence::founders_signed},
    {TreatyEventKind::accession, R::on(1993, 9, 24), {ms::azerbaijan}, "Azerbaijan accedes", evidence::azerbaijan_acceded},
    {TreatyEventKind::accession, R::on(1993, 12, 9), {ms::georgia}, "Georgia accedes", evidence::georgia_acceded},
    {TreatyEventKind::accession, R::on(1993, 12, 31), {ms::belarus}, "Belarus accedes", evidence::belarus_acceded},
    {TreatyEventKind::entry_into_force, R::on(1994, 4, 20), {}, "the Treaty enters into force", evidence::entry_into_force},
    {TreatyEventKind::un_registration, R::on(1995, 11, 1), {}, "the UN Secretariat registers the Treaty (UNTS no. 32307)",
     evidence::un_registration},
    {TreatyEventKind::extension_protocol_signed, R::on(1999, 4, 2),
     {ms::armenia, ms::belarus, ms::kazakhstan, ms::kyrgyzstan, ms::russia, ms::tajikistan},
     "six states sign the Protocol extending the Treaty, in Moscow", evidence::extension_signed},
    {TreatyEventKind::first_term_expired, R::on(1999, 4, 20), {ms::azerbaijan, ms::georgia, ms::uzbekistan},
     "the first five-year term ends; the three states that did not sign the extension cease to be parties",
     evidence::first_term_expired},
    {TreatyEventKind::extension_term_began, R::on(1999, 4, 21),
     {ms::armenia, ms::belarus, ms::kazakhstan, ms::kyrgyzstan, ms::russia, ms::tajikistan},
     "the extended five-year term begins for the six signatories", evidence::extension_term_began},
    {TreatyEventKind::extension_protocol_in_force, R::on(2000, 3, 22), {}, "the 1999 Protocol enters into force",
     evidence::extension_in_force},
    {TreatyEventKind::organization_decided, R::on(2002, 5, 14), {},
     "the Collective Security Council, in Moscow, decides to form an international organization",
     evidence::organization_decided},
    {TreatyEventKind::charter_signed, R::on(2002, 10, 7),
     {ms::armenia, ms::belarus, ms::kazakhstan, ms::kyrgyzstan, ms::russia, ms::tajikistan},
     "the CSTO Charter is signed in Chisinau: the Collective Security Treaty Organization", evidence::charter_signed},
    {TreatyEventKind::charter_in_force, R::on(2003, 9, 18), {}, "the CSTO Charter enters into force", evidence::charter_in_force},
    {TreatyEventKind::un_observer_status, R::on(2004, 12, 2), {}, "the CSTO becomes an observer in the UN General Assembly",
     evidence::un_observer},
    {TreatyEventKind::return_decided, R::on(2006, 6, 23), {ms::uzbekistan},
     "the Council, in Minsk, decides Uzbekistan's return", evidence::return_decided},
    {TreatyEventKind::return_protocol, R::on(2006, 8, 16), {ms::uzbekistan}, "the protocol on Uzbekistan's return",
     evidence::return_protocol},
    {TreatyEventKind::amending_protocol_signed, R::on(2010, 12, 10), {}, "a Protocol amending Articles 2, 3 and 4 is signed",
     evidence::amendment_signed},
    {TreatyEventKind::suspension_announced, R::on(2012, 6, 28), {ms::uzbekistan}, "Uzbekistan suspends its membership",
     evidence::uzbekistan_suspended},
    {TreatyEventKind::amending_protocol_in_force, R::on(2012, 12, 19), {}, "the 2010 amending Protocol enters into force",
     evidence::amendment_in_force},
    {TreatyEventKind::suspension_formalised, R::on(2012, 12, 19), {ms::uzbekistan},
     "the Council formally suspends Uzbekistan's membership", evidence::suspension_formalised},
    {TreatyEventKind::participation_frozen, R::on(2024, 2, 22), {ms::armenia}, "Armenia freezes its participation",
     evidence::armenia_frozen},
};

namespace detail_check {
constexpr bool events_sorted_and_cited() {
    for (std::size_t i = 0; i < size(treaty_events); ++i) {
        if (treaty_events[i].sources.empty()) return false;
        if (i > 0 && treaty_events[i].when.earliest() < treaty_events[i - 1].when.earliest()) return false;
    }
    return true;
}
static_assert(events_sorted_and_cited(), "treaty_events: sorted by date, every event cited");

constexpr std::size_t count_of(TreatyEventKind kind) {
    std::size_t n = 0;
    for (const TreatyEvent& e : treaty_events) n += e.kind == kind ? 1 : 0;
    return n;
}
static_assert(count_of(TreatyEventKind::treaty_signed) == 1 && count_of(TreatyEventKind::entry_into_force) == 1 &&
                  count_of(TreatyEventKind::charter_signed) == 1,
              "the queries rely on one signature, one entry into force and one Charter");
}  // namespace detail_check

}  // namespace csto::data
// clang-format on
