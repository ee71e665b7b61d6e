// csto-query: ask the csto library about membership and the Treaty from the command line.
//
// Exit status: 0 the question was answered, 2 bad input (unknown command, unknown state,
// malformed date, wrong number of arguments). Every answer prints its sources.
#include "csto_json.hpp"

#include <csto/csto.hpp>
#include <csto/io.hpp>

#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr int exit_answered = 0;
constexpr int exit_bad_input = 2;

bool json_output = false;  // --json: every answer as one JSON document on stdout

int print_json(const nlohmann::json& j) {
    std::cout << j.dump(2) << '\n';
    return exit_answered;
}

struct CommandHelp {
    std::string_view name;
    std::string_view synopsis;
    std::string_view description;
};
constexpr CommandHelp command_help[] = {
    {"member", "member STATE DATE",
     "Was STATE a member on DATE? Prints the standing (member, member with participation\n"
     "frozen, suspended, former member, not yet a member, indeterminate), the interval that\n"
     "decides it, how it began and ended, and every source."},
    {"members", "members DATE",
     "The states certainly members on DATE, those the sources leave open, the organization's\n"
     "name and whether the Treaty was in force."},
    {"history", "history STATE", "STATE's membership intervals with how each began and ended, and their sources."},
    {"treaty", "treaty DATE", "Was the Treaty in force on DATE, and what was the organization called?"},
    {"events", "events", "The Treaty's and the Organization's milestones, with sources."},
    {"summits", "summits [FROM] [TO]", "The meetings between FROM and TO (default: all), one per line."},
    {"summit", "summit DATE", "The full record of the Collective Security Council session held on DATE."},
    {"who", "who DATE", "Who was Secretary-General (or acting) on DATE."},
    {"requests", "requests [STATE]",
     "The requests for help or for consultations (Articles 4 and 2 in practice), one per line; with\n"
     "STATE, each of that state's requests in full: whom it asked, when, under which article, and\n"
     "every step that followed (decisions, deployments, missions, refusals), each with its sources."},
    {"request", "request ID", "One request in full (ID as 'requests' lists it, e.g. 2022-01-kazakhstan)."},
    {"bodies", "bodies [DATE]",
     "The bodies, forces, operations, plans, partners and statuses, each with its dated milestones\n"
     "(decided, created, agreement signed, conducted since, began functioning, made permanent, in\n"
     "force, sizes stated) and sources. With DATE, only those that certainly existed on DATE (founded\n"
     "on or before it), then those whose founding date leaves DATE open and those no source dates."},
    {"who", "who DATE", "Who was Secretary-General (or acting) on DATE, and the Council's decisions on the term."},
    {"chair", "chair DATE",
     "Which member state chaired the Organization on DATE: the state where a source names it, \"uncertain\"\n"
     "where the day falls inside an imprecise start or end, \"unknown\" where no source names the chair\n"
     "(never taken from the rule that the host state chairs its session); with the sources."},
    {"article", "article N [DATE]",
     "Article N (1-12) as in force on DATE (default: today), with obligations and sources."},
    {"article4", "article4 STATE DATE [--aggressor AGGRESSOR]",
     "Article 4 for an aggression against STATE on DATE: whether it applies by the wording in force\n"
     "that day, who owes assistance, in what forms, on what legal basis, and every reason with its\n"
     "source; then what happened: what STATE asked for around DATE and what followed, with sources,\n"
     "and where that record diverges from the text.\n"
     "AGGRESSOR: one of the nine states (a name or an ISO 3166-1 code: AZE), any other state by its\n"
     "ISO 3166-1 alpha-2 or alpha-3 code (AF, AFG; checked for shape only), a group of states\n"
     "separated by commas (AZE,TUR), 'non-state' or 'non-state:DESCRIPTION', or 'unknown'. The\n"
     "1992 wording covers aggression \"by any state or group of states\"; the 2010 wording (in force\n"
     "from 2012-12-19) \"an armed attack\" and names no attacker: the answer says whether the\n"
     "aggressor's kind is within the text, outside it, or a matter of interpretation."},
    {"article2", "article2 STATE DATE",
     "Article 2 for a threat to STATE on DATE: whether joint consultations must start at once, who\n"
     "takes part, which threats the wording in force covers and (from 2012-12-19) the duty to take\n"
     "measures to assist; then what STATE asked for around DATE and what followed, with sources."},
};

