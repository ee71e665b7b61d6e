// The requests for help and for consultations, and what followed, as the reference notes (part 2,
// section 2) state them; and the query logic on a made-up dataset.
#include "test_support.hpp"

#include <csto/parse.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string_view>

using namespace csto;
using csto_test::date;
using csto_test::is_false;
using csto_test::is_open;
using csto_test::is_true;

namespace {

MemberState state(std::string_view name) { return find_state(name).value(); }

bool cites(const CitationList& sources, std::string_view source_id, Field field) {
    for (const Citation& c : sources)
        if (c.source->id == source_id && c.states(field)) return true;
    return false;
}

struct ExpectedRequest {
    const char* id;
    const char* state;
    RequestKind kind;
    date day;
    std::uint8_t addressees;
    StateSet bilateral;
    int article;
    ArticleBasis basis;
    std::size_t steps;
    const char* date_source;  // a source that states the request's day
};

constexpr std::uint8_t to(Addressee a) { return addressee_bit(a); }

}  // namespace

TEST_CASE("the requests, in date order, each with who asked whom, when, under which article") {
    const MemberState russia = state("Russia");
    const ExpectedRequest expected[] = {
        {"2010-06-kyrgyzstan", "Kyrgyzstan", RequestKind::assistance, date(2010, 6, 12), to(Addressee::state),
         StateSet{russia}, 0, ArticleBasis::none_stated, 4, "eurasianet-2010-06"},
        {"2021-05-armenia", "Armenia", RequestKind::consultations, date(2021, 5, 13), to(Addressee::organization),
         StateSet{}, 2, ArticleBasis::stated, 4, "auroranews-2021-05-13"},
        {"2021-07-tajikistan", "Tajikistan", RequestKind::assistance, date(2021, 7, 7), to(Addressee::organization),
         StateSet{}, 0, ArticleBasis::none_stated, 1, "armenpress-1057627"},
        {"2021-11-armenia", "Armenia", RequestKind::statement, date(2021, 11, 16), to(Addressee::state),
         StateSet{russia}, 0, ArticleBasis::none_stated, 0, "pravda-2021-11-16"},
        {"2022-01-kazakhstan", "Kazakhstan", RequestKind::assistance, date(2022, 1, 5), to(Addressee::member_states),
         StateSet{}, 0, ArticleBasis::none_stated, 4, "centralasia-13138"},
        {"2022-09-armenia", "Armenia", RequestKind::assistance, date(2022, 9, 13),
         static_cast<std::uint8_t>(to(Addressee::state) | to(Addressee::member_states) |
                                   to(Addressee::un_security_council)),
         StateSet{russia}, 4, ArticleBasis::reported, 6, "novayagazeta-2022-09-13"},
    };
    REQUIRE(requests().size() == std::size(expected));
    for (std::size_t i = 0; i < std::size(expected); ++i) {
        const Request& r = requests()[i];
        const ExpectedRequest& e = expected[i];
        const std::string_view id = e.id;
        CAPTURE(id);
        CHECK(r.id == e.id);
        CHECK(r.state == state(e.state));
        CHECK(r.kind == e.kind);
        CHECK(r.is_request() == (e.kind != RequestKind::statement));
        CHECK(r.date == DateRange::on(e.day));
        CHECK(r.addressees == e.addressees);
        CHECK(r.addressed_states == e.bilateral);
        CHECK(int{r.article} == e.article);
        CHECK(r.article_basis == e.basis);
        CHECK(r.steps.size() == e.steps);
        CHECK(cites(r.sources, e.date_source, Field::date));
        CHECK(find_request(e.id).has_value());
    }
    CHECK(requests()[1].addressed_to(Addressee::organization));
    CHECK_FALSE(requests()[1].addressed_to(Addressee::chair));
    CHECK_FALSE(find_request("2022-01-uzbekistan").has_value());
    CHECK_FALSE(find_request("").has_value());
}

