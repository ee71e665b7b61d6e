// The bodies, forces, operations and statuses with their dated milestones, and the query "which
// existed on day D". Expected values are written out by hand from the reference notes (part 2,
// sections 1 and 3; part 1 for the Treaty and the UN observer status), not read from the data.
#include "test_support.hpp"

#include <csto/io.hpp>

#include <doctest/doctest.h>

#include <iterator>
#include <optional>
#include <string>
#include <vector>

#if __cplusplus >= 202002L
#include <ranges>
#endif

using namespace csto_test;
using csto::DateRange;
using csto::MilestoneKind;

namespace {

using K = MilestoneKind;

std::string S(const char* s) { return s; }

/// "2003-04-28" is that day; "2003" is some day of that year.
DateRange when(const char* text) {
    const std::string t = text;
    if (t.size() == 4) return DateRange::in_year(std::stoi(t));
    return DateRange::on(std::stoi(t.substr(0, 4)), std::stoi(t.substr(5, 2)), std::stoi(t.substr(8, 2)));
}

/// The built-in table's row of that name (decoded from the table, as the queries yield it).
csto::Institution named(const char* name) {
    for (const csto::Institution& i : csto::institutions())
        if (i.name == name) return i;
    FAIL("no institution named " << name);
    return csto::institutions()[0];
}

/// Is `found` the milestone `expected` (the same kind, date and size)?
bool is(const csto::Optional<csto::InstitutionMilestone>& found, const csto::InstitutionMilestone& expected) {
    return found && found->kind == expected.kind && found->when == expected.when &&
           found->personnel == expected.personnel;
}

std::vector<std::string> names(const csto::InstitutionsOn& view) {
    std::vector<std::string> out;
    for (const csto::Institution& i : view) out.emplace_back(i.name);
    return out;
}

const date no_date{boost::gregorian::not_a_date_time};
const date forever{boost::gregorian::pos_infin};
const date before_time{boost::gregorian::neg_infin};

}  // namespace

// Each dated milestone, in order, with its kind and date.
TEST_CASE("institutions: every milestone's kind and date, in order") {
    struct Row {
        const char* institution;
        K kind;
        const char* date;
    };
    const Row rows[] = {
        // The Treaty (Tashkent, 15 May 1992; in force 20 April 1994) establishes the Council (Art. 3).
        {"Collective Security Council", K::agreement_signed, "1992-05-15"},
        {"Collective Security Council", K::entered_into_force, "1994-04-20"},
        // Dushanbe, 28 April 2003: regulations of the Council of Ministers of Defense; the Joint Staff.
        {"Council of Ministers of Defense", K::regulations_approved, "2003-04-28"},
        {"Joint Staff", K::decided, "2003-04-28"},
        {"Joint Staff", K::began_functioning, "2004-01-01"},
        {"coordinating council against drug trafficking", K::created, "2005-06-23"},
        {"Crisis Response Center", K::decided, "2016-10-14"},
        {"Peacekeeping Forces", K::agreement_signed, "2007-10-06"},
        {"Peacekeeping Forces", K::size_stated, "2022-12-19"},
        {"Collective Rapid Deployment Forces of the Central Asian region", K::agreement_signed, "2001-05-25"},
        {"Collective Rapid Deployment Forces of the Central Asian region", K::size_stated, "2022-12-19"},
        {"Collective Rapid Reaction Forces", K::proposed, "2008"},
        {"Collective Rapid Reaction Forces", K::decided, "2009-02-04"},
        {"Collective Rapid Reaction Forces", K::agreement_signed, "2009-06-14"},
        {"Collective Rapid Reaction Forces", K::size_stated, "2022-12-19"},
        {"Channel", K::conducted_since, "2003"},
        {"Channel", K::made_permanent, "2008-09-05"},
        {"Nelegal", K::conducted_since, "2008"},
        {"Nelegal", K::made_permanent, "2017"},
        {"PROXI", K::conducted_since, "2009"},
        {"CSTO observer status", K::created, "2018-11-08"},
        {"CSTO observer status", K::entered_into_force, "2021-01-19"},
        {"CSTO partner status", K::created, "2018-11-08"},
        {"CSTO partner status", K::entered_into_force, "2021-01-19"},
    };
    std::size_t total = 0;
    for (const csto::Institution& i : csto::institutions()) total += i.milestones.size();
    CHECK(total == std::size(rows));
    for (std::size_t k = 0; k < std::size(rows);) {
        const csto::Institution i = named(rows[k].institution);
        CAPTURE(S(rows[k].institution));
        std::size_t j = 0;
        for (; k < std::size(rows) && S(rows[k].institution) == i.name; ++k, ++j) {
            CAPTURE(S(rows[k].date));
            REQUIRE(j < i.milestones.size());
            CHECK(i.milestones[j].kind == rows[k].kind);
            CHECK(i.milestones[j].when == when(rows[k].date));
        }
        CHECK(j == i.milestones.size());
    }
    // Only the Council's dates are inferred (from the Treaty's); every other is stated.
    for (const csto::Institution& i : csto::institutions())
        for (const csto::InstitutionMilestone& m : i.milestones) {
            CAPTURE(i.name);
            CHECK(m.inferred() == (i.name == "Collective Security Council"));
            CHECK_FALSE(m.sources.empty());
        }
    // The Rapid Reaction Forces' agreement: five of seven signed (PanARMENIAN).
    CHECK(named("Collective Rapid Reaction Forces").milestone(K::agreement_signed)->note.find("five of the seven") !=
          std::string_view::npos);
}

