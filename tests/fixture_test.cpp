// The query logic on small made-up datasets: the cases the real data never exercises (a freeze
// that ends, a withdrawal, a year-precise accession, an imprecise end, a state that rejoins twice,
// a meeting a member misses, a person who changes office, an imprecise change of office).
// The facts below are invented for the tests; the real ones are in data/.
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <optional>

using namespace csto_test;

namespace {
using boost::gregorian::date;
using csto::DateRange;
using csto::Standing;
namespace st = csto::states;

using csto_test::because;

// Armenia: signs 2000-01-01, withdraws from 2005-06-01.
// Azerbaijan: accedes some day of 2001 (year precision), still a member.
// Belarus: a member from 2000-01-01, suspended from some day of March 2003, back on 2004-01-01,
//          out (non-renewal) from 2006-01-01, back again on 2008-01-01: it rejoins twice.
// Georgia: a member from 2000-01-01, participation frozen from 2002-01-01 to 2002-06-01.
constexpr csto::MembershipInterval intervals[] = {
    {st::armenia,
     {csto::StartKind::signature, DateRange::on(2000, 1, 1), because},
     csto::MembershipEnd{csto::EndKind::withdrawal, DateRange::on(2005, 6, 1), because}},
    {st::azerbaijan, {csto::StartKind::accession, DateRange::in_year(2001), because}, std::nullopt},
    {st::belarus,
     {csto::StartKind::signature, DateRange::on(2000, 1, 1), because},
     csto::MembershipEnd{csto::EndKind::suspension, DateRange::in_month(2003, 3), because}},
    {st::belarus,
     {csto::StartKind::return_to_membership, DateRange::on(2004, 1, 1), because},
     csto::MembershipEnd{csto::EndKind::non_renewal, DateRange::on(2006, 1, 1), because}},
    {st::belarus, {csto::StartKind::return_to_membership, DateRange::on(2008, 1, 1), because}, std::nullopt},
    {st::georgia, {csto::StartKind::signature, DateRange::on(2000, 1, 1), because}, std::nullopt},
};
constexpr csto::ParticipationFreeze freezes[] = {
    {st::georgia, DateRange::on(2002, 1, 1), DateRange::on(2002, 6, 1), because},
};
constexpr csto::TreatyEvent events[] = {
    {csto::TreatyEventKind::treaty_signed, DateRange::on(2000, 1, 1), {}, "signed", because},
    {csto::TreatyEventKind::entry_into_force, DateRange::on(2000, 3, 1), {}, "in force", because},
    {csto::TreatyEventKind::charter_signed, DateRange::on(2002, 1, 1), {}, "renamed", because},
};
constexpr auto compiled = csto::compile_membership<8>(intervals, events);

constexpr std::string_view ann_spellings[] = {"Ann Example"};
constexpr std::string_view bo_spellings[] = {"Bo Example"};
constexpr csto::Person people_table[] = {
    {"Ann Example", ann_spellings, st::armenia, because},
    {"Bo Example", bo_spellings, st::georgia, because},
};
constexpr const csto::Person* people_index[] = {&people_table[0], &people_table[1]};

// Ann represents Armenia as President in 2001 and as Prime Minister in 2003; Azerbaijan misses the
// 2001 session; the 2002 meeting is the foreign ministers', not the Council.
constexpr csto::Participant as_president[] = {
    {people_table[0], csto::Office::president, st::armenia, csto::Attendance::in_person, "Ann Example", because}};
constexpr csto::Participant as_prime_minister[] = {
    {people_table[0], csto::Office::prime_minister, st::armenia, csto::Attendance::by_video, "Ann Example", because}};
constexpr csto::Summit meetings[] = {
    csto::Summit(DateRange::on(2001, 5, 1), csto::MeetingBody::collective_security_council,
                 csto::SummitKind::regular_session, csto::SummitFormat::in_person, because)
        .attended_by(as_president)
        .without({st::azerbaijan}),
    csto::Summit(DateRange::on(2002, 5, 1), csto::MeetingBody::council_of_foreign_ministers,
                 csto::SummitKind::ministerial_meeting, csto::SummitFormat::in_person, because),
    csto::Summit(DateRange::on(2003, 5, 1), csto::MeetingBody::collective_security_council,
                 csto::SummitKind::extraordinary_session, csto::SummitFormat::video_conference, because)
        .attended_by(as_prime_minister),
};

// Bo heads the Secretariat from some day of 2001; Ann from 2004-01-01 or 2004-01-02 (the sources
// disagree on the handover), to 2007-01-01.
constexpr csto::SecretaryGeneralTerm terms[] = {
    csto::SecretaryGeneralTerm(people_table[1], DateRange::in_year(2001),
                               DateRange::between(date(2004, 1, 1), date(2004, 1, 2)), false, because),
    csto::SecretaryGeneralTerm(people_table[0], DateRange::between(date(2004, 1, 1), date(2004, 1, 2)),
                               DateRange::on(2007, 1, 1), true, because),
};

constexpr csto::Dataset make_fixture() {
    csto::Dataset d{};
    d.version = "test";
    d.as_of = date(2009, 12, 31);
    d.membership_intervals = intervals;
    d.interval_index = compiled.index();
    d.membership_days = compiled.days();
    d.participation_freezes = freezes;
    d.treaty_events = events;
    d.people = people_index;
    d.summits = meetings;
    d.secretary_general_terms = terms;
    return d;
}
constexpr csto::Dataset fixture = make_fixture();

// The fixture is a constant expression all the way through.
static_assert(csto::is_member(st::georgia, date(2002, 3, 1), fixture));
static_assert(csto::status_on(st::georgia, date(2002, 3, 1), fixture).standing ==
              Standing::member_participation_frozen);
}  // namespace

