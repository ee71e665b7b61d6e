// export: the data for political scientists (R, Python, Stata, spreadsheets), on standard output.
//
//   export cow-state-year [--wide] [--year-rule dec31|any-day]   Correlates of War IGO layout
//   export atop-dyad-year [--year-rule dec31|any-day]            ATOP dyad-year layout, atopid 4220
//   export atop-member                                           ATOP member-level layout
//   export codebook                                              docs/CODEBOOK.md
//   export intervals-csv    one row per membership interval, with source ids
//   export state-year-csv   one row per state and year, csto's own coding (31 December)
//   export json             the whole dataset with every citation
//
// Exit status: 0 written, 2 bad input, 1 the output could not be written. docs/FACTS.md and the
// compiled data are written by tools/compile_facts.py.
#include "csto_json.hpp"
#include "research_exports.hpp"

#include <csto/csto.hpp>
#include <csto/io.hpp>

#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {
namespace g = boost::gregorian;

// State-year codes. 1 and 0 are the Correlates of War IGO codes (full member, no membership) and
// -9 is its "missing" code, used here for a status the sources leave open; COW has no code for a
// suspended membership, so csto uses 4 (COW's 1-3 are full member, associate, observer).
constexpr int code_member = 1;
constexpr int code_not_member = 0;
constexpr int code_suspended = 4;
constexpr int code_indeterminate = -9;

std::string csv(std::string_view field) {
    if (field.find_first_of(",\"\n") == std::string_view::npos) return std::string(field);
    std::string out = "\"";
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

std::string source_ids(csto::CitationList list) {
    std::string ids;
    for (const csto::Citation& c : list) {
        if (ids.find(c.source->id) != std::string::npos) continue;
        if (!ids.empty()) ids += ';';
        ids += c.source->id;
    }
    return ids;
}

int intervals_csv() {
    std::cout << "state,alpha3,cow_code,start_earliest,start_latest,start_kind,end_earliest,end_latest,end_kind,"
                 "end_basis,start_sources,end_sources\n";
    for (const csto::MembershipInterval& i : csto::membership_intervals()) {
        std::cout << i.state.name() << ',' << i.state.alpha3() << ',' << i.state.cow_code() << ','
                  << csto::to_string(i.start.when.earliest()) << ',' << csto::to_string(i.start.when.latest()) << ','
                  << csto::enum_name(i.start.kind) << ',';
        if (i.end) {
            std::cout << csto::to_string(i.end->when.earliest()) << ',' << csto::to_string(i.end->when.latest()) << ','
                      << csto::enum_name(i.end->kind) << ',' << csto::enum_name(i.end->basis) << ',';
        } else {
            std::cout << ",,,,";
        }
        std::cout << csv(source_ids(i.start.sources)) << ',' << csv(i.end ? source_ids(i.end->sources) : "") << '\n';
    }
    return 0;
}

int state_year_csv() {
    std::cout
        << "# csto_member on 31 December of each year: 1 member (participation frozen included), 0 not a member,\n"
           "# 4 suspended (csto's code; COW IGO has none), -9 left open by the sources\n";
    std::cout << "state,alpha3,cow_code,year,csto_member\n";
    const int last = static_cast<int>(csto::data_as_of.year());
    for (csto::MemberState s : csto::StateSet::all()) {
        for (int year = 1992; year <= last; ++year) {
            const csto::MembershipStatus st = csto::status_on(s, g::date(static_cast<unsigned short>(year), 12, 31));
            int code = code_not_member;
            if (st.standing == csto::Standing::suspended) code = code_suspended;
            else if (boost::logic::indeterminate(st.is_member())) code = code_indeterminate;
            else if (st.is_member()) code = code_member;
            std::cout << s.name() << ',' << s.alpha3() << ',' << s.cow_code() << ',' << year << ',' << code << '\n';
        }
    }
    return 0;
}

constexpr std::string_view usage = R"(usage: export COMMAND [OPTIONS]

Writes csto's membership data on standard output, for R, Python, Stata and spreadsheets. Every
column and code is described in docs/CODEBOOK.md (`export codebook` writes it).

commands:
  cow-state-year [--wide] [--year-rule RULE]
                  one row per state and year in the Correlates of War IGO layout: ccode,
                  stateabb (COW's abbreviations), year, csto (1 member, 0 not a member, -9 left
                  open by the sources), csto_suspended, csto_frozen; --wide: one row per year
                  and a column per state
  atop-dyad-year [--year-rule RULE]
                  every ordered pair of members per year as ATOP publishes it: stateA, stateB,
                  year, atopid 4220, defense (Article 4), nonagg (Article 1), consul
                  (Article 2), first_year and last_year of the pair's run
  atop-member     one row per member and ATOP phase: atopid, member (COW number), entry and
                  exit day, phase, and csto's date ranges, to diff against ATOP
  codebook        docs/CODEBOOK.md: every column of every export, its codes, the year rules
                  and the known differences from ATOP
  intervals-csv   one row per membership interval, with source ids
  state-year-csv  one row per state and year, status on 31 December in csto's own coding
                  (4 = suspended; two comment lines before the header)
  json            the whole dataset with every citation (docs/export.schema.json)
  help            this text

options:
  --year-rule dec31    a year's row is the status on 31 December (the default)
  --year-rule any-day  a member on any day of the year is a member that year
  --wide               cow-state-year only: one row per year, a column per state
  -h, --help           this text

exit status: 0 written, 2 bad input (a message on standard error), 1 the output could not be
written.
)";

