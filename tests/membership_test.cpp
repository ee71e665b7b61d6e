#include "test_support.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <vector>

using namespace csto_test;
using csto::EndKind;
using csto::MemberState;
using csto::Standing;
using csto::StartKind;
using csto::StateSet;
namespace st = csto::states;

namespace {
// The same citations, read from the same stored texts (a status's sources are its record's).
bool same_citations(const csto::CitationList& a, const csto::CitationList& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].source != b[i].source || a[i].text.data() != b[i].text.data() || a[i].supports != b[i].supports)
            return false;
    return true;
}
// The documented intervals, typed in from the seeds and the reference independently of
// data/membership.hpp: [first day (earliest..latest), first day outside).
struct ExpectedInterval {
    MemberState state;
    StartKind how;
    date first_earliest, first_latest;
    std::optional<date> first_outside;
    std::optional<EndKind> ended_by;
};
const date founding(1992, 5, 15);
const date non_renewal(1999, 4, 21);
const std::vector<ExpectedInterval> expected_intervals = {
    {st::armenia, StartKind::signature, founding, founding, std::nullopt, std::nullopt},
    {st::azerbaijan, StartKind::accession, date(1993, 9, 24), date(1993, 9, 24), non_renewal, EndKind::non_renewal},
    {st::belarus, StartKind::accession, date(1993, 12, 31), date(1993, 12, 31), std::nullopt, std::nullopt},
    {st::georgia, StartKind::accession, date(1993, 12, 9), date(1993, 12, 9), non_renewal, EndKind::non_renewal},
    {st::kazakhstan, StartKind::signature, founding, founding, std::nullopt, std::nullopt},
    {st::kyrgyzstan, StartKind::signature, founding, founding, std::nullopt, std::nullopt},
    {st::russia, StartKind::signature, founding, founding, std::nullopt, std::nullopt},
    {st::tajikistan, StartKind::signature, founding, founding, std::nullopt, std::nullopt},
    {st::uzbekistan, StartKind::signature, founding, founding, non_renewal, EndKind::non_renewal},
    {st::uzbekistan, StartKind::return_to_membership, date(2006, 6, 23), date(2006, 8, 16), date(2012, 6, 28),
     EndKind::suspension},
};
}  // namespace

TEST_CASE("membership_history matches the documented intervals, in order") {
    std::size_t matched = 0;
    for (MemberState s : StateSet::all()) {
        CAPTURE(s.name());
        std::vector<ExpectedInterval> mine;
        for (const auto& e : expected_intervals)
            if (e.state == s) mine.push_back(e);
        const auto history = csto::membership_history(s);
        REQUIRE(history.size() == mine.size());
        for (std::size_t i = 0; i < mine.size(); ++i) {
            const auto& got = history[i];
            CHECK(got.state == s);
            CHECK(got.start.kind == mine[i].how);
            CHECK(got.start.when.earliest() == mine[i].first_earliest);
            CHECK(got.start.when.latest() == mine[i].first_latest);
            REQUIRE(got.end.has_value() == mine[i].first_outside.has_value());
            if (got.end) {
                CHECK(got.end->when.earliest() == *mine[i].first_outside);
                CHECK(got.end->when.latest() == *mine[i].first_outside);
                CHECK(got.end->kind == *mine[i].ended_by);
            }
            ++matched;
        }
    }
    CHECK(matched == csto::membership_intervals().size());
}

TEST_CASE("is_member on both sides of every boundary day, and inside every indeterminate window") {
    for (const auto& e : expected_intervals) {
        CAPTURE(e.state.name());
        CAPTURE(static_cast<int>(e.first_earliest.year()));
        CHECK(is_false(csto::is_member(e.state, day_before(e.first_earliest))));
        CHECK_FALSE(csto::members_on(day_before(e.first_earliest)).contains(e.state));
        for (date d = e.first_earliest; d < e.first_latest; d += boost::gregorian::date_duration(1)) {
            CHECK(is_open(csto::is_member(e.state, d)));
            CHECK(csto::indeterminate_members_on(d).contains(e.state));
            CHECK_FALSE(csto::members_on(d).contains(e.state));
            CHECK(csto::status_on(e.state, d).standing == Standing::indeterminate);
        }
        CHECK(is_true(csto::is_member(e.state, e.first_latest)));
        CHECK(csto::members_on(e.first_latest).contains(e.state));
        if (e.first_outside) {
            CHECK(is_true(csto::is_member(e.state, day_before(*e.first_outside))));
            CHECK(is_false(csto::is_member(e.state, *e.first_outside)));
            CHECK_FALSE(csto::members_on(*e.first_outside).contains(e.state));
            CHECK_FALSE(csto::indeterminate_members_on(*e.first_outside).contains(e.state));
        }
    }
}

