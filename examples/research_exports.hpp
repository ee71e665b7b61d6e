// research_exports.hpp - csto's membership in the layouts of the datasets researchers merge it
// with: the Correlates of War IGO state-year file and the ATOP alliance files. The content is
// csto's (status_on, members_on, the articles' obligations); only the layouts are the third
// parties'. Used by the export example; each writer's columns are listed once, in a table that
// gives both the CSV header and the codebook (docs/CODEBOOK.md), so the two cannot drift.
#pragma once

#include <csto/csto.hpp>
#include <csto/io.hpp>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace research_exports {

namespace g = boost::gregorian;

// --- The third parties' identifiers (reference notes part 2, section 6) --------------------------

/// The Treaty's alliance id in ATOP v4.01.
inline constexpr int atop_id = 4220;
/// The CSTO's organization number in COW IGO v3 (its column there is `csto`).
inline constexpr int cow_igo_ionum = 1125;

/// COW's abbreviation of `state` (data/states.toml: `cow_abbreviation`, sourced).
[[nodiscard]] constexpr std::string_view cow_stateabb(csto::MemberState state) noexcept {
    return state.cow_abbreviation();
}

// --- COW's codes ---------------------------------------------------------------------------------

inline constexpr int cow_member = 1;      // COW IGO: full member
inline constexpr int cow_not_member = 0;  // COW IGO: not a member
inline constexpr int cow_missing = -9;    // COW IGO: missing; here: the sources leave the day open
inline constexpr int flag_yes = 1;        // csto's own 0/1 columns (COW has no code for these)
inline constexpr int flag_no = 0;

// --- From days to year rows ----------------------------------------------------------------------

/// Which days of a year decide its row.
enum class YearRule {
    december_31,  ///< the status on 31 December (the default, as csto's state-year-csv)
    any_day,      ///< a member on any day of the year counts as a member that year
};

[[nodiscard]] inline std::string_view option_name(YearRule rule) {
    return rule == YearRule::december_31 ? "dec31" : "any-day";
}
[[nodiscard]] inline std::optional<YearRule> parse_year_rule(std::string_view text) {
    if (text == "dec31") return YearRule::december_31;
    if (text == "any-day") return YearRule::any_day;
    return std::nullopt;
}

/// The days of `year` that the rule reads.
[[nodiscard]] inline std::vector<g::date> days_of(int year, YearRule rule) {
    const auto y = static_cast<unsigned short>(year);
    if (rule == YearRule::december_31) return {g::date(y, 12, 31)};
    std::vector<g::date> days;
    for (g::date d(y, 1, 1); d <= g::date(y, 12, 31); d += g::days(1)) days.push_back(d);
    return days;
}

/// The years with rows: from the Treaty's signature to the data's as-of date.
[[nodiscard]] inline int first_year() {
    const csto::Optional<csto::TreatyEvent> signed_ = csto::find_event(csto::TreatyEventKind::treaty_signed);
    return signed_ ? static_cast<int>(signed_->when.earliest().year()) : 1992;
}
[[nodiscard]] inline int last_year() { return static_cast<int>(csto::data_as_of.year()); }

/// The codes of one state on one day (or, combined, over a year's days).
struct StateCodes {
    int member = cow_not_member;  ///< 1, 0 or -9
    int suspended = flag_no;      ///< 1, 0 or -9
    int frozen = flag_no;         ///< 1 or 0
};

/// A year's code from its days': 1 if any day says 1, else -9 if any day is open, else 0.
[[nodiscard]] constexpr int combine(int a, int b) noexcept {
    if (a == 1 || b == 1) return 1;
    if (a == -9 || b == -9) return -9;
    return 0;
}

