#!/usr/bin/env python3
"""tests/mutation/run.py - csto's mutation test: do the tests notice when a fact or a rule changes?

Each mutant is one small change to the repository:

  date    a date in data/*.toml (keys date, from, until, since, rejected; records and [[cite]]s)
          moved on by one unit: a day by a day, a month by a month, a year by a year, a range
          "a..b" by a day at both ends;
  value   a typed value in data/*.toml swapped for the next one of its vocabulary (cyclically:
          states, people's first spellings, the enums of tools/compile_facts.py), one element of
          a list of states (absent, members, states) swapped for a state not in the list, or a
          boolean (acting, complete, verbatim, wording_known, approximate) flipped;
  quoted  a statement's `quoted` flipped;
  logic   an edit of a rule in include/csto/*.hpp (the LOGIC_MUTANTS list below).

Data mutants are made at the text level: one `key = value` line found by a regular expression is
rewritten, the rest of the file stays byte-identical. A mutant is run in a scratch copy of the
repository (build/ and .git/ left out, copied once at the start): for a data mutant
tools/compile_facts.py regenerates the headers, and if it rejects the data the mutant is killed by
the compiler; otherwise csto-tests is rebuilt and run, and a build failure or a failing run kills
it. Anything else survives. The file is then restored and the headers regenerated.

    python3 tests/mutation/run.py -j 2                        # every mutant
    python3 tests/mutation/run.py -j 2 --sample 5 --seed 2026  # a reproducible sample (CI)
    python3 tests/mutation/run.py --list --kind logic         # what would run
    python3 tests/mutation/run.py --check                     # does each mutant apply? (a ctest)
    python3 tests/mutation/run.py --only logic:freeze-ignores-until date:membership:interval[6].until

Exit status: 0 when every mutant run is killed, 1 when some survive, 2 when the unmutated tree
does not build or pass, or a mutant cannot be applied. Needs Python 3.11, CMake and a C++ compiler.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import dataclasses
import datetime as dt
import importlib.util
import json
import os
import pathlib
import queue
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import tomllib

REPO = pathlib.Path(__file__).resolve().parents[2]
KINDS = ("date", "value", "quoted", "logic")

# --- The logic mutants: (id, file, exact old text, new text, description) ---------------------------
# The old text must occur exactly once in the file. Keep each edit warning-free (the tests build with
# -Werror): a mutant that only trips a warning is killed by the build, which says little.
LOGIC_MUTANTS = [
    ("freeze-ignores-until", "include/csto/participation_freeze.hpp",
     "const boost::logic::tribool ended = until ? until->reached_by(d) : boost::logic::tribool(false);",
     "const boost::logic::tribool ended = boost::logic::tribool(false);",
     "ParticipationFreeze::covers ignores `until` (a freeze never ends)"),
    ("is-after-earliest", "include/csto/membership_interval.hpp",
     "return end.has_value() && !d.is_special() && !(d < end->when.latest());",
     "return end.has_value() && !d.is_special() && !(d < end->when.earliest());",
     "MembershipInterval::is_after reads the end's earliest() instead of latest()"),
    ("reached-by-earliest", "include/csto/date_range.hpp",
     "        if (d.day_number() < latest_) return boost::logic::indeterminate;\n",
     "",
     "DateRange::reached_by is true from earliest() on, not from latest() (never indeterminate)"),
    ("in-office-or", "include/csto/secretary_general_term.hpp",
     "return from_.reached_by(d) && !until_.reached_by(d);",
     "return from_.reached_by(d) || !until_.reached_by(d);",
     "SecretaryGeneralTerm::in_office uses `from_.reached_by(d) || !until_.reached_by(d)`"),
    ("status-on-no-freezes", "include/csto/membership.hpp",
     "for (const ParticipationFreeze& freeze : data.participation_freezes) {",
     "for (const ParticipationFreeze& freeze : Span<ParticipationFreeze>()) {",
     "status_on does not look at participation freezes"),
    ("find-summit-any-body", "include/csto/summits.hpp",
     "if (detail::is(s.body(), MeetingBody::collective_security_council) && s.when().is_exact()) return s;",
     "if (s.when().is_exact()) return s;",
     "find_summit does not check the body (any meeting on the day is a Council session)"),
    ("state-set-minus-is-or", "include/csto/state_set.hpp",
     "return from_bits(a.mask_ & ~b.mask_);",
     "return from_bits(a.mask_ | b.mask_);",
     "StateSet::operator- behaves like operator|"),
    # Further rules the answers rest on.
    ("interval-ignores-end", "include/csto/membership_interval.hpp",
     "const boost::logic::tribool ended = end ? end->when.reached_by(d) : boost::logic::tribool(false);",
     "const boost::logic::tribool ended = boost::logic::tribool(false);",
     "MembershipInterval::contains ignores the end (membership never ends)"),
    ("lean-change-day-excluded", "include/csto/lean.hpp",
     "k += static_cast<std::int32_t>(base[i]) <= signed_day ? 1 : 0;",
     "k += static_cast<std::int32_t>(base[i]) < signed_day ? 1 : 0;",
     "lean segment_of: a change takes effect the day after its change day"),
    ("lean-open-is-member", "include/csto/lean.hpp",
     "certain * boost::logic::tribool::true_value + (open & ~certain) * boost::logic::tribool::indeterminate_value);",
     "(certain | open) * boost::logic::tribool::true_value);",
     "lean is_member: an open (indeterminate) day counts as membership"),
    ("in-force-from-signature", "include/csto/lean.hpp",
     "return !(d.day_number() < detail::builtin_membership_days.entry_into_force);",
     "return !(d.day_number() < detail::builtin_membership_days.treaty_signed);",
     "treaty_in_force (built-in data) from the signature, not the entry into force"),
    ("suspended-is-former", "include/csto/membership.hpp",
     "detail::is(last->end->kind, EndKind::suspension) ? Standing::suspended : Standing::former_member",
     "detail::is(last->end->kind, EndKind::suspension) ? Standing::former_member : Standing::suspended",
     "status_on swaps suspended and former_member"),
    ("date-range-contains-not-latest", "include/csto/date_range.hpp",
     "return !d.is_special() && earliest_ <= d.day_number() && d.day_number() <= latest_;",
     "return !d.is_special() && earliest_ <= d.day_number() && d.day_number() < latest_;",
     "DateRange::contains(date) leaves out its latest() day"),
    ("overlaps-touching", "include/csto/date_range.hpp",
     "return !(other.latest_ < earliest_) && !(latest_ < other.earliest_);",
     "return !(other.latest_ < earliest_) || !(latest_ < other.earliest_);",
     "DateRange::overlaps is true when either end condition holds"),
    ("organization-name-from-signature", "include/csto/lean.hpp",
     "if (!(d.day_number() < days.charter_signed)) return organization_full_name;",
     "if (!(d.day_number() < days.treaty_signed)) return organization_full_name;",
     "organization_name: \"Collective Security Treaty Organization\" from the Treaty's signature"),
    ("treaty-event-states-offset", "include/csto/treaty_event.hpp",
     "StateSet::from_bits(static_cast<unsigned>(read_le(r + 8, 2)))",
     "StateSet::from_bits(static_cast<unsigned>(read_le(r + 6, 2)))",
     "TreatyEventPool reads an event's states two bytes early (the date's length)"),
    ("statement-quoted-always", "include/csto/statement.hpp",
     "                r[11] != 0,",
     "                r[10] == 0,",
     "StatementPool reads `quoted` from the language byte (every English statement quoted)"),
    ("merged-without-freezes", "include/csto/dataset.hpp",
     "        take_if_set(d.participation_freezes, part.participation_freezes);\n",
     "",
     "merged() drops the participation freezes (from builtin() and the assessments' tables)"),
    ("assessments-without-states", "include/csto/collective_defense.hpp",
     "merged<Lazy>(builtin_sources<Lazy>, builtin_states<Lazy>, ",
     "merged<Lazy>(builtin_sources<Lazy>, ",
     "the assessments' default tables leave out the states' (an aggressor's name is not found)"),
    ("founding-any-milestone", "include/csto/institution.hpp",
     "if (is_founding(m.kind)) return m;",
     "return m;",
     "Institution::founding is the first milestone of any kind (a proposal founds it)"),
    ("institutions-on-open-exists", "include/csto/institutions.hpp",
     "return static_cast<bool>(lazy<Lazy>(i).existed_on(day));",
     "return !static_cast<bool>(!lazy<Lazy>(i).existed_on(day));",
     "institutions_on keeps the institutions whose existence the sources leave open"),
    ("chair-until-day-in", "include/csto/chairmanship.hpp",
     "if (until && until->is_exact()) days.add(until->earliest().day_number() - 1);",
     "if (until && until->is_exact()) days.add(until->earliest().day_number());",
     "Chairmanship::certain_days counts an exact `until` (the first day out) as a day in the chair"),
    ("chair-held-on-ignored", "include/csto/chairmanship.hpp",
     "if (held_on && held_on->is_exact()) days.add(held_on->earliest().day_number());",
     "",
     "Chairmanship::certain_days ignores `held_on`"),
    ("chair-open-end-certain", "include/csto/chairmanships.hpp",
     "        if (boost::logic::indeterminate(covered)) {",
     "        if (false) {",
     "chairing_state_on: a day inside an imprecise bound is answered unknown, not uncertain"),
    ("aggressor-non-state-as-state", "include/csto/collective_defense.hpp",
     "case AggressorKind::non_state: return coverage_of_reach(scope.non_state);",
     "case AggressorKind::non_state: return coverage_of_reach(scope.state);",
     "collective_defense reads a non-state actor as a state"),
    ("aggressor-interpretation-applies", "include/csto/collective_defense.hpp",
     "        case AggressorCoverage::kind_unknown: break;\n    }\n    return boost::logic::indeterminate;",
     "        case AggressorCoverage::kind_unknown: return true;\n    }\n    return boost::logic::indeterminate;",
     "collective_defense: an aggressor whose coverage is open (interpretation, unknown kind) counts as covered"),
    ("aggressor-unknown-as-state", "include/csto/collective_defense.hpp",
     "                       : AggressorCoverage::kind_unknown;",
     "                       : coverage_of_reach(scope.state);",
     "collective_defense reads an unknown aggressor as a state"),
    ("aggressor-codes-unresolved", "include/csto/collective_defense.hpp",
     "= find_state(code.view(), data)) parties.insert(*party);",
     "= find_state(code.view(), data); false) parties.insert(*party);",
     "collective_defense does not read the nine's ISO codes as those states"),
    ("aggressor-open-member-kept", "include/csto/collective_defense.hpp",
     "        } else if (detail::is(st.standing, Standing::indeterminate)) {\n            members.insert(s);",
     "        } else if (detail::is(st.standing, Standing::indeterminate)) {",
     "collective_defense keeps an aggressor whose membership is open among the obligated"),
    ("record-window-zero", "include/csto/requests.hpp",
     "        constexpr long window = 30;",
     "        constexpr long window = 0;",
     "requests_concerning leaves out a request made after the day"),
    ("record-ignores-end", "include/csto/requests.hpp",
     "               static_cast<long>(r.last_day().day_number()) >= day;",
     "               static_cast<long>(r.date.latest().day_number()) >= day;",
     "requests_concerning ends a request's record on its own day, not its last step"),
    ("divergence-ignores-deployment", "include/csto/collective_defense.hpp",
     "if (invoked == 4 && detail::is(r.kind, RequestKind::assistance) && !deployed)",
     "if (invoked == 4 && detail::is(r.kind, RequestKind::assistance))",
     "divergence: a deployment does not count as the assistance Article 4 obliges"),
    ("divergence-ignores-decision-article", "include/csto/collective_defense.hpp",
     "        if (detail::is(s.kind, StepKind::decision) && s.article != 0) return s.article;",
     "",
     "invoked_article ignores the article a decision invokes"),
    ("assist-duty-without-wording", "include/csto/collective_defense.hpp",
     "may_apply && article_2 && article_2->obliges(ObligationKind::assist_threatened_states),",
     "may_apply && article_2.has_value(),",
     "joint_consultations: the duty to take measures to assist binds before the 2010 wording too"),
    ("decision-caveat-always", "include/csto/collective_defense.hpp",
     "!article_6->substance_known() &&\n        !article_6->version()->change.empty()) {",
     "true) {",
     "collective_defense gives Article 6's caveat whatever the wording in force"),
    ("summits-between-earliest-only", "include/csto/summits.hpp",
     "        return static_cast<long>(when.latest().day_number()) >= first_day &&",
     "        return static_cast<long>(when.earliest().day_number()) >= first_day &&",
     "summits_between leaves out a meeting whose range begins before the window and ends inside it"),
    ("suggest-tolerance-wider", "include/csto/states.hpp",
     "    return length <= 3 ? 0 : length <= 5 ? 1 : length <= 8 ? 2 : 3;",
     "    return length <= 3 ? 1 : length <= 5 ? 2 : length <= 8 ? 3 : 4;",
     "suggest accepts one more edit at every length"),
]

# --- Data mutants ------------------------------------------------------------------------------------

DATE_KEYS = {"date", "from", "until", "since", "rejected"}
STATE_KEYS = {"state", "chair_state"}
PERSON_KEYS = {"chair", "person", "speaker", "secretary_general"}
ENUM_KEYS = {"office", "attendance", "format", "body", "start", "end", "occasion", "language", "status", "view"}
# An enum key whose vocabulary in compile_facts.py's ENUMS has another name.
ENUM_VOCABULARY = {"view": "freeze_view"}
LIST_KEYS = {"absent", "members", "states", "contributors", "addressed_states"}
BOOL_KEYS = {"acting", "complete", "quoted", "verbatim", "wording_known", "approximate", "reported",
             "article_reported"}
# `kind` means a different vocabulary in each table.
KIND_VOCABULARY = {"event": "event", "meeting": "meeting_kind", "meeting.document": "document",
                   "institution": "institution", "institution.milestone": "milestone",
                   "article.version.obligation": "obligation", "request": "request", "request.step": "step"}
SOURCE_KINDS = ["seed", "reference"]  # compile_facts.py's check_sources
# Keys whose vocabulary depends on the table (Article 4's reading of who may be the aggressor).
TABLE_VOCABULARY = {("article.version.aggressor", k): "reach" for k in ("state", "group_of_states", "non_state")}
# Lists of a vocabulary other than states: one element swapped for a value not in the list.
VOCABULARY_LISTS = {"covers": "threat"}

LINE = re.compile(r'^(?P<lead>\s*(?P<key>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*)'
                  r'(?P<value>"[^"\\\n]*"|true|false|\[[^\]\n]*\])(?P<rest>\s*(?:#.*)?)$')
ARRAY_HEADER = re.compile(r'^\s*\[\[\s*([A-Za-z0-9_.\-]+)\s*\]\]')
TABLE_HEADER = re.compile(r'^\s*\[\s*([A-Za-z0-9_.\-]+)\s*\]')
ID_LINE = re.compile(r'^\s*id\s*=\s*"([^"\\]*)"')
HINT_LINE = re.compile(r'^\s*(state|person|speaker|kind|name|number)\s*=\s*"?([^"\n#]*)"?')


@dataclasses.dataclass
class Mutant:
    id: str
    kind: str
    description: str
    file: str          # relative to the repository
    old: str           # exact old text (for data: the whole line, with its newline)
    new: str
    line: int = 0      # data mutants: 1-based line number (the edit replaces that line only)

    def mutated(self, tree: pathlib.Path) -> str:
        """The mutated text of the mutant's file in `tree`; MutantError when it does not apply."""
        text = (tree / self.file).read_bytes().decode("utf-8")
        if self.line:
            lines = text.splitlines(keepends=True)
            if lines[self.line - 1] != self.old:
                raise MutantError(f"{self.file}:{self.line} is not the line the mutant was made from")
            lines[self.line - 1] = self.new
            return "".join(lines)
        n = text.count(self.old)
        if n != 1:
            raise MutantError(f"{self.file}: the old text occurs {n} times, not once")
        return text.replace(self.old, self.new)

    def apply(self, tree: pathlib.Path) -> None:
        (tree / self.file).write_bytes(self.mutated(tree).encode("utf-8"))


