// csto-query: ask the csto library about membership and the Treaty from the command line.
//
// Exit status: 0 the question was answered, 1 the answer could not be written (standard output
// failed), 2 bad input (unknown command, option or state, malformed date, wrong number of
// arguments). Every answer prints its sources. `csto-query help` lists the commands and
// `csto-query COMMAND --help` explains one; both are generated from the tables below.
#include "csto_json.hpp"

#include <csto/csto.hpp>
#include <csto/io.hpp>
#include <csto/parse.hpp>

#include <cerrno>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace {

constexpr int exit_answered = 0;
constexpr int exit_io_failure = 1;
constexpr int exit_bad_input = 2;

bool json_output = false;  // --json: every answer as one JSON document on stdout

int print_json(const nlohmann::json& j) {
    std::cout << j.dump(2) << '\n';
    return exit_answered;
}

// Input echoed in a message: quoted, cut to its first 100 characters (never inside a UTF-8
// sequence) and "..." when longer, so a huge argument cannot flood the terminal.
constexpr std::size_t echo_limit = 100;
std::string echo(std::string_view input) {
    if (input.size() <= echo_limit) return "'" + std::string(input) + "'";
    std::size_t cut = echo_limit;
    while (cut > 0 && (static_cast<unsigned char>(input[cut]) & 0xC0U) == 0x80U) --cut;  // a continuation byte
    return "'" + std::string(input.substr(0, cut)) + "...'";
}

struct CommandHelp {
    std::string_view name;
    std::string_view synopsis;     // the operands, after the name
    std::string_view summary;      // one line: NAME and the command list
    std::string_view description;  // lines of at most 96 characters
    std::string_view examples;     // command lines after "csto-query ", one per line
};
constexpr CommandHelp command_help[] = {
    {"member", "STATE DATE", "was STATE a member on DATE? with the reason and the sources",
     "Was STATE a member on DATE? Prints the standing (member, member with participation\n"
     "frozen, suspended, former member, not yet a member, indeterminate), the interval that\n"
     "decides it, how it began and ended, and every source.",
     "member Uzbekistan 2010-05-01\nmember UZB 2006-07-01\n--json member Armenia 2024-03-01"},
    {"members", "DATE", "the states that were members on DATE (and any left open by the sources)",
     "The states certainly members on DATE, those the sources leave open, the organization's\n"
     "name and whether the Treaty was in force.",
     "members 2017-05-15\nmembers 2006-07-01"},
    {"history", "STATE", "STATE's membership intervals, how each began and ended, with sources",
     "STATE's membership intervals with how each began and ended, and their sources; the freeze\n"
     "of its participation, if any.",
     "history Belarus\nhistory uz"},
    {"treaty", "DATE", "was the Treaty in force on DATE, and what was the organization called?",
     "Was the Treaty in force on DATE, and what was the organization called? With --json, also\n"
     "the five-year term the day falls in.",
     "treaty 1993-06-01\ntreaty 2002-10-07"},
    {"events", "", "the Treaty's and the Organization's milestones, with sources",
     "The Treaty's and the Organization's milestones, with sources, then each request for help and\n"
     "its dated steps.",
     "events"},
    {"summits", "[FROM] [TO]", "the meetings between two dates (default: all)",
     "The meetings between FROM and TO (default: all), one per line, with the chair where known.",
     "summits\nsummits 2020-01-01 2022-12-31"},
    {"summit", "DATE", "the full record of the Council session held on DATE, with sources",
     "The full record of the Collective Security Council session held on DATE: place, format, chair,\n"
     "who represented each state, the documents adopted, what was said, and the sources.",
     "summit 2020-12-02\nsummit 2022-05-16"},
    {"who", "DATE", "who was Secretary-General on DATE",
     "Who was Secretary-General (or acting) on DATE, and the Council's decisions on the term. A day\n"
     "before the first term in the data is answered as such; a day inside an imprecise start or\n"
     "end of a term is answered as not known for certain.",
     "who 2017-11-30\nwho 2003-04-28"},
    {"chair", "DATE", "which member state chaired the Organization on DATE, with sources",
     "Which member state chaired the Organization on DATE: the state where a source names it, \"uncertain\"\n"
     "where the day falls inside an imprecise start or end, \"unknown\" where no source names the chair\n"
     "(never taken from the rule that the host state chairs its session); with the sources.",
     "chair 2011-12-20\nchair 2022-11-23"},
    {"requests", "[STATE]", "requests for help or consultations and what followed (STATE: in full)",
     "The requests for help or for consultations (Articles 4 and 2 in practice), one per line; with\n"
     "STATE, each of that state's requests in full: whom it asked, when, under which article, and\n"
     "every step that followed (decisions, deployments, missions, refusals), each with its sources.",
     "requests\nrequests Kazakhstan"},
    {"request", "ID", "one request in full, with every step and its sources",
     "One request in full (ID as 'requests' lists it, e.g. 2022-01-kazakhstan).",
     "request 2022-01-kazakhstan\nrequest 2022-09-armenia"},
    {"bodies", "[DATE]", "the bodies, forces, operations and statuses (those existing on DATE)",
     "The bodies, forces, operations, plans, partners and statuses, each with its dated milestones\n"
     "(decided, created, agreement signed, conducted since, began functioning, made permanent, in\n"
     "force, sizes stated) and sources. With DATE, only those that certainly existed on DATE (founded\n"
     "on or before it), then those whose founding date leaves DATE open and those no source dates.",
     "bodies\nbodies 2004-01-01"},
    {"article", "N [DATE]", "Article N of the Treaty (as in force on DATE; default: today), with sources",
     "Article N (1-12) as in force on DATE (default: today), with obligations and sources; before\n"
     "the Treaty was signed, says so.",
     "article 4\narticle 4 1995-01-01"},
    {"article4", "STATE DATE [--aggressor=AGGRESSOR]",
     "Article 4 for an aggression against STATE on DATE: does it apply, who owes assistance",
     "Article 4 for an aggression against STATE on DATE: whether it applies by the wording in force\n"
     "that day, who owes assistance, in what forms, on what legal basis, and every reason with its\n"
     "source; then what happened: what STATE asked for around DATE and what followed, with sources,\n"
     "and where that record diverges from the text.\n"
     "The 1992 wording covers aggression \"by any state or group of states\"; the 2010 wording (in force\n"
     "from 2012-12-19) \"an armed attack\" and names no attacker: the answer says whether the\n"
     "aggressor's kind is within the text, outside it, or a matter of interpretation.",
     "article4 Tajikistan 2024-05-16\narticle4 Armenia 2022-09-13 --aggressor=AZE\n"
     "article4 Kazakhstan 2022-01-06 --aggressor non-state"},
    {"article2", "STATE DATE", "Article 2 for a threat to STATE on DATE: joint consultations, and what happened",
     "Article 2 for a threat to STATE on DATE: whether joint consultations must start at once, who\n"
     "takes part, which threats the wording in force covers and (from 2012-12-19) the duty to take\n"
     "measures to assist; then what STATE asked for around DATE and what followed, with sources.",
     "article2 Armenia 2021-05-12"},
    {"help", "[COMMAND]", "every command; with COMMAND, that command's help (as COMMAND --help)",
     "Without COMMAND, the program's help: every command, the options, the exit status. With\n"
     "COMMAND, that command's help.",
     "help\nhelp article4\n--json help"},
};