TEST_CASE("fixture: a withdrawal ends membership the day it takes effect") {
    CHECK(is_true(csto::is_member(st::armenia, date(2005, 5, 31), fixture)));
    CHECK(is_false(csto::is_member(st::armenia, date(2005, 6, 1), fixture)));
    const auto s = csto::status_on(st::armenia, date(2005, 6, 1), fixture);
    CHECK(s.standing == Standing::former_member);
    REQUIRE(s.interval != nullptr);
    CHECK(s.interval->end->kind == csto::EndKind::withdrawal);
    CHECK(csto::status_on(st::armenia, date(1999, 12, 31), fixture).standing == Standing::not_yet_member);
}

TEST_CASE("fixture: a year-precise accession is open all that year and certain from its last day") {
    CHECK(is_false(csto::is_member(st::azerbaijan, date(2000, 12, 31), fixture)));
    CHECK(is_open(csto::is_member(st::azerbaijan, date(2001, 1, 1), fixture)));
    CHECK(is_open(csto::is_member(st::azerbaijan, date(2001, 12, 30), fixture)));
    CHECK(is_true(csto::is_member(st::azerbaijan, date(2001, 12, 31), fixture)));
    CHECK(csto::status_on(st::azerbaijan, date(2001, 7, 1), fixture).standing == Standing::indeterminate);
    CHECK(csto::indeterminate_members_on(date(2001, 7, 1), fixture) == csto::StateSet{st::azerbaijan});
}

TEST_CASE("fixture: an imprecise end leaves its month open, and the interval is not yet over in it") {
    const auto& first = csto::membership_history(st::belarus, fixture)[0];
    CHECK(is_true(csto::is_member(st::belarus, date(2003, 2, 28), fixture)));
    CHECK(is_open(csto::is_member(st::belarus, date(2003, 3, 1), fixture)));
    CHECK(is_open(csto::is_member(st::belarus, date(2003, 3, 30), fixture)));
    CHECK(is_false(csto::is_member(st::belarus, date(2003, 3, 31), fixture)));
    CHECK_FALSE(first.is_after(date(2003, 3, 1)));  // it may still be going on
    CHECK_FALSE(first.is_after(date(2003, 3, 30)));
    CHECK(first.is_after(date(2003, 3, 31)));  // certainly over from the last possible day
    CHECK(csto::status_on(st::belarus, date(2003, 3, 15), fixture).standing == Standing::indeterminate);
    CHECK(csto::status_on(st::belarus, date(2003, 6, 1), fixture).standing == Standing::suspended);
}