class MutantError(Exception):
    pass


def shift_date(text: str) -> str | None:
    """The date one unit later: a day, a month, a year; a range's ends a day later each."""
    day = dt.timedelta(days=1)
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})", text)
    if m:
        a, b = (dt.date.fromisoformat(x) + day for x in m.groups())
        return f"{a.isoformat()}..{b.isoformat()}"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return (dt.date.fromisoformat(text) + day).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
        return f"{y:04d}-{mo:02d}"
    if re.fullmatch(r"\d{4}", text):
        return f"{int(text) + 1:04d}"
    return None


def load_vocabulary(tree: pathlib.Path) -> dict[str, list[str]]:
    """STATES and ENUMS from tools/compile_facts.py, people's first spellings from data/people.toml."""
    sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
    spec = importlib.util.spec_from_file_location("csto_compile_facts", tree / "tools" / "compile_facts.py")
    cf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cf)
    with open(tree / "data" / "people.toml", "rb") as f:
        people = [p["spellings"][0] for p in tomllib.load(f).get("person", []) if p.get("spellings")]
    vocab = {k: list(v) for k, v in cf.ENUMS.items()}
    vocab["state"] = list(cf.STATES)
    vocab["person"] = people
    vocab["source_kind"] = SOURCE_KINDS
    return vocab


