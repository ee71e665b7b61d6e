// csto/institution.hpp - Institution: the Organization's bodies, forces, operations, strategies,
// partners and statuses that the sources name.
#pragma once

#include <csto/citation.hpp>
#include <csto/date_range.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

namespace csto {

enum class InstitutionKind : std::uint8_t {
    statutory_body,        ///< a council or the Secretary-General (the Charter's bodies)
    working_body,          ///< Secretariat, Joint Staff
    crisis_center,         ///< the Crisis Response Center
    force,                 ///< Collective Forces, their groups, Peacekeeping Forces
    joint_operation,       ///< standing joint special operations (Channel, Nelegal, PROXI)
    strategy_or_plan,      ///< a strategy or plan adopted for a period
    partner_organization,  ///< an organization the CSTO cooperates with
    status,                ///< a status the CSTO holds
};

struct Institution {
    std::string_view name;
    InstitutionKind kind;
    std::string_view description;    ///< in our words, from the sources
    std::optional<DateRange> since;  ///< when it began or was adopted, where a source dates it
    int first_year = 0;              ///< the period a strategy or plan covers (0: none)
    int last_year = 0;
    CitationList sources = {};
};

}  // namespace csto
