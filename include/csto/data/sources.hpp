// csto/data/sources.hpp - every document the data cites.
//
// Seed documents are the project's primary sources; their text is kept verbatim in
// tests/sources/<id> so that a test can check every quote. References are public works that make
// the seed facts day-precise and current; they are cited by paraphrase.
#pragma once

// The rows are laid out by hand, as an annotated source.
// clang-format off

#include <csto/citation.hpp>

namespace csto::data::sources {

// --- Seed documents (cited by verbatim quote) -----------------------------------------------------

inline constexpr Source seed_000{"000_6c4eab017748ff54.txt",
    "TDI report: CSTO leaders meet in the Kremlin for the Treaty's 30th anniversary",
    "dateline \"Moscow, 17 May 2022 (TDI)\"", SourceKind::seed_document};
inline constexpr Source seed_001{"001_8386b9a086bffd49.txt",
    "CSTO news: \"A quarter of a century together: CSTO celebrates anniversary\"",
    "undated; the reception marks the Treaty's 25th anniversary (2017)", SourceKind::seed_document};
inline constexpr Source seed_002{"002_989f9b7d81bf07a4.txt",
    "Report on the Collective Security Council session held by video conference",
    "undated; the session was held the day after 1 December (2020)", SourceKind::seed_document};
inline constexpr Source seed_003{"003_43d4bfddad16005d.txt",
    "Report on the Moscow summit marking the CSTO's 30th anniversary (16 May 2022)",
    "undated; reports the summit of 16 May", SourceKind::seed_document};
inline constexpr Source seed_004{"004_9f95a5e0a4c8bfad.txt",
    "BelTA: \"Lukashenko taking part in CSTO summit in Moscow\"",
    "dateline \"16 May 2022, 14:42\", MOSCOW (BelTA)", SourceKind::seed_document};

// --- References (cited by paraphrase) --------------------------------------------------------------

inline constexpr Source cst_text_en{"cst-text-en", "Treaty on Collective Security, English text (old official CSTO site)",
    "http://www.odkb.gov.ru/b/azbengl.htm", SourceKind::reference};
inline constexpr Source csto_basic_facts{"csto-basic-facts", "\"Basic facts\" page of the old official CSTO site",
    "http://www.odkb.gov.ru/a/aengl.htm", SourceKind::reference};
inline constexpr Source mfa_by_csto{"mfa-by-csto", "Ministry of Foreign Affairs of Belarus: page on the CSTO",
    "https://mfa.gov.by/en/mulateral/organization/list/cddd96a3f70190b1.html", SourceKind::reference};
inline constexpr Source gibler_2009{"gibler-2009",
    "D. M. Gibler, International Military Alliances, 1648-2008 (CQ Press, 2009), entry 4.1442 \"Treaty on Collective Security\"",
    "book; UNTS no. 32307", SourceKind::reference};
inline constexpr Source wp_2006_05_28{"wp-2006-05-28",
    "Wikipedia, \"Collective Security Treaty Organization\", revision of 28 May 2006", "archived revision",
    SourceKind::reference};
inline constexpr Source protocol_1999{"protocol-1999",
    "Protocol on the extension of the Treaty on Collective Security, Moscow, 2 April 1999 (Russian text)",
    "http://pavlodar.com/zakon/index.html?dok=03122", SourceKind::reference};
inline constexpr Source kz_ratification_1999{"kz-ratification-1999",
    "Law of the Republic of Kazakhstan ratifying the 1999 Protocol", "zakonpravo.kz", SourceKind::reference};
inline constexpr Source asiaplus_2006_06_26{"asiaplus-2006-06-26",
    "Asia-Plus (Tajikistan), 26 June 2006: Uzbekistan's return decided in Minsk", "asiaplustj.info",
    SourceKind::reference};
inline constexpr Source tass_2012_06_28{"tass-2012-06-28",
    "TASS, 28 June 2012: the CSTO Secretariat received Uzbekistan's suspension note",
    "https://tass.com/archive/678014", SourceKind::reference};
inline constexpr Source tass_2012_12_19{"tass-2012-12-19",
    "TASS, 19 December 2012: the Council suspends Uzbekistan's membership", "https://tass.com/russia/687141",
    SourceKind::reference};
inline constexpr Source asbarez_2024_02_23{"asbarez-2024-02-23",
    "Asbarez, 23 February 2024: Armenia's participation in the CSTO \"frozen\"", "asbarez.com",
    SourceKind::reference};
inline constexpr Source armenpress_2018_11_08{"armenpress-2018-11-08",
    "Armenpress, 8 November 2018: Khachaturov relieved on 2 November 2018", "https://armenpress.am/eng/news/953859/",
    SourceKind::reference};
inline constexpr Source eccis_31236{"eccis-31236",
    "CIS Executive Committee news 31236: Bishkek session of 27 November 2025", "https://eccis.org/en/news/31236",
    SourceKind::reference};
inline constexpr Source tass_2025_12_15{"tass-2025-12-15",
    "TASS, 15 December 2025: Tasmagambetov's term ends at the end of 2025", "https://tass.com/politics/2058773",
    SourceKind::reference};
inline constexpr Source asbarez_2016{"asbarez-2016",
    "Asbarez, 2016: Bordyuzha's term ends with 2016; Semerikov to act as Secretary General", "asbarez.com",
    SourceKind::reference};
inline constexpr Source belta_2019{"belta-2019", "BelTA, 2019: Stanislav Zas to be CSTO Secretary General from 1 January 2020",
    "belta.by", SourceKind::reference};
inline constexpr Source csc_sessions{"csc-sessions-2013-2025",
    "Collective Security Council sessions 2013-2025 (dates, places, formats, chairs), compiled from public records",
    "the project's supplementary reference facts", SourceKind::reference};
inline constexpr Source iso_3166_1{"iso-3166-1", "ISO 3166-1 country codes (alpha-2, alpha-3, numeric) and full names",
    "International Organization for Standardization", SourceKind::reference};
inline constexpr Source cow_state_system{"cow-state-system", "Correlates of War Project, State System Membership list",
    "correlatesofwar.org", SourceKind::reference};

/// Every source, seeds first; ids are unique (checked by a test).
inline constexpr const Source* all[] = {
    &seed_000, &seed_001, &seed_002, &seed_003, &seed_004,
    &cst_text_en, &csto_basic_facts, &mfa_by_csto, &gibler_2009, &wp_2006_05_28, &protocol_1999,
    &kz_ratification_1999, &asiaplus_2006_06_26, &tass_2012_06_28, &tass_2012_12_19, &asbarez_2024_02_23,
    &armenpress_2018_11_08, &eccis_31236, &tass_2025_12_15, &asbarez_2016, &belta_2019, &csc_sessions, &iso_3166_1, &cow_state_system,
};

}  // namespace csto::data::sources
// clang-format on