def next_in(vocab: list[str], value: str) -> str | None:
    if value not in vocab or len(vocab) < 2:
        return None
    return vocab[(vocab.index(value) + 1) % len(vocab)]


def data_mutants(tree: pathlib.Path) -> list[Mutant]:
    vocab = load_vocabulary(tree)
    out: list[Mutant] = []
    for path in sorted((tree / "data").glob("*.toml")):
        out += file_mutants(tree, path, vocab)
    return out


def file_mutants(tree: pathlib.Path, path: pathlib.Path, vocab) -> list[Mutant]:
    rel = path.relative_to(tree).as_posix()
    stem = path.stem
    lines = path.read_bytes().decode("utf-8").splitlines(keepends=True)
    out: list[Mutant] = []
    table, label, path_of, counters = "", "", {}, {}
    in_multiline = False
    for i, raw in enumerate(lines):
        line = raw.rstrip("\r\n")
        if in_multiline:  # skip the inside of """...""" / '''...''' strings
            if line.count('"""') % 2 or line.count("'''") % 2:
                in_multiline = False
            continue
        if line.count('"""') % 2 or line.count("'''") % 2:
            in_multiline = True
            continue
        h = ARRAY_HEADER.match(line)
        if h:
            table = h.group(1)
            parent = table.rsplit(".", 1)[0] if "." in table else ""
            parent_path = path_of.get(parent, "") if parent else ""
            counters[(parent_path, table)] = n = counters.get((parent_path, table), 0) + 1
            name = table.rsplit(".", 1)[-1]
            ident, hint = block_id(lines, i + 1)
            seg = f"{name}[{ident or n}]"
            path_of[table] = f"{parent_path}/{seg}" if parent_path else seg
            label = path_of[table] + (f" ({hint})" if hint and not ident else "")
            continue
        h = TABLE_HEADER.match(line)
        if h:
            table = h.group(1)
            parent = table.rsplit(".", 1)[0] if "." in table else ""
            # A table inside an array's element ([article.version.aggressor]) is named under it.
            path_of[table] = f"{path_of[parent]}/{table.rsplit('.', 1)[-1]}" if parent in path_of else table
            label = f"[{table}]"
            continue
        m = LINE.match(line)
        if not m:
            continue
        key, value = m.group("key"), m.group("value")
        newline = raw[len(line):]
        where = f"{rel}:{i + 1}: {label or 'top level'}"
        base_id = f"{stem}:{path_of.get(table, '') if table else ''}.{key}"

        def make(kind, new_value, what, suffix=""):
            new_line = m.group("lead") + new_value + m.group("rest") + newline
            out.append(Mutant(f"{kind}:{base_id}{suffix}", kind, f"{where}: {what}", rel, raw, new_line, i + 1))

        if key in DATE_KEYS and value.startswith('"'):
            shifted = shift_date(value[1:-1])
            if shifted:
                make("date", f'"{shifted}"', f"{key} {value} -> \"{shifted}\"")
            continue
        if key in BOOL_KEYS and value in ("true", "false"):
            flipped = "false" if value == "true" else "true"
            make("quoted" if key == "quoted" else "value", flipped, f"{key} {value} -> {flipped}")
            continue
        if (key in LIST_KEYS or key in VOCABULARY_LISTS) and value.startswith("["):
            elems = list(re.finditer(r'"([^"\\]*)"', value))
            names = [e.group(1) for e in elems]
            states = vocab[VOCABULARY_LISTS.get(key, "state")]
            for k, e in enumerate(elems):
                s = e.group(1)
                if s not in states:
                    continue
                start = states.index(s)
                other = next((states[(start + j) % len(states)] for j in range(1, len(states))
                              if states[(start + j) % len(states)] not in names), None)
                if other is None:
                    continue
                new_value = value[:e.start(1)] + other + value[e.end(1):]
                make("value", new_value, f"{key}[{k + 1}] \"{s}\" -> \"{other}\"", f"[{k + 1}]")
            continue
        if not value.startswith('"'):
            continue
        v = value[1:-1]
        if (table, key) in TABLE_VOCABULARY:
            voc = vocab.get(TABLE_VOCABULARY[(table, key)])
        elif key in STATE_KEYS:
            voc = vocab["state"]
        elif key in PERSON_KEYS:
            voc = vocab["person"]
        elif key in ENUM_KEYS:
            voc = vocab.get(ENUM_VOCABULARY.get(key, key))
        elif key == "kind":
            voc = vocab["source_kind"] if table == "source" else vocab.get(KIND_VOCABULARY.get(table, ""))
        else:
            continue
        nxt = next_in(voc or [], v)
        if nxt is not None:
            make("value", f'"{nxt}"', f"{key} \"{v}\" -> \"{nxt}\"")
    return out


