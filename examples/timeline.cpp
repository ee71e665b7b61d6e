// timeline: the whole history as an SVG picture on stdout: one lane per state with its membership
// intervals, the Treaty's milestones, the summits, and the Secretaries-General.
//
//   timeline > timeline.svg
#include <csto/csto.hpp>
#include <csto/io.hpp>

#include <iostream>
#include <sstream>
#include <string>

namespace {
namespace g = boost::gregorian;

constexpr int first_year = 1992;
constexpr int last_year = 2027;  // the axis runs to 1 January of this year
constexpr double left = 170;
constexpr double right = 30;
constexpr double width = 1500;
constexpr double lane_height = 30;
constexpr double lanes_top = 150;

double x_of(g::date d) {
    const double days = static_cast<double>((d - g::date(first_year, 1, 1)).days());
    const double span = static_cast<double>((g::date(last_year, 1, 1) - g::date(first_year, 1, 1)).days());
    return left + (width - left - right) * days / span;
}
g::date next_day(g::date d) { return d + g::date_duration(1); }

std::string escape(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else out += c;
    }
    return out;
}

struct Svg {
    std::ostringstream body;
    void rect(double x, double y, double w, double h, std::string_view style) {
        body << "<rect x=\"" << x << "\" y=\"" << y << "\" width=\"" << (w < 1 ? 1 : w) << "\" height=\"" << h << "\" "
             << style << "/>\n";
    }
    void line(double x1, double y1, double x2, double y2, std::string_view style) {
        body << "<line x1=\"" << x1 << "\" y1=\"" << y1 << "\" x2=\"" << x2 << "\" y2=\"" << y2 << "\" " << style
             << "/>\n";
    }
    void text(double x, double y, std::string_view s, std::string_view style = "") {
        body << "<text x=\"" << x << "\" y=\"" << y << "\" " << style << ">" << escape(s) << "</text>\n";
    }
};

}  // namespace

