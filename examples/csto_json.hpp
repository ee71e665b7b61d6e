// examples/csto_json.hpp - csto values as nlohmann::json, for csto-query --json and export.
// The library itself has no JSON dependency; this header is the examples' own.
#pragma once

#include <csto/csto.hpp>
#include <csto/io.hpp>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace csto_json {

using nlohmann::json;

inline json str(std::string_view s) { return std::string(s); }
inline json of(boost::gregorian::date d) { return csto::to_string(d); }
inline json of(boost::logic::tribool t) {
    if (boost::logic::indeterminate(t)) return nullptr;
    return static_cast<bool>(t);
}
inline json of(const csto::DateRange& r) {
    return {{"earliest", of(r.earliest())},
            {"latest", of(r.latest())},
            {"precision", str(csto::enum_name(r.precision()))},
            {"text", csto::to_string(r)}};
}
inline json of(const csto::StateSet& set) {
    json a = json::array();
    for (csto::MemberState s : set) a.push_back(str(s.name()));
    return a;
}
inline json of(const csto::Citation& c) {
    json j = {{"source", str(c.source->id)},
              {"kind", str(csto::enum_name(c.source->kind))},
              {c.form == csto::CitationForm::quote ? "quote" : "paraphrase", str(c.text)}};
    if (c.dates) j["dates"] = of(*c.dates);
    return j;
}
inline json of(csto::CitationList list) {
    json a = json::array();
    for (const csto::Citation& c : list) a.push_back(of(c));
    return a;
}
inline json of(const csto::MemberState& s) {
    return {{"name", str(s.name())},
            {"official_name", str(s.official_name())},
            {"alpha2", str(s.alpha2())},
            {"alpha3", str(s.alpha3())},
            {"numeric", s.numeric()},
            {"cow_code", s.cow_code()},
            {"sources", of(s.identity().sources)}};
}
inline json of(const csto::MembershipInterval& i) {
    json j = {{"state", str(i.state.name())},
              {"start",
               {{"kind", str(csto::enum_name(i.start.kind))},
                {"date", of(i.start.when)},
                {"basis", str(csto::enum_name(i.start.basis))},
                {"sources", of(i.start.sources)}}},
              {"end", nullptr}};
    if (i.end) {
        j["end"] = {{"kind", str(csto::enum_name(i.end->kind))},
                    {"first_day_outside", of(i.end->when)},
                    {"basis", str(csto::enum_name(i.end->basis))},
                    {"sources", of(i.end->sources)}};
        if (!i.end->inference.empty()) j["end"]["inference"] = str(i.end->inference);
    }
    return j;
}
inline json of(const csto::MembershipStatus& s) {
    json j = {{"standing", str(csto::enum_name(s.standing))},
              {"member", of(s.is_member())},
              {"past_as_of", s.past_as_of},
              {"interval", nullptr},
              {"sources", of(s.sources())}};
    if (s.interval != nullptr) j["interval"] = of(*s.interval);
    if (s.freeze != nullptr) j["participation_frozen_since"] = of(s.freeze->since);
    return j;
}
inline json of(const csto::TreatyEvent& e) {
    return {{"kind", str(csto::enum_name(e.kind))},
            {"date", of(e.when)},
            {"states", of(e.states)},
            {"summary", str(e.summary)},
            {"sources", of(e.sources)}};
}
inline json of(const csto::Participant& p) {
    return {{"name", str(p.name())},
            {"spelled", str(p.spelled())},
            {"office", str(csto::enum_name(p.office()))},
            {"state", str(p.state().name())},
            {"attendance", str(csto::enum_name(p.attendance()))},
            {"sources", of(p.sources())}};
}
inline json of(const csto::Summit& s) {
    json j = {{"date", of(s.when())},
              {"body", str(csto::enum_name(s.body()))},
              {"kind", str(csto::enum_name(s.kind()))},
              {"format", str(csto::enum_name(s.format()))},
              {"city", str(s.city())},
              {"venue", str(s.venue())},
              {"chair_state", nullptr},
              {"chair", nullptr},
              {"participants", json::array()},
              {"absent", of(s.absent())},
              {"secretary_general", nullptr},
              {"documents", json::array()},
              {"documents_total", nullptr},
              {"sources", of(s.sources())},
              {"remarks", of(s.remarks())}};
    if (s.chair_state()) j["chair_state"] = str(s.chair_state()->name());
    if (s.chair() != nullptr) j["chair"] = str(s.chair()->name);
    for (const auto& p : s.participants()) j["participants"].push_back(of(p));
    if (s.secretary_general() != nullptr) j["secretary_general"] = str(s.secretary_general()->name);
    for (const auto& d : s.documents()) {
        json doc = {{"title", str(d.title)}, {"kind", str(csto::enum_name(d.kind))}, {"sources", of(d.sources)}};
        if (d.first_year != 0) doc["period"] = {d.first_year, d.last_year};
        if (!d.note.empty()) doc["note"] = str(d.note);
        j["documents"].push_back(doc);
    }
    if (s.documents_total()) j["documents_total"] = *s.documents_total();
    if (s.treaty_anniversary() != 0)
        j["anniversaries"] = {{"treaty", s.treaty_anniversary()}, {"organization", s.organization_anniversary()}};
    if (!s.date_inference().empty()) j["date_inference"] = str(s.date_inference());
    return j;
}
inline json of(const csto::TermDecision& d) {
    json j = {{"kind", str(csto::enum_name(d.kind))}, {"date", of(d.when)}, {"sources", of(d.sources)}};
    if (d.years != 0) j["years"] = d.years;
    if (d.until) j["first_day_out"] = of(*d.until);
    return j;
}
inline json of(const csto::SecretaryGeneralTerm& t) {
    json j = {{"name", str(t.name())},     {"state", str(t.state().name())}, {"from", of(t.from())},
              {"until", of(t.until())},    {"acting", t.acting()},           {"decisions", json::array()},
              {"sources", of(t.sources())}};
    for (const csto::TermDecision& d : t.decisions()) j["decisions"].push_back(of(d));
    return j;
}
inline json of(const std::optional<csto::DateRange>& r) { return r ? of(*r) : json(nullptr); }
inline json of(const csto::Chairmanship& c) {
    json j = {{"state", str(c.state.name())},
              {"from", of(c.from)},
              {"until", of(c.until)},
              {"held_on", of(c.held_on)},
              {"chairman", c.chairman != nullptr ? str(c.chairman->name) : json(nullptr)},
              {"sources", of(c.sources)}};
    if (!c.inference(csto::Field::start).empty()) j["from_inference"] = str(c.inference(csto::Field::start));
    if (!c.inference(csto::Field::end).empty()) j["until_inference"] = str(c.inference(csto::Field::end));
    return j;
}
inline json of(const csto::Chairmanship* c) { return c != nullptr ? of(*c) : json(nullptr); }
inline json of(const csto::ChairAnswer& a) {
    return {{"certainty", str(csto::enum_name(a.certainty))},
            {"state", a.state() ? str(a.state()->name()) : json(nullptr)},
            {"chairmanship", of(a.chairmanship)},
            {"other", of(a.other)},
            {"previous", of(a.previous)}};
}
inline json of(const csto::Article& a) {
    json j = {{"number", a.number()},
              {"title", str(a.title())},
              {"substance_known", a.substance_known()},
              {"substance", str(a.substance())},
              {"verbatim", a.verbatim()},
              {"obligations", json::array()},
              {"amendments", json::array()},
              {"sources", of(a.sources())}};
    for (const auto& o : a.obligations()) j["obligations"].push_back(str(o.text));
    if (a.version() != nullptr && a.version()->aggressor.read()) {
        const csto::AggressorScope& scope = a.version()->aggressor;
        j["aggressor_scope"] = {{"words", str(scope.words)},
                                {"state", str(csto::enum_name(scope.state))},
                                {"group_of_states", str(csto::enum_name(scope.group_of_states))},
                                {"non_state", str(csto::enum_name(scope.non_state))},
                                {"reading", str(scope.reading)}};
    }
    if (a.version() != nullptr && !a.version()->threats.words.empty()) {
        json covers = json::array();
        for (csto::ThreatTo t : csto::all_threat_objects)
            if (a.version()->threats.covers_threat_to(t)) covers.push_back(str(csto::enum_name(t)));
        j["threats"] = {{"words", str(a.version()->threats.words)}, {"covers", covers}};
    }
    for (const auto& v : a.amendments())
        j["amendments"].push_back({{"in_force", of(v.from)}, {"change", str(v.change)}, {"sources", of(v.sources)}});
    return j;
}
inline json of(const csto::Reasons& reasons) {
    json a = json::array();
    for (const auto& r : reasons) a.push_back({{"text", str(r.text)}, {"sources", of(r.sources)}});
    return a;
}
inline json of(const csto::InstitutionMilestone& m) {
    json j = {{"kind", str(csto::enum_name(m.kind))}, {"date", of(m.when)}, {"sources", of(m.sources)}};
    if (m.personnel) j["personnel"] = {{"count", m.personnel->count}, {"approximate", m.personnel->approximate}};
    if (!m.note.empty()) j["note"] = str(m.note);
    if (m.inferred()) j["date_inferred"] = str(m.inference);
    return j;
}
inline json of(const csto::Institution& i) {
    json j = {{"name", str(i.name)},
              {"kind", str(csto::enum_name(i.kind))},
              {"description", str(i.description)},
              {"milestones", json::array()},
              {"sources", of(i.sources)}};
    if (i.since) j["since"] = of(*i.since);
    if (const auto founded = i.founded()) j["founded"] = of(*founded);
    if (i.first_year != 0) j["period"] = {i.first_year, i.last_year};
    for (const csto::InstitutionMilestone& m : i.milestones) j["milestones"].push_back(of(m));
    if (i.holders_recorded()) {
        j["holders"] = json::array();
        for (std::string_view h : i.holders) j["holders"].push_back(str(h));
    }
    return j;
}