constexpr std::string_view usage = R"(usage: csto-query [COMMAND ARGS...]

Answers questions about the Collective Security Treaty (Tashkent, 1992) and the CSTO from
csto's sourced data. Every answer cites its sources.

commands:
  (none)                 membership table of all nine states that were ever parties
  member STATE DATE      was STATE a member on DATE? with the reason and the sources
  members DATE           the states that were members on DATE (and any left open by the sources)
  history STATE          STATE's membership intervals, how each began and ended, with sources
  treaty DATE            was the Treaty in force on DATE, and what was the organization called?
  events                 the Treaty's and the Organization's milestones
  summits [FROM] [TO]    the meetings between two dates (default: all)
  summit DATE            the full record of the Council session held on DATE, with sources
  who DATE               who was Secretary-General on DATE
  requests [STATE]       requests for help or consultations and what followed (STATE: in full)
  request ID             one request in full, with every step and its sources
  bodies [DATE]          the bodies, forces, operations and statuses (those existing on DATE), with
                         their milestones and sources
  chair DATE             which member state chaired the Organization on DATE (or uncertain, or
                         unknown where no source names it), with sources
  article N [DATE]       Article N of the Treaty (as in force on DATE; default: today) with sources
  article4 STATE DATE [--aggressor AGGRESSOR]
                         Article 4 for an aggression against STATE on DATE: does it apply, who owes
                         assistance, in what forms, on what basis, and why; then what happened
                         (AGGRESSOR: STATE, an ISO code such as AFG, AZE,TUR, non-state, unknown)
  article2 STATE DATE    Article 2 for a threat to STATE on DATE: joint consultations, who takes
                         part, the threats covered, and what happened
  help, --help, -h       this text; COMMAND --help for one command
  --version              library and data versions

options:
  --json                 print the answer as JSON (every command)

STATE: a short name (Kyrgyzstan), an official name (Kyrgyz Republic), or an ISO 3166-1
       alpha-2/alpha-3 code (KG, KGZ); case-insensitive.
DATE:  YYYY-MM-DD or YYYYMMDD (ISO 8601), years 1400-9999.

exit status: 0 answered (also when the answer is "no" or "unknown"), 2 bad input (unknown
command or state, malformed date, wrong arguments; the message names the input and the accepted
forms).
)";

int bad_input(std::string_view what) {
    std::cerr << "csto-query: " << what << "\nrun 'csto-query --help' for usage\n";
    return exit_bad_input;
}

std::optional<csto::MemberState> read_state(std::string_view text) {
    auto state = csto::find_state(text);
    if (!state) {
        std::cerr << "csto-query: unknown state '" << text
                  << "'; accepted: a short name (Kyrgyzstan), an official name (Kyrgyz Republic) or an ISO "
                     "3166-1 code (KG, KGZ) of one of: "
                  << csto::StateSet::all() << '\n';
    }
    return state;
}

std::optional<boost::gregorian::date> read_date(std::string_view text) {
    auto d = csto::parse_date(text);
    if (!d) std::cerr << "csto-query: malformed date '" << text << "'; accepted: " << csto::accepted_date_forms << '\n';
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
            nlohmann::json row = {{"state", std::string(s.name())},
                                  {"intervals", nlohmann::json::array()},
                                  {"now", csto_json::of(csto::status_on(s, csto::data_as_of))["standing"]}};
            for (const auto& i : csto::membership_history(s)) row["intervals"].push_back(csto_json::of(i));
            j["states"].push_back(row);
        }
        return print_json(j);
    }
    std::cout << "csto data " << csto::data_version << ", as of " << csto::to_string(csto::data_as_of) << "\n\n";
    for (csto::MemberState s : csto::StateSet::all()) {
        std::cout << s.name() << " (" << s.alpha3() << "): ";
        const char* separator = "";
        for (const csto::MembershipInterval& i : csto::membership_history(s)) {
            std::cout << separator << i.start.when << " to ";
            if (i.end) std::cout << i.end->when << " (" << i.end->kind << ')';
            else std::cout << "present";
            separator = "; ";
        }
        std::cout << "; now: " << csto::status_on(s, csto::data_as_of) << '\n';
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
        std::cout << r.date << ": " << r.state.name() << ' ' << csto::enum_name(r.kind) << " [" << r.id << "]\n";
        for (const csto::RequestStep& s : r.steps)
            if (s.date)
                std::cout << *s.date << ": " << csto::enum_name(s.kind) << ": " << s.summary << " [" << r.id << "]\n";
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
        std::cout << "  marked: the Treaty's " << s->treaty_anniversary() << "th anniversary and the Organization's "
                  << s->organization_anniversary() << "th\n";
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
            std::cout << "uncertain: the day falls inside the imprecise start or end of\n";
            print_chairmanship(std::cout, *answer.chairmanship);
            if (answer.other != nullptr) print_chairmanship(std::cout, *answer.other);
            break;
        case csto::ChairCertainty::unknown:
            std::cout << "unknown: no source names the chairing state on this day\n";
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
    os << r.date << "  " << r.state.name() << ": " << csto::enum_name(r.kind);
    if (r.article != 0)
        os << " (Article " << int{r.article} << (r.article_basis == csto::ArticleBasis::reported ? ", as reported" : "")
           << ')';
    os << " [" << r.id << "]\n";
}

