// C++20: csto's views are borrowed ranges, MemberState and DateRange are totally ordered and
// hashable, every query takes std::chrono days (csto/chrono.hpp), and std::format where the
// standard library has it (csto/format.hpp). Empty before C++20.
#include "test_support.hpp"

#include <csto/chrono.hpp>
#include <csto/format.hpp>

#include <doctest/doctest.h>

#if __cplusplus >= 202002L
#include <algorithm>
#include <chrono>
#include <compare>
#include <concepts>
#include <ranges>
#include <unordered_set>
#include <vector>

using namespace csto_test;
using namespace std::chrono_literals;
namespace st = csto::states;
namespace chr = std::chrono;

static_assert(std::ranges::contiguous_range<csto::Span<csto::Summit>>);
static_assert(std::ranges::borrowed_range<csto::Span<csto::Summit>>);
static_assert(std::ranges::view<csto::Span<csto::Summit>>);
static_assert(std::ranges::random_access_range<csto::SummitList>);
static_assert(std::ranges::borrowed_range<csto::SummitList>);
static_assert(std::ranges::view<csto::SummitList>);
static_assert(std::ranges::forward_range<csto::RequestsOfState>);
static_assert(std::ranges::borrowed_range<csto::RequestsOfState>);
static_assert(std::ranges::random_access_range<csto::CitationList>);
static_assert(std::ranges::borrowed_range<csto::CitationList>);
static_assert(std::ranges::view<csto::CitationList>);
static_assert(std::totally_ordered<csto::MemberState>);
static_assert(std::totally_ordered<csto::DateRange>);
static_assert(std::three_way_comparable<csto::MemberState, std::strong_ordering>);

TEST_CASE("C++20: range algorithms on csto's views return iterators, not std::ranges::dangling") {
    const auto minsk = std::ranges::find_if(
        csto::summits(), [](const csto::Summit& s) { return s.when().latest() == date(2017, 11, 30); });
    static_assert(std::same_as<decltype(minsk), const csto::SummitList::const_iterator>);
    REQUIRE(minsk != csto::summits().end());
    CHECK(minsk->city() == "Minsk");
    const auto article_4 =
        std::ranges::find_if(csto::requests_of(st::armenia), [](const csto::Request& r) { return r.article == 4; });
    static_assert(!std::same_as<decltype(article_4), const std::ranges::dangling>);
    CHECK(article_4->id == "2022-09-armenia");
    // A random-access view: the iterator's offset is the meeting's row, and the rows around it are
    // the meetings before and after it (the reception's dates run to 31 December 2017, so the
    // find_if passed over it).
    const auto row = static_cast<std::size_t>(minsk - csto::summits().begin());
    CHECK(csto::summits()[row].id() == "2017-11-30-csc");
    CHECK(csto::summits()[row - 1].id() == "2017-reception");
    CHECK(csto::summits()[row + 1].id() == "2018-11-08-csc");
    CHECK(std::ranges::count_if(csto::institutions_on(date(2004, 1, 1)),
                                [](const csto::Institution&) { return true; }) == 4);
}

TEST_CASE("C++20: MemberState and DateRange are totally ordered and hashable") {
    CHECK((st::armenia <=> st::russia) == std::strong_ordering::less);
    CHECK((st::uzbekistan <=> st::belarus) == std::strong_ordering::greater);
    CHECK((st::georgia <=> st::georgia) == std::strong_ordering::equal);
    const csto::DateRange year = csto::DateRange::in_year(2001);
    const csto::DateRange first_day = csto::DateRange::on(2001, 1, 1);
    CHECK((first_day <=> year) == std::strong_ordering::less);  // same earliest day, earlier latest
    CHECK((csto::DateRange::on(2002, 1, 1) <=> year) == std::strong_ordering::greater);
    CHECK((year <=> csto::DateRange::in_year(2001)) == std::strong_ordering::equal);
    std::vector<csto::DateRange> ranges{csto::DateRange::on(2003, 5, 1), year, first_day};
    std::ranges::sort(ranges);
    CHECK(ranges == std::vector<csto::DateRange>{first_day, year, csto::DateRange::on(2003, 5, 1)});
    const std::unordered_set<csto::MemberState> states(csto::StateSet::all().begin(), csto::StateSet::all().end());
    CHECK(states.size() == 9);
    CHECK(states.count(st::kazakhstan) == 1);
    const std::unordered_set<csto::DateRange> days{year, first_day, csto::DateRange::in_year(2001)};
    CHECK(days.size() == 2);
    CHECK(std::hash<csto::DateRange>{}(year) == std::hash<csto::DateRange>{}(csto::DateRange::in_year(2001)));
    CHECK(std::hash<csto::MemberState>{}(st::armenia) != std::hash<csto::MemberState>{}(st::russia));
}