TEST_CASE("institutions: the forces' sizes stated on 19 December 2022, 'about' kept") {
    struct Row {
        const char* force;
        std::uint32_t personnel;
        bool approximate;
    };
    const Row rows[] = {
        {"Collective Rapid Reaction Forces", 18000, false},
        {"Collective Rapid Deployment Forces of the Central Asian region", 5000, true},
        {"Peacekeeping Forces", 3600, false},
    };
    for (const Row& r : rows) {
        CAPTURE(S(r.force));
        const csto::Institution i = named(r.force);
        const csto::Optional<csto::InstitutionMilestone> m = i.milestone(K::size_stated);
        REQUIRE(m);
        REQUIRE(m->personnel);
        CHECK(m->personnel->count == r.personnel);
        CHECK(m->personnel->approximate == r.approximate);
        CHECK(m->when == DateRange::on(2022, 12, 19));
        bool backed = false;
        for (const csto::Citation& c : m->sources) backed = backed || c.states(csto::Field::personnel);
        CHECK(backed);
        // Known from the day of the statement, not before.
        CHECK_FALSE(i.size_on(date(2022, 12, 18)));
        CHECK(is(i.size_on(date(2022, 12, 19)), *m));
        CHECK(is(i.size_on(date(2025, 12, 31)), *m));
        CHECK_FALSE(i.size_on(no_date));
    }
    CHECK(csto::to_string(
              *named("Collective Rapid Deployment Forces of the Central Asian region").milestone(K::size_stated)) ==
          "2022-12-19 size stated: about 5,000");
    CHECK(csto::to_string(*named("Collective Rapid Reaction Forces").milestone(K::size_stated)->personnel) == "18,000");
    CHECK(csto::to_string(csto::StatedSize{1234567, false}) == "1,234,567");
    CHECK(csto::to_string(csto::StatedSize{999, true}) == "about 999");
    // No other milestone carries a size, and no other institution has one.
    for (const csto::Institution& i : csto::institutions())
        for (const csto::InstitutionMilestone& m : i.milestones)
            CHECK(m.personnel.has_value() == (m.kind == K::size_stated));
    CHECK_FALSE(named("Joint Staff").size_on(date(2025, 1, 1)));
}

