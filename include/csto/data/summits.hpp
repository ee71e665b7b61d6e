// csto/data/summits.hpp - the meetings: every one the seed documents mention, and every
// Collective Security Council session 2013-2025 from the reference list.
//
// Evidence first, then the row. Where no source states a meeting's date outright, the row says
// how it was derived (dated_by). Formats of sessions before December 2020 rest on seed 002:
// "For the first time, the CSC is held through video-conferencing".
#pragma once

// The rows are laid out by hand, as an annotated source.
// clang-format off

#include <csto/data/people.hpp>
#include <csto/data/sources.hpp>
#include <csto/data/treaty.hpp>
#include <csto/statement.hpp>
#include <csto/summit.hpp>

namespace csto::data {

namespace evidence {
using R = DateRange;
namespace ms = csto::states;

inline constexpr Citation first_video_session{&seed_002,
    "For the first time, the CSC is held through video-conferencing, and the CSTO Crisis Response Center was reportedly also involved."};
// Sessions before December 2020 were held in person: the first by video came then.
inline constexpr Citation before_video[] = {first_video_session};

// --- 14 May 2002, Moscow: the decision to form the Organization (seed 000) ---------------------
inline constexpr AdoptedDocument d2002_05_14[] = {
    {"decision to reorganize the Treaty's structures into an international regional organization", DocumentKind::decision, 0, 0, {},
     evidence::organization_decided},
};

// --- 23 June 2006, Minsk: Uzbekistan's return ------------------------------------------------
inline constexpr Citation s2006_06_23[] = {asiaplus_return_decided};
inline constexpr AdoptedDocument d2006_06_23[] = {
    {"decision on Uzbekistan's return to the Organization", DocumentKind::decision, 0, 0, {}, s2006_06_23},
};

// --- 19 December 2012, Moscow: Uzbekistan's suspension formalised ---------------------------
inline constexpr AdoptedDocument d2012_12_19[] = {
    {"decision suspending Uzbekistan's membership", DocumentKind::decision, 0, 0, {}, evidence::suspension_formalised},
};

// --- 2013-2019: the reference list of Council sessions --------------------------------------------
inline constexpr Citation s2013_09_23[] = {{&csc_sessions, "Council session in Sochi, 23 September 2013, in person", R::on(2013, 9, 23)}};
inline constexpr Citation s2014_12_23[] = {{&csc_sessions, "Council session in Moscow, 23 December 2014, in person", R::on(2014, 12, 23)}};
inline constexpr Citation s2015_09_15[] = {{&csc_sessions, "Council session in Dushanbe, 15 September 2015, in person, chaired by Rahmon", R::on(2015, 9, 15)}};
inline constexpr Citation s2015_12_21[] = {{&csc_sessions, "Council session in Moscow, 21 December 2015, in person, chaired by Serzh Sargsyan of Armenia", R::on(2015, 12, 21)}};
inline constexpr Citation s2016_10_14[] = {{&csc_sessions, "Council session in Yerevan, 14 October 2016, in person", R::on(2016, 10, 14)}};
inline constexpr Citation s2016_12_26[] = {{&csc_sessions, "Council session in St Petersburg, 26 December 2016, in person; Belarus's leader absent", R::on(2016, 12, 26)}};
inline constexpr Citation s2017_04_14[] = {{&csc_sessions, "informal Council meeting in Bishkek, 14 April 2017, which appointed Khachaturov", R::on(2017, 4, 14)}};
inline constexpr AdoptedDocument d2017_04_14[] = {
    {"appointment of Yuri Khachaturov as Secretary General", DocumentKind::decision, 0, 0, {}, s2017_04_14},
};

// --- 2017: the anniversary reception in Moscow (seed 001) -------------------------------------
inline constexpr Citation reception_2017[] = {
    {&seed_001, "A solemn reception of representatives of the member states of the Collective Security Treaty Organization was held in Moscow, dedicated to the 25th anniversary of the signing of the Collective Security Treaty and the 15th anniversary of the creation of the CSTO.", R::in_year(2017)},
    armenpress_khachaturov_term,
};
inline constexpr Citation reception_2017_remarks[] = {
    {&seed_001, "The event was attended by the defense ministers of the CSTO member states, deputy defense ministers of Russia and the foreign minister of Russia, permanent plenipotentiaries, heads of departments and organizations concerned, Secretariat staff and officers of the CSTO Joint Staff."},
};

inline constexpr Citation s2017_11_30[] = {{&csc_sessions, "Council session in Minsk, 30 November 2017, in person, chaired by Lukashenko", R::on(2017, 11, 30)}};
inline constexpr Citation s2018_11_08[] = {{&csc_sessions, "Council session in Astana, 8 November 2018, in person, chaired by Nazarbayev", R::on(2018, 11, 8)}};
inline constexpr Citation s2019_11_28[] = {
    {&seed_004, "since November 2019 when the Collective Security Council meeting was held in Bishkek", R::in_month(2019, 11)},
    {&csc_sessions, "Council session in Bishkek, 28 November 2019, in person, chaired by Jeenbekov", R::on(2019, 11, 28)},
};

// --- 1-2 December 2020: the first Council session by video, and the ministers the day before ---
inline constexpr Citation seed_002_ministers_by_video{&seed_002, "They were also held through video-conferencing."};
inline constexpr std::string_view day_before_session = "'the day before' the Council session of 2 December 2020, 'on December 1'";
inline constexpr Citation s2020_12_01_cfm[] = {
    {&seed_002, "The day before, on December 1, meetings of the Council of Foreign Ministers (chaired by Russian Foreign Minister Sergey Lavrov)", R::on(2020, 12, 1)},
    seed_002_ministers_by_video,
};
inline constexpr Citation s2020_12_01_cmd[] = {
    {&seed_002, "and the Council of Ministers of Defense (chaired by the Russian Defense Minister Sergei Shoigu) were held", R::on(2020, 12, 1)},
    seed_002_ministers_by_video,
};
inline constexpr Citation s2020_12_01_remarks[] = {
    {&seed_002, "The meetings reportedly discussed issues submitted to the session of the Collective Security Council, as well as issues on the development of interaction between the CSTO and the United Nations and the CSTO's participation in peacekeeping activities under the auspices of the UN, challenges and threats to military security in the regions of collective security."},
};
inline constexpr Participant p2020_12_01_cfm[] = {
    {people::lavrov, Office::foreign_minister, ms::russia, Attendance::by_video, "Sergey Lavrov", evidence::lavrov},
};
inline constexpr Participant p2020_12_01_cmd[] = {
    {people::shoigu, Office::defense_minister, ms::russia, Attendance::by_video, "Sergei Shoigu", evidence::shoigu},
};

inline constexpr Citation s2020_12_02[] = {
    {&seed_002, "A session of the Collective Security Treaty Organization (CSTO) Collective Security Council took place yesterday through video-conferencing."},
    seed_002_day_before,
    csc_session_2020_12_02,
};
inline constexpr Citation s2020_12_02_participants[] = {seed_002_session_attendance};
inline constexpr Participant p2020_12_02[] = {
    {people::pashinyan, Office::prime_minister, ms::armenia, Attendance::by_video, "Nikol Pashinyan", s2020_12_02_participants},
    {people::lukashenko, Office::president, ms::belarus, Attendance::by_video, "Alexander Lukashenko", s2020_12_02_participants},
    {people::tokayev, Office::president, ms::kazakhstan, Attendance::by_video, "Kassym-Jomart Tokayev", s2020_12_02_participants},
    {people::mamytov, Office::acting_president, ms::kyrgyzstan, Attendance::by_video, "Talant Mamytov", s2020_12_02_participants},
    {people::putin, Office::president, ms::russia, Attendance::by_video, "Vladimir Putin", s2020_12_02_participants},
    {people::rahmon, Office::president, ms::tajikistan, Attendance::by_video, "Emomali Rahmon", s2020_12_02_participants},
};
inline constexpr Citation d2020_declaration[] = {{&seed_002, "The CSC members adopted the Declaration of the Collective Security Council and the political Statement on the Formation of a Just and Sustainable World Order."}};
inline constexpr Citation d2020_plans[] = {{&seed_002, "They reportedly also approved the Plan for the Development of Military Cooperation between the Member States of the Collective Security Treaty Organization for 2021-2025, and the new Anti-Drug Strategy of the CSTO Member States for 2021-2025."}};
inline constexpr AdoptedDocument d2020_12_02[] = {
    {"Declaration of the Collective Security Council", DocumentKind::declaration, 0, 0, {}, d2020_declaration},
    {"Statement on the Formation of a Just and Sustainable World Order", DocumentKind::statement, 0, 0, {}, d2020_declaration},
    {"Plan for the Development of Military Cooperation between the Member States of the Collective Security Treaty Organization",
     DocumentKind::plan, 2021, 2025, {}, d2020_plans},
    {"Anti-Drug Strategy of the CSTO Member States", DocumentKind::strategy, 2021, 2025, "a new strategy", d2020_plans},
};
inline constexpr Citation s2020_12_02_remarks[] = {
    first_video_session,
    {&seed_002, "In all, 15 documents were approved and adopted following the Summit."},
    {&seed_002, "The CSC members discussed the state of international security and issues of further increasing the effectiveness of the CSTO, the implementation of the decisions of the session of the Collective Security Council and the statutory bodies of the CSTO in the intersessional period, as well as the development and strengthening of inter-parliamentary cooperation of the CSTO member states."},
    {&seed_002, "Special attention was paid to practical measures to countering current challenges and threats, combating terrorism, drug trafficking, and joint measures in cyber security."},
    {&seed_002, "The CSC session’s agenda included draft decisions of the CSTO CSC concerning the material, technical and medical support of the Collective Forces, as well as additional measures to improve the training system for public authorities of the member states of the Collective Security Treaty Organization."},
    seed_002_budget_2021,
    {&seed_002, "The documents adopted at the Session are reportedly aimed at further strengthening the current activities of the CSTO, and demonstrates the Organization’s openness and its positive spirit to expanding cooperation with other countries and international structures."},
    {&seed_004, "Subsequent summits were held via video link due to the coronavirus pandemic."},
};

// --- 2021 --------------------------------------------------------------------------------------------
inline constexpr Citation s2021_08_23[] = {{&csc_sessions, "extraordinary Council session by video conference, 23 August 2021, chaired by Rahmon", R::on(2021, 8, 23)}};
inline constexpr Citation s2021_09_16[] = {
    {&seed_004, "A face-to-face meeting of the heads of state took place only in September 2021 on the sidelines of the SCO summit in Dushanbe", R::in_month(2021, 9)},
    {&csc_sessions, "Council session in Dushanbe, 16 September 2021, hybrid, on the sidelines of the SCO summit, Putin by video, chaired by Rahmon", R::on(2021, 9, 16)},
};
inline constexpr Citation s2021_09_16_remarks[] = {
    {&seed_004, "but back then not all the CSTO leaders were present at the negotiating table."},
    {&csc_sessions, "Putin took part by video"},
};

// --- 2022 --------------------------------------------------------------------------------------------
inline constexpr Citation s2022_01_10[] = {{&csc_sessions, "extraordinary Council session by video conference on Kazakhstan, 10 January 2022, chaired by Pashinyan", R::on(2022, 1, 10)}};

inline constexpr Citation s2022_05_16[] = {
    {&seed_004, "Lukashenko taking part in CSTO summit in Moscow", R::on(2022, 5, 16)},
    {&seed_004, "is taking part in the summit of the Collective Security Treaty Organization (CSTO) in Moscow on 16 May"},
    {&seed_003, "A summit marking the Collective Security Treaty Organization's (CSTO) 30th anniversary took place in Moscow on May 16."},
    {&seed_000, "— Russia in Belarus (@RusEmbassyMinsk) May 16, 2022", R::on(2022, 5, 16)},
    {&seed_000, "The fortified complex in the center of Moscow, Kremlin hosted the meeting of the Collective Security Treaty Organization (CSTO)."},
    {&csc_sessions, "Council session in Moscow, 16 May 2022, in person, an anniversary summit", R::on(2022, 5, 16)},
};
inline constexpr Citation s2022_05_16_venue[] = {
    {&seed_004, "arrived at the Grand Kremlin Palace that is hosting the Summit of Leaders of the CSTO"}};
inline constexpr Citation s2022_05_16_participants[] = {
    seed_003_attendance,
    {&seed_000, "The Prime Minister of the Republic of Armenia Nikol Pashinyan, the President of the Republic of Belarus Alexander Lukashenko, the President of the Republic of Kazakhstan Kassym-Jomart Tokayev, and the President of the Kyrgyz Republic Sadyr Japarov."},
    {&seed_000, "Moreover, the President of Russia Vladimir Putin, and the President of the Republic of Tajikistan Emomali Rakhmon participated"},
    seed_004_all_six_heads,
};
inline constexpr Participant p2022_05_16[] = {
    {people::pashinyan, Office::prime_minister, ms::armenia, Attendance::in_person, "Nikol Pashinyan", s2022_05_16_participants},
    {people::lukashenko, Office::president, ms::belarus, Attendance::in_person, "Alexander Lukashenko", s2022_05_16_participants},
    {people::tokayev, Office::president, ms::kazakhstan, Attendance::in_person, "Kassym-Jomart Tokayev", s2022_05_16_participants},
    {people::japarov, Office::president, ms::kyrgyzstan, Attendance::in_person, "Sadyr Japarov", s2022_05_16_participants},
    {people::putin, Office::president, ms::russia, Attendance::in_person, "Vladimir Putin", s2022_05_16_participants},
    {people::rahmon, Office::president, ms::tajikistan, Attendance::in_person, "Emomali Rahmon", s2022_05_16_participants},
};
inline constexpr Citation s2022_05_16_remarks[] = {
    {&seed_004, "The ongoing summit is actually the first fully offline meeting of the CSTO leaders since November 2019 when the Collective Security Council meeting was held in Bishkek."},
    {&seed_004, "The summit is timed to the 30th anniversary of the Collective Security Treaty and the 20th anniversary of the establishment of the Collective Security Treaty Organization."},
    {&seed_000, "participated in the 30th anniversary of the Collective Security Treaty and the 20th anniversary of the collective security treaty organization"},
    {&seed_004, "The summit provides for a joint meeting of the leaders as well as their separate communication during breakfast"},
    seed_000_six_leaders,
    {&seed_000, "В Кремле проходит встреча лидеров государств – членов Организации Договора о коллективной безопасности"},
    {&seed_000, "The members reaffirmed during the meeting that any attempt to misrepresent historical events connected to the joint role in countering Nazi aggression was strongly condemned."},
    {&seed_000, "The members vowed to continue to fight any efforts to glorify Nazism and disseminate neo-Nazism, as well as bigotry and xenophobia, as a group. They also paid tribute to those who perished during the Great Patriotic War."},
    {&seed_000, "In addition, the members affirmed that the Organization will consistently ensure the security, sovereignty, and territorial integrity of its member states."},
    {&seed_000, "It will also work to strengthen global and regional security and a just resolution of international disputes based on universally recognized international law norms and principles."},
    {&seed_004, "Aleksandr Lukashenko is expected to hold talks with his Russian counterpart Vladimir Putin. One of the main topics of discussion will be the development of cooperation and joint work on import substitution."},
};

inline constexpr Citation s2022_11_23[] = {{&csc_sessions, "Council session in Yerevan, 23 November 2022, in person, chaired by Pashinyan; Armenia did not sign the declaration", R::on(2022, 11, 23)}};
inline constexpr AdoptedDocument d2022_11_23[] = {
    {"the session's declaration", DocumentKind::declaration, 0, 0, "Armenia did not sign it", s2022_11_23},
};

// --- 2023-2025 ------------------------------------------------------------------------------------
inline constexpr Citation s2023_11_23[] = {{&csc_sessions, "Council session in Minsk, 23 November 2023, in person, chaired by Lukashenko; Armenia's leader absent", R::on(2023, 11, 23)}};
inline constexpr Citation s2024_11_28[] = {{&csc_sessions, "Council session in Astana, 28 November 2024, in person, chaired by Tokayev; Armenia's leader absent", R::on(2024, 11, 28)}};
inline constexpr Citation s2025_11_27[] = {
    {&csc_sessions, "Council session in Bishkek, 27 November 2025, in person, chaired by Japarov; Armenia's leader absent", R::on(2025, 11, 27)},
    {&eccis_31236, "the Bishkek session of 27 November 2025 appointed Masadykov Secretary General", R::on(2025, 11, 27)},
};
inline constexpr AdoptedDocument d2025_11_27[] = {
    {"appointment of Taalatbek Masadykov as Secretary General for 2026-2028", DocumentKind::decision, 2026, 2028, {}, s2025_11_27},
};
}  // namespace evidence

namespace ms = csto::states;
using R = DateRange;
using boost::gregorian::date;
using MB = MeetingBody;
using SK = SummitKind;
using SF = SummitFormat;

/// Every meeting, in date order (checked by a test).
inline constexpr Summit summits[] = {
    Summit{R::on(2002, 5, 14), MB::collective_security_council, SK::regular_session, SF::in_person, evidence::organization_decided}
        .at("Moscow").adopting(evidence::d2002_05_14).described_by(evidence::before_video),
    Summit{R::on(2006, 6, 23), MB::collective_security_council, SK::regular_session, SF::in_person, evidence::s2006_06_23}
        .at("Minsk").adopting(evidence::d2006_06_23).described_by(evidence::before_video),
    Summit{R::on(2012, 12, 19), MB::collective_security_council, SK::regular_session, SF::in_person, evidence::suspension_formalised}
        .at("Moscow").adopting(evidence::d2012_12_19).described_by(evidence::before_video),
    Summit{R::on(2013, 9, 23), MB::collective_security_council, SK::regular_session, SF::in_person, evidence::s2013_09_23}
        .at("Sochi").chaired_by(ms::russia),
    Summit{R::on(2014, 12, 23), MB::collective_security_council, SK::regular_session, SF::in_person, evidence::s2014_12_23}
        .at("Moscow").chaired_by(ms::russia),
    Summit{R::on(2015, 9, 15), MB::collective_security_council, SK::regular_session, SF::in_person, evidence::s2015_09_15}
        .at("Dushanbe").chaired_by(ms::tajikistan, &people::rahmon),
    Summit{R::on(2015, 12, 21), MB::collective_security_council, SK::regular_session, SF::in_person, evidence::s2015_12_21}
        .at("Moscow").chaired_by(ms::armenia, &people::sargsyan),
    Summit{R::on(2016, 10, 14), MB::collective_security_council, SK::regular_session, SF::in_person, evidence::s2016_10_14}
        .at("Yerevan").chaired_by(ms::armenia),
    Summit{R::on(2016, 12, 26), MB::collective_security_council, SK::regular_session, SF::in_person, evidence::s2016_12_26}
        .at("St Petersburg").chaired_by(ms::russia).without({ms::belarus}),
    Summit{R::on(2017, 4, 14), MB::collective_security_council, SK::informal_summit, SF::informal, evidence::s2017_04_14}
        .at("Bishkek").chaired_by(ms::kyrgyzstan).adopting(evidence::d2017_04_14),
    Summit{R::between(date(2017, 5, 2), date(2017, 12, 31)), MB::organization, SK::reception, SF::in_person, evidence::reception_2017}
        .at("Moscow").with_secretary_general(people::khachaturov).marking(25, 15)
        .described_by(evidence::reception_2017_remarks)
        .dated_by("the 25th anniversary of the 1992 signing falls in 2017; the Secretary General who spoke, "
                  "Khachaturov, held the post from 2 May 2017"),
    Summit{R::on(2017, 11, 30), MB::collective_security_council, SK::regular_session, SF::in_person, evidence::s2017_11_30}
        .at("Minsk").chaired_by(ms::belarus, &people::lukashenko),
    Summit{R::on(2018, 11, 8), MB::collective_security_council, SK::regular_session, SF::in_person, evidence::s2018_11_08}
        .at("Astana").chaired_by(ms::kazakhstan, &people::nazarbayev),
    Summit{R::on(2019, 11, 28), MB::collective_security_council, SK::regular_session, SF::in_person, evidence::s2019_11_28}
        .at("Bishkek").chaired_by(ms::kyrgyzstan, &people::jeenbekov),
    Summit{R::on(2020, 12, 1), MB::council_of_foreign_ministers, SK::ministerial_meeting, SF::video_conference, evidence::s2020_12_01_cfm}
        .chaired_by(ms::russia, &people::lavrov).attended_by(evidence::p2020_12_01_cfm)
        .described_by(evidence::s2020_12_01_remarks)
        .dated_by(evidence::day_before_session),
    Summit{R::on(2020, 12, 1), MB::council_of_defense_ministers, SK::ministerial_meeting, SF::video_conference, evidence::s2020_12_01_cmd}
        .chaired_by(ms::russia, &people::shoigu).attended_by(evidence::p2020_12_01_cmd)
        .described_by(evidence::s2020_12_01_remarks)
        .dated_by(evidence::day_before_session),
    Summit{R::on(2020, 12, 2), MB::collective_security_council, SK::regular_session, SF::video_conference, evidence::s2020_12_02}
        .chaired_by(ms::russia, &people::putin).attended_by(evidence::p2020_12_02)
        .with_secretary_general(people::zas).adopting(evidence::d2020_12_02, 15)
        .described_by(evidence::s2020_12_02_remarks)
        .dated_by("seed 002 says the session 'took place yesterday' and the ministers met 'the day before, on "
                  "December 1': 2 December; the reference list gives the year, 2020"),
    Summit{R::on(2021, 8, 23), MB::collective_security_council, SK::extraordinary_session, SF::video_conference, evidence::s2021_08_23}
        .chaired_by(ms::tajikistan, &people::rahmon),
    Summit{R::on(2021, 9, 16), MB::collective_security_council, SK::regular_session, SF::hybrid, evidence::s2021_09_16}
        .at("Dushanbe").chaired_by(ms::tajikistan, &people::rahmon).described_by(evidence::s2021_09_16_remarks),
    Summit{R::on(2022, 1, 10), MB::collective_security_council, SK::extraordinary_session, SF::video_conference, evidence::s2022_01_10}
        .chaired_by(ms::armenia, &people::pashinyan),
    Summit{R::on(2022, 5, 16), MB::collective_security_council, SK::anniversary_summit, SF::in_person, evidence::s2022_05_16}
        .at("Moscow", "Grand Kremlin Palace").chaired_by(ms::russia, &people::putin)
        .attended_by(evidence::p2022_05_16).with_secretary_general(people::zas).marking(30, 20)
        .described_by(evidence::s2022_05_16_remarks),
    Summit{R::on(2022, 11, 23), MB::collective_security_council, SK::regular_session, SF::in_person, evidence::s2022_11_23}
        .at("Yerevan").chaired_by(ms::armenia, &people::pashinyan).adopting(evidence::d2022_11_23),
    Summit{R::on(2023, 11, 23), MB::collective_security_council, SK::regular_session, SF::in_person, evidence::s2023_11_23}
        .at("Minsk").chaired_by(ms::belarus, &people::lukashenko).without({ms::armenia}),
    Summit{R::on(2024, 11, 28), MB::collective_security_council, SK::regular_session, SF::in_person, evidence::s2024_11_28}
        .at("Astana").chaired_by(ms::kazakhstan, &people::tokayev).without({ms::armenia}),
    Summit{R::on(2025, 11, 27), MB::collective_security_council, SK::regular_session, SF::in_person, evidence::s2025_11_27}
        .at("Bishkek").chaired_by(ms::kyrgyzstan, &people::japarov).without({ms::armenia})
        .adopting(evidence::d2025_11_27),
};

namespace detail_check {
constexpr std::size_t summit_index(DateRange when, MeetingBody body) {
    for (std::size_t i = 0; i < size(summits); ++i)
        if (summits[i].when() == when && summits[i].body() == body) return i;
    throw "no such meeting in csto::data::summits";
}
}  // namespace detail_check

namespace evidence {
inline constexpr const Summit* moscow_2022 =
    &summits[detail_check::summit_index(R::on(2022, 5, 16), MeetingBody::collective_security_council)];
inline constexpr const Summit* reception_2017_meeting = &summits[detail_check::summit_index(
    R::between(date(2017, 5, 2), date(2017, 12, 31)), MeetingBody::organization)];

inline constexpr Citation q_putin_2022[] = {{&seed_000, "Надеюсь, что Организация, которая превратилась в полноценную международную структуру, будет развиваться и дальше."}};
inline constexpr Citation q_rahmon_2022_contribute[] = {{&seed_003, "Speaking at the summit, Tajik leader noted that Tajikistan intends to continue to actively contribute to ensuring common security in the CSTO area of responsibility."}};
inline constexpr Citation q_rahmon_2022_prospects[] = {{&seed_003, "determine prospects for further interaction to strengthen collective security, taking into account new realities."}};
inline constexpr Citation q_rahmon_2022_factor[] = {{&seed_003, "Over the past period, the CSTO has established itself as an important factor of strengthening peace and providing regional security and stability… We have created an extensive contractual and legal foundation, necessary working and coordinating bodies, as well as mechanisms aimed at solving the problems facing the Organization,"}};
inline constexpr Citation q_rahmon_2022_drills[] = {{&seed_003, "measures on equipping the collective security system forces with modern types of weapons and military technology contribute to maintaining a high degree of combat readiness, mobility, training and skills of command and personnel on the joint solution of common problems."}};
inline constexpr Citation q_rahmon_2022_platform[] = {{&seed_003, "Rahmon further noted that the CSTO today is an important platform for equal dialogue and cooperation between member nations in all three dimensions: political cooperation; military cooperation; and joint efforts to address modern challenges and threats."}};
inline constexpr Citation q_lukashenko_2022_united[] = {{&seed_003, "Meanwhile Belarusian President Alexander Lukashenko urged CSTO member nations to stand united and accused the West of hoping to prolong the conflict in Ukraine to try to weaken Russia as much as possible."}};
inline constexpr Citation q_lukashenko_2022_sanctions[] = {{&seed_003, "The Belarusian president noted that \"hellish sanctions\" against his country and Russia could have been avoided if the group had spoken with one voice."}};
inline constexpr Citation q_lukashenko_2022_voice[] = {{&seed_003, "Stronger political cooperation and coordination by the CSTO member nations, the effectiveness of the mechanism of foreign policy and security consultations must be increased. We should speak out on behalf of the CSTO on international platforms more often to make the organization’s voice and stance well-heard and seen. There must be a common voice and a common stance, the way they are in the West,"}};
inline constexpr Citation q_lukashenko_2022_front[] = {{&seed_003, "Without a united front, the collective West will build up pressure on the post-Soviet space,"}};
inline constexpr Citation q_peskov_2022[] = {{&seed_004, "The summit provides for a joint meeting of the leaders as well as their separate communication during breakfast,"}};
inline constexpr Citation q_khachaturov_2017_dates[] = {{&seed_001, "Today we celebrate two significant dates - the 25th anniversary of the signing of the Collective Security Treaty and the 15th anniversary of the establishment of the Collective Security Treaty Organization"}};
inline constexpr Citation q_khachaturov_2017_forces[] = {{&seed_001, "The guaranteed protection of the Organization’s member states from military threats is ensured by the effective defense capabilities of the CSTO. It is based on: national armed forces; CSTO Troops (Collective Forces), which include coalition and regional military groups; and Peacekeeping Forces,"}};
inline constexpr Citation q_khachaturov_2017_system[] = {{&seed_001, "The collective security system that was subsequently formed in the format of the Organization consists of mutually complementary instruments of political and military cooperation, and mechanisms for counteracting contemporary challenges and threats."}};
inline constexpr Citation q_khachaturov_2017_military[] = {{&seed_001, "He stressed that in an extremely complex military-political situation, the most important direction of joint activities of the Organization's member states is to strengthen military security."}};
inline constexpr Citation q_khachaturov_2017_foreign_policy[] = {{&seed_001, "Yuri Khachaturov stressed that, within the framework of the priority political cooperation for the CSTO, member states are effectively coordinated on the foreign policy track, as evidenced by the adoption of several dozens of joint statements on topical issues on the international agenda at various levels."}};
inline constexpr Citation q_khachaturov_2017_coordination[] = {{&seed_001, "The CSTO has established and effectively operates a system for coordinating joint activities in the areas of combating terrorism, extremism, drug trafficking, illegal migration from third countries, and ensuring information security."}};
inline constexpr Citation q_khachaturov_2017_instruments[] = {{&seed_001, "The accumulated experience of collective action has allowed the CSTO to become an effective multi-functional regional international organization, one of the authoritative collective institutions in the Eurasian strategic space, said Yuri Khachaturov."}};
}  // namespace evidence

/// What was said at meetings, as the sources quote (quoted = true) or report it.
inline constexpr Statement statements[] = {
    {&people::khachaturov, evidence::reception_2017_meeting, evidence::q_khachaturov_2017_dates[0].text, Language::english, true, evidence::q_khachaturov_2017_dates},
    {&people::khachaturov, evidence::reception_2017_meeting, evidence::q_khachaturov_2017_system[0].text, Language::english, true, evidence::q_khachaturov_2017_system},
    {&people::khachaturov, evidence::reception_2017_meeting, evidence::q_khachaturov_2017_instruments[0].text, Language::english, false, evidence::q_khachaturov_2017_instruments},
    {&people::khachaturov, evidence::reception_2017_meeting, evidence::q_khachaturov_2017_military[0].text, Language::english, false, evidence::q_khachaturov_2017_military},
    {&people::khachaturov, evidence::reception_2017_meeting, evidence::q_khachaturov_2017_forces[0].text, Language::english, true, evidence::q_khachaturov_2017_forces},
    {&people::khachaturov, evidence::reception_2017_meeting, evidence::q_khachaturov_2017_foreign_policy[0].text, Language::english, false, evidence::q_khachaturov_2017_foreign_policy},
    {&people::khachaturov, evidence::reception_2017_meeting, evidence::q_khachaturov_2017_coordination[0].text, Language::english, false, evidence::q_khachaturov_2017_coordination},
    {&people::peskov, evidence::moscow_2022, evidence::q_peskov_2022[0].text, Language::english, true, evidence::q_peskov_2022},
    {&people::putin, evidence::moscow_2022, evidence::q_putin_2022[0].text, Language::russian, true, evidence::q_putin_2022},
    {&people::rahmon, evidence::moscow_2022, evidence::q_rahmon_2022_contribute[0].text, Language::english, false, evidence::q_rahmon_2022_contribute},
    {&people::rahmon, evidence::moscow_2022, evidence::q_rahmon_2022_prospects[0].text, Language::english, true, evidence::q_rahmon_2022_prospects},
    {&people::rahmon, evidence::moscow_2022, evidence::q_rahmon_2022_factor[0].text, Language::english, true, evidence::q_rahmon_2022_factor},
    {&people::rahmon, evidence::moscow_2022, evidence::q_rahmon_2022_drills[0].text, Language::english, true, evidence::q_rahmon_2022_drills},
    {&people::rahmon, evidence::moscow_2022, evidence::q_rahmon_2022_platform[0].text, Language::english, false, evidence::q_rahmon_2022_platform},
    {&people::lukashenko, evidence::moscow_2022, evidence::q_lukashenko_2022_united[0].text, Language::english, false, evidence::q_lukashenko_2022_united},
    {&people::lukashenko, evidence::moscow_2022, evidence::q_lukashenko_2022_sanctions[0].text, Language::english, false, evidence::q_lukashenko_2022_sanctions},
    {&people::lukashenko, evidence::moscow_2022, evidence::q_lukashenko_2022_voice[0].text, Language::english, true, evidence::q_lukashenko_2022_voice},
    {&people::lukashenko, evidence::moscow_2022, evidence::q_lukashenko_2022_front[0].text, Language::english, true, evidence::q_lukashenko_2022_front},
};

}  // namespace csto::data
// clang-format on