const CommandHelp* find_command(std::string_view name) {
    for (const CommandHelp& c : command_help)
        if (c.name == name) return &c;
    return nullptr;
}

std::string command_names() {
    std::string names;
    for (const CommandHelp& c : command_help) names += (names.empty() ? "" : ", ") + std::string(c.name);
    return names;
}

struct OptionHelp {
    std::string_view name;         // "--json"
    std::string_view short_name;   // "-h", or empty
    std::string_view value;        // "AGGRESSOR" for an option that takes a value, else empty
    std::string_view command;      // the one command it applies to; empty: every command
    std::string_view description;  // lines of at most 96 characters
};
constexpr OptionHelp option_help[] = {
    {"--aggressor", "", "AGGRESSOR", "article4",
     "Who attacked (default: not named): one of the nine states (a name or an ISO 3166-1 code:\n"
     "AZE), any other state by its ISO 3166-1 alpha-2 or alpha-3 code (AF, AFG; checked for shape\n"
     "only), a group of states separated by commas (AZE,TUR), 'non-state' or\n"
     "'non-state:DESCRIPTION', or 'unknown'. Written --aggressor=AGGRESSOR or --aggressor AGGRESSOR;\n"
     "given once."},
    {"--json", "", "", "", "Print the answer as one JSON document on stdout (messages stay text on stderr)."},
    {"--help", "-h", "", "", "Show the help: of the command, when one is given, else of the program."},
    {"--version", "", "", "", "Print the library's and the data's versions and the data's as-of date."},
};

const OptionHelp* find_option(std::string_view name) {
    for (const OptionHelp& o : option_help)
        if (o.name == name || (!o.short_name.empty() && o.short_name == name)) return &o;
    return nullptr;
}

constexpr std::string_view program_summary = "ask csto about the Collective Security Treaty and the CSTO";
constexpr std::string_view program_description =
    "Answers questions about the Collective Security Treaty (Tashkent, 1992) and the CSTO from\n"
    "csto's sourced data. Every answer cites its sources. Without a command: the membership table\n"
    "of all nine states that were ever parties, with each state's standing on the data's as-of date.";
constexpr std::string_view state_forms =
    "STATE is a short name (Kyrgyzstan), an official name (Kyrgyz Republic) or an ISO 3166-1\n"
    "alpha-2/alpha-3 code (KG, KGZ), in any case.";
constexpr std::string_view date_forms = "DATE is YYYY-MM-DD or YYYYMMDD (ISO 8601), years 1400-9999.";

struct ExitStatus {
    int code;
    std::string_view meaning;
};
constexpr ExitStatus exit_statuses[] = {
    {exit_answered, "answered (also when the answer is \"no\" or \"unknown\")"},
    {exit_io_failure, "the answer could not be written (standard output failed, e.g. a full disk)"},
    {exit_bad_input,
     "bad input: an unknown command, option or state, a malformed date, wrong arguments; the message\n"
     "names the input (its first 100 characters) and the accepted forms"},
};

int bad_input(std::string_view what) {
    std::cerr << "csto-query: " << what << "\nrun 'csto-query --help' for usage\n";
    return exit_bad_input;
}

std::optional<csto::MemberState> read_state(std::string_view text) {
    auto state = csto::find_state(text);
    if (state) return state;
    std::cerr << "csto-query: unknown state " << echo(text);
    if (const auto guess = csto::suggest(text)) {
        std::cerr << "; did you mean " << guess->name() << "?\n";
        return std::nullopt;
    }
    std::cerr << "; accepted: a short name (Kyrgyzstan), an official name (Kyrgyz Republic), another name a "
                 "source gives (Kirghizia, Киргизия), an ISO 3166-1 code in capitals (KG, KGZ, 417) or a "
                 "Correlates of War abbreviation (KYR) of one of: "
              << csto::StateSet::all() << '\n';
    return std::nullopt;
}

std::optional<boost::gregorian::date> read_date(std::string_view text) {
    auto d = csto::parse_date(text);
    if (!d)
        std::cerr << "csto-query: malformed date " << echo(text) << "; accepted: " << csto::accepted_date_forms << '\n';
    return d;
}

void print_sources(std::ostream& os, csto::CitationList sources, std::string_view indent) {
    for (const csto::Citation& c : sources) {
        os << indent << c;
        if (c.dates) os << " (dates it " << *c.dates << ')';
        os << '\n';
    }
}

void print_interval(std::ostream& os, const csto::MembershipInterval& i) {
    os << "  " << i << '\n';
    os << "    began " << i.start.when << " by " << i.start.kind << " (" << i.start.basis << ")\n";
    print_sources(os, i.start.sources, "      ");
    if (i.end) {
        os << "    ended " << i.end->when << " (first day outside) by " << i.end->kind << " (" << i.end->basis;
        if (!i.end->inference.empty()) os << ": " << i.end->inference;
        os << ")\n";
        print_sources(os, i.end->sources, "      ");
    }
}

int table() {
    if (json_output) {
        nlohmann::json j;
        j["as_of"] = csto_json::of(csto::data_as_of);
        for (csto::MemberState s : csto::StateSet::all()) {
            nlohmann::json row = {
                {"state", std::string(s.name())},
                {"intervals", nlohmann::json::array()},
                {"standing_on_as_of", csto_json::of(csto::status_on(s, csto::data_as_of))["standing"]}};
            for (const auto& i : csto::membership_history(s)) row["intervals"].push_back(csto_json::of(i));
            j["states"].push_back(row);
        }
        return print_json(j);
    }
    // The last column is the standing on the data's as-of date, which is not today.
    const std::string as_of = csto::to_string(csto::data_as_of);
    std::cout << "csto data " << csto::data_version << ", as of " << as_of << "\n\n";
    for (csto::MemberState s : csto::StateSet::all()) {
        std::cout << s.name() << " (" << s.alpha3() << "): ";
        const char* separator = "";
        for (const csto::MembershipInterval& i : csto::membership_history(s)) {
            std::cout << separator << i.start.when << " to ";
            if (i.end) std::cout << i.end->when << " (" << i.end->kind << ')';
            else std::cout << "present";
            separator = "; ";
        }
        std::cout << "; on " << as_of << ", the data's as-of date: " << csto::status_on(s, csto::data_as_of) << '\n';
    }
    return exit_answered;
}

