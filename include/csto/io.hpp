// csto/io.hpp - opt-in printing: operator<< and to_string for every public type. The light types
// (dates, states, sets, citations, the enums' labels, Span) print from csto/lean_io.hpp, which
// this header includes; here are the records and answers of csto.hpp. Kept out of csto.hpp so
// the core stays cheap to compile.
//
// Each operator<< is a template on the stream's traits (any std::ostream binds to it). A
// non-template's `os << ...` chains are resolved in every file that includes this header, against
// every operator<< in scope, which cost more to compile than all of csto's data; a template's are
// resolved only where it is used.
#pragma once

#include <csto/csto.hpp>
#include <csto/lean_io.hpp>
#include <csto/optional.hpp>

#include <ostream>
#include <string>
#include <string_view>

namespace csto {

namespace detail {
/// "1,000", "18,000": a count with thousands separated by commas.
template <class Traits>
void put_grouped(std::basic_ostream<char, Traits>& os, unsigned long count) {
    const std::string digits = std::to_string(count);
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i != 0 && (digits.size() - i) % 3 == 0) os << ',';
        os << digits[i];
    }
}
}  // namespace detail

/// "Uzbekistan: 2006-06-23..2006-08-16 (return) to 2012-06-28 (suspension, stated)".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<MembershipInterval, Traits>& i) {
    os << i.state << ": " << i.start.when << " (" << to_string_view(i.start.kind) << ") to ";
    if (!i.end) return os << "present";
    return os << i.end->when << " (" << to_string_view(i.end->kind) << ", " << to_string_view(i.end->basis) << ')';
}
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<TreatyEvent, Traits>& e) {
    os << e.when << ' ' << to_string_view(e.kind) << ": " << e.summary;
    return e.states.empty() ? os : os << ' ' << e.states;
}
/// "2020-12-02 Collective Security Council, regular session, video conference".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<Summit, Traits>& s) {
    os << s.when() << ' ' << to_string_view(s.body()) << ", " << to_string_view(s.kind()) << ", "
       << to_string_view(s.format());
    if (!s.city().empty()) os << ", " << s.city();
    if (!s.venue().empty()) os << " (" << s.venue() << ')';
    return os;
}
/// "Talant Mamytov, Acting President of Kyrgyzstan".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<Participant, Traits>& p) {
    return os << p.name() << ", " << to_string_view(p.office()) << " of " << p.state().name();
}
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<Person, Traits>& p) {
    return os << p.name;
}
/// "Yuri Khachaturov (Armenia), 2017-05-02 to 2018-11-02".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<SecretaryGeneralTerm, Traits>& t) {
    os << t.name() << " (" << t.state().name() << ')';
    if (t.acting()) os << ", acting";
    return os << ", " << t.from() << " to " << t.until();
}
/// "2006-06-23 reappointed, for 3 years"; "2015-12-21 end of term set, first day out 2017-01-01".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<TermDecision, Traits>& d) {
    os << d.when << ' ' << to_string_view(d.kind);
    if (d.years != 0)
        os << ", " << (detail::is(d.kind, TermDecisionKind::extended) ? "by " : "for ") << d.years << " years";
    return d.until ? os << ", first day out " << *d.until : os;
}
/// "Armenia, 2021-09-16 to 2022-11-23..2022-11-24"; an unknown start or end is "?".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<Chairmanship, Traits>& c) {
    os << c.state.name() << ", ";
    const auto bound = [&os](const Optional<DateRange>& r) -> std::basic_ostream<char, Traits>& {
        return r ? os << *r : os << '?';
    };
    if (c.from || c.until) {
        bound(c.from) << " to ";
        bound(c.until);
        if (c.held_on) os << ", in the chair on " << *c.held_on;
    } else if (c.held_on) {
        os << "in the chair on " << *c.held_on;
    }
    return c.chairman != nullptr ? os << "; the Council's chairman: " << c.chairman->name : os;
}
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<Institution, Traits>& i) {
    return os << i.name << " (" << to_string_view(i.kind) << ')';
}
/// "about 5,000", "18,000".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<StatedSize, Traits>& p) {
    if (p.approximate) os << "about ";
    detail::put_grouped(os, p.count);
    return os;
}
/// "2003-04-28 decided", "2022-12-19 size stated: about 5,000", "2003 conducted since".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<InstitutionMilestone, Traits>& m) {
    os << m.when << ' ' << to_string_view(m.kind);
    if (m.personnel) os << ": " << *m.personnel;
    return os;
}
/// "[mfa-by-csto] Ministry of Foreign Affairs of Belarus: page on the CSTO".
/// "Armenia: participation frozen since 2024-02-22".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<ParticipationFreeze, Traits>& f) {
    os << f.state.name() << ": participation frozen since " << f.since;
    return f.until ? os << " until " << *f.until : os;
}
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<MemberListing, Traits>& l) {
    return os << l.when << ' ' << (l.complete ? "all members: " : "members include: ") << l.members;
}
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<DateDiscrepancy, Traits>& d) {
    return os << d.state.name() << ' ' << d.fact << ": " << d.rejected << " per " << d.rejected_by << " not used ("
              << d.reason << ')';
}
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<AdoptedDocument, Traits>& d) {
    os << d.title;
    return d.first_year != 0 ? os << " for " << d.first_year << '-' << d.last_year : os;
}
/// "Vladimir Putin (2022-05-16): <words>"; "(before 2022-05-16)" for words said before the meeting.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<Statement, Traits>& s) {
    const char* before = detail::is(s.occasion, StatementOccasion::before_meeting) ? "before " : "";
    return os << s.speaker->name << " (" << before << s.meeting->when() << "): " << s.words;
}
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<Obligation, Traits>& o) {
    return os << o.text;
}
/// "from 1992-05-15, text (verbatim): If one of ..."; a paraphrase is "substance (paraphrase)"; an
/// amended version ends "; amended: <what changed>"; "from 2010-12-10: wording not known" when no
/// source here gives the wording.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<ArticleVersion, Traits>& v) {
    os << "from " << v.from;
    if (!v.wording_known || v.substance.empty()) os << ": wording not known";
    else os << (v.verbatim ? ", text (verbatim): " : ", substance (paraphrase): ") << v.substance;
    return v.change.empty() ? os : os << "; amended: " << v.change;
}
/// "Article 4: Collective defense".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<Article, Traits>& a) {
    return os << "Article " << a.number() << ": " << a.title();
}
/// "term 6 (automatic renewal): 2019-04-21 to 2024-04-21".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<TreatyTerm, Traits>& t) {
    return os << "term " << t.number << " (" << to_string_view(t.basis) << "): " << t.from << " to " << t.until;
}
/// "the 30th" / "the 30th, on the day".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<Anniversary, Traits>& a) {
    const int n = a.number;
    const char* suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th"
                         : n % 10 == 1                    ? "st"
                         : n % 10 == 2                    ? "nd"
                         : n % 10 == 3                    ? "rd"
                                                          : "th";
    os << "the " << n << suffix;
    return a.on_the_day ? os << ", on the day" : os;
}
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<Reason, Traits>& r) {
    return os << to_string_view(r.kind) << ": " << r.text;
}
/// "applies: true; obligated: {...}" and, where any, the open states and the reasons.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<CollectiveDefense, Traits>& r) {
    os << "applies: " << to_string_view(r.applies) << "; obligated: " << r.obligated;
    if (!r.obligation_indeterminate.empty()) os << "; open: " << r.obligation_indeterminate;
    for (const Reason& reason : r.reasons) os << "; " << reason;
    return os;
}
/// The reasons, "kind: text" each, separated by "; "; "none" for no reason.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<Reasons, Traits>& reasons) {
    if (reasons.empty()) return os << "none";
    const char* separator = "";
    for (const Reason& r : reasons) {
        os << separator << r;
        separator = "; ";
    }
    return os;
}
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<JointConsultations, Traits>& r) {
    os << "applies: " << to_string_view(r.applies) << "; participants: " << r.participants;
    if (!r.participation_indeterminate.empty()) os << "; open: " << r.participation_indeterminate;
    for (const Reason& reason : r.reasons) os << "; " << reason;
    return os;
}
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<IsoCode, Traits>& c) {
    return os << c.view();
}
/// "Azerbaijan", "AFG", "{Azerbaijan, TUR}", "a non-state actor (armed groups)", "unknown", "unspecified".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<Aggressor, Traits>& a) {
    switch (a.kind()) {
        case AggressorKind::unspecified: return os << "unspecified";
        case AggressorKind::unknown: return os << "unknown";
        case AggressorKind::non_state:
            os << "a non-state actor";
            return a.description().empty() ? os : os << " (" << a.description() << ')';
        case AggressorKind::state:
        case AggressorKind::group_of_states: break;
    }
    const bool group = detail::is(a.kind(), AggressorKind::group_of_states);
    const char* separator = "";
    if (group) os << '{';
    for (const auto s : a.parties()) {
        os << separator << s.name();
        separator = ", ";
    }
    for (const IsoCode& c : a.other_states()) {
        os << separator << c;
        separator = ", ";
    }
    return group ? os << '}' : os;
}

