// csto/io.hpp - opt-in printing: operator<< and to_string for the public types, plain-text names
// for the enums. Kept out of csto.hpp so the core stays cheap to compile.
#pragma once

#include <csto/csto.hpp>
#include <csto/detail/filter_view.hpp>
#include <csto/optional.hpp>
#include <csto/parse.hpp>
#include <csto/span.hpp>
#include <csto/state_identity.hpp>

#include <boost/logic/tribool.hpp>

#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace csto {

[[nodiscard]] constexpr std::string_view to_string_view(Precision p) noexcept {
    switch (p) {
        case Precision::day: return "day";
        case Precision::month: return "month";
        case Precision::year: return "year";
        case Precision::range: return "range";
    }
    return "?";
}
[[nodiscard]] constexpr std::string_view to_string_view(SourceKind k) noexcept {
    return k == SourceKind::seed_document ? "seed document" : "reference";
}
[[nodiscard]] constexpr std::string_view to_string_view(StartKind k) noexcept {
    switch (k) {
        case StartKind::signature: return "signature";
        case StartKind::accession: return "accession";
        case StartKind::return_to_membership: return "return";
    }
    return "?";
}
[[nodiscard]] constexpr std::string_view to_string_view(EndKind k) noexcept {
    switch (k) {
        case EndKind::non_renewal: return "non-renewal";
        case EndKind::suspension: return "suspension";
        case EndKind::withdrawal: return "withdrawal";
    }
    return "?";
}
[[nodiscard]] constexpr std::string_view to_string_view(Basis b) noexcept {
    return b == Basis::stated ? "stated" : "inferred";
}
[[nodiscard]] constexpr std::string_view to_string_view(Standing s) noexcept {
    switch (s) {
        case Standing::unknown: return "unknown (special date)";
        case Standing::not_yet_member: return "not yet a member";
        case Standing::member: return "member";
        case Standing::member_participation_frozen: return "member, participation frozen";
        case Standing::indeterminate: return "indeterminate";
        case Standing::suspended: return "suspended";
        case Standing::former_member: return "former member";
    }
    return "?";
}
[[nodiscard]] constexpr std::string_view to_string_view(TreatyEventKind k) noexcept {
    switch (k) {
        case TreatyEventKind::treaty_signed: return "treaty signed";
        case TreatyEventKind::accession: return "accession";
        case TreatyEventKind::entry_into_force: return "entry into force";
        case TreatyEventKind::un_registration: return "UN registration";
        case TreatyEventKind::extension_protocol_signed: return "extension protocol signed";
        case TreatyEventKind::first_term_expired: return "first term expired";
        case TreatyEventKind::extension_term_began: return "extension term began";
        case TreatyEventKind::extension_protocol_in_force: return "extension protocol in force";
        case TreatyEventKind::organization_decided: return "organization decided";
        case TreatyEventKind::charter_signed: return "Charter signed";
        case TreatyEventKind::charter_in_force: return "Charter in force";
        case TreatyEventKind::un_observer_status: return "UN observer status";
        case TreatyEventKind::return_decided: return "return decided";
        case TreatyEventKind::return_protocol: return "return protocol";
        case TreatyEventKind::amending_protocol_signed: return "amending protocol signed";
        case TreatyEventKind::suspension_announced: return "suspension announced";
        case TreatyEventKind::amending_protocol_in_force: return "amending protocol in force";
        case TreatyEventKind::suspension_formalised: return "suspension formalised";
        case TreatyEventKind::participation_frozen: return "participation frozen";
    }
    return "?";
}
[[nodiscard]] constexpr std::string_view to_string_view(SummitFormat f) noexcept {
    switch (f) {
        case SummitFormat::in_person: return "in person";
        case SummitFormat::video_conference: return "video conference";
        case SummitFormat::hybrid: return "hybrid";
        case SummitFormat::informal: return "informal";
        case SummitFormat::unknown: return "format not known";
    }
    return "?";
}
[[nodiscard]] constexpr std::string_view to_string_view(SummitKind k) noexcept {
    switch (k) {
        case SummitKind::regular_session: return "regular session";
        case SummitKind::extraordinary_session: return "extraordinary session";
        case SummitKind::anniversary_summit: return "anniversary summit";
        case SummitKind::informal_summit: return "informal summit";
        case SummitKind::ministerial_meeting: return "ministerial meeting";
        case SummitKind::reception: return "reception";
    }
    return "?";
}
[[nodiscard]] constexpr std::string_view to_string_view(MeetingBody b) noexcept {
    switch (b) {
        case MeetingBody::collective_security_council: return "Collective Security Council";
        case MeetingBody::council_of_foreign_ministers: return "Council of Foreign Ministers";
        case MeetingBody::council_of_defense_ministers: return "Council of Ministers of Defense";
        case MeetingBody::permanent_council: return "Permanent Council";
        case MeetingBody::committee_of_security_council_secretaries:
            return "Committee of Secretaries of Security Councils";
        case MeetingBody::organization: return "the Organization";
    }
    return "?";
}
[[nodiscard]] constexpr std::string_view to_string_view(DocumentKind k) noexcept {
    switch (k) {
        case DocumentKind::declaration: return "declaration";
        case DocumentKind::statement: return "statement";
        case DocumentKind::plan: return "plan";
        case DocumentKind::strategy: return "strategy";
        case DocumentKind::decision: return "decision";
    }
    return "?";
}
[[nodiscard]] constexpr std::string_view to_string_view(Office o) noexcept {
    switch (o) {
        case Office::president: return "President";
        case Office::acting_president: return "Acting President";
        case Office::prime_minister: return "Prime Minister";
        case Office::foreign_minister: return "Minister of Foreign Affairs";
        case Office::defense_minister: return "Minister of Defense";
        case Office::press_secretary: return "Press Secretary";
    }
    return "?";
}
[[nodiscard]] constexpr std::string_view to_string_view(Attendance a) noexcept {
    return a == Attendance::in_person ? "in person" : "by video";
}
[[nodiscard]] constexpr std::string_view to_string_view(Language l) noexcept {
    return l == Language::english ? "English" : "Russian";
}
[[nodiscard]] constexpr std::string_view to_string_view(StatementOccasion o) noexcept {
    return o == StatementOccasion::at_meeting ? "at the meeting" : "before the meeting";
}
[[nodiscard]] constexpr std::string_view to_string_view(TermDecisionKind k) noexcept {
    switch (k) {
        case TermDecisionKind::appointed: return "appointed";
        case TermDecisionKind::reappointed: return "reappointed";
        case TermDecisionKind::extended: return "term extended";
        case TermDecisionKind::end_set: return "end of term set";
    }
    return "?";
}
[[nodiscard]] constexpr std::string_view to_string_view(ChairCertainty c) noexcept {
    switch (c) {
        case ChairCertainty::certain: return "certain";
        case ChairCertainty::uncertain: return "uncertain";
        case ChairCertainty::unknown: return "unknown";
    }
    return "?";
}
[[nodiscard]] constexpr std::string_view to_string_view(InstitutionKind k) noexcept {
    switch (k) {
        case InstitutionKind::statutory_body: return "statutory body";
        case InstitutionKind::working_body: return "working body";
        case InstitutionKind::coordinating_council: return "coordinating council";
        case InstitutionKind::crisis_center: return "crisis center";
        case InstitutionKind::force: return "force";
        case InstitutionKind::joint_operation: return "joint operation";
        case InstitutionKind::strategy_or_plan: return "strategy or plan";
        case InstitutionKind::partner_organization: return "partner organization";
        case InstitutionKind::status: return "status";
    }
    return "?";
}
[[nodiscard]] constexpr std::string_view to_string_view(MilestoneKind k) noexcept {
    switch (k) {
        case MilestoneKind::proposed: return "proposed";
        case MilestoneKind::decided: return "decided";
        case MilestoneKind::created: return "created";
        case MilestoneKind::agreement_signed: return "agreement signed";
        case MilestoneKind::conducted_since: return "conducted since";
        case MilestoneKind::began_functioning: return "began functioning";
        case MilestoneKind::regulations_approved: return "regulations approved";
        case MilestoneKind::made_permanent: return "made permanent";
        case MilestoneKind::entered_into_force: return "entered into force";
        case MilestoneKind::size_stated: return "size stated";
    }
    return "?";
}
[[nodiscard]] constexpr std::string_view to_string_view(TermBasis b) noexcept {
    switch (b) {
        case TermBasis::first_term: return "first term";
        case TermBasis::extension: return "extension";
        case TermBasis::automatic_renewal: return "automatic renewal";
    }
    return "?";
}
[[nodiscard]] constexpr std::string_view to_string_view(AssistanceForm f) noexcept {
    return f == AssistanceForm::military_assistance ? "military assistance" : "other support";
}
[[nodiscard]] constexpr std::string_view to_string_view(ObligationKind k) noexcept {
    switch (k) {
        case ObligationKind::refrain_from_force: return "refrain from force";
        case ObligationKind::peaceful_settlement: return "peaceful settlement";
        case ObligationKind::no_hostile_alliances: return "no hostile alliances";
        case ObligationKind::amend_for_wider_system: return "amend for a wider system";
        case ObligationKind::consultations: return "consultations";
        case ObligationKind::joint_consultations_on_threat: return "joint consultations on a threat";
        case ObligationKind::establish_council: return "establish the Council";
        case ObligationKind::collective_defense: return "collective defense";
        case ObligationKind::inform_security_council: return "inform the UN Security Council";
        case ObligationKind::coordinate_joint_activity: return "coordinate joint activity";
        case ObligationKind::heads_decide_on_armed_forces: return "heads decide on armed forces";
        case ObligationKind::limit_use_outside_territory: return "limit use outside territory";
        case ObligationKind::facilities_by_special_agreement: return "facilities by special agreement";
        case ObligationKind::other_treaties_unaffected: return "other treaties unaffected";
        case ObligationKind::not_against_third_states: return "not against third states";
        case ObligationKind::assist_threatened_states: return "assist threatened states";
    }
    return "?";
}
[[nodiscard]] constexpr std::string_view to_string_view(DefenseReason r) noexcept {
    switch (r) {
        case DefenseReason::special_date: return "special date";
        case DefenseReason::treaty_not_in_force: return "treaty not in force";
        case DefenseReason::victim_not_member: return "victim not a member";
        case DefenseReason::victim_suspended: return "victim suspended";
        case DefenseReason::victim_membership_indeterminate: return "victim's membership indeterminate";
        case DefenseReason::victim_participation_frozen: return "victim's participation frozen";
        case DefenseReason::aggressor_is_member: return "aggressor is a member";
        case DefenseReason::aggressor_membership_indeterminate: return "aggressor's membership indeterminate";
        case DefenseReason::obligated_participation_frozen: return "an obligated member's participation frozen";
        case DefenseReason::obligations_indeterminate: return "obligations indeterminate";
        case DefenseReason::amended_text_in_force: return "amended text in force";
        case DefenseReason::past_as_of: return "past the as-of date";
        case DefenseReason::aggressor_within_text: return "aggressor within the text";
        case DefenseReason::aggressor_outside_text: return "aggressor outside the text";
        case DefenseReason::aggressor_open_to_interpretation: return "aggressor open to interpretation";
        case DefenseReason::aggressor_kind_unknown: return "aggressor's kind unknown";
        case DefenseReason::aggressor_is_victim: return "aggressor is the victim";
        case DefenseReason::decision_wording_amended: return "Article 6's wording amended";
    }
    return "?";
}
[[nodiscard]] constexpr std::string_view to_string_view(AggressorKind k) noexcept {
    switch (k) {
        case AggressorKind::unspecified: return "unspecified";
        case AggressorKind::state: return "state";
        case AggressorKind::group_of_states: return "group of states";
        case AggressorKind::non_state: return "non-state actor";
        case AggressorKind::unknown: return "unknown";
    }
    return "?";
}
[[nodiscard]] constexpr std::string_view to_string_view(AggressorCoverage c) noexcept {
    switch (c) {
        case AggressorCoverage::not_assessed: return "not assessed";
        case AggressorCoverage::within_text: return "within the text";
        case AggressorCoverage::outside_text: return "outside the text";
        case AggressorCoverage::interpretation: return "a matter of interpretation";
        case AggressorCoverage::kind_unknown: return "depends on the aggressor's kind, which is unknown";
    }
    return "?";
}
[[nodiscard]] constexpr std::string_view to_string_view(TextReach r) noexcept {
    switch (r) {
        case TextReach::within: return "within";
        case TextReach::outside: return "outside";
        case TextReach::interpretation: return "interpretation";
    }
    return "?";
}
[[nodiscard]] constexpr std::string_view to_string_view(ThreatTo t) noexcept {
    switch (t) {
        case ThreatTo::security: return "security";
        case ThreatTo::stability: return "stability";
        case ThreatTo::territorial_integrity: return "territorial integrity";
        case ThreatTo::sovereignty: return "sovereignty";
        case ThreatTo::international_peace: return "international peace";
    }
    return "?";
}
/// What a divergence between the record and the text means, in a sentence.
[[nodiscard]] constexpr std::string_view to_string_view(Divergence d) noexcept {
    switch (d) {
        case Divergence::none: return "no divergence recorded";
        case Divergence::no_deployment_recorded:
            return "help was asked for or decided under Article 4, which obliges the necessary assistance, military "
                   "included; the record read shows no deployment of forces";
        case Divergence::no_assistance_measure_recorded:
            return "Article 2 was invoked when its wording obliged the parties to develop and take measures to assist "
                   "the threatened state; the record read shows no deployment and no mission";
    }
    return "?";
}
/// "true", "false" or "indeterminate".
[[nodiscard]] constexpr std::string_view to_string_view(boost::logic::tribool t) noexcept {
    return t ? "true" : (!t ? "false" : "indeterminate");
}
/// "true", "false" or "indeterminate". boost::logic::tribool lives in Boost's namespace, where
/// argument-dependent lookup does not look for csto's operators: write `using csto::operator<<;`
/// before `std::cout << csto::is_member(...)`, or print csto::to_string(t). Not a template, so it
/// is chosen over Boost's own (boost/logic/tribool_io.hpp) where both are visible.
inline std::ostream& operator<<(std::ostream& os, boost::logic::tribool t) { return os << to_string_view(t); }

