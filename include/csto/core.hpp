// csto/core.hpp - states, membership and the treaty timeline with their reasons and sources
// (csto/lean.hpp plus status_on, membership_history, the sourced intervals and treaty events).
// csto/csto.hpp adds summits, people, institutions, articles, Article 4 and builtin().
#pragma once

#include <csto/dataset.hpp>
#include <csto/date_range.hpp>
#include <csto/lean.hpp>
#include <csto/member_state.hpp>
#include <csto/membership.hpp>
#include <csto/state_set.hpp>
#include <csto/states.hpp>
#include <csto/treaty.hpp>
#include <csto/version.hpp>