void print_request(std::ostream& os, const csto::Request& r) {
    print_request_line(os, r);
    if (!r.is_request()) os << "  a statement, not a request: no source shows a request\n";
    os << "  " << r.summary << '\n';
    if (!r.inference(csto::Field::kind).empty()) os << "  kind inferred: " << r.inference(csto::Field::kind) << '\n';
    os << "  addressed to:";
    for (csto::Addressee a : csto::all_addressees)
        if (a != csto::Addressee::state && r.addressed_to(a)) os << ' ' << csto::enum_name(a);  // states: below
    if (!r.addressed_states.empty()) os << " bilaterally: " << r.addressed_states;
    os << "\n  article: ";
    if (r.article == 0) os << "none stated";
    else os << int{r.article} << " (" << csto::enum_name(r.article_basis) << ')';
    os << '\n';
    print_sources(os, r.sources, "    ");
    print_sources(os, r.remarks, "    ");
    for (const csto::RequestStep& s : r.steps) {
        os << "  ";
        print_date(os, s.date);
        os << "  " << csto::enum_name(s.kind) << ": " << s.summary << '\n';
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
    if (!r)
        return bad_input("unknown request '" + std::string(id.substr(0, 100)) + "'; 'csto-query requests' lists them");
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
            return bad_input("article number '" + std::string(number_text) + "' is not 1-12");
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
            std::cout << "the Treaty was not yet signed on " << csto::to_string(*day) << '\n';
            return exit_answered;
        }
        return bad_input("article number '" + std::string(number_text) + "' is not 1-12");
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
               << (r.deployment_step() != nullptr ? "a deployment of forces" : "no divergence from the text") << '\n';
    }
}

// Reads the options of article4/article2: `--aggressor X` (article4 only) and two positionals.
struct AssessmentOperands {
    std::vector<std::string_view> positional;
    std::optional<std::string_view> aggressor;
};
std::optional<AssessmentOperands> read_assessment_operands(const std::vector<std::string_view>& operands,
                                                           bool takes_aggressor, std::string_view form) {
    AssessmentOperands out;
    for (std::size_t i = 0; i < operands.size(); ++i) {
        if (takes_aggressor && operands[i] == "--aggressor") {
            if (i + 1 == operands.size()) {
                bad_input("'--aggressor' needs a value: " + std::string(csto::accepted_aggressor_forms));
                return std::nullopt;
            }
            if (out.aggressor) {
                bad_input("'--aggressor' given twice; name a group as one value: AZE,TUR");
                return std::nullopt;
            }
            out.aggressor = operands[++i];
        } else {
            out.positional.push_back(operands[i]);
        }
    }
    if (out.positional.size() != 2) {
        bad_input(std::string(form));
        return std::nullopt;
    }
    return out;
}