TEST_CASE("Kazakhstan, January 2022: the decision under Article 4, the deployment and its withdrawal") {
    const Request r = find_request("2022-01-kazakhstan").value();
    REQUIRE(r.steps.size() == 4);
    const RequestStep& decision = r.steps[0];
    CHECK(decision.kind == StepKind::decision);
    CHECK(decision.date == DateRange::on(2022, 1, 6));
    CHECK(decision.body == MeetingBody::collective_security_council);
    CHECK(int{decision.article} == 4);
    CHECK(cites(decision.sources, "peoplecn-2022-01-06", Field::article));
    CHECK(cites(decision.sources, "armradio-2022-01-06", Field::date));

    const RequestStep& sent = r.steps[1];
    REQUIRE(sent.kind == StepKind::deployment);
    REQUIRE(sent.deployment != nullptr);
    CHECK(r.deployment_step() == &sent);
    // No source gives the first day on the ground: between the decision and the withdrawal.
    CHECK(sent.date == DateRange::between(date(2022, 1, 6), date(2022, 1, 13)));
    CHECK_FALSE(sent.inference(Field::date).empty());
    const Deployment& d = *sent.deployment;
    CHECK(d.force == "Collective Peacekeeping Forces");
    CHECK(d.contributors ==
          StateSet{state("Armenia"), state("Belarus"), state("Kyrgyzstan"), state("Russia"), state("Tajikistan")});
    CHECK(d.commander == "Colonel-General Andrei Serdyukov");
    CHECK(cites(sent.sources, "scmp-2022-01", Field::commander));
    CHECK(d.withdrawal_began == DateRange::on(2022, 1, 13));
    CHECK(d.withdrawal_completed == DateRange::on(2022, 1, 19));
    CHECK(cites(sent.sources, "infosurhoy-2022-01-19", Field::end));
    CHECK(cites(sent.sources, "qazaqtv-2022-01-13", Field::withdrawal));

    // Official figures and press reports kept apart.
    REQUIRE(d.personnel.size() == 6);
    CHECK_FALSE(d.personnel[0].state.has_value());
    CHECK(d.personnel[0].count == 2500);
    CHECK(d.personnel[0].approximate);
    CHECK_FALSE(d.personnel[0].reported);
    CHECK(d.personnel[1].state == state("Armenia"));
    CHECK(d.personnel[1].count == 100);
    CHECK_FALSE(d.personnel[1].approximate);  // "officially numbers 100"
    CHECK_FALSE(d.personnel[1].reported);
    const struct {
        const char* state;
        std::uint32_t count;
    } reported[] = {{"Russia", 3000}, {"Belarus", 500}, {"Tajikistan", 200}, {"Kyrgyzstan", 150}};
    for (std::size_t i = 0; i < std::size(reported); ++i) {
        const Personnel& p = d.personnel[i + 2];
        CAPTURE(reported[i].state);
        CHECK(p.state == state(reported[i].state));
        CHECK(p.count == reported[i].count);
        CHECK(p.reported);
        CHECK_FALSE(p.approximate);
    }

    const RequestStep& session = r.steps[2];
    CHECK(session.kind == StepKind::meeting);
    CHECK(session.body == MeetingBody::collective_security_council);
    CHECK(session.date == DateRange::on(2022, 1, 10));
    REQUIRE(session.meeting != nullptr);
    CHECK(session.meeting->when() == DateRange::on(2022, 1, 10));
    CHECK(session.meeting->kind() == SummitKind::extraordinary_session);

    const RequestStep& ministers = r.steps[3];
    CHECK(ministers.kind == StepKind::decision);
    CHECK(ministers.date == DateRange::on(2022, 1, 13));
    CHECK(ministers.body == MeetingBody::council_of_defense_ministers);
    CHECK(int{ministers.article} == 0);

    // On the ground: open before the withdrawal began, certain through its last day, not after.
    CHECK(is_false(sent.deployed_on(date(2022, 1, 5))));
    CHECK(is_open(sent.deployed_on(date(2022, 1, 6))));
    CHECK(is_open(sent.deployed_on(date(2022, 1, 12))));
    CHECK(is_true(sent.deployed_on(date(2022, 1, 13))));
    CHECK(is_true(sent.deployed_on(date(2022, 1, 19))));
    CHECK(is_false(sent.deployed_on(date(2022, 1, 20))));
    CHECK(is_open(sent.deployed_on(date(boost::gregorian::not_a_date_time))));
    CHECK(is_false(decision.deployed_on(date(2022, 1, 15))));
    CHECK(is_true(forces_deployed_on(date(2022, 1, 19))));
    CHECK(is_false(forces_deployed_on(date(2022, 1, 20))));
    CHECK(is_open(forces_deployed_on(date(2022, 1, 7))));
    CHECK(is_false(forces_deployed_on(date(2010, 6, 20))));

    // Under way from the appeal to the completed withdrawal.
    CHECK(r.last_day() == date(2022, 1, 19));
    CHECK(is_false(r.under_way_on(date(2022, 1, 4))));
    CHECK(is_true(r.under_way_on(date(2022, 1, 5))));
    CHECK(is_true(r.under_way_on(date(2022, 1, 19))));
    CHECK(is_false(r.under_way_on(date(2022, 1, 20))));
}