/// The codes of `state` on day `d`, from status_on().
[[nodiscard]] inline StateCodes codes_on(csto::MemberState state, g::date d) {
    const csto::MembershipStatus status = csto::status_on(state, d);
    switch (status.standing) {
        case csto::Standing::member: return {cow_member, flag_no, flag_no};
        case csto::Standing::member_participation_frozen: return {cow_member, flag_no, flag_yes};
        case csto::Standing::not_yet_member:
        case csto::Standing::former_member: return {cow_not_member, flag_no, flag_no};
        case csto::Standing::suspended: return {cow_not_member, flag_yes, flag_no};
        case csto::Standing::indeterminate: {
            // Inside an imprecise bound: if it is a suspension's, whether suspended is open too.
            const csto::MembershipInterval* i = status.interval;
            const bool suspension_bound =
                i != nullptr && i->end && i->end->kind == csto::EndKind::suspension && !(d < i->end->when.earliest());
            return {cow_missing, suspension_bound ? cow_missing : flag_no, flag_no};
        }
        case csto::Standing::unknown: break;
    }
    return {cow_missing, cow_missing, flag_no};
}

/// The codes of `state` in `year` by `rule`.
[[nodiscard]] inline StateCodes codes_in(csto::MemberState state, int year, YearRule rule) {
    StateCodes year_codes;
    for (const g::date d : days_of(year, rule)) {
        const StateCodes day = codes_on(state, d);
        year_codes.member = combine(year_codes.member, day.member);
        year_codes.suspended = combine(year_codes.suspended, day.suspended);
        year_codes.frozen = combine(year_codes.frozen, day.frozen);
    }
    return year_codes;
}

/// The nine states in COW state-number order (the order of COW's files).
[[nodiscard]] inline std::vector<csto::MemberState> states_by_ccode() {
    std::vector<csto::MemberState> states(csto::StateSet::all().begin(), csto::StateSet::all().end());
    std::sort(states.begin(), states.end(),
              [](csto::MemberState a, csto::MemberState b) { return a.cow_code() < b.cow_code(); });
    return states;
}

// --- Columns: one table per export, for the header and the codebook --------------------------------

struct Column {
    std::string_view name;
    std::string_view meaning;
    std::string_view codes;  ///< the values it takes
};

template <std::size_t N>
void write_header(std::ostream& out, const std::array<Column, N>& columns) {
    for (std::size_t i = 0; i < N; ++i) out << (i ? "," : "") << columns[i].name;
    out << '\n';
}

inline constexpr std::array<Column, 6> cow_state_year_columns{{
    {"ccode", "Correlates of War state number (from data/states.toml)", "365 ... 705"},
    {"stateabb", "COW's state abbreviation", "ARM AZE BLR GRG KZK KYR RUS TAJ UZB"},
    {"year", "calendar year of the row", "1992 to the year of the data's as-of date"},
    {"csto", "membership in the year by the year rule, in COW IGO's codes (COW IGO v3 ionum 1125, column `csto`)",
     "1 full member (participation frozen included); 0 not a member (suspended included); -9 missing: the "
     "sources leave the day open (an imprecise date of joining or leaving)"},
    {"csto_suspended", "csto's own column: the membership is suspended (COW has no code for it)",
     "1 suspended; 0 not suspended; -9 open (inside an imprecise date of a suspension)"},
    {"csto_frozen", "csto's own column: a member that has frozen its participation (still a member: `csto` is 1)",
     "1 frozen; 0 not"},
}};

inline constexpr std::array<Column, 4> cow_wide_columns{{
    {"year", "calendar year of the row", "1992 to the year of the data's as-of date"},
    {"RUS ... KZK",
     "one column per state, named by COW's abbreviation, in COW state-number order: `csto` of the long form",
     "1, 0, -9 as `csto`"},
    {"RUS_suspended ... KZK_suspended", "per state: `csto_suspended` of the long form", "1, 0, -9"},
    {"RUS_frozen ... KZK_frozen", "per state: `csto_frozen` of the long form", "1, 0"},
}};