// Both sides of every founding day: the first day it existed and the day before.
TEST_CASE("institutions: existed_on on both sides of every founding day") {
    struct Row {
        const char* institution;
        date last_day_before;
        date founding_day;
    };
    const Row rows[] = {
        {"Collective Security Council", date(1992, 5, 14), date(1992, 5, 15)},
        {"Joint Staff", date(2003, 4, 27), date(2003, 4, 28)},
        {"coordinating council against drug trafficking", date(2005, 6, 22), date(2005, 6, 23)},
        {"Crisis Response Center", date(2016, 10, 13), date(2016, 10, 14)},
        {"Peacekeeping Forces", date(2007, 10, 5), date(2007, 10, 6)},
        {"Collective Rapid Deployment Forces of the Central Asian region", date(2001, 5, 24), date(2001, 5, 25)},
        {"Collective Rapid Reaction Forces", date(2009, 2, 3), date(2009, 2, 4)},  // the decision, not the 2008 idea
        {"CSTO observer status", date(2018, 11, 7), date(2018, 11, 8)},
        {"CSTO partner status", date(2018, 11, 7), date(2018, 11, 8)},
        // Records without milestones begin at `since`.
        {"observer status in the UN General Assembly", date(2004, 12, 1), date(2004, 12, 2)},
        {"Anti-Drug Strategy of the CSTO Member States", date(2020, 12, 1), date(2020, 12, 2)},
    };
    for (const Row& r : rows) {
        CAPTURE(S(r.institution));
        const csto::Institution i = named(r.institution);
        CHECK(is_false(i.existed_on(r.last_day_before)));
        CHECK(is_true(i.existed_on(r.founding_day)));
        CHECK(is_true(i.existed_on(date(2025, 12, 31))));
        REQUIRE(i.founded());
        CHECK(i.founded()->earliest() == r.founding_day);
    }
    // The Rapid Reaction Forces: proposed in 2008 is no founding.
    const csto::Institution crrf = named("Collective Rapid Reaction Forces");
    CHECK(is_false(crrf.existed_on(date(2008, 12, 31))));
    CHECK(crrf.founding()->kind == K::decided);
    CHECK(is_true(crrf.reached(K::proposed, date(2008, 12, 31))));
    CHECK(is_false(crrf.reached(K::agreement_signed, date(2009, 6, 13))));
    CHECK(is_true(crrf.reached(K::agreement_signed, date(2009, 6, 14))));
}

TEST_CASE("institutions: later milestones on both sides of their days") {
    const csto::Institution staff = named("Joint Staff");
    CHECK(is_false(staff.reached(K::began_functioning, date(2003, 12, 31))));
    CHECK(is_true(staff.reached(K::began_functioning, date(2004, 1, 1))));
    CHECK(is_true(staff.existed_on(date(2003, 12, 31))));  // decided, not yet functioning
    for (const char* status : {"CSTO observer status", "CSTO partner status"}) {
        CAPTURE(S(status));
        const csto::Institution s = named(status);
        CHECK(is_false(s.reached(K::entered_into_force, date(2021, 1, 18))));
        CHECK(is_true(s.reached(K::entered_into_force, date(2021, 1, 19))));
    }
    const csto::Institution council = named("Collective Security Council");
    CHECK(is_false(council.reached(K::entered_into_force, date(1994, 4, 19))));
    CHECK(is_true(council.reached(K::entered_into_force, date(1994, 4, 20))));
    const csto::Institution defense = named("Council of Ministers of Defense");
    CHECK(is_false(defense.reached(K::regulations_approved, date(2003, 4, 27))));
    CHECK(is_true(defense.reached(K::regulations_approved, date(2003, 4, 28))));
    CHECK(is_open(defense.existed_on(date(2003, 4, 28))));  // no source dates its founding
    CHECK_FALSE(defense.founding());
    const csto::Institution channel = named("Channel");
    CHECK(is_false(channel.reached(K::made_permanent, date(2008, 9, 4))));
    CHECK(is_true(channel.reached(K::made_permanent, date(2008, 9, 5))));
    // Nelegal: permanent "from 2017", some day of that year.
    const csto::Institution nelegal = named("Nelegal");
    CHECK(is_false(nelegal.reached(K::made_permanent, date(2016, 12, 31))));
    CHECK(is_open(nelegal.reached(K::made_permanent, date(2017, 1, 1))));
    CHECK(is_open(nelegal.reached(K::made_permanent, date(2017, 12, 30))));
    CHECK(is_true(nelegal.reached(K::made_permanent, date(2017, 12, 31))));
    // A milestone the data lacks is not known to have happened; nor is anything on a special day.
    CHECK(is_open(staff.reached(K::made_permanent, date(2020, 1, 1))));
    CHECK(is_open(staff.reached(K::began_functioning, no_date)));
}