def block_id(lines: list[str], start: int) -> tuple[str | None, str | None]:
    """The `id` of the record starting at line `start` (0-based), and a hint to name it by."""
    ident = hint = None
    for line in lines[start:]:
        if ARRAY_HEADER.match(line) or TABLE_HEADER.match(line):
            break
        m = ID_LINE.match(line)
        if m and ident is None:
            ident = m.group(1)
        m = HINT_LINE.match(line)
        if m and hint is None:
            hint = m.group(2).strip()
    return ident, hint


def logic_mutants() -> list[Mutant]:
    return [Mutant(f"logic:{mid}", "logic", f"{file}: {what}", file, old, new)
            for mid, file, old, new, what in LOGIC_MUTANTS]


def all_mutants(tree: pathlib.Path) -> list[Mutant]:
    mutants = data_mutants(tree) + logic_mutants()
    seen = set()
    for m in mutants:
        if m.id in seen:
            raise SystemExit(f"mutation: duplicate mutant id {m.id}")
        seen.add(m.id)
    return mutants

# --- Scratch trees -----------------------------------------------------------------------------------


UNITY_HOOK = """\
# Written by tests/mutation/run.py: a unity build of csto-tests, with main.cpp (doctest's runner,
# which no mutant touches), facts_test.cpp (its anonymous namespace clashes) and
# encoded_chunks_test.cpp (it defines a macro before including csto) left out of it.
function(_csto_mutation_unity)
    set_source_files_properties("${CMAKE_SOURCE_DIR}/tests/main.cpp" "${CMAKE_SOURCE_DIR}/tests/facts_test.cpp"
        "${CMAKE_SOURCE_DIR}/tests/encoded_chunks_test.cpp"
        DIRECTORY "${CMAKE_SOURCE_DIR}/tests" PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
endfunction()
cmake_language(DEFER DIRECTORY "${CMAKE_SOURCE_DIR}" CALL _csto_mutation_unity)
"""


