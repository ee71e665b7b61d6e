// csto/csto.hpp - the whole library, without I/O: csto/core.hpp (membership and the treaty
// timeline) plus summits, people, the chairmanship, institutions, articles and Article 4. Include csto/io.hpp for
// printing and csto/parse.hpp for parsing. For the cheapest compile, include csto/core.hpp.
#pragma once

#include <csto/anniversary.hpp>
#include <csto/articles.hpp>
#include <csto/builtin.hpp>
#include <csto/chairmanship.hpp>
#include <csto/chairmanships.hpp>
#include <csto/citation.hpp>
#include <csto/collective_defense.hpp>
#include <csto/conflicts.hpp>
#include <csto/core.hpp>
#include <csto/dataset.hpp>
#include <csto/date_range.hpp>
#include <csto/enum_name.hpp>
#include <csto/institutions.hpp>
#include <csto/member_state.hpp>
#include <csto/membership.hpp>
#include <csto/people.hpp>
#include <csto/requests.hpp>
#include <csto/sources.hpp>
#include <csto/state_set.hpp>
#include <csto/states.hpp>
#include <csto/summits.hpp>
#include <csto/treaty.hpp>
#include <csto/version.hpp>