// "since 2003", "since 2008", "since 2009": a day inside the year is open, its last day certain.
TEST_CASE("institutions: the operations' first years") {
    struct Row {
        const char* operation;
        int first_year;
    };
    for (const Row& r : {Row{"Channel", 2003}, Row{"Nelegal", 2008}, Row{"PROXI", 2009}}) {
        CAPTURE(S(r.operation));
        const csto::Institution op = named(r.operation);
        const int y = r.first_year;
        CHECK(op.founding()->kind == K::conducted_since);
        CHECK(op.founded() == DateRange::in_year(y));
        CHECK(is_false(op.existed_on(date(y - 1, 12, 31))));
        CHECK(is_open(op.existed_on(date(y, 1, 1))));
        CHECK(is_open(op.existed_on(date(y, 7, 1))));
        CHECK(is_open(op.existed_on(date(y, 12, 30))));
        CHECK(is_true(op.existed_on(date(y, 12, 31))));
    }
}

TEST_CASE("institutions: who holds the observer and partner statuses, as the sources read show") {
    for (const char* status : {"CSTO observer status", "CSTO partner status"}) {
        CAPTURE(S(status));
        const csto::Institution s = named(status);
        CHECK(s.kind == csto::InstitutionKind::status);
        CHECK(s.holders_recorded());
        CHECK(s.holders.empty());  // no state granted either status in any source read
    }
    // Elsewhere the data says nothing about holders.
    CHECK_FALSE(named("observer status in the UN General Assembly").holders_recorded());
    CHECK_FALSE(named("Joint Staff").holders_recorded());
}

TEST_CASE("institutions_on: the bodies that existed on a day, both sides of the founding days") {
    using V = std::vector<std::string>;
    CHECK(names(csto::institutions_on(date(1992, 5, 14))).empty());
    CHECK(names(csto::institutions_on(date(1992, 5, 15))) == V{"Collective Security Council"});
    CHECK(names(csto::institutions_on(date(2001, 5, 24))) == V{"Collective Security Council"});
    CHECK(names(csto::institutions_on(date(2001, 5, 25))) ==
          V{"Collective Security Council", "Collective Rapid Deployment Forces of the Central Asian region"});
    CHECK(names(csto::institutions_on(date(2003, 4, 27))) ==
          V{"Collective Security Council", "Collective Rapid Deployment Forces of the Central Asian region"});
    CHECK(names(csto::institutions_on(date(2003, 4, 28))) ==
          V{"Collective Security Council", "Joint Staff",
            "Collective Rapid Deployment Forces of the Central Asian region"});
    // Channel "since 2003": certain only from the year's last day.
    CHECK(names(csto::institutions_on(date(2003, 12, 30))) ==
          V{"Collective Security Council", "Joint Staff",
            "Collective Rapid Deployment Forces of the Central Asian region"});
    CHECK(names(csto::institutions_on(date(2003, 12, 31))) ==
          V{"Collective Security Council", "Joint Staff",
            "Collective Rapid Deployment Forces of the Central Asian region", "Channel"});
    CHECK(names(csto::institutions_on(date(2018, 11, 8))) ==
          V{"Collective Security Council", "Joint Staff", "coordinating council against drug trafficking",
            "Crisis Response Center", "Peacekeeping Forces",
            "Collective Rapid Deployment Forces of the Central Asian region", "Collective Rapid Reaction Forces",
            "Channel", "Nelegal", "PROXI", "observer status in the UN General Assembly", "CSTO observer status",
            "CSTO partner status"});
    CHECK(csto::institutions_on(date(2018, 11, 7)).count() == 11);
    // By the as-of date, every dated institution: the 13 above and the plan and strategy of 2020.
    CHECK(csto::institutions_on(date(2025, 12, 31)).count() == 15);
    // Special days: an empty view, no crash.
    for (const date special : {no_date, forever, before_time}) {
        CHECK(csto::institutions_on(special).empty());
        CHECK(csto::institutions_on(special).count() == 0);
        for (const csto::Institution& i : csto::institutions()) CHECK(is_open(i.existed_on(special)));
    }
    // find_institution still answers by name.
    CHECK(csto::find_institution("joint staff")->kind == csto::InstitutionKind::working_body);
    CHECK(csto::find_institution("Collective Rapid Reaction Forces")->kind == csto::InstitutionKind::force);
    CHECK(csto::find_institution("coordinating council against drug trafficking")->kind ==
          csto::InstitutionKind::coordinating_council);
}