inline constexpr std::array<Column, 9> atop_dyad_columns{{
    {"stateA", "COW state number of the first state of the ordered pair", "365 ... 705"},
    {"stateB", "COW state number of the second state", "365 ... 705, never stateA"},
    {"year", "calendar year of the row: both states were members by the year rule", "1992 to the as-of year"},
    {"atopid", "the Treaty's alliance id in ATOP v4.01, to join with ATOP's files", "4220"},
    {"defense", "Article 4 obliges the parties to collective defense (csto::ObligationKind::collective_defense)",
     "1 obliged; 0 not"},
    {"nonagg",
     "non-aggression as Article 1 implies: it obliges the parties to refrain from the threat or use of force "
     "against each other (refrain_from_force)",
     "1 obliged; 0 not"},
    {"consul", "Article 2 obliges the parties to consult (consultations or joint_consultations_on_threat)",
     "1 obliged; 0 not"},
    {"first_year", "first year of the pair's unbroken run of rows that this row belongs to", "a year"},
    {"last_year", "last year of that run (the as-of year while both are still members)", "a year"},
}};

inline constexpr std::array<Column, 14> atop_member_columns{{
    {"atopid", "the Treaty's alliance id in ATOP v4.01", "4220"},
    {"member", "COW state number of the member", "365 ... 705"},
    {"yrent", "year of entry into this phase", "a year"},
    {"moent", "month of entry", "1-12"},
    {"dayent", "day of entry", "1-31"},
    {"yrexit", "year of exit: the first day the state is no longer a member of this phase", "a year; 0 still a member"},
    {"moexit", "month of exit", "1-12; 0 still a member"},
    {"dayexit", "day of exit", "1-31; 0 still a member"},
    {"phase", "ATOP's phase: 1 from the Treaty's signature, 2 from the Charter's signature", "1, 2"},
    {"csto_entry_earliest", "csto's own column: the earliest day the entry may have been (ISO 8601)", "YYYY-MM-DD"},
    {"csto_entry_latest", "the latest day the entry may have been (the day in yrent/moent/dayent)", "YYYY-MM-DD"},
    {"csto_exit_earliest", "the earliest first day out", "YYYY-MM-DD; empty still a member"},
    {"csto_exit_latest", "the latest first day out (the day in yrexit/moexit/dayexit)",
     "YYYY-MM-DD; empty still a member"},
    {"csto_exit_kind", "how the row ends",
     "non_renewal, suspension, withdrawal; next_phase (the membership goes on in the next phase's row); empty still "
     "a member"},
}};

inline constexpr std::array<Column, 12> intervals_columns{{
    {"state", "short English name", "Armenia ... Uzbekistan"},
    {"alpha3", "ISO 3166-1 alpha-3 code", "ARM ... UZB"},
    {"cow_code", "Correlates of War state number", "365 ... 705"},
    {"start_earliest", "earliest first day as a member", "YYYY-MM-DD"},
    {"start_latest", "latest first day as a member (equal to start_earliest where the sources agree)", "YYYY-MM-DD"},
    {"start_kind", "how the interval began", "signature, accession, return"},
    {"end_earliest", "earliest first day no longer a member", "YYYY-MM-DD; empty still a member"},
    {"end_latest", "latest first day no longer a member", "YYYY-MM-DD; empty still a member"},
    {"end_kind", "how it ended", "non_renewal, suspension, withdrawal; empty"},
    {"end_basis", "whether a source states the end or the data infers it", "stated, inferred; empty"},
    {"start_sources", "ids of the sources for the start (data/sources.toml), ';'-separated", "ids"},
    {"end_sources", "ids of the sources for the end", "ids; empty"},
}};

inline constexpr std::array<Column, 5> csto_state_year_columns{{
    {"state", "short English name", "Armenia ... Uzbekistan"},
    {"alpha3", "ISO 3166-1 alpha-3 code", "ARM ... UZB"},
    {"cow_code", "Correlates of War state number", "365 ... 705"},
    {"year", "calendar year", "1992 to the as-of year"},
    {"csto_member", "status on 31 December in csto's own coding",
     "1 member (participation frozen included); 0 not a member; 4 suspended (csto's code); -9 open"},
}};

// --- The writers --------------------------------------------------------------------------------