TEST_CASE("C++20: every query takes std::chrono::sys_days and year_month_day") {
    constexpr chr::year_month_day summit_day = 2022y / chr::May / 16;
    static_assert(csto::is_member(st::armenia, summit_day) == true);
    static_assert(csto::is_member(st::uzbekistan, chr::sys_days{summit_day}) == false);
    CHECK(csto::members_on(summit_day) ==
          csto::StateSet{st::armenia, st::belarus, st::kazakhstan, st::kyrgyzstan, st::russia, st::tajikistan});
    CHECK(csto::indeterminate_members_on(2006y / chr::July / 1) == csto::StateSet{st::uzbekistan});
    CHECK(is_false(csto::treaty_in_force(1993y / chr::June / 1)));
    CHECK(csto::organization_name(2001y / chr::January / 1) == csto::treaty_name);
    CHECK(csto::status_on(st::armenia, 2024y / chr::March / 1).standing == csto::Standing::member_participation_frozen);
    CHECK(csto::treaty_anniversary(summit_day)->number == 30);
    CHECK(csto::organization_anniversary(summit_day)->number == 20);
    CHECK(csto::article(4, 2012y / chr::December / 19)->version()->from == csto::DateRange::on(2012, 12, 19));
    CHECK(csto::term_on(summit_day)->number == 6);
    CHECK(csto::chairing_state_on(2011y / chr::December / 20).certainty ==
          csto::chairing_state_on(date(2011, 12, 20)).certainty);
    CHECK(csto::collective_defense(st::armenia, 2022y / chr::September / 13, st::azerbaijan).record_diverges);
    CHECK(csto::joint_consultations(st::armenia, 2021y / chr::May / 12).assist_threatened);
    CHECK(csto::institutions_on(2004y / chr::January / 1).count() == 4);
    CHECK(csto::secretary_general_on(2017y / chr::November / 30)->person().name == "Yuri Khachaturov");
    CHECK(csto::requests_on(2022y / chr::January / 10).front().id == "2022-01-kazakhstan");
    CHECK(csto::requests_concerning(st::kazakhstan, 2022y / chr::January / 6).count() == 1);
    CHECK(is_true(csto::forces_deployed_on(2022y / chr::January / 14)));
    CHECK(csto::find_summit(summit_day)->city() == csto::find_summit(date(2022, 5, 16))->city());
    const auto between = csto::summits_between(2020y / chr::January / 1, 2022y / chr::December / 31);
    const auto between_boost = csto::summits_between(date(2020, 1, 1), date(2022, 12, 31));
    CHECK(std::ranges::distance(between) == std::ranges::distance(between_boost));
    CHECK(std::ranges::distance(between) > 0);
}

TEST_CASE("C++20: a chrono date that is no day, or outside Boost's years, is read as not-a-date-time") {
    for (const chr::year_month_day bad : {2023y / chr::February / 29, 1399y / chr::December / 31,
                                          chr::year{10000} / chr::January / 1, 2022y / chr::month{13} / 1}) {
        CHECK(is_open(csto::is_member(st::russia, bad)));
        CHECK(csto::members_on(bad).empty());
        CHECK_FALSE(csto::article(4, bad));
        CHECK(csto::collective_defense(st::russia, bad).has(csto::DefenseReason::special_date));
    }
    CHECK(is_true(csto::is_member(st::russia, 2024y / chr::February / 29)));
}

#ifdef CSTO_HAS_STD_FORMAT
TEST_CASE("C++20: std::format prints csto's types as csto::to_string does") {
    CHECK(std::format("{}", st::armenia) == "Armenia");
    CHECK(std::format("[{:>9}]", st::russia) == "[   Russia]");
    CHECK(std::format("{}", csto::DateRange::in_year(1993)) == "1993");
    CHECK(std::format("{}", csto::chairing_state_on(date(2012, 6, 1))) ==
          "certain: Kazakhstan, 2011-12-20 to 2012-12-19");
    CHECK(std::format("{}", csto::StepKind::not_done) == "not done");
}
#endif
#endif  // C++20