TEST_CASE("Armenia, September-November 2022: Article 4 as reported, a mission, a declined declaration") {
    const Request r = find_request("2022-09-armenia").value();
    CHECK(cites(r.sources, "tvn24-pashinyan-2022-09", Field::article));
    CHECK(cites(r.sources, "pronews-2022-09", Field::article));
    CHECK(r.deployment_step() == nullptr);
    CHECK(r.last_day() == date(2022, 11, 23));
    CHECK(is_true(r.under_way_on(date(2022, 11, 23))));
    CHECK(is_false(r.under_way_on(date(2022, 11, 24))));
    CHECK(is_false(r.under_way_on(date(2022, 9, 12))));
}

TEST_CASE("every step of every request: kind, date, body, meeting, article") {
    constexpr auto csc = MeetingBody::collective_security_council;
    const csto::Optional<MeetingBody> no_body;
    struct Row {
        const char* request;
        StepKind kind;
        const char* first;  // "" : undated by the sources
        const char* last;
        bool date_inferred;
        csto::Optional<MeetingBody> body;
        const char* meeting_id;  // nullptr: not a meeting of meetings.toml
        int article;
    };
    const Row rows[] = {
        // ref (eurasianet, stabroeknews, asbarez, RFE/RL, Kremlin 2011, zakonpravo): Osh, 2010.
        {"2010-06-kyrgyzstan", StepKind::meeting, "2010-06-14", "2010-06-14", false,
         MeetingBody::committee_of_security_council_secretaries, nullptr, 0},
        {"2010-06-kyrgyzstan", StepKind::not_done, "2010-06-17", "2010-06-17", true, no_body, nullptr,
         0},  // "Thursday"
        {"2010-06-kyrgyzstan", StepKind::refusal, "", "", false, no_body, nullptr, 0},
        {"2010-06-kyrgyzstan", StepKind::treaty_amendment, "2010-12-10", "2010-12-10", false, no_body, nullptr, 0},
        // ref (mfa.am 2021-05-14, news.am, azatutyun): Article 2.
        {"2021-05-armenia", StepKind::consultations, "2021-05-14", "2021-05-14", false, no_body, nullptr, 0},
        {"2021-05-armenia", StepKind::consultations, "", "", false, no_body, nullptr, 0},
        {"2021-05-armenia", StepKind::assessment, "", "", false, no_body, nullptr, 0},
        {"2021-05-armenia", StepKind::not_done, "", "", false, no_body, nullptr, 0},
        // ref (armenpress 1057627, the list of sessions).
        {"2021-07-tajikistan", StepKind::meeting, "2021-08-23", "2021-08-23", false, csc, "2021-08-23-csc", 0},
        // ref (people.cn, armradio, asiaplus, armenpress 1072905): "in accordance with Article 4".
        {"2022-01-kazakhstan", StepKind::decision, "2022-01-06", "2022-01-06", false, csc, nullptr, 4},
        {"2022-01-kazakhstan", StepKind::deployment, "2022-01-06", "2022-01-13", true, no_body, nullptr, 0},
        {"2022-01-kazakhstan", StepKind::meeting, "2022-01-10", "2022-01-10", false, csc, "2022-01-10-csc", 0},
        {"2022-01-kazakhstan", StepKind::decision, "2022-01-13", "2022-01-13", false,
         MeetingBody::council_of_defense_ministers, nullptr, 0},
        // ref (armradio, almayadeen, jscsto, TASS 1528269, azatutyun, primeminister.am, horizonweekly).
        {"2022-09-armenia", StepKind::meeting, "2022-09-13", "2022-09-13", false, MeetingBody::permanent_council,
         "2022-09-13-permanent-council", 0},
        {"2022-09-armenia", StepKind::decision, "2022-09-13", "2022-09-13", false, csc, "2022-09-13-csc", 0},
        {"2022-09-armenia", StepKind::mission, "2022-09-15", "2022-09-15", false, no_body, nullptr, 0},
        {"2022-09-armenia", StepKind::refusal, "", "", false, no_body, nullptr, 0},
        {"2022-09-armenia", StepKind::meeting, "2022-10-28", "2022-10-28", false, csc, "2022-10-28-csc", 0},
        {"2022-09-armenia", StepKind::declined_document, "2022-11-23", "2022-11-23", false, csc, "2022-11-23-csc", 0},
    };
    std::size_t steps = 0;
    for (const Request& r : requests()) steps += r.steps.size();
    CHECK(steps == std::size(rows));
    std::size_t index = 0;
    const char* previous = "";
    for (const Row& row : rows) {
        index = std::string_view(row.request) == previous ? index + 1 : 0;
        previous = row.request;
        const std::string_view id = row.request;
        CAPTURE(id);
        CAPTURE(index);
        const std::optional<Request> r = find_request(row.request);
        REQUIRE(r.has_value());
        REQUIRE(index < r->steps.size());
        const RequestStep& s = r->steps[index];
        CHECK(s.kind == row.kind);
        CHECK(s.date.has_value() == (*row.first != '\0'));
        if (s.date && *row.first != '\0')
            CHECK(*s.date ==
                  DateRange::between(csto::parse_date(row.first).value(), csto::parse_date(row.last).value()));
        CHECK(s.inference(Field::date).empty() == !row.date_inferred);
        CHECK(s.body == row.body);
        CHECK(int{s.article} == row.article);
        if (row.meeting_id == nullptr) {
            CHECK(s.meeting == nullptr);
        } else {
            REQUIRE(s.meeting != nullptr);
            CHECK(s.meeting->id() == row.meeting_id);
            CHECK(s.meeting->when() == *s.date);
        }
        CHECK_FALSE(s.sources.empty());
    }
    // A few sources by what they state.
    CHECK(cites(find_request("2021-05-armenia")->sources, "mfa-am-2021-05-14", Field::article));
    // Tokayev's appeal: the notes say whom he appealed to, not for what; "assistance" is inferred.
    CHECK_FALSE(find_request("2022-01-kazakhstan")->inference(Field::kind).empty());
    CHECK(find_request("2022-09-armenia")->inference(Field::kind).empty());
    CHECK(cites(find_request("2010-06-kyrgyzstan")->steps[3].sources, "kremlin-2011-08-31", Field::kind));
    CHECK_FALSE(find_request("2010-06-kyrgyzstan")->addressed_to(Addressee::organization));
    CHECK(find_request("2021-07-tajikistan")->steps[0].meeting->format() == SummitFormat::video_conference);
}