namespace detail {
inline void put_padded(std::ostream& os, int value, int width) {
    char digits[8] = {};
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    os.write(digits, width);
}
}  // namespace detail

/// ISO 8601 "YYYY-MM-DD"; special values print as Boost names them ("not-a-date-time", ...).
inline void write_date(std::ostream& os, boost::gregorian::date d) {
    if (d.is_not_a_date()) {
        os << "not-a-date-time";
        return;
    }
    if (d.is_pos_infinity()) {
        os << "+infinity";
        return;
    }
    if (d.is_neg_infinity()) {
        os << "-infinity";
        return;
    }
    const auto ymd = d.year_month_day();
    detail::put_padded(os, ymd.year, 4);
    os << '-';
    detail::put_padded(os, ymd.month, 2);
    os << '-';
    detail::put_padded(os, ymd.day, 2);
}

/// ISO 8601 "YYYY-MM-DD", as write_date. Like the tribool's, found through `using
/// csto::operator<<;` (a Boost date is not a csto type). Boost's own operator<< for dates is in
/// boost/date_time/gregorian/gregorian_io.hpp, which csto does not include (it is heavy); where
/// both are visible, this one, not a template, is chosen.
inline std::ostream& operator<<(std::ostream& os, const boost::gregorian::date& d) {
    write_date(os, d);
    return os;
}

