// export: the data for political scientists (R, Python, spreadsheets).
//
//   export intervals-csv    one row per membership interval, with source ids
//   export state-year-csv   one row per state and year, Correlates of War IGO style coding
//   export json             the whole dataset with every citation
//
// docs/FACTS.md and the compiled data are written by tools/compile_facts.py.
#include "csto_json.hpp"

#include <csto/csto.hpp>
#include <csto/io.hpp>

#include <iostream>
#include <string>
#include <string_view>

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
                  << csto::to_string_view(i.start.kind) << ',';
        if (i.end) {
            std::cout << csto::to_string(i.end->when.earliest()) << ',' << csto::to_string(i.end->when.latest()) << ','
                      << csto::to_string_view(i.end->kind) << ',' << csto::to_string_view(i.end->basis) << ',';
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

}  // namespace

int main(int argc, char** argv) {
    const std::string_view what = argc == 2 ? argv[1] : "";
    if (what == "intervals-csv") return intervals_csv();
    if (what == "state-year-csv") return state_year_csv();
    if (what == "json") {
        std::cout << csto_json::dataset().dump(2) << '\n';
        return 0;
    }
    std::cerr << "usage: export intervals-csv | state-year-csv | json\n";
    return 2;
}