/// "1992-05-15 (signature)"; "... (return, inferred)" where the data infers the date.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<MembershipStart, Traits>& s) {
    os << s.when << " (" << to_string_view(s.kind);
    if (detail::is(s.basis, Basis::inferred)) os << ", " << to_string_view(s.basis);
    return os << ')';
}
/// "2012-06-28 (suspension, stated)": the first day no longer a member, how and on what basis.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<MembershipEnd, Traits>& e) {
    return os << e.when << " (" << to_string_view(e.kind) << ", " << to_string_view(e.basis) << ')';
}
/// "Russia's foreign ministry (participation suspended): <the view in our words>".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<FreezeReading, Traits>& r) {
    return os << r.holder << " (" << to_string_view(r.view) << "): " << r.summary;
}
/// "<subject>: kept <what the data keeps> (<why>)".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<SourceConflict, Traits>& c) {
    return os << c.subject << ": kept " << c.kept << " (" << c.reason << ')';
}
/// "certain: Armenia, 2021-09-16 to 2022-11-23..2022-11-24"; "uncertain: <one> or <the other>";
/// "unknown; last named before: <chairmanship>" (or "unknown" alone).
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<ChairAnswer, Traits>& a) {
    os << to_string_view(a.certainty);
    if (detail::is(a.certainty, ChairCertainty::unknown))
        return a.previous != nullptr ? os << "; last named before: " << *a.previous : os;
    if (a.chairmanship != nullptr) os << ": " << *a.chairmanship;
    return a.other != nullptr ? os << " or " << *a.other : os;
}
/// "Armenia: 100", "in all: about 2,500", "Russia: 3,000 (reported)".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<Personnel, Traits>& p) {
    if (p.state) os << p.state->name() << ": ";
    else os << "in all: ";
    if (p.approximate) os << "about ";
    detail::put_grouped(os, p.count);
    return p.reported ? os << " (reported)" : os;
}
/// "Collective Peacekeeping Forces, units of {Armenia, Russia}, commander <name>, personnel
/// [in all: about 2,500], withdrawal began 2022-01-13, completed 2022-01-19"; the parts no source
/// gives are left out.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<Deployment, Traits>& d) {
    os << d.force << ", units of " << d.contributors;
    if (!d.commander.empty()) os << ", commander " << d.commander;
    if (!d.personnel.empty()) os << ", personnel " << d.personnel;
    if (d.withdrawal_began) os << ", withdrawal began " << *d.withdrawal_began;
    if (d.withdrawal_completed)
        os << (d.withdrawal_began ? ", completed " : ", withdrawal completed ") << *d.withdrawal_completed;
    return os;
}
/// "2022-01-06 decision: <summary> (Collective Security Council, Article 4)"; "undated" where
/// no source dates the step; a deployment's details follow after "; ".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<RequestStep, Traits>& s) {
    if (s.date) os << *s.date;
    else os << "undated";
    os << ' ' << to_string_view(s.kind) << ": " << s.summary;
    if (s.body || s.article != 0) {
        os << " (";
        if (s.body) os << to_string_view(*s.body) << (s.article != 0 ? ", " : "");
        if (s.article != 0) os << "Article " << int{s.article};
        os << ')';
    }
    return s.deployment != nullptr ? os << "; " << *s.deployment : os;
}
/// "2022-01-05 Kazakhstan: assistance (Article 4) [2022-01-kazakhstan]"; "(Article 4, reported)"
/// where only a report names the article. The steps print on their own (Request::steps).
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<Request, Traits>& r) {
    os << r.date << ' ' << r.state.name() << ": " << to_string_view(r.kind);
    if (r.article != 0) {
        os << " (Article " << int{r.article};
        if (!detail::is(r.article_basis, ArticleBasis::stated)) os << ", " << to_string_view(r.article_basis);
        os << ')';
    }
    return os << " [" << r.id << ']';
}
/// "state within, group of states interpretation, non-state actor outside: <why>"; "not read"
/// where the data gives no reading of the version.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<AggressorScope, Traits>& s) {
    if (!s.read()) return os << "not read";
    os << "state " << to_string_view(s.state) << ", group of states " << to_string_view(s.group_of_states)
       << ", non-state actor " << to_string_view(s.non_state);
    return s.reading.empty() ? os : os << ": " << s.reading;
}
/// "security, territorial integrity": what the threats may be to, in ThreatTo's order; "none".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<ThreatScope, Traits>& s) {
    const char* separator = "";
    for (const ThreatTo t : all_threat_objects) {
        if (!s.covers_threat_to(t)) continue;
        os << separator << to_string_view(t);
        separator = ", ";
    }
    return *separator == '\0' ? os << "none" : os;
}
/// "2021-09-16..2022-11-22": the days a chairmanship certainly covers; "none" when no day is.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os,
                                             const detail::Printed<Chairmanship::CertainDays, Traits>& d) {
    if (!d.any) return os << "none";
    return os << boost::gregorian::date(d.first) << ".." << boost::gregorian::date(d.last);
}

}  // namespace csto

// C++20: the std::chrono conversions and query overloads, kept here too for code written before
// they had their own header.
#if __cplusplus >= 202002L
#include <csto/chrono.hpp>
#include <csto/detail/enum_compare.hpp>
#endif