/// COW IGO layout, one row per state and year (sorted by ccode, year).
inline void write_cow_state_year_long(std::ostream& out, YearRule rule) {
    write_header(out, cow_state_year_columns);
    for (const csto::MemberState s : states_by_ccode()) {
        for (int year = first_year(); year <= last_year(); ++year) {
            const StateCodes c = codes_in(s, year, rule);
            out << s.cow_code() << ',' << cow_stateabb(s) << ',' << year << ',' << c.member << ',' << c.suspended << ','
                << c.frozen << '\n';
        }
    }
}

/// The same codes, one row per year and a column per state.
inline void write_cow_state_year_wide(std::ostream& out, YearRule rule) {
    const std::vector<csto::MemberState> states = states_by_ccode();
    out << "year";
    for (const char* suffix : {"", "_suspended", "_frozen"})
        for (const csto::MemberState s : states) out << ',' << cow_stateabb(s) << suffix;
    out << '\n';
    for (int year = first_year(); year <= last_year(); ++year) {
        std::vector<StateCodes> codes;
        codes.reserve(states.size());
        for (const csto::MemberState s : states) codes.push_back(codes_in(s, year, rule));
        out << year;
        for (const StateCodes& c : codes) out << ',' << c.member;
        for (const StateCodes& c : codes) out << ',' << c.suspended;
        for (const StateCodes& c : codes) out << ',' << c.frozen;
        out << '\n';
    }
}

/// What the Treaty's articles oblige on a day, as ATOP names the obligations.
struct Obligations {
    bool defense = false;
    bool nonagg = false;
    bool consul = false;
};

[[nodiscard]] inline Obligations obligations_on(g::date d) {
    using csto::ObligationKind;
    const auto obliges = [d](int article, ObligationKind kind) {
        const std::optional<csto::Article> a = csto::article(article, d);
        return a && a->obliges(kind);
    };
    Obligations o;
    o.defense = obliges(4, ObligationKind::collective_defense);
    o.nonagg = obliges(1, ObligationKind::refrain_from_force);
    o.consul = obliges(2, ObligationKind::consultations) || obliges(2, ObligationKind::joint_consultations_on_threat);
    return o;
}

/// ATOP's dyad-year layout: every ordered pair of states that were both members (certainly, on a
/// common day the rule reads), sorted by stateA, stateB, year.
inline void write_atop_dyad_year(std::ostream& out, YearRule rule) {
    const std::vector<csto::MemberState> states = states_by_ccode();
    const std::size_t n = states.size();
    const int years = last_year() - first_year() + 1;
    // rows[(a * n + b) * years + y]: the pair's row in year first_year() + y, if any.
    std::vector<std::optional<Obligations>> rows(n * n * static_cast<std::size_t>(years));
    for (int y = 0; y < years; ++y) {
        for (const g::date d : days_of(first_year() + y, rule)) {
            const csto::StateSet members = csto::members_on(d);
            if (members.size() < 2) continue;
            const Obligations today = obligations_on(d);
            for (std::size_t a = 0; a < n; ++a) {
                for (std::size_t b = 0; b < n; ++b) {
                    if (a == b || !members.contains(states[a]) || !members.contains(states[b])) continue;
                    std::optional<Obligations>& row =
                        rows[(a * n + b) * static_cast<std::size_t>(years) + static_cast<std::size_t>(y)];
                    if (!row) row = Obligations{};
                    row->defense = row->defense || today.defense;
                    row->nonagg = row->nonagg || today.nonagg;
                    row->consul = row->consul || today.consul;
                }
            }
        }
    }
    write_header(out, atop_dyad_columns);
    for (std::size_t a = 0; a < n; ++a) {
        for (std::size_t b = 0; b < n; ++b) {
            const auto pair = rows.begin() + static_cast<std::ptrdiff_t>((a * n + b) * static_cast<std::size_t>(years));
            for (int y = 0; y < years; ++y) {
                if (!pair[y]) continue;
                int run_first = y, run_last = y;
                while (run_first > 0 && pair[run_first - 1]) --run_first;
                while (run_last + 1 < years && pair[run_last + 1]) ++run_last;
                out << states[a].cow_code() << ',' << states[b].cow_code() << ',' << first_year() + y << ',' << atop_id
                    << ',' << int(pair[y]->defense) << ',' << int(pair[y]->nonagg) << ',' << int(pair[y]->consul) << ','
                    << first_year() + run_first << ',' << first_year() + run_last << '\n';
            }
        }
    }
}

