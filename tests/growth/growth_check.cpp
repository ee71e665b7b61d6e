// Built against a synthetic dataset N times the real one (tools/compile_facts.py --synthetic N):
// the headers must compile with every constant expression small (check_growth.cmake passes a low
// constexpr limit), and each copy k of the history must answer as copy 0 does, k * 50 years later,
// which a table index that overflowed or a query that stopped at a fixed size would break.
#include <csto/csto.hpp>
#include <csto/io.hpp>
#include <csto_synthetic.hpp>

#include <cstdio>
#include <string>

namespace {
namespace g = boost::gregorian;
int failures = 0;
void expect(bool ok, const char* what, const std::string& detail = {}) {
    if (!ok && failures++ < 20) std::printf("growth: FAILED %s %s\n", what, detail.c_str());
}
}  // namespace

int main() {
    using csto_synthetic::copies;
    expect(csto::summits().size() == copies * csto_synthetic::real_meetings, "every meeting copied");
    expect(csto::builtin().people.size() == copies * csto_synthetic::real_people, "every person copied");
    expect(csto::builtin().membership_intervals.size() == copies * csto_synthetic::real_intervals,
           "every interval copied");
    const g::date_duration shift(csto_synthetic::shift_days);
    for (csto::MemberState s : csto::StateSet::all()) {
        const auto history = csto::membership_history(s);
        const std::size_t per_copy = csto_synthetic::real_intervals_per_state[s.index()];
        expect(history.size() == copies * per_copy, "a state's intervals all found", std::string(s.name()));
        for (std::size_t i = per_copy; i < history.size(); ++i)
            expect(history[i].start.when.earliest() ==
                       history[i - per_copy].start.when.earliest() + g::date_duration(shift.days()),
                   "a state's intervals in order, copy after copy", std::string(s.name()));
    }

    const g::date first(csto_synthetic::first_year, 1, 1);
    std::size_t sessions = 0;
    for (g::date d = first; d < first + shift; d += g::date_duration(1)) {
        const csto::StateSet members = csto::members_on(d);
        const auto session = csto::find_summit(d);
        if (session) ++sessions;
        for (std::size_t k = 1; k < copies; ++k) {
            const g::date later = d + g::date_duration(static_cast<long>(k) * shift.days());
            const std::string when = csto::to_string(later);
            expect(csto::members_on(later) == members, "members_on as in copy 0", when);
            expect(csto::indeterminate_members_on(later) == csto::indeterminate_members_on(d),
                   "indeterminate_members_on as in copy 0", when);
            const auto later_session = csto::find_summit(later);
            expect(later_session.has_value() == session.has_value() &&
                       (!session || later_session->id() == std::string(session->id()) + "~" + std::to_string(k)),
                   "find_summit finds the copy", when);
            // The copy's citations decode as copy 0's, from wherever their chunks put them.
            if (session && later_session) {
                const csto::CitationList a = session->sources();
                const csto::CitationList b = later_session->sources();
                bool same = a.size() == b.size();
                for (std::size_t i = 0; same && i < a.size(); ++i)
                    same = a[i].source == b[i].source && a[i].text == b[i].text && a[i].supports == b[i].supports &&
                           a[i].form == b[i].form;
                expect(same, "the copy's citations read as copy 0's", when);
            }
        }
    }
    expect(sessions > 20, "copy 0 has Council sessions to compare");
    const auto last_copy = csto::find_person("Vladimir Putin ~" + std::to_string(copies - 1));
    expect(last_copy.has_value(), "find_person finds the last copy's spelling");
    std::printf("growth: %zu copies, %zu meetings, %zu intervals: %s\n", copies, csto::summits().size(),
                csto::builtin().membership_intervals.size(), failures == 0 ? "as copy 0" : "FAILED");
    return failures == 0 ? 0 : 1;
}