int bad_input(std::string_view message) {
    std::cerr << "export: " << message << "\nusage: export COMMAND [OPTIONS]; 'export --help' lists them\n";
    return 2;
}

/// The command's output went out whole, or the exit status says it did not.
int finish() {
    std::cout.flush();
    if (!std::cout) {
        std::cerr << "export: cannot write the output\n";
        return 1;
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    if (args.empty()) return bad_input("no command given");
    for (const std::string_view a : args) {
        if (a == "--help" || a == "-h") {
            std::cout << usage;
            return finish();
        }
    }
    const std::string_view command = args.front();
    namespace rx = research_exports;
    rx::YearRule rule = rx::YearRule::december_31;
    bool wide = false, rule_given = false;
    for (std::size_t i = 1; i < args.size(); ++i) {
        std::string_view a = args[i];
        if (a == "--wide") {
            wide = true;
        } else if (a == "--year-rule" || a.substr(0, 12) == "--year-rule=") {
            std::string_view value;
            if (a == "--year-rule") {
                if (i + 1 == args.size()) return bad_input("'--year-rule' takes dec31 or any-day");
                value = args[++i];
            } else {
                value = a.substr(12);
            }
            const std::optional<rx::YearRule> parsed = rx::parse_year_rule(value);
            if (!parsed)
                return bad_input("unknown year rule '" + std::string(value.substr(0, 40)) + "' (dec31 or any-day)");
            if (rule_given) return bad_input("'--year-rule' given twice");
            rule = *parsed;
            rule_given = true;
        } else {
            return bad_input("unexpected argument '" + std::string(a.substr(0, 40)) + "'");
        }
    }
    const bool takes_rule = command == "cow-state-year" || command == "atop-dyad-year";
    if (rule_given && !takes_rule) return bad_input("'--year-rule' is for cow-state-year and atop-dyad-year");
    if (wide && command != "cow-state-year") return bad_input("'--wide' is for cow-state-year");

    if (command == "help") {
        std::cout << usage;
    } else if (command == "cow-state-year") {
        if (wide) rx::write_cow_state_year_wide(std::cout, rule);
        else rx::write_cow_state_year_long(std::cout, rule);
    } else if (command == "atop-dyad-year") {
        rx::write_atop_dyad_year(std::cout, rule);
    } else if (command == "atop-member") {
        rx::write_atop_members(std::cout);
    } else if (command == "codebook") {
        rx::write_codebook(std::cout);
    } else if (command == "intervals-csv") {
        intervals_csv();
    } else if (command == "state-year-csv") {
        state_year_csv();
    } else if (command == "json") {
        std::cout << csto_json::dataset().dump(2) << '\n';
    } else {
        return bad_input("unknown command '" + std::string(command.substr(0, 40)) + "'");
    }
    return finish();
}