class SetupError(Exception):
    pass


def run(cmd, cwd, timeout=None) -> tuple[int | None, str]:
    """Runs cmd; returns (exit status or None on timeout, stdout+stderr)."""
    try:
        p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout)
        return p.returncode, p.stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as e:
        return None, (e.stdout or b"").decode("utf-8", "replace")


def first_line(output: str, pattern: str) -> str:
    for line in output.splitlines():
        if re.search(pattern, line):
            return line.strip()[:200]
    lines = [x for x in output.splitlines() if x.strip()]
    return lines[-1].strip()[:200] if lines else ""


class Tree:
    """One scratch copy of the repository with its own build directory."""

    def __init__(self, root: pathlib.Path, jobs: int, configs: list[tuple[str | None, bool]], hook: pathlib.Path):
        self.root, self.jobs, self.configs, self.hook = root, jobs, configs, hook
        self.cxx, self.unity = configs[0]
        self.build = root / "build"
        self.test_timeout = 300.0
        self.baseline_headers: dict[str, bytes] = {}

    def regenerate(self) -> tuple[int | None, str]:
        return run([sys.executable, "tools/compile_facts.py"], self.root, timeout=300)

    def configure(self) -> None:
        shutil.rmtree(self.build, ignore_errors=True)
        cmd = ["cmake", "-S", ".", "-B", "build", "-DCMAKE_BUILD_TYPE=", "-DCMAKE_CXX_FLAGS=-O0 -g0",
               "-DCSTO_BUILD_EXAMPLES=OFF", "-DCSTO_INSTALL=OFF", "-DCSTO_BUILD_FUZZERS=OFF"]
        if self.cxx:
            cmd += [f"-DCMAKE_CXX_COMPILER={self.cxx}"]
        if shutil.which("ninja"):
            cmd += ["-G", "Ninja"]
        if self.unity:
            cmd += ["-DCMAKE_UNITY_BUILD=ON", "-DCMAKE_UNITY_BUILD_BATCH_SIZE=0", f"-DCMAKE_PROJECT_INCLUDE={self.hook}"]
        rc, out = run(cmd, self.root, timeout=600)
        if rc != 0:
            raise SetupError(f"{self.root}: cmake configure failed:\n{out[-3000:]}")

    def compile(self) -> tuple[int | None, str]:
        return run(["cmake", "--build", "build", "--target", "csto-tests", "-j", str(self.jobs)], self.root,
                   timeout=1800)

    def test(self) -> tuple[int | None, str]:
        return run([str(self.build / "tests" / "csto-tests"), "--no-colors", "--abort-after=1"], self.root,
                   timeout=self.test_timeout)

    def headers(self) -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in sorted((self.root / "include" / "csto" / "data").glob("*.hpp"))}

    def baseline(self) -> tuple[str, list[str]]:
        """Regenerates, configures, builds and runs the unmutated tree; returns the configuration
        used and why each cheaper one was passed over."""
        rc, out = self.regenerate()
        if rc != 0:
            raise SetupError(f"{self.root}: tools/compile_facts.py rejects the unmutated data:\n{out[-3000:]}")
        self.baseline_headers = self.headers()
        # The cheapest configuration that builds: the first of self.configs (a unity build with
        # clang++ builds csto-tests about four times faster than a Debug build with g++).
        passed_over = []
        for self.cxx, self.unity in self.configs:
            self.configure()
            rc, out = self.compile()
            if rc == 0:
                break
            error = first_line(out, r"\berror: ")
            passed_over.append(f"{self.describe()} does not build: {error}")
        else:
            raise SetupError(f"{self.root}: the unmutated csto-tests does not build:\n{out[-3000:]}")
        t0 = time.monotonic()
        rc, out = self.test()
        elapsed = time.monotonic() - t0
        if rc != 0:
            raise SetupError(f"{self.root}: the unmutated csto-tests fails:\n{out[-3000:]}")
        self.test_timeout = max(60.0, 30 * elapsed)
        return self.describe(), passed_over

    def describe(self) -> str:
        return f"{self.cxx or 'the default compiler'}, {'unity build' if self.unity else 'one object per test file'}"

    def run_mutant(self, m: Mutant) -> tuple[str, str]:
        """Applies m, judges it, restores the tree. Returns (status, detail)."""
        path = self.root / m.file
        original = path.read_bytes()
        try:
            m.apply(self.root)
            return self.judge(m)
        finally:
            path.write_bytes(original)
            if m.kind != "logic":
                rc, out = self.regenerate()
                if rc != 0:
                    raise SetupError(f"{self.root}: regenerating after {m.id} failed:\n{out[-2000:]}")

    def judge(self, m: Mutant) -> tuple[str, str]:
        if m.kind != "logic":
            rc, out = self.regenerate()
            if rc is None:
                return "killed (compiler)", "tools/compile_facts.py timed out"
            if rc != 0:
                return "killed (compiler)", first_line(out, r"^error: ")
            if self.headers() == self.baseline_headers:
                return "SURVIVED", "no generated header changes (the C++ library cannot see this value)"
        rc, out = self.compile()
        if rc != 0:
            return "killed (build)", ("build timed out" if rc is None else first_line(out, r"\berror: "))
        rc, out = self.test()
        if rc is None:
            return "killed (timeout)", f"csto-tests ran longer than {self.test_timeout:.0f}s"
        if rc != 0:
            case = first_line(out, r"^TEST CASE:")
            check = first_line(out, r"ERROR:|FATAL")
            return "killed (tests)", f"{case} | {check}" if case else check
        return "SURVIVED", ""