TEST_CASE("who the members were on days the sources speak of") {
    const StateSet founders{st::armenia, st::kazakhstan, st::kyrgyzstan, st::russia, st::tajikistan, st::uzbekistan};
    const StateSet six{st::armenia, st::belarus, st::kazakhstan, st::kyrgyzstan, st::russia, st::tajikistan};
    CHECK(csto::members_on(date(1992, 5, 14)).empty());
    CHECK(csto::members_on(date(1992, 5, 15)) == founders);
    CHECK(csto::members_on(date(1993, 12, 31)) == StateSet::all());
    CHECK(csto::members_on(date(1999, 4, 20)) == StateSet::all());
    CHECK(csto::members_on(date(1999, 4, 21)) == six);
    CHECK(csto::members_on(date(2006, 7, 1)) == six);
    CHECK(csto::indeterminate_members_on(date(2006, 7, 1)) == StateSet{st::uzbekistan});
    CHECK(csto::members_on(date(2010, 5, 1)) == (six | StateSet{st::uzbekistan}));
    CHECK(csto::members_on(date(2017, 5, 15)) == six);
    CHECK(csto::members_on(date(2022, 5, 16)) == six);
    CHECK(csto::members_on(date(2025, 12, 31)) == six);
    CHECK(csto::indeterminate_members_on(date(2017, 5, 15)).empty());
}

TEST_CASE("status_on: each standing, its governing interval and its sources") {
    auto status = csto::status_on(st::uzbekistan, date(1992, 5, 14));
    CHECK(status.standing == Standing::not_yet_member);
    REQUIRE(status.interval != nullptr);
    CHECK(status.interval == &csto::membership_history(st::uzbekistan)[0]);
    CHECK(is_false(status.is_member()));

    status = csto::status_on(st::uzbekistan, date(2000, 1, 1));
    CHECK(status.standing == Standing::former_member);
    CHECK(status.interval == &csto::membership_history(st::uzbekistan)[0]);
    CHECK(same_citations(status.sources(), status.interval->end->sources));

    status = csto::status_on(st::uzbekistan, date(2010, 5, 1));
    CHECK(status.standing == Standing::member);
    CHECK(status.interval == &csto::membership_history(st::uzbekistan)[1]);
    CHECK(is_true(status.is_member()));

    status = csto::status_on(st::uzbekistan, date(2012, 6, 28));
    CHECK(status.standing == Standing::suspended);
    CHECK(is_false(status.is_member()));
    CHECK(status.interval->end->kind == EndKind::suspension);

    CHECK(csto::status_on(st::georgia, date(2020, 1, 1)).standing == Standing::former_member);
    CHECK(csto::status_on(st::belarus, date(1993, 12, 30)).standing == Standing::not_yet_member);
}

TEST_CASE("Armenia: a member with participation frozen from 22 February 2024") {
    CHECK(csto::status_on(st::armenia, date(2024, 2, 21)).standing == Standing::member);
    const auto frozen = csto::status_on(st::armenia, date(2024, 2, 22));
    CHECK(frozen.standing == Standing::member_participation_frozen);
    REQUIRE(frozen.freeze != nullptr);
    CHECK(frozen.freeze->since.earliest() == date(2024, 2, 22));
    CHECK(is_true(frozen.is_member()));
    CHECK(is_true(csto::is_member(st::armenia, date(2024, 2, 22))));
    CHECK(csto::members_on(date(2024, 2, 22)).contains(st::armenia));
    CHECK(same_citations(frozen.sources(), frozen.freeze->sources));
}

TEST_CASE("after the as-of date open intervals go on and status_on says so") {
    const date later(2030, 1, 1);
    const auto status = csto::status_on(st::belarus, later);
    CHECK(status.standing == Standing::member);
    CHECK(status.past_as_of);
    CHECK_FALSE(csto::status_on(st::belarus, csto::data_as_of).past_as_of);
    CHECK(csto::status_on(st::armenia, later).standing == Standing::member_participation_frozen);
    CHECK(csto::status_on(st::uzbekistan, later).standing == Standing::suspended);
    CHECK(csto::members_on(later) == csto::members_on(csto::data_as_of));
}

TEST_CASE("special date values give indeterminate or empty answers") {
    for (auto special : {boost::gregorian::not_a_date_time, boost::gregorian::pos_infin, boost::gregorian::neg_infin}) {
        const date d(special);
        for (MemberState s : StateSet::all()) {
            CHECK(is_open(csto::is_member(s, d)));
            const auto status = csto::status_on(s, d);
            CHECK(status.standing == Standing::unknown);
            CHECK(status.interval == nullptr);
            CHECK(status.sources().empty());
            CHECK(is_open(status.is_member()));
        }
        CHECK(csto::members_on(d).empty());
        CHECK(csto::indeterminate_members_on(d) == StateSet::all());
    }
}

TEST_CASE("is_member, members_on and status_on agree on every day from 1992 to 2026") {
    for (date d(1992, 1, 1); d < date(2026, 1, 1); d += boost::gregorian::date_duration(1)) {
        const StateSet certain = csto::members_on(d);
        const StateSet open = csto::indeterminate_members_on(d);
        CHECK((certain & open).empty());
        for (MemberState s : StateSet::all()) {
            const auto m = csto::is_member(s, d);
            const auto reference =
                csto::detail::member_by_intervals(csto::membership_history(s), d);  // what the O(1) table is built from
            const auto status = csto::status_on(s, d);
            if (is_true(m) != is_true(reference) || is_open(m) != is_open(reference)) {
                FAIL_CHECK("the segment table disagrees with the intervals for " << s.name());
            }
            if (is_true(m) != certain.contains(s) || is_open(m) != open.contains(s) ||
                is_true(status.is_member()) != is_true(m) || is_open(status.is_member()) != is_open(m)) {
                FAIL_CHECK("queries disagree for " << s.name() << " on " << d.year() << '-' << d.month().as_number()
                                                   << '-' << d.day());
            }
        }
    }
}