TEST_CASE("fixture: a state that rejoins twice has three intervals, each deciding its own days") {
    const auto history = csto::membership_history(st::belarus, fixture);
    REQUIRE(history.size() == 3);
    CHECK(csto::status_on(st::belarus, date(2003, 6, 1), fixture).interval == &history[0]);
    const auto back = csto::status_on(st::belarus, date(2005, 1, 1), fixture);
    CHECK(back.standing == Standing::member);
    CHECK(back.interval == &history[1]);
    const auto out = csto::status_on(st::belarus, date(2007, 1, 1), fixture);
    CHECK(out.standing == Standing::former_member);
    CHECK(out.interval == &history[1]);
    const auto again = csto::status_on(st::belarus, date(2009, 1, 1), fixture);
    CHECK(again.standing == Standing::member);
    CHECK(again.interval == &history[2]);
    CHECK(csto::members_on(date(2007, 1, 1), fixture) == csto::StateSet{st::azerbaijan, st::georgia});
    CHECK(csto::members_on(date(2009, 1, 1), fixture) == csto::StateSet{st::azerbaijan, st::belarus, st::georgia});
}

TEST_CASE("fixture: a freeze that ends: frozen inside it, an ordinary member after, a member throughout") {
    CHECK(csto::status_on(st::georgia, date(2001, 12, 31), fixture).standing == Standing::member);
    const auto frozen = csto::status_on(st::georgia, date(2002, 5, 31), fixture);
    CHECK(frozen.standing == Standing::member_participation_frozen);
    CHECK(frozen.freeze == &freezes[0]);
    CHECK(csto::status_on(st::georgia, date(2002, 6, 1), fixture).standing == Standing::member);
    CHECK(csto::status_on(st::georgia, date(2002, 6, 1), fixture).freeze == nullptr);
    for (const date d : {date(2001, 12, 31), date(2002, 1, 1), date(2002, 6, 1)})
        CHECK(is_true(csto::is_member(st::georgia, d, fixture)));
    CHECK_FALSE(freezes[0].covers(date(2002, 6, 1)));
    CHECK(freezes[0].covers(date(2002, 1, 1)));
}

TEST_CASE("fixture: the treaty's days, the as-of date and Article 4 come from the dataset passed") {
    CHECK(is_false(csto::treaty_in_force(date(2000, 2, 29), fixture)));
    CHECK(is_true(csto::treaty_in_force(date(2000, 3, 1), fixture)));
    CHECK(csto::organization_name(date(2001, 12, 31), fixture) == csto::treaty_name);
    CHECK(csto::organization_name(date(2002, 1, 1), fixture) == csto::organization_full_name);
    CHECK_FALSE(csto::status_on(st::georgia, date(2009, 12, 31), fixture).past_as_of);
    CHECK(csto::status_on(st::georgia, date(2010, 1, 1), fixture).past_as_of);
    const auto defense = csto::collective_defense(st::georgia, date(2002, 3, 1), std::nullopt, fixture);
    CHECK(is_true(defense.applies));
    CHECK(defense.has(csto::DefenseReason::victim_participation_frozen));
    // Azerbaijan's accession "in 2001" is certain by 2002: it owes too.
    CHECK(defense.obligated == csto::StateSet{st::armenia, st::azerbaijan, st::belarus});
    CHECK(defense.obligation_indeterminate.empty());
    const auto during_accession = csto::collective_defense(st::georgia, date(2001, 7, 1), std::nullopt, fixture);
    CHECK(during_accession.obligation_indeterminate == csto::StateSet{st::azerbaijan});
}

TEST_CASE("fixture: a meeting a member misses, a person who changes office, a ministers' meeting") {
    const auto first = csto::find_summit(date(2001, 5, 1), fixture);
    REQUIRE(first);
    CHECK(first->absent() == csto::StateSet{st::azerbaijan});
    CHECK(csto::representative(*first, st::armenia)->office() == csto::Office::president);
    const auto later = csto::find_summit(date(2003, 5, 1), fixture);
    REQUIRE(later);
    CHECK(later->absent().empty());
    CHECK(csto::representative(*later, st::armenia)->office() == csto::Office::prime_minister);
    CHECK(&csto::representative(*later, st::armenia)->person() == &csto::representative(*first, st::armenia)->person());
    CHECK_FALSE(csto::representative(*later, st::azerbaijan));
    CHECK_FALSE(csto::find_summit(date(2002, 5, 1), fixture));  // the foreign ministers: not a Council session
    CHECK(csto::summits_between(date(2002, 1, 1), date(2002, 12, 31), fixture).count() == 1);
    CHECK(csto::find_person("Bo Example", fixture)->state == st::georgia);
}