/// ATOP's phases of the Treaty, as first days: ATOP v4.01 codes phase 2 from 2002-10-07 (reference
/// notes part 2, section 6), the day csto's data has the Charter signed; phase 1 from the Treaty's
/// signature. Read from the data's Treaty events.
[[nodiscard]] inline std::vector<g::date> atop_phase_starts() {
    std::vector<g::date> starts;
    for (const csto::TreatyEventKind kind :
         {csto::TreatyEventKind::treaty_signed, csto::TreatyEventKind::charter_signed})
        if (const csto::Optional<csto::TreatyEvent> e = csto::find_event(kind)) starts.push_back(e->when.earliest());
    return starts;
}

struct MemberRow {
    int phase;
    csto::MemberState state;
    g::date entry_earliest, entry_latest;
    std::optional<g::date> exit_earliest, exit_latest;  ///< none while still a member
    std::string_view exit_kind;
};

/// One row per membership interval and ATOP phase it overlaps.
[[nodiscard]] inline std::vector<MemberRow> atop_member_rows() {
    const std::vector<g::date> phases = atop_phase_starts();
    std::vector<MemberRow> rows;
    for (const csto::MembershipInterval& i : csto::membership_intervals()) {
        for (std::size_t p = 0; p < phases.size(); ++p) {
            const g::date phase_start = phases[p];
            const std::optional<g::date> next_phase =
                p + 1 < phases.size() ? std::optional<g::date>(phases[p + 1]) : std::nullopt;
            if (next_phase && !(i.start.when.earliest() < *next_phase)) continue;  // begins after this phase
            if (i.end && !(phase_start < i.end->when.latest())) continue;          // ended before it
            MemberRow row{static_cast<int>(p + 1),
                          i.state,
                          std::max(i.start.when.earliest(), phase_start),
                          std::max(i.start.when.latest(), phase_start),
                          std::nullopt,
                          std::nullopt,
                          {}};
            if (i.end && (!next_phase || i.end->when.latest() <= *next_phase)) {
                row.exit_earliest = i.end->when.earliest();
                row.exit_latest = i.end->when.latest();
                row.exit_kind = csto::enum_name(i.end->kind);
            } else if (next_phase) {
                row.exit_earliest = row.exit_latest = *next_phase;
                row.exit_kind = "next_phase";
            }
            rows.push_back(row);
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const MemberRow& a, const MemberRow& b) {
        if (a.phase != b.phase) return a.phase < b.phase;
        if (a.entry_latest != b.entry_latest) return a.entry_latest < b.entry_latest;
        return a.state.cow_code() < b.state.cow_code();
    });
    return rows;
}

/// ATOP's member-level layout (atopid, member, entry, exit, phase) and csto's date ranges.
inline void write_atop_members(std::ostream& out) {
    write_header(out, atop_member_columns);
    for (const MemberRow& r : atop_member_rows()) {
        out << atop_id << ',' << r.state.cow_code() << ',' << r.entry_latest.year() << ','
            << r.entry_latest.month().as_number() << ',' << r.entry_latest.day() << ',';
        if (r.exit_latest)
            out << r.exit_latest->year() << ',' << r.exit_latest->month().as_number() << ',' << r.exit_latest->day();
        else out << "0,0,0";
        out << ',' << r.phase << ',' << csto::to_string(r.entry_earliest) << ',' << csto::to_string(r.entry_latest)
            << ',' << (r.exit_earliest ? csto::to_string(*r.exit_earliest) : "") << ','
            << (r.exit_latest ? csto::to_string(*r.exit_latest) : "") << ',' << r.exit_kind << '\n';
    }
}

