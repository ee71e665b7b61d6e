// csto's queries against the baseline a user would otherwise write, and against the physical
// limit (one load from a dense per-day table of csto's own answers). Run:
//   cmake --build --preset default --target csto-benchmarks && build/default/tests/benchmarks/csto-benchmarks
#include <csto/csto.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {
namespace g = boost::gregorian;

// --- Inputs: the same pseudo-random days, states and names for every contender -----------------
constexpr std::size_t input_count = 4096;  // a power of two: index with a mask
const g::date first_day(1990, 1, 1);
const g::date last_day(2030, 12, 31);

const std::vector<g::date>& days() {
    static const std::vector<g::date> v = [] {
        std::mt19937 rng(42);
        std::uniform_int_distribution<long> offset(0, (last_day - first_day).days());
        std::vector<g::date> out;
        for (std::size_t i = 0; i < input_count; ++i) out.push_back(first_day + g::date_duration(offset(rng)));
        return out;
    }();
    return v;
}
const std::vector<csto::MemberState>& states() {
    static const std::vector<csto::MemberState> v = [] {
        std::mt19937 rng(7);
        std::uniform_int_distribution<std::size_t> pick(0, csto::MemberState::count - 1);
        std::vector<csto::MemberState> out;
        for (std::size_t i = 0; i < input_count; ++i) out.push_back(*csto::MemberState::from_index(pick(rng)));
        return out;
    }();
    return v;
}
// What users type: short names in the sources' capitalisation (the baseline lower-cases them).
const std::vector<std::string>& names() {
    static const std::vector<std::string> v = [] {
        std::vector<std::string> out;
        for (csto::MemberState s : states()) out.emplace_back(s.name());
        return out;
    }();
    return v;
}

// --- The baseline: a map from lower-cased name to membership periods, scanned linearly -----------
using Baseline = std::map<std::string, std::vector<g::date_period>>;
std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}
const Baseline& baseline() {
    static const Baseline table = [] {
        Baseline t;
        for (csto::MemberState s : csto::StateSet::all()) {
            auto& periods = t[lower(s.name())];
            for (const auto& i : csto::membership_history(s)) {
                const g::date end = i.end ? i.end->when.earliest() : g::date(9999, 12, 31);
                periods.emplace_back(i.start.when.latest(), end);
            }
        }
        return t;
    }();
    return table;
}
bool baseline_is_member(std::string_view name, g::date d) {
    const auto it = baseline().find(lower(name));
    if (it == baseline().end()) return false;
    return std::any_of(it->second.begin(), it->second.end(), [&](const g::date_period& p) { return p.contains(d); });
}
std::vector<std::string> baseline_members_on(g::date d) {
    std::vector<std::string> out;
    for (const auto& [name, periods] : baseline())
        if (std::any_of(periods.begin(), periods.end(), [&](const g::date_period& p) { return p.contains(d); }))
            out.push_back(name);
    return out;
}

// --- The physical limit: csto's own answers, precomputed for every day ---------------------------
struct DenseDay {
    std::uint16_t certain;
    std::uint16_t open;
};
const std::vector<DenseDay>& dense() {
    static const std::vector<DenseDay> table = [] {
        std::vector<DenseDay> t;
        for (g::date d = first_day; !(last_day < d); d += g::date_duration(1))
            t.push_back({csto::members_on(d).bits(), csto::indeterminate_members_on(d).bits()});
        return t;
    }();
    return table;
}
inline const DenseDay& dense_at(g::date d) {
    return dense()[static_cast<std::size_t>(d.day_number() - first_day.day_number())];
}

// --- is_member -------------------------------------------------------------------------------------
void is_member_csto(benchmark::State& state) {
    const auto& d = days();
    const auto& s = states();
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(csto::is_member(s[i], d[i]));
        i = (i + 1) & (input_count - 1);
    }
}
void is_member_baseline(benchmark::State& state) {
    const auto& d = days();
    const auto& n = names();
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(baseline_is_member(n[i], d[i]));
        i = (i + 1) & (input_count - 1);
    }
}
void is_member_dense_table(benchmark::State& state) {
    const auto& d = days();
    const auto& s = states();
    dense();
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize((dense_at(d[i]).certain >> s[i].index()) & 1u);
        i = (i + 1) & (input_count - 1);
    }
}

// --- members_on -------------------------------------------------------------------------------------
void members_on_csto(benchmark::State& state) {
    const auto& d = days();
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(csto::members_on(d[i]));
        i = (i + 1) & (input_count - 1);
    }
}
void members_on_baseline(benchmark::State& state) {
    const auto& d = days();
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(baseline_members_on(d[i]));
        i = (i + 1) & (input_count - 1);
    }
}
void members_on_dense_table(benchmark::State& state) {
    const auto& d = days();
    dense();
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(dense_at(d[i]).certain);
        i = (i + 1) & (input_count - 1);
    }
}

// --- status_on, collective_defense ----------------------------------------------------------------------
void status_on_csto(benchmark::State& state) {
    const auto& d = days();
    const auto& s = states();
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(csto::status_on(s[i], d[i]));
        i = (i + 1) & (input_count - 1);
    }
}
void collective_defense_csto(benchmark::State& state) {
    const auto& d = days();
    const auto& s = states();
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(csto::collective_defense(s[i], d[i]));
        i = (i + 1) & (input_count - 1);
    }
}

// --- find_state against the baseline's lookup --------------------------------------------------------------
void find_state_csto(benchmark::State& state) {
    const auto& n = names();
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(csto::find_state(n[i]));
        i = (i + 1) & (input_count - 1);
    }
}
void find_state_baseline(benchmark::State& state) {
    const auto& n = names();
    baseline();
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(baseline().find(lower(n[i])));
        i = (i + 1) & (input_count - 1);
    }
}
}  // namespace

BENCHMARK(is_member_csto);
BENCHMARK(is_member_baseline);
BENCHMARK(is_member_dense_table);
BENCHMARK(members_on_csto);
BENCHMARK(members_on_baseline);
BENCHMARK(members_on_dense_table);
BENCHMARK(find_state_csto);
BENCHMARK(find_state_baseline);
BENCHMARK(status_on_csto);
BENCHMARK(collective_defense_csto);

BENCHMARK_MAIN();