/// "1993-12-31" (day), "1999-04" (month), "1993" (year), "2006-06-23..2006-08-16" (range).
inline std::ostream& operator<<(std::ostream& os, const DateRange& r) {
    const auto first = r.earliest().year_month_day();
    switch (r.precision()) {
        case Precision::day: write_date(os, r.earliest()); break;
        case Precision::month:
            detail::put_padded(os, first.year, 4);
            os << '-';
            detail::put_padded(os, first.month, 2);
            break;
        case Precision::year: detail::put_padded(os, first.year, 4); break;
        case Precision::range:
            write_date(os, r.earliest());
            os << "..";
            write_date(os, r.latest());
            break;
    }
    return os;
}
inline std::ostream& operator<<(std::ostream& os, const MemberState& s) { return os << s.name(); }
/// "Armenia (Republic of Armenia, AM/ARM, ISO 051, COW 371)".
inline std::ostream& operator<<(std::ostream& os, const StateIdentity& s) {
    os << s.name << " (" << s.official_name << ", " << s.alpha2 << '/' << s.alpha3 << ", ISO ";
    detail::put_padded(os, s.numeric, 3);
    return os << ", COW " << s.cow_code << ')';
}
/// "{Armenia, Belarus}".
inline std::ostream& operator<<(std::ostream& os, const StateSet& set) {
    os << '{';
    const char* separator = "";
    for (MemberState s : set) {
        os << separator << s.name();
        separator = ", ";
    }
    return os << '}';
}
/// `[000_6c4e....txt] "quote"` for a seed, `[mfa-by-csto] paraphrase` for a reference, and
/// `[odkb-csto-institute] "words" (reference quote)` for a reference's own words.
inline std::ostream& operator<<(std::ostream& os, const Citation& c) {
    os << '[' << (c.source != nullptr ? c.source->id : std::string_view("?")) << "] ";
    if (c.is_verbatim()) return os << '"' << c.text << '"';
    if (c.is_reference_quote()) return os << '"' << c.text << "\" (reference quote)";
    return os << c.text;
}
/// "Uzbekistan: 2006-06-23..2006-08-16 (return) to 2012-06-28 (suspension, stated)".
inline std::ostream& operator<<(std::ostream& os, const MembershipInterval& i) {
    os << i.state << ": " << i.start.when << " (" << to_string_view(i.start.kind) << ") to ";
    if (!i.end) return os << "present";
    return os << i.end->when << " (" << to_string_view(i.end->kind) << ", " << to_string_view(i.end->basis) << ')';
}
inline std::ostream& operator<<(std::ostream& os, const MembershipStatus& s) {
    os << to_string_view(s.standing);
    if (s.past_as_of) os << " (past the data's as-of date)";
    return os;
}
inline std::ostream& operator<<(std::ostream& os, const TreatyEvent& e) {
    os << e.when << ' ' << to_string_view(e.kind) << ": " << e.summary;
    return e.states.empty() ? os : os << ' ' << e.states;
}
/// "2020-12-02 Collective Security Council, regular session, video conference".
inline std::ostream& operator<<(std::ostream& os, const Summit& s) {
    os << s.when() << ' ' << to_string_view(s.body()) << ", " << to_string_view(s.kind()) << ", "
       << to_string_view(s.format());
    if (!s.city().empty()) os << ", " << s.city();
    if (!s.venue().empty()) os << " (" << s.venue() << ')';
    return os;
}
/// "Talant Mamytov, Acting President of Kyrgyzstan".
inline std::ostream& operator<<(std::ostream& os, const Participant& p) {
    return os << p.name() << ", " << to_string_view(p.office()) << " of " << p.state().name();
}
inline std::ostream& operator<<(std::ostream& os, const Person& p) { return os << p.name; }
/// "Yuri Khachaturov (Armenia), 2017-05-02 to 2018-11-02".
inline std::ostream& operator<<(std::ostream& os, const SecretaryGeneralTerm& t) {
    os << t.name() << " (" << t.state().name() << ')';
    if (t.acting()) os << ", acting";
    return os << ", " << t.from() << " to " << t.until();
}
/// "2006-06-23 reappointed, for 3 years"; "2015-12-21 end of term set, first day out 2017-01-01".
inline std::ostream& operator<<(std::ostream& os, const TermDecision& d) {
    os << d.when << ' ' << to_string_view(d.kind);
    if (d.years != 0) os << ", " << (d.kind == TermDecisionKind::extended ? "by " : "for ") << d.years << " years";
    return d.until ? os << ", first day out " << *d.until : os;
}
/// "Armenia, 2021-09-16 to 2022-11-23..2022-11-24"; an unknown start or end is "?".
inline std::ostream& operator<<(std::ostream& os, const Chairmanship& c) {
    os << c.state.name() << ", ";
    const auto bound = [&os](const Optional<DateRange>& r) -> std::ostream& { return r ? os << *r : os << '?'; };
    if (c.from || c.until) {
        bound(c.from) << " to ";
        bound(c.until);
        if (c.held_on) os << ", in the chair on " << *c.held_on;
    } else if (c.held_on) {
        os << "in the chair on " << *c.held_on;
    }
    return c.chairman != nullptr ? os << "; the Council's chairman: " << c.chairman->name : os;
}
inline std::ostream& operator<<(std::ostream& os, const Institution& i) {
    return os << i.name << " (" << to_string_view(i.kind) << ')';
}
/// "about 5,000", "18,000".
inline std::ostream& operator<<(std::ostream& os, const StatedSize& p) {
    if (p.approximate) os << "about ";
    const std::string digits = std::to_string(p.count);
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i != 0 && (digits.size() - i) % 3 == 0) os << ',';
        os << digits[i];
    }
    return os;
}
/// "2003-04-28 decided", "2022-12-19 size stated: about 5,000", "2003 conducted since".
inline std::ostream& operator<<(std::ostream& os, const InstitutionMilestone& m) {
    os << m.when << ' ' << to_string_view(m.kind);
    if (m.personnel) os << ": " << *m.personnel;
    return os;
}
/// "[mfa-by-csto] Ministry of Foreign Affairs of Belarus: page on the CSTO".
inline std::ostream& operator<<(std::ostream& os, const Source& s) { return os << '[' << s.id << "] " << s.title; }
/// "Armenia: participation frozen since 2024-02-22".
inline std::ostream& operator<<(std::ostream& os, const ParticipationFreeze& f) {
    os << f.state.name() << ": participation frozen since " << f.since;
    return f.until ? os << " until " << *f.until : os;
}
inline std::ostream& operator<<(std::ostream& os, const MemberListing& l) {
    return os << l.when << ' ' << (l.complete ? "all members: " : "members include: ") << l.members;
}
inline std::ostream& operator<<(std::ostream& os, const DateDiscrepancy& d) {
    return os << d.state.name() << ' ' << d.fact << ": " << d.rejected << " per " << d.rejected_by << " not used ("
              << d.reason << ')';
}
inline std::ostream& operator<<(std::ostream& os, const AdoptedDocument& d) {
    os << d.title;
    return d.first_year != 0 ? os << " for " << d.first_year << '-' << d.last_year : os;
}
/// "Vladimir Putin (2022-05-16): <words>"; "(before 2022-05-16)" for words said before the meeting.
inline std::ostream& operator<<(std::ostream& os, const Statement& s) {
    const char* before = s.occasion == StatementOccasion::before_meeting ? "before " : "";
    return os << s.speaker->name << " (" << before << s.meeting->when() << "): " << s.words;
}
inline std::ostream& operator<<(std::ostream& os, const Obligation& o) { return os << o.text; }
/// "from 1992-05-15, text (verbatim): If one of ..."; a paraphrase is "substance (paraphrase)"; an
/// amended version ends "; amended: <what changed>"; "from 2010-12-10: wording not known" when no
/// source here gives the wording.
inline std::ostream& operator<<(std::ostream& os, const ArticleVersion& v) {
    os << "from " << v.from;
    if (!v.wording_known || v.substance.empty()) os << ": wording not known";
    else os << (v.verbatim ? ", text (verbatim): " : ", substance (paraphrase): ") << v.substance;
    return v.change.empty() ? os : os << "; amended: " << v.change;
}
/// "Article 4: Collective defense".
inline std::ostream& operator<<(std::ostream& os, const Article& a) {
    return os << "Article " << a.number() << ": " << a.title();
}
/// "term 6 (automatic renewal): 2019-04-21 to 2024-04-21".
inline std::ostream& operator<<(std::ostream& os, const TreatyTerm& t) {
    return os << "term " << t.number << " (" << to_string_view(t.basis) << "): " << t.from << " to " << t.until;
}
/// "the 30th" / "the 30th, on the day".
inline std::ostream& operator<<(std::ostream& os, const Anniversary& a) {
    const int n = a.number;
    const char* suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th"
                         : n % 10 == 1                    ? "st"
                         : n % 10 == 2                    ? "nd"
                         : n % 10 == 3                    ? "rd"
                                                          : "th";
    os << "the " << n << suffix;
    return a.on_the_day ? os << ", on the day" : os;
}
inline std::ostream& operator<<(std::ostream& os, const Reason& r) {
    return os << to_string_view(r.kind) << ": " << r.text;
}
/// "applies: true; obligated: {...}" and, where any, the open states and the reasons.
inline std::ostream& operator<<(std::ostream& os, const CollectiveDefense& r) {
    os << "applies: " << to_string_view(r.applies) << "; obligated: " << r.obligated;
    if (!r.obligation_indeterminate.empty()) os << "; open: " << r.obligation_indeterminate;
    for (const Reason& reason : r.reasons) os << "; " << reason;
    return os;
}
/// The reasons, "kind: text" each, separated by "; "; "none" for no reason.
inline std::ostream& operator<<(std::ostream& os, const Reasons& reasons) {
    if (reasons.empty()) return os << "none";
    const char* separator = "";
    for (const Reason& r : reasons) {
        os << separator << r;
        separator = "; ";
    }
    return os;
}
inline std::ostream& operator<<(std::ostream& os, const JointConsultations& r) {
    os << "applies: " << to_string_view(r.applies) << "; participants: " << r.participants;
    if (!r.participation_indeterminate.empty()) os << "; open: " << r.participation_indeterminate;
    for (const Reason& reason : r.reasons) os << "; " << reason;
    return os;
}
inline std::ostream& operator<<(std::ostream& os, TermBasis v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, AssistanceForm v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, ObligationKind v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, DefenseReason v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, AggressorKind v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, AggressorCoverage v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, TextReach v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, ThreatTo v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, Divergence v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, const IsoCode& c) { return os << c.view(); }
/// "Azerbaijan", "AFG", "{Azerbaijan, TUR}", "a non-state actor (armed groups)", "unknown", "unspecified".
inline std::ostream& operator<<(std::ostream& os, const Aggressor& a) {
    switch (a.kind()) {
        case AggressorKind::unspecified: return os << "unspecified";
        case AggressorKind::unknown: return os << "unknown";
        case AggressorKind::non_state:
            os << "a non-state actor";
            return a.description().empty() ? os : os << " (" << a.description() << ')';
        case AggressorKind::state:
        case AggressorKind::group_of_states: break;
    }
    const bool group = a.kind() == AggressorKind::group_of_states;
    const char* separator = "";
    if (group) os << '{';
    for (MemberState s : a.parties()) {
        os << separator << s.name();
        separator = ", ";
    }
    for (const IsoCode& c : a.other_states()) {
        os << separator << c;
        separator = ", ";
    }
    return group ? os << '}' : os;
}
inline std::ostream& operator<<(std::ostream& os, SummitFormat v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, SummitKind v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, MeetingBody v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, DocumentKind v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, Office v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, Attendance v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, Language v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, InstitutionKind v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, MilestoneKind v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, TermDecisionKind v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, ChairCertainty v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, Precision v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, StartKind v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, EndKind v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, Basis v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, Standing v) { return os << to_string_view(v); }
inline std::ostream& operator<<(std::ostream& os, TreatyEventKind v) { return os << to_string_view(v); }