int member(std::string_view state_text, std::string_view date_text) {
    const auto state = read_state(state_text);
    const auto day = read_date(date_text);
    if (!state || !day) return exit_bad_input;
    const csto::MembershipStatus status = csto::status_on(*state, *day);
    if (json_output) {
        nlohmann::json j = csto_json::of(status);
        j["state"] = std::string(state->name());
        j["date"] = csto_json::of(*day);
        return print_json(j);
    }
    std::cout << state->name() << " on " << csto::to_string(*day) << ": " << status << "\n";
    std::cout << "  member: " << csto::to_string_view(status.is_member()) << '\n';
    if (status.freeze != nullptr) {
        std::cout << "  participation frozen since " << status.freeze->since << '\n';
        print_sources(std::cout, status.freeze->sources, "    ");
    }
    if (status.interval != nullptr) {
        std::cout << "  governing interval:\n";
        print_interval(std::cout, *status.interval);
    }
    return exit_answered;
}

int members(std::string_view date_text) {
    const auto day = read_date(date_text);
    if (!day) return exit_bad_input;
    const csto::StateSet certain = csto::members_on(*day);
    const csto::StateSet open = csto::indeterminate_members_on(*day);
    if (json_output) {
        return print_json({{"date", csto_json::of(*day)},
                           {"members", csto_json::of(certain)},
                           {"indeterminate", csto_json::of(open)},
                           {"organization", std::string(csto::organization_name(*day))},
                           {"treaty_in_force", csto_json::of(csto::treaty_in_force(*day))},
                           {"past_as_of", csto::data_as_of < *day}});
    }
    std::cout << "members on " << csto::to_string(*day) << " (" << certain.size() << "): " << certain << '\n';
    if (!open.empty()) std::cout << "left open by the sources: " << open << '\n';
    std::cout << "organization: " << csto::organization_name(*day)
              << "; treaty in force: " << csto::to_string_view(csto::treaty_in_force(*day)) << '\n';
    if (csto::data_as_of < *day)
        std::cout << "note: past the data's as-of date " << csto::to_string(csto::data_as_of) << '\n';
    return exit_answered;
}

int history(std::string_view state_text) {
    const auto state = read_state(state_text);
    if (!state) return exit_bad_input;
    if (json_output) {
        nlohmann::json j = csto_json::of(*state);
        j["intervals"] = nlohmann::json::array();
        for (const auto& i : csto::membership_history(*state)) j["intervals"].push_back(csto_json::of(i));
        for (const auto& f : csto::participation_freezes())
            if (f.state == *state) j["participation_frozen_since"] = csto_json::of(f.since);
        return print_json(j);
    }
    std::cout << state->name() << " (" << state->official_name() << ", " << state->alpha2() << '/' << state->alpha3()
              << ", COW " << state->cow_code() << ")\n";
    for (const csto::MembershipInterval& i : csto::membership_history(*state)) print_interval(std::cout, i);
    for (const csto::ParticipationFreeze& f : csto::participation_freezes()) {
        if (f.state != *state) continue;
        std::cout << "  participation frozen since " << f.since << '\n';
        print_sources(std::cout, f.sources, "      ");
    }
    return exit_answered;
}

int treaty(std::string_view date_text) {
    const auto day = read_date(date_text);
    if (!day) return exit_bad_input;
    const std::string_view name = csto::organization_name(*day);
    if (json_output) {
        nlohmann::json j = {{"date", csto_json::of(*day)},
                            {"treaty_in_force", csto_json::of(csto::treaty_in_force(*day))},
                            {"organization", std::string(name)},
                            {"term", nullptr}};
        if (const auto term = csto::term_on(*day))
            j["term"] = {
                {"number", term->number}, {"from", csto_json::of(term->from)}, {"until", csto_json::of(term->until)}};
        return print_json(j);
    }
    std::cout << "on " << csto::to_string(*day)
              << ": treaty in force: " << csto::to_string_view(csto::treaty_in_force(*day))
              << "; organization: " << (name.empty() ? std::string_view("(none yet)") : name) << '\n';
    return exit_answered;
}

int events() {
    if (json_output) {
        nlohmann::json j = nlohmann::json::array();
        for (const csto::TreatyEvent& e : csto::treaty_events()) j.push_back(csto_json::of(e));
        for (const csto::Request& r : csto::requests()) j.push_back(csto_json::of(r));
        return print_json(j);
    }
    for (const csto::TreatyEvent& e : csto::treaty_events()) {
        std::cout << e << '\n';
        print_sources(std::cout, e.sources, "    ");
    }
    // The requests for help and what followed: each dated step on a line of its own.
    for (const csto::Request& r : csto::requests()) {
        std::cout << r.date << ": " << r.state.name() << ' ' << csto::to_string_view(r.kind) << " [" << r.id << "]\n";
        for (const csto::RequestStep& s : r.steps)
            if (s.date)
                std::cout << *s.date << ": " << csto::to_string_view(s.kind) << ": " << s.summary << " [" << r.id
                          << "]\n";
    }
    return exit_answered;
}

int summits(const std::vector<std::string_view>& operands) {
    boost::gregorian::date from(1400, 1, 1);
    boost::gregorian::date to(9999, 12, 31);
    if (!operands.empty()) {
        const auto d = read_date(operands[0]);
        if (!d) return exit_bad_input;
        from = *d;
    }
    if (operands.size() > 1) {
        const auto d = read_date(operands[1]);
        if (!d) return exit_bad_input;
        to = *d;
    }
    if (to < from) return bad_input("'summits': FROM is after TO");
    if (json_output) {
        nlohmann::json j = nlohmann::json::array();
        for (const csto::Summit& s : csto::summits_between(from, to)) j.push_back(csto_json::of(s));
        return print_json(j);
    }
    for (const csto::Summit& s : csto::summits_between(from, to)) {
        std::cout << s;
        if (s.chair() != nullptr) std::cout << "; chair " << s.chair()->name;
        else if (s.chair_state()) std::cout << "; chair " << s.chair_state()->name();
        std::cout << '\n';
    }
    return exit_answered;
}