TEST_CASE("institutions_on: a lazy view that iterates like a forward range") {
    const csto::InstitutionsOn view = csto::institutions_on(date(2004, 1, 1));
    const std::vector<std::string> existing = {"Collective Security Council", "Joint Staff",
                                               "Collective Rapid Deployment Forces of the Central Asian region",
                                               "Channel"};
    CHECK(std::distance(view.begin(), view.end()) == 4);
    CHECK(names(view) == existing);
    CHECK(names(view) == existing);  // iterating twice gives the same rows
    auto it = view.begin();
    CHECK(it->name == "Collective Security Council");
    auto copy = it++;
    CHECK(copy->name == "Collective Security Council");
    CHECK((*it).name == "Joint Staff");
    CHECK(copy != it);
    ++copy;
    CHECK(copy == it);
    // An iterator outlives the view it came from: it holds its own copy of the test.
    auto from_temporary = csto::institutions_on(date(2004, 1, 1)).begin();
    ++from_temporary;
    CHECK(from_temporary->name == "Joint Staff");
}

#if __cplusplus >= 202002L
static_assert(std::ranges::forward_range<csto::InstitutionsOn>);
#endif
static_assert(csto::institutions_on(date(2004, 1, 1)).count() == 4);
static_assert(static_cast<bool>(csto::find_institution("Joint Staff")->existed_on(date(2003, 4, 28))));
static_assert(!csto::find_institution("Joint Staff")->existed_on(date(2003, 4, 27)));

// --- Made-up institutions for the query logic (the facts are invented for the tests) ------------

namespace {
using csto_test::because;

// Alpha: proposed some day of 2000, decided 2001-03-01, functioning from 2001-06-01.
constexpr csto::InstitutionMilestone alpha_milestones[] = {
    {K::proposed, DateRange::in_year(2000), because},
    {K::decided, DateRange::on(2001, 3, 1), because},
    {K::began_functioning, DateRange::on(2001, 6, 1), because},
};
// Delta: created some day between 2003-01-10 and 2003-01-20; its agreement signed in 2004 (a second
// founding kind, which does not move its founding).
constexpr csto::InstitutionMilestone delta_milestones[] = {
    {K::created, DateRange::between(date(2003, 1, 10), date(2003, 1, 20)), because},
    {K::agreement_signed, DateRange::in_year(2004), because},
};
// Echo: only sizes, 100 on 2010-01-01 and about 200 some day of 2012; no founding.
constexpr csto::InstitutionMilestone echo_milestones[] = {
    {K::size_stated, DateRange::on(2010, 1, 1), because, csto::StatedSize{100, false}},
    {K::size_stated, DateRange::in_year(2012), because, csto::StatedSize{200, true}},
};
// Bravo: no milestones, `since` some day of May 2002. Charlie: dated by nothing.
constexpr csto::Institution made_up_institutions[] = {
    {"Alpha", csto::InstitutionKind::working_body, "made up", std::nullopt, 0, 0, because, alpha_milestones},
    {"Bravo", csto::InstitutionKind::strategy_or_plan, "made up", DateRange::in_month(2002, 5), 2002, 2003, because},
    {"Charlie", csto::InstitutionKind::partner_organization, "made up", std::nullopt, 0, 0, because},
    {"Delta", csto::InstitutionKind::force, "made up", std::nullopt, 0, 0, because, delta_milestones},
    {"Echo", csto::InstitutionKind::force, "made up", std::nullopt, 0, 0, because, echo_milestones},
};
constexpr csto::Dataset make_made_up() {
    csto::Dataset d{};
    d.version = "test";
    d.as_of = date(2015, 12, 31);
    d.institutions = made_up_institutions;
    return d;
}
constexpr csto::Dataset made_up_data = make_made_up();

static_assert(csto::institutions_on(date(2003, 1, 20), made_up_data).count() == 3);
}  // namespace

