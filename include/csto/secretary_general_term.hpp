// csto/secretary_general_term.hpp - SecretaryGeneralTerm: who headed the Secretariat, and when.
#pragma once

#include <csto/citation.hpp>
#include <csto/date_range.hpp>
#include <csto/person.hpp>

#include <boost/logic/tribool.hpp>

#include <string_view>

namespace csto {

/// A Secretary-General's (or an acting one's) time in office: [from, until), until being the
/// first day out of office (the successor's first day).
class SecretaryGeneralTerm {
public:
    constexpr SecretaryGeneralTerm(const Person& person, DateRange from, DateRange until, bool acting,
                                   CitationList sources) noexcept
        : person_(&person), from_(from), until_(until), acting_(acting), sources_(sources) {}

    [[nodiscard]] constexpr std::string_view name() const noexcept { return person_->name; }
    [[nodiscard]] constexpr const Person& person() const noexcept { return *person_; }
    [[nodiscard]] constexpr MemberState state() const noexcept { return person_->state; }
    /// First day in office (year precision where the sources give only a year).
    [[nodiscard]] constexpr DateRange from() const noexcept { return from_; }
    /// First day out of office; for a term not yet ended, the day its set term runs out.
    [[nodiscard]] constexpr DateRange until() const noexcept { return until_; }
    [[nodiscard]] constexpr bool acting() const noexcept { return acting_; }
    [[nodiscard]] constexpr CitationList sources() const noexcept { return sources_; }

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
};

}  // namespace csto