int summit(std::string_view date_text) {
    const auto day = read_date(date_text);
    if (!day) return exit_bad_input;
    const auto s = csto::find_summit(*day);
    if (json_output) {
        if (!s) return print_json(nullptr);
        nlohmann::json j = csto_json::of(*s);
        for (const csto::Statement& st : csto::statements())
            if (st.meeting->when() == s->when() && st.meeting->body() == s->body())
                j["statements"].push_back({{"speaker", std::string(st.speaker->name)},
                                           {"words", std::string(st.words)},
                                           {"language", std::string(csto::to_string_view(st.language))},
                                           {"quoted", st.quoted}});
        return print_json(j);
    }
    if (!s) {
        std::cout << "no Collective Security Council session is recorded on " << csto::to_string(*day)
                  << "; 'csto-query summits' lists every meeting\n";
        return exit_answered;
    }
    std::cout << *s << '\n';
    if (!s->date_inference().empty()) std::cout << "  date: " << s->date_inference() << '\n';
    if (s->chair() != nullptr)
        std::cout << "  chair: " << s->chair()->name << " (" << s->chair()->state.name() << ")\n";
    else if (s->chair_state()) std::cout << "  chair: " << s->chair_state()->name() << '\n';
    if (s->treaty_anniversary() != 0)
        std::cout << "  marked: " << csto::Anniversary{s->treaty_anniversary(), false}
                  << " anniversary of the Treaty and " << csto::Anniversary{s->organization_anniversary(), false}
                  << " of the Organization\n";
    for (const csto::Participant& p : s->participants())
        std::cout << "  " << p.state().name() << ": " << p << " (" << p.attendance() << ")\n";
    if (!s->absent().empty()) std::cout << "  absent: " << s->absent() << '\n';
    if (s->secretary_general() != nullptr) std::cout << "  Secretary-General: " << s->secretary_general()->name << '\n';
    for (const csto::AdoptedDocument& d : s->documents()) {
        std::cout << "  adopted " << d.kind << ": " << d.title;
        if (d.first_year != 0) std::cout << " for " << d.first_year << '-' << d.last_year;
        if (!d.note.empty()) std::cout << " (" << d.note << ')';
        std::cout << '\n';
    }
    if (s->documents_total()) std::cout << "  documents adopted in all: " << *s->documents_total() << '\n';
    for (const csto::Statement& st : csto::statements()) {
        if (st.meeting->when() != s->when() || st.meeting->body() != s->body()) continue;
        std::cout << "  " << st.speaker->name << (st.quoted ? " said" : " (reported)") << " [" << st.language
                  << "]: " << st.words << '\n';
    }
    std::cout << "  sources:\n";
    print_sources(std::cout, s->sources(), "    ");
    print_sources(std::cout, s->remarks(), "    ");
    return exit_answered;
}

int who(std::string_view date_text) {
    const auto day = read_date(date_text);
    if (!day) return exit_bad_input;
    const auto term = csto::secretary_general_on(*day);
    if (json_output) return print_json(term ? csto_json::of(*term) : nlohmann::json(nullptr));
    if (!term) {
        const csto::SecretaryGeneralTerm* first = nullptr;  // the earliest term in the data
        for (const csto::SecretaryGeneralTerm& t : csto::secretary_general_terms())
            if (first == nullptr || t.from().earliest() < first->from().earliest()) first = &t;
        if (first != nullptr && *day < first->from().earliest()) {
            std::cout << "no Secretary-General on " << csto::to_string(*day)
                      << ": the day is before the first term in the data, which began " << first->from()
                      << "; no source here records a Secretary-General before it\n  first term: " << *first << '\n';
            print_sources(std::cout, first->sources(), "    ");
            return exit_answered;
        }
        std::cout << "no Secretary-General is known for certain on " << csto::to_string(*day) << '\n';
        return exit_answered;
    }
    std::cout << "Secretary-General on " << csto::to_string(*day) << ": " << *term << '\n';
    print_sources(std::cout, term->sources(), "    ");
    for (const csto::TermDecision& d : term->decisions()) {
        std::cout << "  decision: " << d << '\n';
        print_sources(std::cout, d.sources, "    ");
    }
    return exit_answered;
}

void print_chairmanship(std::ostream& os, const csto::Chairmanship& c, const std::string& indent = "  ") {
    os << indent << c << '\n';
    if (!c.from) os << indent << "  start: no source gives it\n";
    if (!c.until) os << indent << "  end: no source gives it\n";
    if (!c.inference(csto::Field::start).empty())
        os << indent << "  start inferred: " << c.inference(csto::Field::start) << '\n';
    if (!c.inference(csto::Field::end).empty())
        os << indent << "  end inferred: " << c.inference(csto::Field::end) << '\n';
    os << indent << "  sources:\n";
    print_sources(os, c.sources, indent + "    ");
}

int chair(std::string_view date_text) {
    const auto day = read_date(date_text);
    if (!day) return exit_bad_input;
    const csto::ChairAnswer answer = csto::chairing_state_on(*day);
    if (json_output) {
        nlohmann::json j = csto_json::of(answer);
        j["date"] = csto_json::of(*day);
        return print_json(j);
    }
    std::cout << "chair of the Organization on " << csto::to_string(*day) << ": ";
    switch (answer.certainty) {
        case csto::ChairCertainty::certain:
            std::cout << answer.state()->name() << '\n';
            print_chairmanship(std::cout, *answer.chairmanship);
            break;
        case csto::ChairCertainty::uncertain:
            std::cout << csto::to_string_view(answer.certainty)
                      << ": the day falls inside the imprecise start or end of\n";
            print_chairmanship(std::cout, *answer.chairmanship);
            if (answer.other != nullptr) print_chairmanship(std::cout, *answer.other);
            break;
        case csto::ChairCertainty::unknown:
            std::cout << csto::to_string_view(answer.certainty) << ": no source names the chairing state on this day\n";
            if (answer.previous != nullptr) {
                std::cout << "  the last chairmanship named before it:\n";
                print_chairmanship(std::cout, *answer.previous, "    ");
            }
            break;
    }
    return exit_answered;
}

void print_date(std::ostream& os, const std::optional<csto::DateRange>& d) {
    if (d) os << *d;
    else os << "(undated)";
}

void print_request_line(std::ostream& os, const csto::Request& r) {
    os << r.date << "  " << r.state.name() << ": " << csto::to_string_view(r.kind);
    if (r.article != 0) {
        os << " (Article " << int{r.article};
        if (r.article_basis != csto::ArticleBasis::stated) os << ", " << csto::to_string_view(r.article_basis);
        os << ')';
    }
    os << " [" << r.id << "]\n";
}