TEST_CASE("institutions_on: the logic on made-up institutions") {
    using V = std::vector<std::string>;
    CHECK(names(csto::institutions_on(date(2000, 12, 31), made_up_data)).empty());  // Alpha only proposed
    CHECK(names(csto::institutions_on(date(2001, 2, 28), made_up_data)).empty());
    CHECK(names(csto::institutions_on(date(2001, 3, 1), made_up_data)) == V{"Alpha"});
    // Bravo since some day of May 2002: open in May, certain from its last day.
    CHECK(names(csto::institutions_on(date(2002, 5, 30), made_up_data)) == V{"Alpha"});
    CHECK(names(csto::institutions_on(date(2002, 5, 31), made_up_data)) == V{"Alpha", "Bravo"});
    // Delta created between 10 and 20 January 2003.
    CHECK(names(csto::institutions_on(date(2003, 1, 19), made_up_data)) == V{"Alpha", "Bravo"});
    CHECK(names(csto::institutions_on(date(2003, 1, 20), made_up_data)) == V{"Alpha", "Bravo", "Delta"});
    // Charlie and Echo are dated by nothing: never certainly existing, always open.
    CHECK(names(csto::institutions_on(date(2015, 1, 1), made_up_data)) == V{"Alpha", "Bravo", "Delta"});
    const auto& alpha = made_up_institutions[0];
    const auto& bravo = made_up_institutions[1];
    const auto& charlie = made_up_institutions[2];
    const auto& delta = made_up_institutions[3];
    const auto& echo = made_up_institutions[4];
    CHECK(is_false(bravo.existed_on(date(2002, 4, 30))));
    CHECK(is_open(bravo.existed_on(date(2002, 5, 1))));
    CHECK(is_true(bravo.existed_on(date(2002, 5, 31))));
    CHECK(is_false(delta.existed_on(date(2003, 1, 9))));
    CHECK(is_open(delta.existed_on(date(2003, 1, 10))));
    CHECK(is(delta.founding(), delta_milestones[0]));
    CHECK(is_open(charlie.existed_on(date(2002, 1, 1))));
    CHECK(is_open(charlie.existed_on(no_date)));
    CHECK(is_open(alpha.existed_on(no_date)));  // a special day is open for a dated one too
    CHECK(is_open(echo.existed_on(date(2011, 1, 1))));
    CHECK_FALSE(echo.founding());
    CHECK_FALSE(echo.founded());
    CHECK(is_true(alpha.reached(K::began_functioning, date(2001, 6, 1))));
    CHECK(is_false(alpha.reached(K::began_functioning, date(2001, 5, 31))));
    // Sizes: the last one certainly stated by the day.
    CHECK_FALSE(echo.size_on(date(2009, 12, 31)));
    CHECK(is(echo.size_on(date(2011, 1, 1)), echo_milestones[0]));
    CHECK(is(echo.size_on(date(2012, 6, 1)), echo_milestones[0]));  // the 2012 figure may come later in the year
    CHECK(is(echo.size_on(date(2012, 12, 31)), echo_milestones[1]));
    // find_institution reads the dataset passed; an empty dataset has nothing.
    CHECK(csto::find_institution("delta", made_up_data)->kind == csto::InstitutionKind::force);
    CHECK_FALSE(csto::find_institution("Joint Staff", made_up_data));
    CHECK(csto::institutions_on(date(2010, 1, 1), csto::Dataset{}).empty());
    CHECK(csto::institutions_on(no_date, made_up_data).empty());
}

// --- The decoder: one institution written byte by byte as detail::InstitutionPool documents it ---

