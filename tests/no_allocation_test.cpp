// Every query runs without touching the heap: operator new is counted around each call.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include "test_support.hpp"

#include <csto/parse.hpp>

#include <doctest/doctest.h>

#include <atomic>
#include <cstdlib>
#include <new>
#include <string_view>

#if defined(__GNUC__) && !defined(__clang__)
// GCC sees the replaced operator delete pair free() with an inlined operator new; they do match.
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

namespace {
std::atomic<long> allocations{0};
int* volatile escaped = nullptr;  // keeps the compiler from eliding the control allocation
}  // namespace

void* operator new(std::size_t size) {
    allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

using namespace csto_test;

namespace {
template <class F>
long allocations_during(F&& f) {
    const long before = allocations.load();
    f();
    return allocations.load() - before;
}
}  // namespace

TEST_CASE("the counter sees an allocation when there is one") {
    CHECK(allocations_during([] { escaped = new int(42); }) == 1);
    delete escaped;
}

TEST_CASE("no query allocates") {
    constexpr std::string_view names[] = {"Uzbekistan",
                                          "  kyrgyz   republic ",
                                          "The Republic of Tajikistan",
                                          "RU",
                                          "ARM",
                                          "Atlantis",
                                          "",
                                          "Армения",
                                          "Российская   Федерация",
                                          "051",
                                          "51",
                                          "KYR",
                                          "by",
                                          "Kazakstn",
                                          "Tadjikstan",
                                          "россия"};
    const date days[] = {date(1992, 5, 14),
                         date(1993, 12, 31),
                         date(1999, 4, 21),
                         date(2006, 7, 1),
                         date(2012, 6, 28),
                         date(2024, 2, 22),
                         date(2030, 1, 1),
                         date(boost::gregorian::not_a_date_time),
                         date(boost::gregorian::pos_infin)};
    long total = 0;
    int sink = 0;
    const csto::Aggressor aggressors[] = {csto::parse_aggressor("AZE").value(), csto::parse_aggressor("AFG,TJ").value(),
                                          csto::parse_aggressor("non-state:armed groups").value(),
                                          csto::Aggressor::unknown()};
    for (std::string_view text : {"AZE,TUR,AFG", "non-state:x", "Atlantis", "", "unknown"})
        total += allocations_during([&] { sink += csto::parse_aggressor(text).has_value(); });
    for (std::string_view name : names) {
        total += allocations_during([&] { sink += csto::find_state(name).has_value(); });
        total += allocations_during([&] { sink += csto::suggest(name).has_value(); });
        total += allocations_during([&] { sink += csto::find_person(name).has_value(); });
        total += allocations_during([&] { sink += csto::find_institution(name).has_value(); });
    }
    for (date d : days) {
        total += allocations_during([&] {
            sink += static_cast<int>(csto::members_on(d).size() + csto::indeterminate_members_on(d).size());
            sink += csto::treaty_in_force(d) ? 1 : 0;
            sink += static_cast<int>(csto::organization_name(d).size());
            sink += csto::find_summit(d).has_value() + csto::secretary_general_on(d).has_value();
            sink += static_cast<int>(csto::chairing_state_on(d).certainty);
            sink += static_cast<int>(csto::summits_between(d, date(2025, 1, 1)).count());
            sink += csto::term_on(d).has_value() + csto::article(4, d).has_value();
            sink += csto::treaty_anniversary(d).has_value() + csto::organization_anniversary(d).has_value();
            for (const csto::Institution& i : csto::institutions_on(d)) sink += static_cast<int>(i.milestones.size());
            for (const csto::Institution& i : csto::institutions())
                sink += (i.existed_on(d) ? 1 : 0) + (i.size_on(d) ? 1 : 0);
        });
        for (csto::MemberState s : csto::StateSet::all()) {
            total += allocations_during([&] {
                sink += csto::is_member(s, d) ? 1 : 0;
                sink += static_cast<int>(csto::status_on(s, d).standing);
                sink += static_cast<int>(csto::membership_history(s).size());
                const auto r = csto::collective_defense(s, d, csto::states::russia);
                sink += static_cast<int>(r.obligated.size() + r.reasons.size());
                for (const auto& aggressor : aggressors) {
                    const auto a = csto::collective_defense(s, d, aggressor);
                    sink += static_cast<int>(a.aggressor_coverage) + static_cast<int>(a.record.count());
                    for (const csto::Request& request : a.record) sink += static_cast<int>(csto::divergence(request));
                }
                const auto j = csto::joint_consultations(s, d);
                sink += static_cast<int>(j.participants.size() + j.record.count()) + j.assist_threatened;
                if (const auto summit = csto::find_summit(date(2022, 5, 16)))
                    sink += csto::representative(*summit, s).has_value();
            });
        }
    }
    CHECK(sink != 0);
    CHECK(total == 0);
}