/// The earliest and latest keys of a dated record (equal when the day is known; null when no
/// source dates it), to merge into the record's own object.
inline json span_of(const std::optional<csto::DateRange>& r) {
    if (!r) return {{"earliest", nullptr}, {"latest", nullptr}};
    return {{"earliest", of(r->earliest())}, {"latest", of(r->latest())}};
}
inline json alpha3(std::optional<csto::MemberState> s) { return s ? str(s->alpha3()) : json(nullptr); }
inline json alpha3s(const csto::StateSet& set) {
    json a = json::array();
    for (csto::MemberState s : set) a.push_back(str(s.alpha3()));
    return a;
}
/// A meeting with machine names for its enums (the export's `meetings`).
inline json meeting(const csto::Summit& s) {
    json j = span_of(s.when());
    j["id"] = str(s.id());
    j["city"] = s.city().empty() ? json(nullptr) : str(s.city());
    j["kind"] = str(csto::enum_name(s.kind()));
    j["format"] = str(csto::enum_name(s.format()));
    j["body"] = str(csto::enum_name(s.body()));
    j["chair_state"] = alpha3(s.chair_state());
    j["status"] = str(csto::enum_name(s.status()));
    j["sources"] = of(s.sources());
    return j;
}
inline json of(const csto::RequestStep& s) {
    json j = span_of(s.date);
    j["kind"] = str(csto::enum_name(s.kind));
    j["summary"] = str(s.summary);
    j["body"] = s.body ? str(csto::enum_name(*s.body)) : json(nullptr);
    j["meeting"] = s.meeting != nullptr ? str(s.meeting->id()) : json(nullptr);
    j["article"] = s.article != 0 ? json(s.article) : json(nullptr);
    if (const csto::Deployment* d = s.deployment) {
        json personnel = json::array();
        for (const csto::Personnel& p : d->personnel)
            personnel.push_back({{"state", alpha3(p.state)},
                                 {"count", p.count},
                                 {"approximate", p.approximate},
                                 {"reported", p.reported},
                                 {"sources", of(p.sources)}});
        j["deployment"] = {{"force", str(d->force)},
                           {"contributors", alpha3s(d->contributors)},
                           {"personnel", personnel},
                           {"commander", d->commander.empty() ? json(nullptr) : str(d->commander)},
                           {"withdrawal_began", of(d->withdrawal_began)},
                           {"withdrawal_completed", of(d->withdrawal_completed)}};
    }
    if (!s.inference(csto::Field::date).empty()) j["inferred"] = {{"date", str(s.inference(csto::Field::date))}};
    j["sources"] = of(s.sources);
    return j;
}
inline json of(const csto::Request& r) {
    json j = span_of(r.date);
    j["id"] = str(r.id);
    j["state"] = str(r.state.alpha3());
    j["kind"] = str(csto::enum_name(r.kind));
    json to = json::array();
    for (csto::Addressee a : csto::all_addressees)
        if (r.addressed_to(a)) to.push_back(str(csto::enum_name(a)));
    j["addressed_to"] = to;
    j["addressed_states"] = alpha3s(r.addressed_states);
    j["article"] = r.article != 0 ? json(r.article) : json(nullptr);
    j["article_basis"] = str(csto::enum_name(r.article_basis));
    j["summary"] = str(r.summary);
    if (!r.inference(csto::Field::kind).empty()) j["inferred"] = {{"kind", str(r.inference(csto::Field::kind))}};
    j["steps"] = json::array();
    for (const csto::RequestStep& s : r.steps) j["steps"].push_back(of(s));
    j["sources"] = of(r.sources);
    j["remarks"] = of(r.remarks);
    return j;
}
inline json of(const csto::Aggressor& a) {
    json j = {{"kind", str(csto::enum_name(a.kind()))}, {"states", json::array()}, {"other_states", json::array()}};
    for (csto::MemberState s : a.parties()) j["states"].push_back(str(s.alpha3()));
    for (const csto::IsoCode& c : a.other_states()) j["other_states"].push_back(str(c.view()));
    if (!a.description().empty()) j["description"] = str(a.description());
    return j;
}
/// The record attached to an assessment: each request in full, with its divergence from the text.
template <class Record>
json record_of(const Record& record) {
    json a = json::array();
    for (const csto::Request& r : record) {
        json j = of(r);
        j["divergence"] = str(csto::enum_name(csto::divergence(r)));
        a.push_back(j);
    }
    return a;
}
inline json of(const csto::CollectiveDefense& r) {
    json forms = json::array();
    for (auto f : r.forms) forms.push_back(str(csto::enum_name(f)));
    json j = {{"applies", of(r.applies)},
              {"obligated", of(r.obligated)},
              {"obligation_indeterminate", of(r.obligation_indeterminate)},
              {"forms", forms},
              {"legal_basis", str(r.legal_basis)},
              {"inform_security_council", r.inform_security_council},
              {"armed_forces_decided_by", str(r.armed_forces_decided_by)},
              {"intra_alliance", r.intra_alliance},
              {"victim", of(r.victim_status)},
              {"aggressor", of(r.aggressor)},
              {"aggressor_coverage", str(csto::enum_name(r.aggressor_coverage))},
              {"aggressor_words", str(r.aggressor_words)},
              {"aggressor_members", of(r.aggressor_members)},
              {"reasons", of(r.reasons)},
              {"article", nullptr},
              {"record", record_of(r.record)},
              {"record_diverges", r.record_diverges}};
    j["aggressor"]["status"] = r.aggressor_status ? of(*r.aggressor_status) : json(nullptr);
    if (r.article) j["article"] = of(*r.article);
    return j;
}
inline json of(const csto::JointConsultations& r) {
    json threats = json::array();
    for (csto::ThreatTo t : csto::all_threat_objects)
        if (r.threats.covers_threat_to(t)) threats.push_back(str(csto::enum_name(t)));
    json j = {{"applies", of(r.applies)},
              {"participants", of(r.participants)},
              {"participation_indeterminate", of(r.participation_indeterminate)},
              {"threatened", of(r.threatened_status)},
              {"threats", threats},
              {"threat_words", str(r.threats.words)},
              {"assist_threatened", r.assist_threatened},
              {"reasons", of(r.reasons)},
              {"article", nullptr},
              {"record", record_of(r.record)},
              {"record_diverges", r.record_diverges}};
    if (r.article) j["article"] = of(*r.article);
    return j;
}