void print_request(std::ostream& os, const csto::Request& r) {
    print_request_line(os, r);
    if (!r.is_request()) os << "  a statement, not a request: no source shows a request\n";
    os << "  " << r.summary << '\n';
    if (!r.inference(csto::Field::kind).empty()) os << "  kind inferred: " << r.inference(csto::Field::kind) << '\n';
    os << "  addressed to: ";
    const char* separator = "";
    for (csto::Addressee a : csto::all_addressees) {
        if (a == csto::Addressee::state || !r.addressed_to(a)) continue;  // the states asked: below
        os << separator << csto::to_string_view(a);
        separator = ", ";
    }
    if (!r.addressed_states.empty()) os << separator << "bilaterally: " << r.addressed_states;
    os << "\n  article: ";
    if (r.article == 0) os << "none stated";
    else os << int{r.article} << " (" << csto::to_string_view(r.article_basis) << ')';
    os << '\n';
    print_sources(os, r.sources, "    ");
    print_sources(os, r.remarks, "    ");
    for (const csto::RequestStep& s : r.steps) {
        os << "  ";
        print_date(os, s.date);
        os << "  " << csto::to_string_view(s.kind) << ": " << s.summary << '\n';
        if (!s.inference(csto::Field::date).empty())
            os << "      date inferred: " << s.inference(csto::Field::date) << '\n';
        if (s.body) os << "      body: " << *s.body << '\n';
        if (s.article != 0) os << "      under Article " << int{s.article} << '\n';
        if (const csto::Deployment* d = s.deployment) {
            os << "      force: " << d->force << "; units of " << d->contributors << '\n';
            if (!d->commander.empty()) os << "      commander: " << d->commander << '\n';
            for (const csto::Personnel& p : d->personnel) {
                os << "      " << (p.reported ? "reported: " : "official: ");
                if (p.state) os << p.state->name() << ' ';
                else os << "in all ";
                os << (p.approximate ? "about " : "") << p.count << '\n';
            }
            os << "      withdrawal began ";
            print_date(os, d->withdrawal_began);
            os << ", completed ";
            print_date(os, d->withdrawal_completed);
            os << '\n';
        }
        print_sources(os, s.sources, "      ");
    }
}

int requests(const std::vector<std::string_view>& operands) {
    std::optional<csto::MemberState> state;
    if (!operands.empty()) {
        state = read_state(operands[0]);
        if (!state) return exit_bad_input;
    }
    if (json_output) {
        nlohmann::json j = nlohmann::json::array();
        for (const csto::Request& r : csto::requests())
            if (!state || r.state == *state) j.push_back(csto_json::of(r));
        return print_json(j);
    }
    std::size_t shown = 0;
    for (const csto::Request& r : csto::requests()) {
        if (state && r.state != *state) continue;
        if (state) print_request(std::cout, r);
        else print_request_line(std::cout, r);
        ++shown;
    }
    if (shown == 0)
        std::cout << "no request" << (state ? " by " + std::string(state->name()) : std::string()) << " is recorded\n";
    return exit_answered;
}

int request(std::string_view id) {
    const auto r = csto::find_request(id);
    if (!r) return bad_input("unknown request " + echo(id) + "; 'csto-query requests' lists them");
    if (json_output) return print_json(csto_json::of(*r));
    print_request(std::cout, *r);
    return exit_answered;
}

void print_institution(std::ostream& os, const csto::Institution& i) {
    os << i << ": " << i.description;
    if (i.first_year != 0) os << " (for " << i.first_year << '-' << i.last_year << ')';
    os << '\n';
    if (i.since) os << "  since " << *i.since << '\n';
    for (const csto::InstitutionMilestone& m : i.milestones) {
        os << "  " << m;
        if (!m.note.empty()) os << " (" << m.note << ')';
        os << '\n';
        if (m.inferred()) os << "    date inferred: " << m.inference << '\n';
        print_sources(os, m.sources, "    ");
    }
    if (i.holders_recorded()) {
        os << "  holders, as the sources read show (as of " << csto::to_string(csto::data_as_of) << "): ";
        if (i.holders.empty()) os << "none named";
        const char* separator = "";
        for (std::string_view h : i.holders) {
            os << separator << h;
            separator = ", ";
        }
        os << '\n';
    }
    os << "  sources:\n";
    print_sources(os, i.sources, "    ");
}

int bodies(std::optional<std::string_view> date_text) {
    if (!date_text) {
        if (json_output) {
            nlohmann::json j = nlohmann::json::array();
            for (const csto::Institution& i : csto::institutions()) j.push_back(csto_json::of(i));
            return print_json(j);
        }
        for (const csto::Institution& i : csto::institutions()) print_institution(std::cout, i);
        return exit_answered;
    }
    const auto day = read_date(*date_text);
    if (!day) return exit_bad_input;
    std::vector<std::string_view> left_open;
    std::vector<std::string_view> undated;
    for (const csto::Institution& i : csto::institutions()) {
        if (!boost::logic::indeterminate(i.existed_on(*day))) continue;
        (i.founded() ? left_open : undated).push_back(i.name);
    }
    const csto::InstitutionsOn existing = csto::institutions_on(*day);
    if (json_output) {
        nlohmann::json j = {{"date", csto_json::of(*day)},
                            {"existing", nlohmann::json::array()},
                            {"left_open", nlohmann::json::array()},
                            {"undated", nlohmann::json::array()},
                            {"past_as_of", csto::data_as_of < *day}};
        for (const csto::Institution& i : existing) j["existing"].push_back(csto_json::of(i));
        for (std::string_view name : left_open) j["left_open"].push_back(std::string(name));
        for (std::string_view name : undated) j["undated"].push_back(std::string(name));
        return print_json(j);
    }
    std::cout << "existing on " << csto::to_string(*day) << " (" << existing.count() << "):\n";
    for (const csto::Institution& i : existing) print_institution(std::cout, i);
    auto list = [](const char* what, const std::vector<std::string_view>& names) {
        if (names.empty()) return;
        std::cout << what << " (" << names.size() << "): ";
        const char* separator = "";
        for (std::string_view n : names) {
            std::cout << separator << n;
            separator = "; ";
        }
        std::cout << '\n';
    };
    list("founded in a period that contains the day, left open", left_open);
    list("no source dates their founding", undated);
    if (csto::data_as_of < *day)
        std::cout << "note: past the data's as-of date " << csto::to_string(csto::data_as_of) << '\n';
    return exit_answered;
}