namespace {
// Texts (chunk 0): "Name" at 0 (4 bytes), "about it" at 4 (8), "a note" at 12 (6), "how it follows"
// at 18 (14), "Holder A" at 32 (8), "quote" at 40 (5).
constexpr char bytes_texts_0[] = "Nameabout ita notehow it followsHolder Aquote";
constexpr const char* bytes_texts[] = {bytes_texts_0};
constexpr csto::Source bytes_sources[] = {{"seed.txt", "a seed", "here", csto::SourceKind::seed_document}};
// Two undated citations of source 0, backing no field: "quote" (chunk 0 at 40, 5 bytes) and
// "a note" (at 12, 6 bytes).
constexpr char bytes_citation_records[] =
    "\x00\x00\x00\x00\x00\x00\x28\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    "\x00\x00\x00\x00\x00\x00\x0c\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00";
constexpr const char* bytes_citation_chunks[] = {bytes_citation_records};
constexpr csto::detail::CitationPool bytes_citations{bytes_citation_chunks, bytes_texts, bytes_sources};
// The milestone: size_stated (9), 19 December 2022 (day, Julian day 2459933), citation 0 (one),
// "about" (2) 5,000, note "a note", inference "how it follows".
constexpr char bytes_milestone_records[] =
    "\x09\x01\x1d\x89\x25\x00\x00\x00\x00\x00\x00\x00\x01\x00\x02\x88\x13\x00\x00"
    "\x00\x00\x0c\x00\x06\x00\x00\x00\x12\x00\x0e\x00";
static_assert(sizeof bytes_milestone_records == csto::detail::milestone_record_size + 1);
constexpr const char* bytes_milestone_chunks[] = {bytes_milestone_records};
// Three texts: "quote", "Holder A", "Name".
constexpr char bytes_holder_records[] = "\x00\x00\x28\x00\x05\x00\x00\x00\x20\x00\x08\x00\x00\x00\x00\x00\x04\x00";
static_assert(sizeof bytes_holder_records == 3 * csto::detail::text_record_size + 1);
constexpr const char* bytes_holder_chunks[] = {bytes_holder_records};
// The institution: "Name", a force (4), "about it", since some day of 2008 (year: 1 + 2; Julian day
// 2454467 and 365 days more), 2021 to 2025, citation 1 (one), milestone 0 (one), texts 1 and 2 as
// holders: each list at other numbers, so a reader of the wrong offset reads other rows.
constexpr char bytes_institution_records[] =
    "\x00\x00\x00\x00\x04\x00\x04\x00\x00\x04\x00\x08\x00\x03\xc3\x73\x25\x00\x6d\x01"
    "\xe5\x07\xe9\x07\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x01\x00\x01\x00\x00\x00\x02\x00";
static_assert(sizeof bytes_institution_records == csto::detail::institution_record_size + 1);
constexpr const char* bytes_institution_chunks[] = {bytes_institution_records};
constexpr csto::detail::InstitutionPool bytes_pool{bytes_institution_chunks,
                                                   &bytes_citations,
                                                   {bytes_milestone_chunks, &bytes_citations},
                                                   {bytes_holder_chunks, bytes_texts}};
constexpr csto::InstitutionList bytes_list(bytes_pool, 0, 1);

// The reader works in constant expressions, as the tables it reads are constexpr.
static_assert(bytes_list[0].name == "Name" && bytes_list[0].milestones[0].personnel->count == 5000);
}  // namespace

TEST_CASE("institutions: every field of an encoded institution and its milestone and holder") {
    const csto::Institution i = bytes_list[0];
    CHECK(i.name == "Name");
    CHECK(i.kind == csto::InstitutionKind::force);
    CHECK(i.description == "about it");
    REQUIRE(i.since);
    CHECK(*i.since == DateRange::in_year(2008));
    CHECK(i.first_year == 2021);
    CHECK(i.last_year == 2025);
    REQUIRE(i.sources.size() == 1);
    CHECK(i.sources[0].text == "a note");
    CHECK(i.sources[0].source->id == "seed.txt");
    REQUIRE(i.holders.size() == 2);
    CHECK(i.holders[0] == "Holder A");
    CHECK(i.holders[1] == "Name");
    CHECK_FALSE(i.holders_recorded());  // the citation backs no field
    REQUIRE(i.milestones.size() == 1);
    const csto::InstitutionMilestone m = i.milestones[0];
    CHECK(m.kind == K::size_stated);
    CHECK(m.when == DateRange::on(2022, 12, 19));
    REQUIRE(m.sources.size() == 1);
    CHECK(m.sources[0].text == "quote");
    CHECK(m.personnel == csto::StatedSize{5000, true});
    CHECK(m.note == "a note");
    CHECK(m.inference == "how it follows");
    CHECK(m.inferred());
    // The queries read the decoded rows as they read values.
    CHECK(is(i.size_on(date(2022, 12, 19)), m));
    CHECK_FALSE(i.size_on(date(2022, 12, 18)));
    CHECK(is_true(i.existed_on(date(2008, 12, 31))));  // no founding milestone: from `since`
    CHECK(is_open(i.existed_on(date(2008, 6, 1))));
}
