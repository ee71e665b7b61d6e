// csto/csto.hpp - the whole core library, without I/O. Include csto/io.hpp for printing and
// parsing. Costs about as much to compile as boost/date_time/gregorian/gregorian_types.hpp.
#pragma once

#include <csto/anniversary.hpp>
#include <csto/articles.hpp>
#include <csto/citation.hpp>
#include <csto/collective_defense.hpp>
#include <csto/date_range.hpp>
#include <csto/institutions.hpp>
#include <csto/member_state.hpp>
#include <csto/membership.hpp>
#include <csto/people.hpp>
#include <csto/state_set.hpp>
#include <csto/summits.hpp>
#include <csto/treaty.hpp>
#include <csto/version.hpp>