int show_article(std::string_view number_text, std::optional<std::string_view> date_text) {
    int number = 0;
    for (char c : number_text) {
        if (c < '0' || c > '9' || number > 100)
            return bad_input("article number " + echo(number_text) + " is not 1-12");
        number = number * 10 + (c - '0');
    }
    std::optional<boost::gregorian::date> day;
    if (date_text) {
        day = read_date(*date_text);
        if (!day) return exit_bad_input;
    }
    const auto a = day ? csto::article(number, *day) : csto::article(number);
    if (!a) {
        if (number >= 1 && number <= 12) {
            if (json_output)
                return print_json({{"number", number},
                                   {"date", csto_json::of(*day)},
                                   {"treaty_signed", false},
                                   {"article", nullptr}});
            std::cout << "the Treaty was not yet signed on " << csto::to_string(*day) << '\n';
            return exit_answered;
        }
        return bad_input("article number " + echo(number_text) + " is not 1-12");
    }
    if (json_output) return print_json(csto_json::of(*a));
    std::cout << "Article " << a->number() << ": " << a->title() << '\n';
    if (!a->substance_known()) {
        std::cout << "  no source here gives this article's substance\n";
        return exit_answered;
    }
    std::cout << "  " << (a->verbatim() ? "text (verbatim): " : "substance (paraphrase): ") << a->substance() << '\n';
    if (!a->version()->change.empty())
        std::cout << "  in force from " << a->version()->from << ": " << a->version()->change << '\n';
    for (const csto::Obligation& o : a->obligations()) std::cout << "  obliges: " << o.text << '\n';
    for (const csto::ArticleVersion& v : a->amendments())
        if (&v != a->version()) std::cout << "  amended from " << v.from << ": " << v.change << '\n';
    std::cout << "  sources:\n";
    print_sources(std::cout, a->sources(), "    ");
    return exit_answered;
}

// "what happened": the record attached to an assessment, and where it diverges from the text.
template <class Record>
void print_record(std::ostream& os, const Record& record, std::string_view who, std::string_view day) {
    if (record.empty()) {
        os << "  what happened: no request by " << who << " around " << day << " is recorded\n";
        return;
    }
    os << "  what happened (the record of what " << who << " asked for around " << day << "):\n";
    for (const csto::Request& r : record) {
        os << "  request: ";
        print_request(os, r);
        const int invoked = csto::invoked_article(r);
        const csto::Divergence d = csto::divergence(r);
        if (d != csto::Divergence::none) os << "  the record beside the text: " << d << '\n';
        else if (invoked != 0)
            os << "  the record beside the text: Article " << invoked << " invoked; the record read shows "
               << (r.deployment_step() ? "a deployment of forces" : "no divergence from the text") << '\n';
    }
}

int article4(std::string_view victim_text, std::string_view date_text, std::optional<std::string_view> aggressor_text) {
    const auto victim = read_state(victim_text);
    const auto day = read_date(date_text);
    csto::Aggressor aggressor;
    if (aggressor_text) {
        const auto parsed = csto::parse_aggressor(*aggressor_text);
        if (!parsed) {
            std::cerr << "csto-query: unknown aggressor " << echo(*aggressor_text)
                      << "; accepted: " << csto::accepted_aggressor_forms << '\n';
            return exit_bad_input;
        }
        aggressor = *parsed;
    }
    if (!victim || !day) return exit_bad_input;
    const csto::CollectiveDefense r = csto::collective_defense(*victim, *day, aggressor);
    if (json_output) return print_json(csto_json::of(r));
    std::cout << "Article 4, aggression against " << victim->name() << " on " << csto::to_string(*day);
    if (r.aggressor.specified()) std::cout << " by " << r.aggressor;
    std::cout << "\n  applies: " << csto::to_string_view(r.applies) << '\n';
    std::cout << "  victim: " << r.victim_status << '\n';
    if (r.aggressor.specified()) {
        std::cout << "  aggressor: " << r.aggressor;
        if (r.aggressor.kind() == csto::AggressorKind::state ||
            r.aggressor.kind() == csto::AggressorKind::group_of_states)
            std::cout << " (" << r.aggressor.kind() << ')';
        std::cout << "; by the wording in force: " << r.aggressor_coverage;
        if (!r.aggressor_words.empty()) std::cout << " (on the words \"" << r.aggressor_words << "\")";
        std::cout << '\n';
    }
    std::cout << "  owe assistance (" << r.obligated.size() << "): " << r.obligated << '\n';
    if (!r.obligation_indeterminate.empty())
        std::cout << "  obligation left open: " << r.obligation_indeterminate << '\n';
    if (!r.forms.empty()) {
        std::cout << "  forms: ";
        const char* separator = "";
        for (csto::AssistanceForm f : r.forms) {
            std::cout << separator << f;
            separator = ", ";
        }
        std::cout << "\n  legal basis: " << r.legal_basis << '\n';
        std::cout << "  the UN Security Council must be informed at once\n";
        std::cout << "  use of armed forces decided by: " << r.armed_forces_decided_by << '\n';
    }
    if (r.intra_alliance) std::cout << "  intra-alliance: the aggressor is itself a member and owes nothing here\n";
    for (const csto::Reason& reason : r.reasons) {
        std::cout << "  reason: " << reason.text << '\n';
        print_sources(std::cout, reason.sources, "    ");
    }
    if (r.article) {
        std::cout << "  Article 4 as in force that day (" << (r.article->verbatim() ? "verbatim" : "paraphrase")
                  << "):\n    " << r.article->substance() << '\n';
        print_sources(std::cout, r.article->sources(), "    ");
    }
    print_record(std::cout, r.record, victim->name(), csto::to_string(*day));
    return exit_answered;
}

int article2(std::string_view state_text, std::string_view date_text) {
    const auto state = read_state(state_text);
    const auto day = read_date(date_text);
    if (!state || !day) return exit_bad_input;
    const csto::JointConsultations r = csto::joint_consultations(*state, *day);
    if (json_output) return print_json(csto_json::of(r));
    std::cout << "Article 2, a threat to " << state->name() << " on " << csto::to_string(*day) << '\n';
    std::cout << "  applies: " << csto::to_string_view(r.applies) << '\n';
    std::cout << "  threatened: " << r.threatened_status << '\n';
    std::cout << "  consult (" << r.participants.size() << "): " << r.participants << '\n';
    if (!r.participation_indeterminate.empty())
        std::cout << "  participation left open: " << r.participation_indeterminate << '\n';
    if (!r.threats.words.empty()) {
        std::cout << "  threats covered: ";
        const char* separator = "";
        for (csto::ThreatTo t : csto::all_threat_objects) {
            if (!r.threats.covers_threat_to(t)) continue;
            std::cout << separator << t;
            separator = ", ";
        }
        std::cout << " (on the words \"" << r.threats.words << "\")\n";
    }
    if (r.assist_threatened)
        std::cout << "  also: develop and take measures to assist the threatened state (the 2010 wording)\n";
    for (const csto::Reason& reason : r.reasons) {
        std::cout << "  reason: " << reason.text << '\n';
        print_sources(std::cout, reason.sources, "    ");
    }
    if (r.article) {
        std::cout << "  Article 2 as in force that day (" << (r.article->verbatim() ? "verbatim" : "paraphrase")
                  << "):\n    " << r.article->substance() << '\n';
        print_sources(std::cout, r.article->sources(), "    ");
    }
    print_record(std::cout, r.record, state->name(), csto::to_string(*day));
    return exit_answered;
}