/// The dates ATOP gives that csto does not use (csto::date_discrepancies() citing ATOP's file).
[[nodiscard]] inline std::vector<const csto::DateDiscrepancy*> atop_discrepancies() {
    std::vector<const csto::DateDiscrepancy*> found;
    for (const csto::DateDiscrepancy& d : csto::date_discrepancies()) {
        for (const csto::Citation& c : d.sources) {
            if (c.source->id == "atop-4220") {
                found.push_back(&d);
                break;
            }
        }
    }
    return found;
}

/// A date range as the data writes it: one day, or "first..last".
[[nodiscard]] inline std::string range_text(const csto::DateRange& r) {
    const std::string first = csto::to_string(r.earliest());
    return r.is_exact() ? first : first + ".." + csto::to_string(r.latest());
}

[[nodiscard]] inline bool falls_in(const csto::DateRange& r, int year) {
    return static_cast<int>(r.earliest().year()) <= year && year <= static_cast<int>(r.latest().year());
}

/// What the data records for `state` in `year`: the interval bounds and freezes dated in it.
[[nodiscard]] inline std::string changes_in(csto::MemberState state, int year) {
    std::string text;
    const auto add = [&text](const std::string& item) { text += (text.empty() ? "" : "; ") + item; };
    for (const csto::MembershipInterval& i : csto::membership_history(state)) {
        if (falls_in(i.start.when, year))
            add(std::string(csto::to_string_view(i.start.kind)) + ", first day " + range_text(i.start.when));
        if (i.end && falls_in(i.end->when, year))
            add(std::string(csto::to_string_view(i.end->kind)) + ", first day out " + range_text(i.end->when));
    }
    for (const csto::ParticipationFreeze& f : csto::participation_freezes())
        if (f.state == state && falls_in(f.since, year)) add("participation frozen from " + range_text(f.since));
    return text;
}

/// The interval bound (a start or an end) of `state` nearest to `day`: the date a discrepancy
/// about that state is an alternative to.
[[nodiscard]] inline std::optional<csto::DateRange> nearest_bound(csto::MemberState state, g::date day) {
    std::optional<csto::DateRange> best;
    long best_distance = 0;
    const auto consider = [&](const csto::DateRange& r) {
        const long distance = std::min(std::labs((r.earliest() - day).days()), std::labs((r.latest() - day).days()));
        if (!best || distance < best_distance) {
            best = r;
            best_distance = distance;
        }
    };
    for (const csto::MembershipInterval& i : csto::membership_history(state)) {
        consider(i.start.when);
        if (i.end) consider(i.end->when);
    }
    return best;
}

// --- The codebook ---------------------------------------------------------------------------------

template <std::size_t N>
void write_column_table(std::ostream& out, const std::array<Column, N>& columns) {
    out << "| column | meaning | values |\n|---|---|---|\n";
    for (const Column& c : columns) out << "| `" << c.name << "` | " << c.meaning << " | " << c.codes << " |\n";
    out << '\n';
}