int article4(const std::vector<std::string_view>& operands) {
    const auto read = read_assessment_operands(operands, true, "'article4' takes STATE DATE [--aggressor AGGRESSOR]");
    if (!read) return exit_bad_input;
    const auto victim = read_state(read->positional[0]);
    const auto day = read_date(read->positional[1]);
    csto::Aggressor aggressor;
    if (read->aggressor) {
        const auto parsed = csto::parse_aggressor(*read->aggressor);
        if (!parsed) {
            std::cerr << "csto-query: unknown aggressor '" << read->aggressor->substr(0, 100)
                      << "'; accepted: " << csto::accepted_aggressor_forms << '\n';
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

int article2(const std::vector<std::string_view>& operands) {
    const auto read = read_assessment_operands(operands, false, "'article2' takes STATE DATE");
    if (!read) return exit_bad_input;
    const auto state = read_state(read->positional[0]);
    const auto day = read_date(read->positional[1]);
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

int command_usage(std::string_view name) {
    for (const CommandHelp& c : command_help) {
        if (c.name != name) continue;
        std::cout << "usage: csto-query " << c.synopsis << " [--json]\n\n"
                  << c.description
                  << "\n\nSTATE: a short name, an official name or an ISO 3166-1 alpha-2/alpha-3 code, any case.\n"
                     "DATE:  YYYY-MM-DD or YYYYMMDD (ISO 8601).\n"
                     "exit status: 0 answered, 2 bad input.\n";
        return exit_answered;
    }
    return bad_input("unknown command '" + std::string(name) + "'");
}

int run(std::vector<std::string_view> args) {
    for (auto it = args.begin(); it != args.end();) {
        if (*it == "--json") {
            json_output = true;
            it = args.erase(it);
        } else {
            ++it;
        }
    }
    if (args.empty()) return table();
    if (args.size() >= 2 && (args[1] == "--help" || args[1] == "-h") && args[0] != "help")
        return command_usage(args[0]);
    if (args[0] == "help" && args.size() == 2) return command_usage(args[1]);
    const std::string_view command = args[0];
    const std::size_t operands = args.size() - 1;
    auto arity = [&](std::size_t wanted, std::string_view form) {
        if (operands == wanted) return true;
        bad_input("'" + std::string(command) + "' takes " + std::string(form));
        return false;
    };
    if (command == "help" || command == "--help" || command == "-h") {
        std::cout << usage;
        return exit_answered;
    }
    if (command == "--version") {
        std::cout << "csto-query " << csto::library_version << ", data " << csto::data_version << " (as of "
                  << csto::to_string(csto::data_as_of) << ")\n";
        return exit_answered;
    }
    if (command == "member") return arity(2, "STATE DATE") ? member(args[1], args[2]) : exit_bad_input;
    if (command == "members") return arity(1, "DATE") ? members(args[1]) : exit_bad_input;
    if (command == "history") return arity(1, "STATE") ? history(args[1]) : exit_bad_input;
    if (command == "treaty") return arity(1, "DATE") ? treaty(args[1]) : exit_bad_input;
    if (command == "events") return arity(0, "no arguments") ? events() : exit_bad_input;
    if (command == "summits") {
        if (operands > 2) return bad_input("'summits' takes [FROM] [TO]");
        return summits(std::vector<std::string_view>(args.begin() + 1, args.end()));
    }
    if (command == "summit") return arity(1, "DATE") ? summit(args[1]) : exit_bad_input;
    if (command == "who") return arity(1, "DATE") ? who(args[1]) : exit_bad_input;
    if (command == "requests") {
        if (operands > 1) return bad_input("'requests' takes [STATE]");
        return requests(std::vector<std::string_view>(args.begin() + 1, args.end()));
    }
    if (command == "request") return arity(1, "ID") ? request(args[1]) : exit_bad_input;
    if (command == "bodies") {
        if (operands > 1) return bad_input("'bodies' takes [DATE]");
        return bodies(operands == 1 ? std::optional<std::string_view>(args[1]) : std::nullopt);
    }
    if (command == "chair") return arity(1, "DATE") ? chair(args[1]) : exit_bad_input;
    if (command == "article") {
        if (operands < 1 || operands > 2) return bad_input("'article' takes N [DATE]");
        return show_article(args[1], operands == 2 ? std::optional<std::string_view>(args[2]) : std::nullopt);
    }
    if (command == "article4") return article4(std::vector<std::string_view>(args.begin() + 1, args.end()));
    if (command == "article2") return article2(std::vector<std::string_view>(args.begin() + 1, args.end()));
    return bad_input("unknown command '" + std::string(command) +
                     "'; commands: member, members, history, treaty, events, summits, summit, who, chair, requests, "
                     "request, bodies, article, article4, article2, help");
}

}  // namespace

#ifndef CSTO_QUERY_NO_MAIN  // tests/fuzz/fuzz_query_args.cpp includes this file and calls run()
int main(int argc, char** argv) {
    std::vector<std::string_view> args(argv + 1, argv + argc);
    return run(args);
}
#endif