int main() {
    Svg svg;
    const double lanes_bottom = lanes_top + lane_height * static_cast<double>(csto::MemberState::count);
    const double summits_y = lanes_bottom + 24;
    const double requests_y = summits_y + 34;
    const double sg_y = requests_y + 84;
    const double legend_y = sg_y + 62;
    const double height = legend_y + 70;

    svg.text(left, 28, "The Collective Security Treaty and the CSTO, 1992-" + std::to_string(last_year - 1),
             "class=\"title\"");
    svg.text(left, 48,
             "csto data " + std::string(csto::data_version) + ", as of " + csto::to_string(csto::data_as_of) +
                 "; every bar is sourced (csto-query history STATE)",
             "class=\"small\"");

    // Year axis.
    for (int y = first_year; y <= last_year; ++y) {
        const double x = x_of(g::date(static_cast<unsigned short>(y), 1, 1));
        svg.line(x, lanes_top - 6, x, lanes_bottom, "class=\"grid\"");
        if (y % 2 == 0) svg.text(x, lanes_bottom + 14, std::to_string(y), "class=\"small\" text-anchor=\"middle\"");
    }

    // The Treaty's milestones.
    using K = csto::TreatyEventKind;
    struct Milestone {
        K kind;
        const char* label;
    };
    const Milestone milestones[] = {{K::treaty_signed, "signed, Tashkent"},
                                    {K::entry_into_force, "in force"},
                                    {K::extension_term_began, "extended"},
                                    {K::charter_signed, "Charter: CSTO"},
                                    {K::amending_protocol_in_force, "2010 Protocol in force"}};
    int row = 0;
    for (const Milestone& m : milestones) {
        const double x = x_of(csto::find_event(m.kind)->when.earliest());
        const double label_y = 70 + 18 * (row++ % 4);
        svg.line(x, label_y + 4, x, lanes_bottom, "class=\"milestone\"");
        svg.text(x + 3, label_y, std::string(m.label) + " " + csto::to_string(csto::find_event(m.kind)->when),
                 "class=\"small milestone-label\"");
    }
    const double asof_x = x_of(csto::data_as_of);
    svg.line(asof_x, lanes_top - 6, asof_x, sg_y + 26, "class=\"asof\"");
    svg.text(asof_x + 3, lanes_top - 8, "as of", "class=\"small\"");

    // One lane per state.
    double lane_y = lanes_top;
    for (csto::MemberState s : csto::StateSet::all()) {
        svg.text(left - 10, lane_y + lane_height * 0.62, s.name(), "class=\"label\" text-anchor=\"end\"");
        const double y = lane_y + 5;
        const double h = lane_height - 10;
        for (const csto::MembershipInterval& i : csto::membership_history(s)) {
            const double open_from = x_of(i.start.when.earliest());
            const double certain_from = x_of(i.start.when.latest());
            if (!i.start.when.is_exact()) {
                svg.rect(open_from, y, x_of(next_day(i.start.when.latest())) - open_from, h, "class=\"open\"");
            }
            const double certain_to = i.end ? x_of(i.end->when.earliest()) : asof_x;
            svg.rect(certain_from, y, certain_to - certain_from, h, "class=\"member\"");
            if (!i.end) {
                svg.rect(asof_x, y, x_of(g::date(last_year, 1, 1)) - asof_x, h, "class=\"member extrapolated\"");
                continue;
            }
            const bool suspended = i.end->kind == csto::EndKind::suspension;
            svg.rect(certain_to - 2, y - 3, 4, h + 6, suspended ? "class=\"suspension\"" : "class=\"nonrenewal\"");
            svg.text(certain_to + 5, y + h * 0.75,
                     std::string(suspended ? "suspended " : "not renewed ") + csto::to_string(i.end->when),
                     "class=\"small\"");
        }
        for (const csto::ParticipationFreeze& f : csto::participation_freezes()) {
            if (f.state != s) continue;
            const double fx = x_of(f.since.earliest());
            svg.rect(fx, y, x_of(g::date(last_year, 1, 1)) - fx, h, "class=\"frozen\"");
            svg.text(fx - 4, y + h * 0.75, "participation frozen " + csto::to_string(f.since) + " \u2192",
                     "class=\"small onbar\" text-anchor=\"end\"");
        }
        lane_y += lane_height;
    }

    // Summits.
    svg.text(left - 10, summits_y + 5, "Meetings", "class=\"label\" text-anchor=\"end\"");
    svg.line(left, summits_y, width - right, summits_y, "class=\"grid\"");
    for (const csto::Summit& m : csto::summits()) {
        const double x = x_of(m.when().earliest());
        if (!m.held()) {  // scheduled, not confirmed as held: a hollow marker
            svg.body << "<circle cx=\"" << x << "\" cy=\"" << summits_y << "\" r=\"5\" class=\"scheduled\"/>\n";
            continue;
        }
        if (!m.when().is_exact()) {
            svg.rect(x, summits_y - 3, x_of(m.when().latest()) - x, 6, "class=\"open\"");
            continue;
        }
        switch (m.format()) {
            case csto::SummitFormat::in_person:
                svg.body << "<circle cx=\"" << x << "\" cy=\"" << summits_y << "\" r=\"5\" class=\"inperson\"/>\n";
                break;
            case csto::SummitFormat::video_conference:
                svg.rect(x - 4.5, summits_y - 4.5, 9, 9, "class=\"video\"");
                break;
            case csto::SummitFormat::hybrid:
            case csto::SummitFormat::informal:
            case csto::SummitFormat::unknown:
                svg.body << "<polygon points=\"" << x << ',' << summits_y - 6 << ' ' << x + 6 << ',' << summits_y << ' '
                         << x << ',' << summits_y + 6 << ' ' << x - 6 << ',' << summits_y << "\" class=\"hybrid\"/>\n";
                break;
        }
    }

    // Requests for help or consultations (a triangle on the day asked, labelled with the state and the
    // article) and deployments (a bar from the first possible day to the completed withdrawal).
    svg.text(left - 10, requests_y + 5, "Requests for help", "class=\"label\" text-anchor=\"end\"");
    svg.line(left, requests_y, width - right, requests_y, "class=\"grid\"");
    int request_row = 0;
    for (const csto::Request& r : csto::requests()) {
        const double x = x_of(r.date.earliest());
        const double y = requests_y;
        svg.body << "<polygon points=\"" << x << ',' << y - 6 << ' ' << x + 5 << ',' << y + 4 << ' ' << x - 5 << ','
                 << y + 4 << "\" class=\"" << (r.is_request() ? "request" : "request statement") << "\"/>\n";
        std::string label(r.state.alpha3());
        label += ' ' + std::to_string(static_cast<int>(r.date.earliest().year()));
        if (r.article != 0)
            label +=
                " Art. " + std::to_string(r.article) + (r.article_basis == csto::ArticleBasis::reported ? "?" : "");
        if (!r.is_request()) label += " (statement)";
        const double label_y = y + 17 + 12 * (request_row++ % 5);  // five rows: 2021-2022 is crowded
        svg.line(x, y + 4, x, label_y - 9, "class=\"grid\"");
        svg.text(x + 3, label_y, label, "class=\"small\"");
        for (const csto::RequestStep& s : r.steps) {
            if (s.deployment == nullptr || !s.date || !s.deployment->withdrawal_completed) continue;
            const double x1 = x_of(s.date->earliest());
            const double x2 = x_of(next_day(s.deployment->withdrawal_completed->latest()));
            svg.rect(x1, y - 14, x2 - x1 < 4 ? 4 : x2 - x1, 6, "class=\"deployment\"");
            svg.text(x1 - 6, y - 9,
                     std::string(s.deployment->force) + " in " + std::string(r.state.name()) + ", " +
                         csto::to_string(s.date->earliest()) + " to " +
                         csto::to_string(s.deployment->withdrawal_completed->latest()),
                     "class=\"small\" text-anchor=\"end\"");
        }
    }

    // Secretaries-General.
    svg.text(left - 10, sg_y + 16, "Secretary-General", "class=\"label\" text-anchor=\"end\"");
    int band = 0;
    for (const csto::SecretaryGeneralTerm& t : csto::secretary_general_terms()) {
        const double x1 = x_of(t.from().latest());
        const double axis_end = x_of(g::date(last_year, 1, 1));
        const double until = x_of(t.until().earliest());
        const double x2 = until < axis_end ? until : axis_end;  // a term beyond the axis is cut at its edge
        if (!t.from().is_exact())
            svg.rect(x_of(t.from().earliest()), sg_y, x1 - x_of(t.from().earliest()), 24, "class=\"open\"");
        svg.rect(x1, sg_y, x2 - x1, 24,
                 t.acting() ? "class=\"sg acting\"" : (band++ % 2 ? "class=\"sg\"" : "class=\"sg alt\""));
        const std::string name(t.name());
        const std::string surname = name.substr(name.rfind(' ') + 1) + (t.acting() ? " (acting)" : "");
        if (x2 - x1 > 7.0 * static_cast<double>(surname.size()))
            svg.text((x1 + x2) / 2, sg_y + 16, surname, "class=\"small\" text-anchor=\"middle\"");
    }

    // Legend.
    double lx = left;
    auto legend = [&](std::string_view style, std::string_view label) {
        svg.rect(lx, legend_y, 22, 12, style);
        svg.text(lx + 28, legend_y + 10, label, "class=\"small\"");
        lx += 40 + 6.5 * static_cast<double>(label.size());
    };
    legend("class=\"member\"", "member");
    legend("class=\"open\"", "indeterminate (sources disagree or are imprecise)");
    legend("class=\"member extrapolated\"", "after the as-of date");
    legend("class=\"frozen\"", "participation frozen (still a member)");
    legend("class=\"suspension\"", "suspension");
    legend("class=\"nonrenewal\"", "non-renewal (1999)");
    lx = left;
    svg.body << "<circle cx=\"" << lx + 11 << "\" cy=\"" << legend_y + 30 << "\" r=\"5\" class=\"inperson\"/>\n";
    svg.text(lx + 28, legend_y + 34, "meeting in person", "class=\"small\"");
    svg.rect(lx + 156.5, legend_y + 25.5, 9, 9, "class=\"video\"");
    svg.text(lx + 173, legend_y + 34, "by video", "class=\"small\"");
    svg.text(lx + 245, legend_y + 34,
             "\u25C7 hybrid, informal or not known; \u25CB scheduled; \u25B2 request for help (Art. N? as reported); "
             "red bar: deployment; dashed lines: the Treaty's milestones",
             "class=\"small\"");

    std::cout
        << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << height
        << "\" viewBox=\"0 0 " << width << ' ' << height << "\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n"
        << "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
           "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" "
           "x2=\"0\" y2=\"6\" stroke=\"#2b6cb0\" stroke-width=\"3\"/></pattern>"
           "<pattern id=\"stripes\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" "
           "patternTransform=\"rotate(-45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#dd6b20\" "
           "stroke-width=\"3\"/></pattern></defs>\n"
        << "<style>.title{font-size:20px;font-weight:bold}.label{font-size:13px}.small{font-size:11px}"
           ".grid{stroke:#e2e8f0;stroke-width:1}.milestone{stroke:#718096;stroke-dasharray:4 3}"
           ".milestone-label{fill:#4a5568}.onbar{fill:#fff;font-weight:bold}.asof{stroke:#c53030;stroke-dasharray:2 2}"
           ".member{fill:#2b6cb0}.extrapolated{fill-opacity:0.35}.open{fill:url(#hatch);stroke:#2b6cb0;"
           "stroke-dasharray:3 2}.frozen{fill:url(#stripes)}.suspension{fill:#c53030}.nonrenewal{fill:#718096}"
           ".inperson{fill:#2f855a}.video{fill:#805ad5}.hybrid{fill:#d69e2e}.sg{fill:#cbd5e0;stroke:#fff}"
           ".alt{fill:#a0aec0}.acting{fill:#edf2f7;stroke:#a0aec0}.scheduled{fill:#fff;stroke:#2f855a;stroke-width:1.5}"
           ".request{fill:#dd6b20}.statement{fill:#fff;stroke:#dd6b20}.deployment{fill:#c53030}</style>\n"
        << "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n"
        << svg.body.str() << "</svg>\n";
}