/// docs/CODEBOOK.md: every column of every export, its codes, and how days become year rows.
inline void write_codebook(std::ostream& out) {
    const std::string as_of = csto::to_string(csto::data_as_of);
    out << "# csto's exports: codebook\n\n"
           "<!-- GENERATED by `export codebook` (examples/export.cpp); do not edit by hand. Regenerate it with\n"
           "     `cmake --build --preset default --target regenerate`; a test fails when it is out of date. -->\n\n"
           "Data release "
        << csto::data_version << ", current to " << as_of
        << ".\n\n"
           "The `export` program writes each file on standard output. Every CSV has its header on the first\n"
           "line and no comment lines (except `state-year-csv`, kept as it was); provenance is here and in\n"
           "`export json`, which carries every citation (docs/FACTS.md shows them). The content is csto's\n"
           "(data/*.toml); the layouts of `cow-state-year`, `atop-dyad-year` and `atop-member` are those of\n"
           "the Correlates of War IGO data (v3; the CSTO is ionum "
        << cow_igo_ionum << ", column `csto`) and of ATOP\n(v4.01; the Treaty is atopid " << atop_id
        << "), so the files merge with them on `ccode` and `year`, on `stateA`,\n"
           "`stateB` and `year`, and on `atopid` and `member`. A column that names a kind (`start_kind`,\n"
           "`end_kind`, `end_basis`, `csto_exit_kind`) holds its machine name, as `export json` spells it\n"
           "(`non_renewal`); the notes on the year rules below are prose.\n\n"
           "| command | rows |\n|---|---|\n"
           "| `export cow-state-year [--year-rule dec31\\|any-day]` | one per state and year, COW IGO layout |\n"
           "| `export cow-state-year --wide [--year-rule ...]` | one per year, a column per state |\n"
           "| `export atop-dyad-year [--year-rule dec31\\|any-day]` | one per ordered pair of members and year |\n"
           "| `export atop-member` | one per member, membership interval and ATOP phase |\n"
           "| `export intervals-csv` | one per membership interval, with source ids |\n"
           "| `export state-year-csv` | one per state and year, csto's own coding (31 December) |\n"
           "| `export json` | the whole dataset with every citation (schema: docs/export.schema.json) |\n"
           "| `export codebook` | this file |\n\n";

    out << "## From days to year rows\n\n"
           "csto dates membership to the day: an interval runs from its first day as a member up to, not\n"
           "including, its first day out; where the sources disagree or are imprecise a bound is a range of\n"
           "days, and on those days membership is open (neither yes nor no). A year row reads days by one of\n"
           "two rules, chosen with `--year-rule`:\n\n"
           "- `dec31` (the default): the status on 31 December of the year, as `state-year-csv` has always\n"
           "  coded. A state that joins during a year counts from that year; one that leaves during a year is\n"
           "  not a member in it.\n"
           "- `any-day`: a member on any day of the year counts as a member that year (1); a year with no\n"
           "  member day but an open one is -9; otherwise 0. `csto_suspended` and `csto_frozen` are 1 if so\n"
           "  on any day. A dyad-year needs a day on which both states were certainly members, and an\n"
           "  obligation is 1 if an article obliged it on such a day.\n\n"
           "Rows run from "
        << first_year() << " (the Treaty's signature) to " << last_year()
        << ", the year of the as-of date;\nthe last year's days after " << as_of
        << " extrapolate (a member stays a member). The cases where\nthe two rules differ or the data is "
           "subtle, as the program computes them (`csto`, `csto_suspended`,\n`csto_frozen`):\n\n"
           "| state | year | what the data records | dec31 | any-day |\n|---|---|---|---|---|\n";
    struct Case {
        csto::MemberState state;
        int year;
    };
    for (const Case& c : {Case{csto::states::belarus, 1993}, Case{csto::states::georgia, 1999},
                          Case{csto::states::uzbekistan, 1999}, Case{csto::states::uzbekistan, 2006},
                          Case{csto::states::uzbekistan, 2012}, Case{csto::states::armenia, 2024}}) {
        const auto cell = [&c](YearRule rule) {
            const StateCodes k = codes_in(c.state, c.year, rule);
            return std::to_string(k.member) + ", " + std::to_string(k.suspended) + ", " + std::to_string(k.frozen);
        };
        out << "| " << cow_stateabb(c.state) << " | " << c.year << " | " << changes_in(c.state, c.year) << " | "
            << cell(YearRule::december_31) << " | " << cell(YearRule::any_day) << " |\n";
    }
    // How many state-years each rule leaves open (-9), counted, not assumed.
    const auto open_rows = [](YearRule rule) {
        int count = 0;
        for (const csto::MemberState s : csto::StateSet::all())
            for (int year = first_year(); year <= last_year(); ++year) count += codes_in(s, year, rule).member == -9;
        return count;
    };
    out << "\nState-years coded -9 (open) in this release: " << open_rows(YearRule::december_31) << " by `dec31`, "
        << open_rows(YearRule::any_day) << " by `any-day`.\n\n";

    out << "## `cow-state-year`: COW IGO layout, long\n\n"
           "One row per state and year, sorted by `ccode` and `year`. COW's codes only in `csto`: 1, 0 and\n"
           "-9; COW's 3 (observer) and -1 (state not in the system) are not used (csto has no observers and\n"
           "no state-system data). A suspension, which COW cannot code, is 0 in `csto` and 1 in\n"
           "`csto_suspended`.\n\n";
    write_column_table(out, cow_state_year_columns);
    out << "## `cow-state-year --wide`\n\n"
           "One row per year; the same codes, a column per state.\n\n";
    write_column_table(out, cow_wide_columns);
    out << "## `atop-dyad-year`: ATOP dyad-year layout\n\n"
           "Every ordered pair of states that were both members in the year (both directions: 365,370 and\n"
           "370,365), sorted by `stateA`, `stateB`, `year`; a pair is listed only when both were certainly\n"
           "members on a day the rule reads (an open day lists no pair). The obligations are read from the Treaty's\n"
           "articles in force (`csto::article(n, day)->obliges(...)`), not written by hand. ATOP's `offense`\n"
           "and `neutral` are left out: no article csto has obliges either, and csto lacks the substance of\n"
           "some articles, so a 0 there would claim more than the data says.\n\n";
    write_column_table(out, atop_dyad_columns);
    out << "## `atop-member`: ATOP member-level layout\n\n"
           "One row per membership interval and ATOP phase it overlaps, sorted by phase, entry and member. A\n"
           "phase's exit day is the next phase's entry day. Where csto's date is a range (the sources\n"
           "disagree), the ATOP-style day columns give its latest day, the first day on which the change had\n"
           "certainly happened, and the `csto_` columns give the range.\n\n";
    write_column_table(out, atop_member_columns);

    out << "## Known differences from ATOP\n\n"
           "Dates ATOP gives that csto does not use (`csto::date_discrepancies()`, data/membership.toml):\n\n";
    for (const csto::DateDiscrepancy* d : atop_discrepancies()) {
        out << "- " << d->state.name() << ", " << d->fact << ": " << d->rejected_by << " gives "
            << range_text(d->rejected) << "; " << d->reason << ".";
        if (const std::optional<csto::DateRange> kept = nearest_bound(d->state, d->rejected.earliest())) {
            const int kept_year = static_cast<int>(kept->latest().year());
            const int atop_year = static_cast<int>(d->rejected.earliest().year());
            out << " csto's date: " << range_text(*kept) << "; "
                << (kept_year == atop_year ? "both fall in " + std::to_string(kept_year)
                                           : "in the year rows the change falls in " + std::to_string(kept_year) +
                                                 " in csto, " + std::to_string(atop_year) + " by ATOP's date")
                << ".";
        }
        std::string ids;
        for (const csto::Citation& c : d->sources)
            if (ids.find(c.source->id) == std::string::npos)
                ids += std::string(ids.empty() ? " " : ", ") + std::string(c.source->id);
        out << " Sources:" << ids << ".\n";
    }
    out << '\n';

    out << "## `intervals-csv`: csto's intervals\n\n"
           "One row per membership interval, sorted by state and start; dates as the data has them.\n\n";
    write_column_table(out, intervals_columns);
    out << "## `state-year-csv`: csto's own state-year coding\n\n"
           "Kept as it was: two comment lines (`#`) before the header, status on 31 December, and csto's code\n"
           "4 for a suspension. For merging with COW use `cow-state-year`.\n\n";
    write_column_table(out, csto_state_year_columns);
    out << "## `json`\n\n"
           "The whole dataset with every citation; its fields are described by docs/export.schema.json (JSON\n"
           "Schema 2020-12), against which a test validates it.\n";
}

}  // namespace research_exports