/// The whole dataset with its citations.
inline json dataset() {
    json j;
    j["data_version"] = str(csto::data_version);
    j["as_of"] = of(csto::data_as_of);
    j["library_version"] = str(csto::library_version);
    for (const csto::Source& s : csto::builtin().sources)
        j["sources"].push_back({{"id", str(s.id)},
                                {"title", str(s.title)},
                                {"location", str(s.location)},
                                {"kind", str(csto::enum_name(s.kind))}});
    for (csto::MemberState s : csto::StateSet::all()) j["states"].push_back(of(s));
    for (const auto& i : csto::membership_intervals()) j["membership_intervals"].push_back(of(i));
    for (const auto& f : csto::participation_freezes())
        j["participation_freezes"].push_back({{"state", str(f.state.name())},
                                              {"since", of(f.since)},
                                              {"sources", of(f.sources)},
                                              {"readings", [&] {
                                                   json readings = json::array();
                                                   for (const auto& r : f.readings)
                                                       readings.push_back({{"holder", str(r.holder)},
                                                                           {"view", str(csto::enum_name(r.view))},
                                                                           {"summary", str(r.summary)},
                                                                           {"sources", of(r.sources)}});
                                                   return readings;
                                               }()}});
    for (const auto& d : csto::date_discrepancies())
        j["date_discrepancies"].push_back({{"state", str(d.state.name())},
                                           {"fact", str(d.fact)},
                                           {"rejected", of(d.rejected)},
                                           {"rejected_by", str(d.rejected_by)},
                                           {"reason", str(d.reason)},
                                           {"sources", of(d.sources)}});
    for (const auto& e : csto::treaty_events()) j["treaty_events"].push_back(of(e));
    for (const auto& s : csto::summits()) j["summits"].push_back(of(s));
    for (const auto& s : csto::summits()) j["meetings"].push_back(meeting(s));
    for (const auto& r : csto::requests()) j["requests"].push_back(of(r));
    for (const auto& t : csto::secretary_general_terms()) {
        json term = of(t);
        term["state"] = str(t.state().alpha3());
        const boost::gregorian::days one(1);  // `until` is the first day out; `to` the last day in
        term["to"] = {{"earliest", of(t.until().earliest() - one)}, {"latest", of(t.until().latest() - one)}};
        j["secretaries_general"].push_back(term);
    }
    for (const auto& c : csto::chairmanships()) j["chairmanships"].push_back(of(c));
    for (const auto& st : csto::statements())
        j["statements"].push_back({{"speaker", str(st.speaker->name)},
                                   {"meeting", of(st.meeting->when())},
                                   {"words", str(st.words)},
                                   {"language", str(csto::enum_name(st.language))},
                                   {"quoted", st.quoted},
                                   {"sources", of(st.sources)}});
    for (const auto& i : csto::institutions()) j["institutions"].push_back(of(i));
    for (const auto& a : csto::article_records()) j["articles"].push_back(of(*csto::article(a.number)));
    j["treaty_purpose"] = of(csto::treaty_purpose());
    return j;
}

}  // namespace csto_json