TEST_CASE("fixture: an imprecise handover names no one on the open day, each holder outside it") {
    CHECK_FALSE(csto::secretary_general_on(date(2001, 6, 1), fixture));  // Bo's start: only the year is known
    CHECK(csto::secretary_general_on(date(2003, 12, 31), fixture)->name() == "Bo Example");
    CHECK_FALSE(csto::secretary_general_on(date(2004, 1, 1), fixture));  // Bo's last day or Ann's first
    CHECK(csto::secretary_general_on(date(2004, 1, 2), fixture)->name() == "Ann Example");
    CHECK(csto::secretary_general_on(date(2006, 12, 31), fixture)->acting());
    CHECK_FALSE(csto::secretary_general_on(date(2007, 1, 1), fixture));
    CHECK(is_open(terms[0].in_office(date(2004, 1, 1))));
    CHECK(is_false(terms[0].in_office(date(2004, 1, 2))));
}

// --- Article 4 and the record on a made-up treaty -----------------------------------------------
// A made-up Article 4 whose first wording (from 2000-01-01) names only "any group of armed men" and
// whose second (from 2005-01-01) gives no reading of the aggressor; Georgia asks for help on
// 2002-03-10 and receives a deployment, Belarus on 2008-06-01 and receives nothing.
namespace {
constexpr csto::Obligation defend[] = {{csto::ObligationKind::collective_defense, "defend"}};
constexpr csto::ArticleVersion made_up_article_4[] = {
    {DateRange::on(2000, 1, 1), "Aggression by any group of armed men is aggression against all.", false, defend, "",
     because, true,
     csto::AggressorScope{"any group of armed men", csto::TextReach::outside, csto::TextReach::interpretation,
                          csto::TextReach::within, "made up"}},
    {DateRange::on(2005, 1, 1), "Aggression is aggression.", false, defend, "reworded", because, true},
};
constexpr csto::ArticleRecord made_up_articles[] = {
    {1, "one", {}}, {2, "two", {}}, {3, "three", {}}, {4, "four", made_up_article_4}};
constexpr csto::Deployment made_up_force{"Made-up Forces", csto::StateSet{st::belarus}};
constexpr csto::RequestStep sent[] = {{csto::StepKind::deployment, DateRange::on(2002, 3, 12), "sent", std::nullopt,
                                       nullptr, 0, &made_up_force, because}};
constexpr csto::RequestStep met[] = {
    {csto::StepKind::meeting, DateRange::on(2008, 6, 20), "met", std::nullopt, nullptr, 0, nullptr, because}};
constexpr csto::Request made_up_requests[] = {
    {"georgia-2002",
     st::georgia,
     csto::RequestKind::assistance,
     DateRange::on(2002, 3, 10),
     0,
     {},
     4,
     csto::ArticleBasis::stated,
     "asked",
     sent,
     because},
    {"belarus-2008",
     st::belarus,
     csto::RequestKind::assistance,
     DateRange::on(2008, 6, 1),
     0,
     {},
     4,
     csto::ArticleBasis::stated,
     "asked",
     met,
     because},
};
constexpr csto::Dataset make_treaty_fixture() {
    csto::Dataset d = fixture;
    d.articles = made_up_articles;
    d.requests = made_up_requests;
    return d;
}
constexpr csto::Dataset treaty_fixture = make_treaty_fixture();

// The Treaty's part alone, with a version of its own and neither an as-of day nor membership.
constexpr csto::Dataset make_articles_part() {
    csto::Dataset d{};
    d.version = "articles";
    d.articles = made_up_articles;
    d.requests = made_up_requests;
    return d;
}
// detail::merged names every field of Dataset: a new field changes the size and fails here until
// it is joined there too (x86-64 layout).
static_assert(sizeof(void*) != 8 || sizeof(csto::Dataset) == 536, "join the new field in detail::merged");

// Joined as the built-in release is joined from its partial datasets.
constexpr csto::Dataset joined = csto::detail::merged<void>(fixture, make_articles_part());
}  // namespace