namespace detail {
/// Can `const T&` be streamed to a std::ostream (by csto's operators or any found by lookup)?
template <class T, class = void>
struct is_printable : std::false_type {};
template <class T>
struct is_printable<T, std::void_t<decltype(std::declval<std::ostream&>() << std::declval<const T&>())>>
    : std::true_type {};

template <class Range>
void write_list(std::ostream& os, const Range& items) {
    os << '[';
    const char* separator = "";
    for (const auto& item : items) {
        os << separator << item;
        separator = ", ";
    }
    os << ']';
}
}  // namespace detail

/// "[a, b, c]", each element as it prints; "[]" when empty. Only for elements that print.
template <class T, std::enable_if_t<detail::is_printable<T>::value, int> = 0>
std::ostream& operator<<(std::ostream& os, Span<T> items) {
    detail::write_list(os, items);
    return os;
}
/// A lazy view (summits_between, requests_of, institutions_on, ...) as a Span prints: "[a, b]".
template <class T, class Predicate, std::enable_if_t<detail::is_printable<T>::value, int> = 0>
std::ostream& operator<<(std::ostream& os, const detail::FilterView<T, Predicate>& items) {
    detail::write_list(os, items);
    return os;
}

/// Any printable csto value as a string.
template <class T>
[[nodiscard]] std::string to_string(const T& value) {
    std::ostringstream os;
    os << value;
    return os.str();
}
/// ISO 8601 "YYYY-MM-DD".
[[nodiscard]] inline std::string to_string(boost::gregorian::date d) {
    std::ostringstream os;
    write_date(os, d);
    return os.str();
}
/// "true", "false" or "indeterminate".
[[nodiscard]] inline std::string to_string(boost::logic::tribool t) { return std::string(to_string_view(t)); }

}  // namespace csto

// C++20: the std::chrono conversions and query overloads, kept here too for code written before
// they had their own header.
#if __cplusplus >= 202002L
#include <csto/chrono.hpp>
#endif