// --- Help, generated from command_help, option_help and exit_statuses ----------------------------

void print_indented(std::ostream& os, std::string_view text, std::string_view indent) {
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        os << indent << text.substr(0, end) << '\n';
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
}

std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        lines.push_back(text.substr(0, end));
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return lines;
}

std::string synopsis_of(const CommandHelp& c) {
    std::string s = "csto-query " + std::string(c.name);
    if (!c.synopsis.empty()) s += " " + std::string(c.synopsis);
    return s + " [--json]";
}

bool applies_to(const OptionHelp& o, std::string_view command) { return o.command.empty() || o.command == command; }

std::string option_title(const OptionHelp& o) {
    std::string title = o.short_name.empty() ? std::string() : std::string(o.short_name) + ", ";
    title += o.name;
    if (!o.value.empty()) title += "=" + std::string(o.value) + ", " + std::string(o.name) + " " + std::string(o.value);
    if (!o.command.empty()) title += "  (" + std::string(o.command) + ")";
    return title;
}

std::string option_names() {
    std::string names;
    for (const OptionHelp& o : option_help) names += (names.empty() ? "" : ", ") + std::string(o.name);
    return names + ", -h";
}

nlohmann::json option_json(const OptionHelp& o) {
    return {{"name", std::string(o.name)},
            {"short_name", o.short_name.empty() ? nlohmann::json(nullptr) : nlohmann::json(std::string(o.short_name))},
            {"value", o.value.empty() ? nlohmann::json(nullptr) : nlohmann::json(std::string(o.value))},
            {"command", o.command.empty() ? nlohmann::json(nullptr) : nlohmann::json(std::string(o.command))},
            {"description", std::string(o.description)}};
}

nlohmann::json command_json(const CommandHelp& c) {
    nlohmann::json examples = nlohmann::json::array();
    for (std::string_view e : lines_of(c.examples)) examples.push_back("csto-query " + std::string(e));
    nlohmann::json options = nlohmann::json::array();
    for (const OptionHelp& o : option_help)
        if (applies_to(o, c.name) && o.name != "--version") options.push_back(option_json(o));
    return {{"name", std::string(c.name)},
            {"synopsis", synopsis_of(c)},
            {"summary", std::string(c.summary)},
            {"description", std::string(c.description)},
            {"options", options},
            {"examples", examples}};
}

nlohmann::json exit_status_json() {
    nlohmann::json a = nlohmann::json::array();
    for (const ExitStatus& e : exit_statuses) a.push_back({{"code", e.code}, {"meaning", std::string(e.meaning)}});
    return a;
}

void print_operand_forms(std::ostream& os, std::string_view synopsis) {
    if (synopsis.find("STATE") != std::string_view::npos) print_indented(os, state_forms, "    ");
    if (synopsis.find("DATE") != std::string_view::npos || synopsis.find("FROM") != std::string_view::npos)
        print_indented(os, date_forms, "    ");
}

void print_options(std::ostream& os, std::string_view command) {
    os << "\nOPTIONS\n";
    for (const OptionHelp& o : option_help) {
        if (!command.empty() && (!applies_to(o, command) || o.name == "--version")) continue;
        os << "    " << option_title(o) << '\n';
        print_indented(os, o.description, "        ");
    }
}

void print_exit_status(std::ostream& os) {
    os << "\nEXIT STATUS\n";
    for (const ExitStatus& e : exit_statuses) {
        const std::vector<std::string_view> lines = lines_of(e.meaning);
        for (std::size_t i = 0; i < lines.size(); ++i)
            os << "    " << (i == 0 ? std::to_string(e.code) : std::string(" ")) << "  " << lines[i] << '\n';
    }
}

// `csto-query COMMAND --help`, `csto-query help COMMAND`: a man page for one command.
int command_usage(std::string_view name) {
    const CommandHelp* c = find_command(name);
    if (c == nullptr) return bad_input("unknown command " + echo(name) + "; commands: " + command_names());
    if (json_output)
        return print_json({{"usage", synopsis_of(*c)},
                           {"commands", nlohmann::json::array({command_json(*c)})},
                           {"exit_status", exit_status_json()}});
    std::cout << "NAME\n    csto-query " << c->name << " - " << c->summary << "\n\nSYNOPSIS\n    " << synopsis_of(*c)
              << "\n    csto-query " << c->name << " --help\n\nDESCRIPTION\n";
    print_indented(std::cout, c->description, "    ");
    print_operand_forms(std::cout, c->synopsis);
    print_options(std::cout, c->name);
    print_exit_status(std::cout);
    std::cout << "\nEXAMPLES\n";
    for (std::string_view e : lines_of(c->examples)) std::cout << "    csto-query " << e << '\n';
    return exit_answered;
}

// `csto-query --help`, `csto-query help`: the program and every command.
int program_usage() {
    constexpr std::string_view usage = "csto-query [COMMAND [ARGS...]] [--json]";
    if (json_output) {
        nlohmann::json commands = nlohmann::json::array();
        for (const CommandHelp& c : command_help) commands.push_back(command_json(c));
        nlohmann::json options = nlohmann::json::array();
        for (const OptionHelp& o : option_help) options.push_back(option_json(o));
        return print_json({{"usage", std::string(usage)},
                           {"description", std::string(program_description)},
                           {"commands", commands},
                           {"options", options},
                           {"exit_status", exit_status_json()}});
    }
    std::cout << "NAME\n    csto-query - " << program_summary << "\n\nSYNOPSIS\n    " << usage
              << "\n    csto-query COMMAND --help\n    csto-query help [COMMAND]\n    csto-query --version [--json]\n"
                 "\nDESCRIPTION\n";
    print_indented(std::cout, program_description, "    ");
    print_operand_forms(std::cout, "STATE DATE");
    std::cout << "\nCOMMANDS\n";
    for (const CommandHelp& c : command_help) {
        std::cout << "    " << c.name << (c.synopsis.empty() ? "" : " ") << c.synopsis << '\n';
        print_indented(std::cout, c.summary, "        ");
    }
    print_options(std::cout, "");
    print_exit_status(std::cout);
    std::cout << "\nEXAMPLES\n    csto-query\n";
    for (const CommandHelp& c : command_help) std::cout << "    csto-query " << lines_of(c.examples).front() << '\n';
    return exit_answered;
}