TEST_CASE("fixture: an article is read from the day the Treaty was signed, with or without the compiled membership") {
    csto::Dataset events_only = treaty_fixture;
    events_only.membership_days = {};
    const csto::Dataset* const datasets[] = {&treaty_fixture, &events_only};
    for (const csto::Dataset* d : datasets) {
        CHECK_FALSE(csto::article(4, date(1999, 12, 31), *d));
        REQUIRE(csto::article(4, date(2000, 1, 1), *d));
        CHECK(csto::article(4, date(2000, 1, 1), *d)->title() == "four");
    }
    // Neither the compiled membership nor a signature event: no day the Treaty was signed.
    CHECK_FALSE(csto::article(4, date(2005, 1, 1), make_articles_part()));
}

TEST_CASE(
    "fixture: merged() takes each table from the last part that holds it, and keeps what later parts leave empty") {
    CHECK(joined.version == "articles");
    CHECK(joined.as_of == date(2009, 12, 31));
    CHECK(joined.membership_intervals.size() == std::size(intervals));
    CHECK(joined.membership_days.change_days.size() == fixture.membership_days.change_days.size());
    CHECK(joined.articles.size() == std::size(made_up_articles));
    CHECK(joined.requests.size() == std::size(made_up_requests));
    CHECK(joined.summits.size() == fixture.summits.size());
    CHECK(joined.secretary_general_terms.size() == std::size(terms));
    // The join answers as the fixture made by hand does.
    const auto by_men =
        csto::collective_defense(st::georgia, date(2002, 3, 1), csto::Aggressor::non_state("armed men"), joined);
    CHECK(by_men.aggressor_coverage == csto::AggressorCoverage::within_text);
    CHECK(by_men.obligated == csto::StateSet{st::armenia, st::azerbaijan, st::belarus});
    CHECK(csto::status_on(st::georgia, date(2002, 3, 1), joined).standing == Standing::member_participation_frozen);
    // A part's empty table does not replace a set one: the join with an empty dataset is the fixture.
    constexpr csto::Dataset with_empty = csto::detail::merged<void>(fixture, csto::Dataset{});
    CHECK(with_empty.version == "test");
    CHECK(with_empty.participation_freezes.size() == std::size(freezes));
    CHECK(with_empty.articles.empty());
}

TEST_CASE("fixture: who may be the aggressor is read from the dataset's wording, not built in") {
    using csto::Aggressor;
    using csto::AggressorCoverage;
    const date d(2002, 3, 1);
    const auto by_state =
        csto::collective_defense(st::georgia, d, Aggressor::other_state(*csto::IsoCode::parse("XX")), treaty_fixture);
    CHECK(by_state.aggressor_coverage == AggressorCoverage::outside_text);
    CHECK(is_false(by_state.applies));
    CHECK(by_state.aggressor_words == "any group of armed men");
    const auto by_group = csto::collective_defense(st::georgia, d, *Aggressor::group({st::armenia}), treaty_fixture);
    CHECK(by_group.aggressor_coverage == AggressorCoverage::interpretation);
    CHECK(by_group.aggressor_members == csto::StateSet{st::armenia});
    CHECK(by_group.obligation_indeterminate == csto::StateSet{st::azerbaijan, st::belarus});
    const auto by_men = csto::collective_defense(st::georgia, d, Aggressor::non_state("armed men"), treaty_fixture);
    CHECK(by_men.aggressor_coverage == AggressorCoverage::within_text);
    CHECK(is_true(by_men.applies));
    CHECK(by_men.obligated == csto::StateSet{st::armenia, st::azerbaijan, st::belarus});
    // The second wording gives no reading: the aggressor is not assessed, the text applies as before.
    const auto later = csto::collective_defense(st::georgia, date(2006, 1, 1), Aggressor::non_state(), treaty_fixture);
    CHECK(later.aggressor_coverage == AggressorCoverage::not_assessed);
    CHECK(later.aggressor_words.empty());
    CHECK(is_true(later.applies));
    // No Article 6 in the dataset: no caveat on who decides.
    CHECK_FALSE(later.has(csto::DefenseReason::decision_wording_amended));
    // The dataset without articles: nothing to read.
    CHECK(csto::collective_defense(st::georgia, d, Aggressor::non_state(), fixture).aggressor_coverage ==
          AggressorCoverage::not_assessed);
}

