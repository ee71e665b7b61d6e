// csto's queries against their limit (a dense table of csto's own answers, one load per query),
// against the naive code a user would otherwise write (the state already resolved), and against
// SQLite in memory (an indexed table of the membership intervals and a prepared statement).
//
// Every benchmark answers the same batch of 16,384 pseudo-random (state, day) pairs, 1990-2030,
// per iteration, with every result kept live (summed, or passed to DoNotOptimize whole); the
// `per_query` column is the time of one query. The synthetic runs (`/10x`, `/100x`) ask the same
// batch of a dataset whose membership intervals are each cut into 10 or 100 pieces. Run:
//   cmake --build --preset default --target csto-benchmarks &&
//   build/default/tests/benchmarks/csto-benchmarks --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <csto/csto.hpp>

#include <benchmark/benchmark.h>

#ifdef CSTO_BENCHMARK_SQLITE
#include <sqlite3.h>
#endif

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <random>
#include <vector>

namespace {
namespace g = boost::gregorian;
using boost::logic::tribool;

// --- The batch: the same queries for every contender -----------------------------------------
constexpr std::size_t batch = 16384;
const g::date first_day(1990, 1, 1);
const g::date last_day(2030, 12, 31);
const std::size_t day_count = static_cast<std::size_t>((last_day - first_day).days() + 1);

struct Query {
    csto::MemberState state;
    g::date day;
};
const std::vector<Query>& queries() {
    static const std::vector<Query> v = [] {
        std::mt19937 rng(42);
        std::uniform_int_distribution<long> offset(0, static_cast<long>(day_count) - 1);
        std::uniform_int_distribution<std::size_t> pick(0, csto::MemberState::count - 1);
        std::vector<Query> out;
        for (std::size_t i = 0; i < batch; ++i) {
            const csto::MemberState s = *csto::MemberState::from_index(pick(rng));
            out.push_back({s, first_day + g::date_duration(offset(rng))});
        }
        return out;
    }();
    return v;
}
std::size_t day_index(g::date d) { return static_cast<std::size_t>(d.day_number() - first_day.day_number()); }

[[noreturn]] void fail(const char* what, std::size_t i) {
    std::fprintf(stderr, "csto-benchmarks: %s differs from csto on query %zu\n", what, i);
    std::abort();
}

// Reports the time of one query (the batch is one iteration).
void report(benchmark::State& state) {
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(batch));
    state.counters["per_query"] = benchmark::Counter(
        static_cast<double>(batch), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

// --- Datasets: the built-in one, and synthetic ones with every interval cut into pieces -------
// A cut leaves one day out between two pieces, so the pieces stay disjoint, and every cut adds
// two change days: 10x the intervals gives about 10x the change days.
struct Synthetic {
    std::vector<csto::MembershipInterval> intervals;
    std::unique_ptr<csto::CompiledMembership<4096>> compiled;
    csto::Dataset data;
};
const Synthetic& synthetic(std::size_t pieces) {
    static std::vector<std::pair<std::size_t, std::unique_ptr<Synthetic>>> made;
    for (const auto& [p, s] : made)
        if (p == pieces) return *s;
    auto s = std::make_unique<Synthetic>();
    for (const csto::MembershipInterval& i : csto::builtin().membership_intervals) {
        const g::date from = i.start.when.latest();
        const g::date to = i.end ? i.end->when.earliest() : last_day;
        const long step = std::max(2L, (to - from).days() / static_cast<long>(pieces));
        csto::MembershipInterval piece = i;
        for (std::size_t k = 1; k < pieces && from + g::date_duration(step * static_cast<long>(k)) < to; ++k) {
            const g::date cut = from + g::date_duration(step * static_cast<long>(k));
            piece.end =
                csto::MembershipEnd{csto::EndKind::suspension, csto::DateRange::on(cut - g::days(1)), i.start.sources};
            s->intervals.push_back(piece);
            piece.start =
                csto::MembershipStart{csto::StartKind::return_to_membership, csto::DateRange::on(cut), i.start.sources};
        }
        piece.end = i.end;
        s->intervals.push_back(piece);
    }
    s->compiled = std::make_unique<csto::CompiledMembership<4096>>(csto::compile_membership<4096>(
        csto::Span<csto::MembershipInterval>(s->intervals.data(), s->intervals.size()), csto::builtin().treaty_events));
    s->data = csto::builtin();
    s->data.membership_intervals = csto::Span<csto::MembershipInterval>(s->intervals.data(), s->intervals.size());
    s->data.interval_index = s->compiled->index();
    s->data.membership_days = s->compiled->days();
    made.emplace_back(pieces, std::move(s));
    return *made.back().second;
}
const csto::Dataset& dataset(std::int64_t scale) {
    return scale == 1 ? csto::builtin() : synthetic(static_cast<std::size_t>(scale)).data;
}

// --- The limit: csto's own answers, precomputed -----------------------------------------------
// For is_member and members_on: per day, the certain mask in the low 16 bits and the open mask
// in the high 16. For status_on: per day and state, the 32-byte MembershipStatus. For
// collective_defense: per day a segment number, and per segment and victim the whole answer
// (the days on which no victim's answer changes share a segment).
struct Limit {
    std::vector<std::uint32_t> masks;
    std::vector<csto::MembershipStatus> status;
};
const Limit& limit() {
    static const Limit table = [] {
        Limit t;
        for (g::date d = first_day; !(last_day < d); d += g::days(1)) {
            t.masks.push_back(static_cast<std::uint32_t>(csto::members_on(d).bits()) |
                              static_cast<std::uint32_t>(csto::indeterminate_members_on(d).bits()) << 16);
            for (csto::MemberState s : csto::StateSet::all()) t.status.push_back(csto::status_on(s, d));
        }
        return t;
    }();
    return table;
}
// Without a branch, as the fastest table would: true (1) if certain, else indeterminate (2) if open.
unsigned tribool_of(std::uint32_t masks, csto::MemberState s) {
    const unsigned certain = (masks >> s.index()) & 1u;
    const unsigned open = (masks >> (16 + s.index())) & 1u;
    return certain * tribool::true_value + (open & ~certain) * tribool::indeterminate_value;
}
std::uintptr_t fold(const csto::MembershipStatus& s) {
    return reinterpret_cast<std::uintptr_t>(s.interval) ^ reinterpret_cast<std::uintptr_t>(s.freeze) << 1 ^
           static_cast<std::uintptr_t>(s.standing) ^ static_cast<std::uintptr_t>(s.past_as_of) << 8;
}

// Everything collective_defense answers, folded: two answers with the same fingerprint are equal.
std::vector<std::uintptr_t> fingerprint(const csto::CollectiveDefense& r) {
    auto p = [](const void* x) { return reinterpret_cast<std::uintptr_t>(x); };
    std::vector<std::uintptr_t> f = {r.applies.value,
                                     r.obligated.bits(),
                                     r.obligation_indeterminate.bits(),
                                     p(r.forms.data()),
                                     r.forms.size(),
                                     p(r.legal_basis.data()),
                                     r.inform_security_council,
                                     p(r.armed_forces_decided_by.data()),
                                     r.article ? p(r.article->version()) : 1u,
                                     fold(r.victim_status),
                                     r.aggressor_status ? fold(*r.aggressor_status) : 1u,
                                     r.intra_alliance,
                                     static_cast<std::uintptr_t>(r.aggressor_coverage),
                                     p(r.aggressor_words.data()),
                                     r.aggressor_members.bits(),
                                     r.record_diverges};
    for (const csto::Reason& reason : r.reasons) {
        f.push_back(static_cast<std::uintptr_t>(reason.kind));
        f.push_back(p(reason.text.data()));
        f.push_back(reason.text.size());
        f.push_back(reason.sources.empty() ? 0u : p(reason.sources[0].text.data()));
        f.push_back(reason.sources.size());
    }
    for (const csto::Request& request : r.record) f.push_back(p(&request));
    return f;
}
struct DefenseLimit {
    std::vector<std::uint16_t> segment_of_day;
    std::vector<csto::CollectiveDefense> answers;  // segment * 9 + victim
};
const DefenseLimit& defense_limit() {
    static const DefenseLimit table = [] {
        DefenseLimit t;
        std::vector<std::vector<std::uintptr_t>> previous;
        for (g::date d = first_day; !(last_day < d); d += g::days(1)) {
            std::vector<std::vector<std::uintptr_t>> today;
            for (csto::MemberState s : csto::StateSet::all())
                today.push_back(fingerprint(csto::collective_defense(s, d)));
            if (today != previous) {
                for (csto::MemberState s : csto::StateSet::all()) t.answers.push_back(csto::collective_defense(s, d));
                previous = today;
            }
            t.segment_of_day.push_back(static_cast<std::uint16_t>(t.answers.size() / csto::MemberState::count - 1));
        }
        std::size_t i = 0;
        for (const Query& q : queries()) {
            const csto::CollectiveDefense& r =
                t.answers[t.segment_of_day[day_index(q.day)] * csto::MemberState::count + q.state.index()];
            if (fingerprint(r) != fingerprint(csto::collective_defense(q.state, q.day))) fail("the segment table", i);
            ++i;
        }
        return t;
    }();
    return table;
}

// --- The naive baseline: per state (already resolved) its periods, scanned linearly -------------
// What a user writes from the same facts: [first certain day, first day certainly out) per
// interval, a bool answer (the sources' open days read as "not a member").
const std::vector<std::vector<g::date_period>>& naive() {
    static const std::vector<std::vector<g::date_period>> table = [] {
        std::vector<std::vector<g::date_period>> t(csto::MemberState::count);
        for (const csto::MembershipInterval& i : csto::builtin().membership_intervals) {
            const g::date end = i.end ? i.end->when.earliest() : g::date(9999, 12, 31);
            t[i.state.index()].emplace_back(i.start.when.latest(), end);
        }
        return t;
    }();
    return table;
}
bool naive_is_member(std::size_t state, g::date d) {
    const auto& periods = naive()[state];
    return std::any_of(periods.begin(), periods.end(), [&](const g::date_period& p) { return p.contains(d); });
}
unsigned naive_members_on(g::date d) {
    unsigned mask = 0;
    for (std::size_t s = 0; s < csto::MemberState::count; ++s)
        if (naive_is_member(s, d)) mask |= 1u << s;
    return mask;
}

// --- is_member ----------------------------------------------------------------------------------
void is_member_csto(benchmark::State& state) {
    const auto& q = queries();
    for (auto _ : state) {
        unsigned sum = 0;
        for (const Query& x : q) sum += csto::is_member(x.state, x.day).value;
        benchmark::DoNotOptimize(sum);
    }
    report(state);
}
void is_member_csto_dataset(benchmark::State& state) {
    const auto& q = queries();
    const csto::Dataset& data = dataset(state.range(0));
    for (auto _ : state) {
        unsigned sum = 0;
        for (const Query& x : q) sum += csto::is_member(x.state, x.day, data).value;
        benchmark::DoNotOptimize(sum);
    }
    report(state);
    state.counters["intervals"] = static_cast<double>(data.membership_intervals.size());
    state.counters["change_days"] = static_cast<double>(data.membership_days.change_days.size());
}
void is_member_limit(benchmark::State& state) {
    const auto& q = queries();
    const std::uint32_t* masks = limit().masks.data();
    for (std::size_t i = 0; i < batch; ++i)
        if (tribool_of(masks[day_index(q[i].day)], q[i].state) != csto::is_member(q[i].state, q[i].day).value)
            fail("the dense table", i);
    const csto::day_number origin = first_day.day_number();
    for (auto _ : state) {
        unsigned sum = 0;
        for (const Query& x : q) sum += tribool_of(masks[x.day.day_number() - origin], x.state);
        benchmark::DoNotOptimize(sum);
    }
    report(state);
}
void is_member_naive(benchmark::State& state) {
    const auto& q = queries();
    naive();
    for (auto _ : state) {
        unsigned sum = 0;
        for (const Query& x : q) sum += naive_is_member(x.state.index(), x.day);
        benchmark::DoNotOptimize(sum);
    }
    report(state);
}

// --- members_on ---------------------------------------------------------------------------------
void members_on_csto(benchmark::State& state) {
    const auto& q = queries();
    for (auto _ : state) {
        unsigned sum = 0;
        for (const Query& x : q) sum += csto::members_on(x.day).bits();
        benchmark::DoNotOptimize(sum);
    }
    report(state);
}
void members_on_csto_dataset(benchmark::State& state) {
    const auto& q = queries();
    const csto::Dataset& data = dataset(state.range(0));
    for (auto _ : state) {
        unsigned sum = 0;
        for (const Query& x : q) sum += csto::members_on(x.day, data).bits();
        benchmark::DoNotOptimize(sum);
    }
    report(state);
}
void members_on_limit(benchmark::State& state) {
    const auto& q = queries();
    const std::uint32_t* masks = limit().masks.data();
    for (std::size_t i = 0; i < batch; ++i)
        if ((masks[day_index(q[i].day)] & 0xffffu) != csto::members_on(q[i].day).bits()) fail("the dense table", i);
    const csto::day_number origin = first_day.day_number();
    for (auto _ : state) {
        unsigned sum = 0;
        for (const Query& x : q) sum += masks[x.day.day_number() - origin] & 0xffffu;
        benchmark::DoNotOptimize(sum);
    }
    report(state);
}
void members_on_naive(benchmark::State& state) {
    const auto& q = queries();
    naive();
    for (auto _ : state) {
        unsigned sum = 0;
        for (const Query& x : q) sum += naive_members_on(x.day);
        benchmark::DoNotOptimize(sum);
    }
    report(state);
}

// --- status_on ----------------------------------------------------------------------------------
void status_on_csto(benchmark::State& state) {
    const auto& q = queries();
    for (auto _ : state) {
        std::uintptr_t sum = 0;
        for (const Query& x : q) sum += fold(csto::status_on(x.state, x.day));
        benchmark::DoNotOptimize(sum);
    }
    report(state);
}
void status_on_csto_dataset(benchmark::State& state) {
    const auto& q = queries();
    const csto::Dataset& data = dataset(state.range(0));
    for (auto _ : state) {
        std::uintptr_t sum = 0;
        for (const Query& x : q) sum += fold(csto::status_on(x.state, x.day, data));
        benchmark::DoNotOptimize(sum);
    }
    report(state);
}
void status_on_limit(benchmark::State& state) {
    const auto& q = queries();
    const csto::MembershipStatus* status = limit().status.data();
    for (std::size_t i = 0; i < batch; ++i)
        if (fold(status[day_index(q[i].day) * csto::MemberState::count + q[i].state.index()]) !=
            fold(csto::status_on(q[i].state, q[i].day)))
            fail("the dense table", i);
    const csto::day_number origin = first_day.day_number();
    for (auto _ : state) {
        std::uintptr_t sum = 0;
        for (const Query& x : q)
            sum += fold(status[(x.day.day_number() - origin) * csto::MemberState::count + x.state.index()]);
        benchmark::DoNotOptimize(sum);
    }
    report(state);
}

// --- collective_defense -------------------------------------------------------------------------
void collective_defense_csto(benchmark::State& state) {
    const auto& q = queries();
    for (auto _ : state) {
        for (const Query& x : q) {
            const csto::CollectiveDefense r = csto::collective_defense(x.state, x.day);
            benchmark::DoNotOptimize(r);
        }
    }
    report(state);
}
void collective_defense_limit(benchmark::State& state) {
    const auto& q = queries();
    const DefenseLimit& t = defense_limit();
    const std::uint16_t* segment_of_day = t.segment_of_day.data();
    const csto::CollectiveDefense* answers = t.answers.data();
    const csto::day_number origin = first_day.day_number();
    for (auto _ : state) {
        for (const Query& x : q) {
            const csto::CollectiveDefense r =
                answers[segment_of_day[x.day.day_number() - origin] * csto::MemberState::count + x.state.index()];
            benchmark::DoNotOptimize(r);
        }
    }
    report(state);
    state.counters["segments"] = static_cast<double>(t.answers.size() / csto::MemberState::count);
    state.counters["bytes"] = sizeof(csto::CollectiveDefense);
}

#ifdef CSTO_BENCHMARK_SQLITE
// --- SQLite in memory: the intervals in an indexed table, one prepared statement per query ------
// Days are Julian day numbers; a bound is [earliest, latest]; a missing end is NULL. A state is a
// member (2) when some interval has certainly begun and not certainly ended, open (1) when some
// interval may have, else not (0): csto's answer, mapped to 0/1/2 for MAX().
class Sqlite {
public:
    Sqlite() {
        check(sqlite3_open(":memory:", &db_));
        exec(
            "CREATE TABLE interval (state INTEGER NOT NULL, start_earliest INTEGER NOT NULL, "
            "start_latest INTEGER NOT NULL, end_earliest INTEGER, end_latest INTEGER)");
        exec("CREATE INDEX interval_by_state ON interval (state, start_earliest)");
        exec("CREATE INDEX interval_by_start ON interval (start_latest)");
        sqlite3_stmt* insert = prepare("INSERT INTO interval VALUES (?1, ?2, ?3, ?4, ?5)");
        for (const csto::MembershipInterval& i : csto::builtin().membership_intervals) {
            sqlite3_bind_int(insert, 1, static_cast<int>(i.state.index()));
            sqlite3_bind_int(insert, 2, static_cast<int>(i.start.when.earliest().day_number()));
            sqlite3_bind_int(insert, 3, static_cast<int>(i.start.when.latest().day_number()));
            if (i.end) {
                sqlite3_bind_int(insert, 4, static_cast<int>(i.end->when.earliest().day_number()));
                sqlite3_bind_int(insert, 5, static_cast<int>(i.end->when.latest().day_number()));
            } else {
                sqlite3_bind_null(insert, 4);
                sqlite3_bind_null(insert, 5);
            }
            if (sqlite3_step(insert) != SQLITE_DONE) fail_db("insert");
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
        is_member_ = prepare(
            "SELECT COALESCE(MAX(CASE WHEN ?2 >= start_latest AND (end_earliest IS NULL OR ?2 < end_earliest) THEN 2 "
            "WHEN end_latest IS NOT NULL AND ?2 >= end_latest THEN 0 ELSE 1 END), 0) "
            "FROM interval WHERE state = ?1 AND start_earliest <= ?2");
        members_on_ = prepare(
            "SELECT state FROM interval WHERE start_latest <= ?1 AND (end_earliest IS NULL OR ?1 < end_earliest)");
    }
    Sqlite(const Sqlite&) = delete;
    Sqlite& operator=(const Sqlite&) = delete;
    ~Sqlite() {
        sqlite3_finalize(is_member_);
        sqlite3_finalize(members_on_);
        sqlite3_close(db_);
    }
    // 0 not a member, 1 open, 2 a member.
    int is_member(csto::MemberState s, g::date d) {
        sqlite3_bind_int(is_member_, 1, static_cast<int>(s.index()));
        sqlite3_bind_int(is_member_, 2, static_cast<int>(d.day_number()));
        if (sqlite3_step(is_member_) != SQLITE_ROW) fail_db("is_member");
        const int answer = sqlite3_column_int(is_member_, 0);
        sqlite3_reset(is_member_);
        return answer;
    }
    unsigned members_on(g::date d) {
        sqlite3_bind_int(members_on_, 1, static_cast<int>(d.day_number()));
        unsigned mask = 0;
        while (sqlite3_step(members_on_) == SQLITE_ROW) mask |= 1u << sqlite3_column_int(members_on_, 0);
        sqlite3_reset(members_on_);
        return mask;
    }

private:
    void check(int rc) {
        if (rc != SQLITE_OK) fail_db("open");
    }
    [[noreturn]] void fail_db(const char* what) {
        std::fprintf(stderr, "csto-benchmarks: SQLite %s: %s\n", what, sqlite3_errmsg(db_));
        std::abort();
    }
    void exec(const char* sql) {
        if (sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) != SQLITE_OK) fail_db(sql);
    }
    sqlite3_stmt* prepare(const char* sql) {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(db_, sql, -1, &s, nullptr) != SQLITE_OK) fail_db(sql);
        return s;
    }
    sqlite3* db_ = nullptr;
    sqlite3_stmt* is_member_ = nullptr;
    sqlite3_stmt* members_on_ = nullptr;
};
// SQLite's answers, checked equal to csto's on every query of the batch once.
Sqlite& sqlite() {
    static Sqlite db;
    static const bool checked = [] {
        std::size_t i = 0;
        for (const Query& q : queries()) {
            const tribool m = csto::is_member(q.state, q.day);
            const int expected = m ? 2 : boost::logic::indeterminate(m) ? 1 : 0;
            if (db.is_member(q.state, q.day) != expected) fail("SQLite's is_member", i);
            if (db.members_on(q.day) != csto::members_on(q.day).bits()) fail("SQLite's members_on", i);
            ++i;
        }
        return true;
    }();
    (void)checked;
    return db;
}
void is_member_sqlite(benchmark::State& state) {
    const auto& q = queries();
    Sqlite& db = sqlite();
    for (auto _ : state) {
        unsigned sum = 0;
        for (const Query& x : q) sum += static_cast<unsigned>(db.is_member(x.state, x.day));
        benchmark::DoNotOptimize(sum);
    }
    report(state);
}
void members_on_sqlite(benchmark::State& state) {
    const auto& q = queries();
    Sqlite& db = sqlite();
    for (auto _ : state) {
        unsigned sum = 0;
        for (const Query& x : q) sum += db.members_on(x.day);
        benchmark::DoNotOptimize(sum);
    }
    report(state);
}
#endif
}  // namespace

BENCHMARK(is_member_csto);
BENCHMARK(is_member_limit);
BENCHMARK(is_member_naive);
BENCHMARK(members_on_csto);
BENCHMARK(members_on_limit);
BENCHMARK(members_on_naive);
BENCHMARK(status_on_csto);
BENCHMARK(status_on_limit);
BENCHMARK(collective_defense_csto);
BENCHMARK(collective_defense_limit);
#ifdef CSTO_BENCHMARK_SQLITE
BENCHMARK(is_member_sqlite);
BENCHMARK(members_on_sqlite);
#endif
// The same queries through a Dataset argument: the built-in data (1), and 10x and 100x the intervals.
BENCHMARK(is_member_csto_dataset)->Arg(1)->Arg(10)->Arg(100);
BENCHMARK(members_on_csto_dataset)->Arg(1)->Arg(10)->Arg(100);
BENCHMARK(status_on_csto_dataset)->Arg(1)->Arg(10)->Arg(100);

BENCHMARK_MAIN();