def copy_repo(src: pathlib.Path, dst: pathlib.Path) -> None:
    top = {"build", ".git"}
    shutil.copytree(src, dst, symlinks=True,
                    ignore=lambda d, names: [n for n in names if pathlib.Path(d) == src and n in top])

# --- Main ----------------------------------------------------------------------------------------------


def fmt_time(seconds: float) -> str:
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}h{m:02d}m{s:02d}s" if h else (f"{m}m{s:02d}s" if m else f"{s}s")


def pct(k: int, n: int) -> str:
    return f"{100.0 * k / n:.1f}%" if n else "n/a"


def select(mutants: list[Mutant], args) -> list[Mutant]:
    if args.only:
        by_id = {m.id: m for m in mutants}
        missing = [i for i in args.only if i not in by_id]
        if missing:
            raise SystemExit(f"mutation: no such mutant: {', '.join(missing)} (see --list)")
        mutants = [by_id[i] for i in dict.fromkeys(args.only)]
    if args.kind:
        mutants = [m for m in mutants if m.kind in args.kind]
    if args.sample is not None and args.sample < len(mutants):
        chosen = set(id(m) for m in random.Random(args.seed).sample(mutants, args.sample))
        mutants = [m for m in mutants if id(m) in chosen]
    return mutants


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--list", action="store_true", help="print the mutants (id, tab, description) and stop")
    ap.add_argument("--check", action="store_true",
                    help="check that each mutant applies to the checkout (its old text is there, once) and stop")
    ap.add_argument("--only", nargs="+", metavar="ID", help="run only these mutants")
    ap.add_argument("--kind", action="append", choices=KINDS, help="run only this kind (repeatable)")
    ap.add_argument("--sample", type=int, metavar="N", help="run a random sample of N of the selected mutants")
    ap.add_argument("--seed", type=int, default=1, help="the sample's seed (default 1)")
    ap.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="scratch trees run in parallel")
    ap.add_argument("--keep", action="store_true", help="keep the scratch trees")
    ap.add_argument("--scratch", type=pathlib.Path, help="where to make the scratch trees (default: a temp dir)")
    ap.add_argument("--repo", type=pathlib.Path, default=REPO, help="the repository (default: this checkout)")
    ap.add_argument("--no-unity", action="store_true", help="build csto-tests one object per test file")
    ap.add_argument("--no-fallback", action="store_true",
                    help="fail if the first configuration (clang++'s unity build) does not build, rather than "
                         "fall back to a slower one (CI: the unity build must keep compiling)")
    ap.add_argument("--cxx", help="the C++ compiler (default: clang++ where installed, else CMake's default; "
                                  "falls back to CMake's default if the unmutated tree does not build with it)")
    ap.add_argument("--results", type=pathlib.Path, help="also write the results as JSON lines to this file")
    args = ap.parse_args(argv)
    repo = args.repo.resolve()

    if args.list:
        for m in select(all_mutants(repo), args):
            print(f"{m.id}\t{m.description}")
        return 0
    if args.check:
        # A rule's text that an edit of the headers changed leaves its mutant unable to run: found
        # here, in the suite, not by the sample that happens to draw it.
        mutants = select(all_mutants(repo), args)
        stale = []
        for m in mutants:
            try:
                m.mutated(repo)
            except MutantError as e:
                stale.append(f"{m.id}: {e}")
        for line in stale:
            print(f"mutation: {line}")
        print(f"mutation: {len(mutants) - len(stale)} of {len(mutants)} mutants apply")
        return 2 if stale else 0

    started = time.monotonic()
    scratch = (args.scratch.resolve() if args.scratch else
               pathlib.Path(tempfile.mkdtemp(prefix="csto-mutation-")))
    scratch.mkdir(parents=True, exist_ok=True)
    jobs = max(1, args.jobs)
    try:
        # One copy of the repository as it is now; every tree is made from it.
        first = scratch / "tree-0"
        if first.exists():
            shutil.rmtree(first)
        copy_repo(repo, first)
        mutants = select(all_mutants(first), args)
        if not mutants:
            print("mutation: no mutant selected")
            return 0
        jobs = min(jobs, len(mutants))
        for k in range(1, jobs):
            dst = scratch / f"tree-{k}"
            if dst.exists():
                shutil.rmtree(dst)
            copy_repo(first, dst)
        hook = scratch / "unity.cmake"
        hook.write_text(UNITY_HOOK, encoding="utf-8")
        cpus = os.cpu_count() or 1
        cxx = args.cxx if args.cxx is not None else ("clang++" if shutil.which("clang++") else "")
        configs = [(cxx or None, not args.no_unity)]
        if cxx:
            configs.append((None, not args.no_unity))
        if not args.no_unity:
            configs.append((None, False))
        if args.no_fallback:
            configs = configs[:1]
        trees = [Tree(scratch / f"tree-{k}", max(1, cpus // jobs), configs, hook) for k in range(jobs)]
        print(f"mutation: {len(mutants)} mutants ({', '.join(f'{k} {sum(m.kind == k for m in mutants)}' for k in KINDS)}); "
              f"{jobs} scratch tree(s) under {scratch}", flush=True)
        with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
            builds = list(ex.map(lambda t: t.baseline(), trees))
        setup = time.monotonic() - started
        used, passed_over = builds[0]
        for why in passed_over:
            print(f"mutation: passed over {why}", flush=True)
        print(f"mutation: the unmutated tree builds and passes ({used}, -O0 -g0); setup took "
              f"{fmt_time(setup)}", flush=True)

        free: queue.Queue[Tree] = queue.Queue()
        for t in trees:
            free.put(t)
        lock = threading.Lock()
        results: dict[str, tuple[str, str, float]] = {}
        out_file = open(args.results, "w", encoding="utf-8") if args.results else None
        width = len(str(len(mutants)))

        def work(m: Mutant):
            tree = free.get()
            t0 = time.monotonic()
            try:
                try:
                    status, detail = tree.run_mutant(m)
                except MutantError as e:
                    status, detail = "ERROR", str(e)
            finally:
                free.put(tree)
            elapsed = time.monotonic() - t0
            with lock:
                results[m.id] = (status, detail, elapsed)
                print(f"[{len(results):{width}}/{len(mutants)}] {status:<17} {m.id}  ({elapsed:.1f}s)", flush=True)
                if out_file:
                    out_file.write(json.dumps({"id": m.id, "kind": m.kind, "status": status, "detail": detail,
                                               "seconds": round(elapsed, 2), "description": m.description}) + "\n")
                    out_file.flush()

        ex = concurrent.futures.ThreadPoolExecutor(jobs)
        try:
            for f in concurrent.futures.as_completed([ex.submit(work, m) for m in mutants]):
                f.result()  # a SetupError (a tree that cannot be restored) stops the run
        finally:  # on an error or ^C, run no further mutant (the running ones finish)
            ex.shutdown(wait=True, cancel_futures=True)
        if out_file:
            out_file.close()
        return summary(mutants, results, time.monotonic() - started, setup)
    except SetupError as e:
        print(f"mutation: {e}", file=sys.stderr)
        return 2
    finally:
        if args.keep:
            print(f"mutation: scratch trees kept in {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


def summary(mutants, results, elapsed: float, setup: float) -> int:
    print()
    print("kind     mutants   killed by: compiler   build   tests  timeout   survived   killed")
    run_ = [m for m in mutants if results[m.id][0] != "ERROR"]
    for kind in KINDS:
        ms = [m for m in run_ if m.kind == kind]
        if not ms:
            continue
        st = [results[m.id][0] for m in ms]
        killed = sum(s.startswith("killed") for s in st)
        by = [st.count(f"killed ({w})") for w in ("compiler", "build", "tests", "timeout")]
        print(f"{kind:<8} {len(ms):>7} {by[0]:>20} {by[1]:>7} {by[2]:>7} {by[3]:>8} {len(ms) - killed:>10}   "
              f"{pct(killed, len(ms)):>6}")
    total = len(run_)
    killed = sum(results[m.id][0].startswith("killed") for m in run_)
    dates = [m for m in run_ if m.kind == "date"]
    dkilled = sum(results[m.id][0].startswith("killed") for m in dates)
    print(f"kill ratio: {killed} of {total} ({pct(killed, total)}); dates: {dkilled} of {len(dates)} "
          f"({pct(dkilled, len(dates))})")
    survivors = [m for m in run_ if results[m.id][0] == "SURVIVED"]
    if survivors:
        print(f"survivors ({len(survivors)}):")
        for m in survivors:
            detail = results[m.id][1]
            print(f"  {m.id}  {m.description}" + (f"  [{detail}]" if detail else ""))
    errors = [m for m in mutants if results[m.id][0] == "ERROR"]
    if errors:
        print(f"mutants that could not be applied ({len(errors)}):")
        for m in errors:
            print(f"  {m.id}  {results[m.id][1]}")
    print(f"time: {fmt_time(elapsed)} (setup {fmt_time(setup)})")
    print(f"mutation: {killed} of {total} killed ({pct(killed, total)}), {len(survivors)} survived")
    if errors:
        return 2
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main())