TEST_CASE("requests_of and requests_on: a state's requests, and those under way on a day") {
    std::size_t armenia = 0;
    for (const Request& r : requests_of(state("Armenia"))) {
        CHECK(r.state == state("Armenia"));
        ++armenia;
    }
    CHECK(armenia == 3);
    CHECK(requests_of(state("Armenia")).count() == 3);
    CHECK(requests_of(state("Kazakhstan")).front().id == "2022-01-kazakhstan");
    CHECK(requests_of(state("Uzbekistan")).empty());

    CHECK(requests_on(date(2022, 1, 19)).count() == 1);
    CHECK(requests_on(date(2022, 1, 19)).front().id == "2022-01-kazakhstan");
    CHECK(requests_on(date(2022, 1, 20)).empty());
    CHECK(requests_on(date(2022, 1, 4)).empty());
    CHECK(requests_on(date(2010, 12, 10)).front().id == "2010-06-kyrgyzstan");
    CHECK(requests_on(date(2010, 12, 11)).empty());
    CHECK(requests_on(date(2021, 11, 16)).count() == 1);
    CHECK(requests_on(date(2021, 11, 17)).empty());  // a statement's record ends on its day
    CHECK(requests_on(date(boost::gregorian::not_a_date_time)).empty());
}

TEST_CASE("the request queries on a made-up dataset") {
    static constexpr Personnel personnel[] = {{std::nullopt, 10, false, false, {}}};
    static constexpr Deployment deployment{
        "Test Forces", StateSet{}, personnel, "", DateRange::on(2001, 3, 1), DateRange::in_month(2001, 3)};
    static constexpr RequestStep steps[] = {
        {StepKind::decision,
         DateRange::on(2001, 1, 10),
         "decided",
         MeetingBody::collective_security_council,
         nullptr,
         4,
         nullptr,
         {},
         {}},
        {StepKind::deployment, DateRange::on(2001, 2, 1), "sent", std::nullopt, nullptr, 0, &deployment, {}, {}},
    };
    static constexpr Request made_up[] = {
        {"a",
         *MemberState::from_index(2),
         RequestKind::assistance,
         DateRange::in_month(2001, 1),
         addressee_bit(Addressee::organization),
         StateSet{},
         4,
         ArticleBasis::stated,
         "asked",
         steps,
         {},
         {}},
        {"b",
         *MemberState::from_index(3),
         RequestKind::consultations,
         DateRange::on(2005, 5, 5),
         addressee_bit(Addressee::chair),
         StateSet{},
         2,
         ArticleBasis::stated,
         "asked",
         {},
         {},
         {}},
    };
    Dataset data{};
    data.requests = made_up;
    CHECK(requests(data).size() == 2);
    // The request's month leaves its first days open; the withdrawal's month leaves March open.
    CHECK(is_open(made_up[0].under_way_on(date(2001, 1, 5))));
    CHECK(is_true(made_up[0].under_way_on(date(2001, 1, 31))));
    CHECK(made_up[0].last_day() == date(2001, 3, 31));
    CHECK(is_true(made_up[0].under_way_on(date(2001, 3, 31))));
    CHECK(is_false(made_up[0].under_way_on(date(2001, 4, 1))));
    CHECK(is_true(steps[1].deployed_on(date(2001, 3, 1))));
    CHECK(is_open(steps[1].deployed_on(date(2001, 3, 2))));
    CHECK(is_false(steps[1].deployed_on(date(2001, 4, 1))));
    CHECK(is_false(steps[1].deployed_on(date(2001, 1, 31))));
    CHECK(requests_on(date(2001, 1, 5), data).empty());  // possibly under way: left out
    CHECK(requests_on(date(2001, 1, 31), data).count() == 1);
    CHECK(requests_on(date(2005, 5, 5), data).front().id == "b");
    CHECK(requests_of(*MemberState::from_index(3), data).count() == 1);
    CHECK(is_open(forces_deployed_on(date(2001, 3, 15), data)));
    CHECK(is_true(forces_deployed_on(date(2001, 2, 15), data)));
    CHECK(find_request("B", data)->state == *MemberState::from_index(3));
    CHECK(requests(Dataset{}).empty());
}
