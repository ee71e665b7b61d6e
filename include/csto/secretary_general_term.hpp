// csto/secretary_general_term.hpp - SecretaryGeneralTerm: who headed the Secretariat, and when.
#pragma once

#include <csto/citation.hpp>
#include <csto/date_range.hpp>
#include <csto/detail/enum_name.hpp>
#include <csto/optional.hpp>
#include <csto/person.hpp>
#include <csto/span.hpp>

#include <boost/logic/tribool.hpp>

#include <cstdint>
#include <string_view>

namespace csto {

/// What a decision of the Collective Security Council did to a Secretary-General's term.
enum class TermDecisionKind : std::uint8_t {
    appointed,    ///< appointed to the post
    reappointed,  ///< appointed again (the sources also say "re-elected")
    extended,     ///< the term lengthened
    end_set,      ///< the day the term ends fixed
};

namespace detail {
inline constexpr char term_decision_kind_names[] =
    "appointed\0"
    "reappointed\0"
    "extended\0"
    "end_set\0";
inline constexpr char term_decision_kind_labels[] =
    "appointed\0"
    "reappointed\0"
    "term extended\0"
    "end of term set\0";

template <>
inline constexpr EnumTexts enum_texts<TermDecisionKind>{term_decision_kind_names, sizeof term_decision_kind_names,
                                                        term_decision_kind_labels, sizeof term_decision_kind_labels};
}  // namespace detail

/// One decision of the Council on a term, dated and sourced.
struct TermDecision {
    TermDecisionKind kind;
    DateRange when;                  ///< the day the Council decided
    int years = 0;                   ///< the length it gives ("for three years"); 0: not stated
    Optional<DateRange> until = {};  ///< end_set: the first day out of office it set
    CitationList sources = {};
};

/// A Secretary-General's (or an acting one's) time in office: [from, until), until being the
/// first day out of office (the successor's first day).
class SecretaryGeneralTerm {
public:
    constexpr SecretaryGeneralTerm(const Person& person, DateRange from, DateRange until, bool acting,
                                   CitationList sources, Span<TermDecision> decisions = {}) noexcept
        : person_(&person), from_(from), until_(until), acting_(acting), sources_(sources), decisions_(decisions) {}

    [[nodiscard]] constexpr std::string_view name() const noexcept { return person_->name; }
    [[nodiscard]] constexpr const Person& person() const noexcept { return *person_; }
    [[nodiscard]] constexpr MemberState state() const noexcept { return person_->state; }
    /// First day in office (year precision where the sources give only a year).
    [[nodiscard]] constexpr DateRange from() const noexcept { return from_; }
    /// First day out of office; for a term not yet ended, the day its set term runs out.
    [[nodiscard]] constexpr DateRange until() const noexcept { return until_; }
    [[nodiscard]] constexpr bool acting() const noexcept { return acting_; }
    [[nodiscard]] constexpr CitationList sources() const noexcept { return sources_; }
    /// The Council's decisions on this term (appointment, reappointments, extensions, the end set),
    /// in date order; empty where the sources report none.
    [[nodiscard]] constexpr Span<TermDecision> decisions() const noexcept { return decisions_; }

    /// In office on `d`? Indeterminate inside an imprecise bound and for special values.
    [[nodiscard]] constexpr boost::logic::tribool in_office(boost::gregorian::date d) const noexcept {
        if (d.is_special()) return boost::logic::indeterminate;
        return from_.reached_by(d) && !until_.reached_by(d);
    }

private:
    const Person* person_;
    DateRange from_;
    DateRange until_;
    bool acting_;
    CitationList sources_;
    Span<TermDecision> decisions_;
};

}  // namespace csto