int version() {
    if (json_output)
        return print_json({{"program", "csto-query"},
                           {"library_version", std::string(csto::library_version)},
                           {"data_version", std::string(csto::data_version)},
                           {"as_of", csto_json::of(csto::data_as_of)}});
    std::cout << "csto-query " << csto::library_version << ", data " << csto::data_version << " (as of "
              << csto::to_string(csto::data_as_of) << ")\n";
    return exit_answered;
}

// --- The command line --------------------------------------------------------------------------

// The arguments read: options anywhere (`--name value` or `--name=value` for one that takes a
// value; `--` ends the options), the command and its operands in order.
struct Invocation {
    std::vector<std::string_view> positional;  // the command first
    std::optional<std::string_view> aggressor;
    bool json = false;
    bool help = false;
    bool version = false;
    std::string error;  // the first mistake, reported unless help was asked for
};

bool looks_like_option(std::string_view arg) { return arg.size() >= 2 && arg[0] == '-'; }

Invocation read_arguments(const std::vector<std::string_view>& args) {
    Invocation in;
    auto fail = [&in](std::string message) {
        if (in.error.empty()) in.error = std::move(message);
    };
    bool options_ended = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        if (options_ended || !looks_like_option(arg)) {
            in.positional.push_back(arg);
            continue;
        }
        if (arg == "--") {
            options_ended = true;
            continue;
        }
        const std::size_t equals = arg.substr(0, 2) == "--" ? arg.find('=') : std::string_view::npos;
        const std::string_view name = arg.substr(0, equals);
        std::optional<std::string_view> value;
        if (equals != std::string_view::npos) value = arg.substr(equals + 1);
        const OptionHelp* option = find_option(name);
        if (option == nullptr) {
            fail("unknown option " + echo(name) + "; options: " + option_names());
            continue;
        }
        if (option->value.empty()) {
            if (value) fail("'" + std::string(option->name) + "' takes no value");
            else if (option->name == "--json") in.json = true;
            else if (option->name == "--help") in.help = true;
            else if (option->name == "--version") in.version = true;
            continue;
        }
        if (!value && i + 1 < args.size() && !looks_like_option(args[i + 1])) value = args[++i];
        if (!value || value->empty()) {
            fail("'" + std::string(option->name) + "' needs a value: " + std::string(csto::accepted_aggressor_forms));
        } else if (in.aggressor) {
            fail("'" + std::string(option->name) + "' given twice; name a group as one value: AZE,TUR");
        } else {
            in.aggressor = value;
        }
    }
    return in;
}

int run(const std::vector<std::string_view>& args) {
    const Invocation in = read_arguments(args);
    json_output = in.json;
    const std::vector<std::string_view>& p = in.positional;
    const std::string_view command = p.empty() ? std::string_view() : p[0];
    if (in.help) {
        if (command.empty()) return program_usage();
        return command_usage(command == "help" && p.size() > 1 ? p[1] : command);
    }
    if (!in.error.empty()) return bad_input(in.error);
    if (in.version) return version();
    if (command.empty()) {
        if (in.aggressor) return bad_input("option '--aggressor' applies to 'article4' only");
        return table();
    }
    const CommandHelp* help = find_command(command);
    if (help == nullptr) return bad_input("unknown command " + echo(command) + "; commands: " + command_names());
    if (in.aggressor && command != "article4")
        return bad_input("option '--aggressor' applies to 'article4' only, not to '" + std::string(command) + "'");
    const std::size_t operands = p.size() - 1;
    auto takes = [&](std::size_t fewest, std::size_t most) {
        if (operands >= fewest && operands <= most) return true;
        bad_input("'" + std::string(command) + "' takes " +
                  (help->synopsis.empty() ? std::string("no arguments") : std::string(help->synopsis)));
        return false;
    };
    auto optional_operand = [&](std::size_t i) {
        return operands >= i ? std::optional<std::string_view>(p[i]) : std::nullopt;
    };
    if (command == "help") {
        if (!takes(0, 1)) return exit_bad_input;
        return operands == 0 ? program_usage() : command_usage(p[1]);
    }
    if (command == "member") return takes(2, 2) ? member(p[1], p[2]) : exit_bad_input;
    if (command == "members") return takes(1, 1) ? members(p[1]) : exit_bad_input;
    if (command == "history") return takes(1, 1) ? history(p[1]) : exit_bad_input;
    if (command == "treaty") return takes(1, 1) ? treaty(p[1]) : exit_bad_input;
    if (command == "events") return takes(0, 0) ? events() : exit_bad_input;
    if (command == "summits")
        return takes(0, 2) ? summits(std::vector<std::string_view>(p.begin() + 1, p.end())) : exit_bad_input;
    if (command == "summit") return takes(1, 1) ? summit(p[1]) : exit_bad_input;
    if (command == "who") return takes(1, 1) ? who(p[1]) : exit_bad_input;
    if (command == "requests")
        return takes(0, 1) ? requests(std::vector<std::string_view>(p.begin() + 1, p.end())) : exit_bad_input;
    if (command == "request") return takes(1, 1) ? request(p[1]) : exit_bad_input;
    if (command == "bodies") return takes(0, 1) ? bodies(optional_operand(1)) : exit_bad_input;
    if (command == "chair") return takes(1, 1) ? chair(p[1]) : exit_bad_input;
    if (command == "article") return takes(1, 2) ? show_article(p[1], optional_operand(2)) : exit_bad_input;
    if (command == "article4") return takes(2, 2) ? article4(p[1], p[2], in.aggressor) : exit_bad_input;
    if (command == "article2") return takes(2, 2) ? article2(p[1], p[2]) : exit_bad_input;
    return bad_input("command " + echo(command) + " has help but no implementation");  // unreachable
}

}  // namespace

#ifndef CSTO_QUERY_NO_MAIN  // tests/fuzz/fuzz_query_args.cpp includes this file and calls run()
// Every answer is on stdout by now: a write that failed (a full disk, say) is exit 1.
int main(int argc, char** argv) {
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    const int status = run(args);
    const bool written_so_far = static_cast<bool>(std::cout);
    errno = 0;
    std::cout.flush();
    if (std::cout) return status;
    // The cause is known only when this flush failed: errno may be stale after an earlier failure.
    const int error = written_so_far ? errno : 0;
    std::cerr << "csto-query: cannot write the answer to standard output"
              << (error != 0 ? ": " + std::generic_category().message(error) : std::string()) << '\n';
    return exit_io_failure;
}
#endif