TEST_CASE("fixture: the record attached is the victim's own, around the day, and compared with the text") {
    const auto georgia = csto::collective_defense(st::georgia, date(2002, 3, 1), {}, treaty_fixture);
    REQUIRE(georgia.record.count() == 1);
    CHECK(georgia.record.front().id == "georgia-2002");
    CHECK(csto::divergence(georgia.record.front(), treaty_fixture) == csto::Divergence::none);
    CHECK_FALSE(georgia.record_diverges);
    CHECK(csto::collective_defense(st::georgia, date(2002, 3, 12), {}, treaty_fixture).record.count() == 1);
    CHECK(csto::collective_defense(st::georgia, date(2002, 3, 13), {}, treaty_fixture).record.empty());
    CHECK(csto::collective_defense(st::georgia, date(2002, 2, 8), {}, treaty_fixture).record.count() == 1);
    CHECK(csto::collective_defense(st::georgia, date(2002, 2, 7), {}, treaty_fixture).record.empty());
    CHECK(csto::collective_defense(st::armenia, date(2002, 3, 1), {}, treaty_fixture).record.empty());
    const auto belarus = csto::collective_defense(st::belarus, date(2008, 6, 1), {}, treaty_fixture);
    REQUIRE(belarus.record.count() == 1);
    CHECK(csto::divergence(belarus.record.front(), treaty_fixture) == csto::Divergence::no_deployment_recorded);
    CHECK(belarus.record_diverges);
    CHECK(csto::collective_defense(st::belarus, date(2008, 6, 20), {}, treaty_fixture).record.count() == 1);
    CHECK(csto::collective_defense(st::belarus, date(2008, 6, 21), {}, treaty_fixture).record.empty());
}

namespace {
// What a program might pass for a dataset: its own type, converting to one.
struct DatasetHolder {
    const csto::Dataset* held;
    constexpr operator const csto::Dataset&() const noexcept { return *held; }  // NOLINT: implicit on purpose
};
}  // namespace

TEST_CASE("fixture: a query's dataset parameter is never deduced: what converts to a Dataset is read as one") {
    // Deduced, the parameter would be a DatasetHolder, which has no tables: this would not compile.
    const DatasetHolder holder{&fixture};
    CHECK(is_false(csto::is_member(st::armenia, date(2005, 6, 1), holder)));
    CHECK(csto::members_on(date(2002, 3, 1), holder) ==
          csto::StateSet{st::armenia, st::azerbaijan, st::belarus, st::georgia});
    CHECK(csto::status_on(st::georgia, date(2002, 3, 1), holder).standing == Standing::member_participation_frozen);
    CHECK(csto::collective_defense(st::georgia, date(2002, 3, 1), {}, holder).obligated ==
          csto::StateSet{st::armenia, st::azerbaijan, st::belarus});
    // `{}` is an empty dataset: nobody was ever a member of it.
    CHECK(csto::members_on(date(2002, 3, 1), {}).empty());
    // A query taking a dataset is named, as one function, with `<>`.
    constexpr csto::StateSet (*members)(date, const csto::Dataset&) noexcept = &csto::members_on<>;
    CHECK(members(date(2002, 3, 1), fixture) == csto::StateSet{st::armenia, st::azerbaijan, st::belarus, st::georgia});
}

TEST_CASE("fixture: reasons made without a dataset read their texts, with no citations") {
    csto::Reasons reasons;
    reasons.add(csto::DefenseReason::past_as_of);
    reasons.add(csto::DefenseReason::treaty_not_in_force);
    REQUIRE(reasons.size() == 2);
    const auto treaty = reasons.find(csto::DefenseReason::treaty_not_in_force);
    REQUIRE(treaty.has_value());
    CHECK(treaty->text == "the Treaty entered into force only on 20 April 1994");
    CHECK(treaty->sources.empty());
    // Made by an assessment of the fixture, the same reason cites the fixture's entry into force.
    const auto before = csto::collective_defense(st::georgia, date(2000, 2, 29), {}, fixture);
    const auto cited = before.reasons.find(csto::DefenseReason::treaty_not_in_force);
    REQUIRE(cited.has_value());
    REQUIRE(cited->sources.size() == 1);
    CHECK((*cited->sources.begin()).text == "the test says so");
}
