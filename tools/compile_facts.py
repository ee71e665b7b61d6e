#!/usr/bin/env python3
"""compile_facts.py - csto's data compiler, as zic is the tz database's.

Reads the facts in data/*.toml, checks everything a reviewer would check, and writes the derived
files: the constexpr headers under include/csto/data/, docs/FACTS.md and the README's membership
table. Every error names the file, the record and the field.

    python3 tools/compile_facts.py                 # check, then write every derived file
    python3 tools/compile_facts.py --check         # check only
    python3 tools/compile_facts.py --output DIR    # write the derived files under DIR instead

Needs only Python 3.11 or later (tomllib).
"""

from __future__ import annotations

import argparse
import datetime as dt
import pathlib
import re
import sys
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent
REGENERATE = "cmake --build --preset default --target regenerate"

# --- Vocabulary -------------------------------------------------------------------------------------

STATES = ["Armenia", "Azerbaijan", "Belarus", "Georgia", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan",
          "Uzbekistan"]
ENUMS = {
    "start": ["signature", "accession", "return"],
    "end": ["non_renewal", "suspension", "withdrawal"],
    "event": ["treaty_signed", "accession", "entry_into_force", "un_registration", "extension_protocol_signed",
              "first_term_expired", "extension_term_began", "extension_protocol_in_force", "organization_decided",
              "charter_signed", "charter_in_force", "un_observer_status", "return_decided", "return_protocol",
              "amending_protocol_signed", "suspension_announced", "amending_protocol_in_force",
              "suspension_formalised", "participation_frozen"],
    "body": ["collective_security_council", "council_of_foreign_ministers", "council_of_defense_ministers",
             "permanent_council", "organization", "committee_of_security_council_secretaries"],
    "meeting_kind": ["regular_session", "extraordinary_session", "anniversary_summit", "informal_summit",
                     "ministerial_meeting", "reception"],
    "format": ["in_person", "video_conference", "hybrid", "informal", "unknown"],
    "office": ["president", "acting_president", "prime_minister", "foreign_minister", "defense_minister",
               "press_secretary"],
    "attendance": ["in_person", "by_video"],
    "document": ["declaration", "statement", "plan", "strategy", "decision"],
    "occasion": ["at_meeting", "before_meeting"],
    "language": ["english", "russian"],
    "institution": ["statutory_body", "working_body", "coordinating_council", "crisis_center", "force",
                    "joint_operation", "strategy_or_plan", "partner_organization", "status"],
    "milestone": ["proposed", "decided", "created", "agreement_signed", "conducted_since", "began_functioning",
                  "regulations_approved", "made_permanent", "entered_into_force", "size_stated"],
    "obligation": ["refrain_from_force", "peaceful_settlement", "no_hostile_alliances", "amend_for_wider_system",
                   "consultations", "joint_consultations_on_threat", "establish_council", "collective_defense",
                   "inform_security_council", "coordinate_joint_activity", "heads_decide_on_armed_forces",
                   "limit_use_outside_territory", "facilities_by_special_agreement", "other_treaties_unaffected",
                   "not_against_third_states", "assist_threatened_states"],
    "request": ["assistance", "consultations", "statement"],
    "status": ["held", "scheduled"],
    "freeze_view": ["participation_suspended", "full_member"],
    "addressee": ["organization", "chair", "member_states", "state", "un_security_council"],
    "step": ["meeting", "decision", "deployment", "mission", "consultations", "assessment", "not_done", "refusal",
             "declined_document", "treaty_amendment"],
    "decision": ["appointed", "reappointed", "extended", "end_set"],
    "reach": ["within", "outside", "interpretation"],
    "threat": ["security", "stability", "territorial_integrity", "sovereignty", "international_peace"],
}
# The C++ spelling of an enumerator where it differs from the data's.
CPP_ENUM = {("start", "return"): "return_to_membership"}

# What a `_by` list backs, as the bits of csto::Field (citation.hpp). Order matters: it is the C++ enum.
FIELDS = ["date", "start", "end", "state", "place", "chair", "format", "kind", "body", "title", "absent",
          "secretary_general", "documents_total", "anniversary", "office", "attendance", "spellings", "speaker",
          "occasion", "quoted", "members", "official_name", "codes", "cow", "acting", "period", "document",
          "addressee", "article", "force", "contributors", "commander", "withdrawal", "personnel", "status", "view",
          "holders"]
assert len(FIELDS) <= 64, "csto::Citation::supports is a 64-bit mask"
# The data's field name -> the Field it backs.
FIELD_OF = {"from": "start", "until": "end", "since": "start", "states": "state", "addressed_to": "addressee",
            "held_on": "date", "chairman": "chair", "years": "period", "cow_abbreviation": "cow",
            "other_names": "spellings"}

FILES = ["sources", "states", "people", "membership", "treaty", "meetings", "statements", "secretaries_general",
         "chairmanship", "institutions", "articles", "conflicts", "requests"]


class Errors:
    def __init__(self):
        self.items: list[str] = []

    def __call__(self, where: str, message: str):
        self.items.append(f"{where}: {message}")


err = Errors()

# --- Dates -----------------------------------------------------------------------------------------------


class DateRange:
    """A date known to lie in [earliest, latest], with the precision the source gives."""

    def __init__(self, earliest: dt.date, latest: dt.date, precision: str, text: str):
        self.earliest, self.latest, self.precision, self.text = earliest, latest, precision, text

    def contains(self, other: "DateRange") -> bool:
        return self.earliest <= other.earliest and other.latest <= self.latest

    def overlaps(self, other: "DateRange") -> bool:
        return not (other.latest < self.earliest or self.latest < other.earliest)

    def cpp(self, maker: str = "make") -> str:
        # Day numbers, not DateRange::on(y, m, d): the compiler then checks no calendar in every
        # user's build (this tool has checked the days). The dates stay readable in the comment.
        # `maker`: "make" for a DateRange, "known" for an Optional<DateRange>.
        e, l = self.earliest, self.latest
        shown = e.isoformat() if e == l else f"{e.isoformat()} to {l.isoformat()}"
        return (f"csto::detail::DateRangeFromDays::{maker}({julian_day(e)}, {julian_day(l)}, "
                f"csto::Precision::{self.precision} /* {shown} */)")

    def __str__(self):
        return self.text


def last_of_month(y: int, m: int) -> dt.date:
    return (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))


def parse_date(text, where: str) -> DateRange | None:
    if not isinstance(text, str):
        err(where, f"a date is a string such as \"1993-09-24\", \"1993-09\", \"1993\" or \"a..b\", not {text!r}")
        return None
    try:
        if ".." in text:
            a, b = text.split("..", 1)
            first, last = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
            if last < first:
                err(where, f"date range {text!r} ends before it begins")
                return None
            return DateRange(first, last, "day" if first == last else "range", text)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            d = dt.date.fromisoformat(text)
            return DateRange(d, d, "day", text)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            y, m = map(int, text.split("-"))
            return DateRange(dt.date(y, m, 1), last_of_month(y, m), "month", text)
        if re.fullmatch(r"\d{4}", text):
            y = int(text)
            return DateRange(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", text)
    except ValueError as e:
        err(where, f"malformed date {text!r}: {e}")
        return None
    err(where, f"malformed date {text!r}: write YYYY-MM-DD, YYYY-MM, YYYY or YYYY-MM-DD..YYYY-MM-DD")
    return None


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


END_WORDS = ("after", "through", "until", "to", "last day is", "ends on")


def date_written(text: str, context: str, d: dt.date, precision: str, day_before: bool = True) -> bool:
    """Do `text`'s words give the day `d` at `precision`? With `day_before`, a first day out may be
    written as the last day in, right after an end word ("after 20 April 1999", "runs to 31
    December 2022"). A year the words leave out may come from the source's title (`context`)."""
    def written(day: dt.date, after_end_word: bool) -> bool:
        year, month = str(day.year), MONTHS[day.month - 1]
        if precision == "year":
            return year in text
        if precision == "month":
            return month in text and year in text
        forms = [day.isoformat(), f"{day.day} {month} {year}", f"{month} {day.day}, {year}"]
        if not re.search(r"\b\d{4}\b", text) and year in context:  # "on November 2", dated by the title
            forms += [f"{day.day} {month}", f"{month} {day.day}"]
        for form in forms:
            at = text.find(form)
            while at >= 0:
                before, after = text[at - 1:at] if at > 0 else "", text[at + len(form):at + len(form) + 1]
                ends_an_end = text[:at].rstrip().endswith(END_WORDS)
                if not before.isdigit() and not after.isdigit() and ends_an_end == after_end_word:
                    return True
                at = text.find(form, at + 1)
        return False
    if precision != "day":
        return written(d, False)
    return written(d, False) or written(d, True) if not day_before else \
        written(d, False) or written(d, True) or written(d - dt.timedelta(days=1), True)


def julian_day(d: dt.date) -> int:
    return d.toordinal() + 1721425  # Boost counts days as Julian day numbers

# --- Loading ---------------------------------------------------------------------------------------------


class Cite:
    def __init__(self, file: str, raw: dict, index: int):
        self.file, self.raw = file, raw
        self.id = raw.get("id", f"#{index}")
        self.where = f"data/{file}.toml: cite '{self.id}'"
        self.source = raw.get("source")
        self.quote = raw.get("quote")
        self.says = raw.get("says")
        self.text = self.quote if self.quote is not None else (self.says or "")
        self.date = parse_date(raw["date"], self.where + ", field 'date'") if "date" in raw else None
        self.used = False


class DataFile:
    def __init__(self, name: str, doc: dict):
        self.name, self.doc = name, doc
        self.cites: dict[str, Cite] = {}
        for i, raw in enumerate(doc.get("cite", [])):
            c = Cite(name, raw, i)
            if "id" not in raw:
                err(c.where, "a cite needs an id")
            elif c.id in self.cites:
                err(c.where, "duplicate cite id in this file")
            for key in raw:
                if key not in ("id", "source", "quote", "says", "date"):
                    err(c.where, f"unknown key '{key}'")
            self.cites[c.id] = c


def load(data_dir: pathlib.Path) -> dict[str, DataFile]:
    files = {}
    for name in FILES:
        path = data_dir / f"{name}.toml"
        try:
            with open(path, "rb") as f:
                files[name] = DataFile(name, tomllib.load(f))
        except FileNotFoundError:
            err(f"data/{name}.toml", "missing")
            files[name] = DataFile(name, {})
        except tomllib.TOMLDecodeError as e:
            err(f"data/{name}.toml", f"not valid TOML: {e}")
            files[name] = DataFile(name, {})
    with open(data_dir / "version.toml", "rb") as f:
        files["version"] = DataFile("version", tomllib.load(f))
    return files

# --- Checking ---------------------------------------------------------------------------------------


class Checker:
    def __init__(self, files: dict[str, DataFile], seeds_dir: pathlib.Path):
        self.files = files
        self.seeds_dir = seeds_dir
        self.sources: dict[str, dict] = {}
        self.seed_text: dict[str, str] = {}
        self.people: dict[str, dict] = {}
        self.meetings: dict[str, dict] = {}

    # A record's typed field and its backing.
    def backed(self, f: DataFile, rec: dict, where: str, field: str, present: bool, *,
               date: DateRange | None = None) -> list[tuple[Cite, str]]:
        """Checks `field`'s _by / _inferred / _cited keys; returns [(cite, Field)] for the C++ citation list."""
        by = rec.get(f"{field}_by")
        inferred = rec.get(f"{field}_inferred")
        extra = rec.get(f"{field}_cited", [])
        out: list[tuple[Cite, str]] = []
        fbit = FIELD_OF.get(field, field)
        if not present:
            if by is not None or inferred is not None:
                err(where, f"field '{field}': '{field}_by'/'{field}_inferred' given but the field is not")
            return out
        if by is None and inferred is None:
            err(where, f"field '{field}': no citation backs it: add {field}_by = [cite ids] that state it, "
                       f"or {field}_inferred = \"how it follows\", or leave the field out (unknown)")
        if by is not None and inferred is not None:
            err(where, f"field '{field}': both {field}_by and {field}_inferred")
        if inferred is not None and (not isinstance(inferred, str) or len(inferred) < 20):
            err(where, f"field '{field}_inferred': write the inference out (a sentence)")
        for cid in (by or []):
            c = self.cite(f, cid, where, f"{field}_by")
            if c:
                out.append((c, fbit))
        for cid in extra:
            c = self.cite(f, cid, where, f"{field}_cited")
            if c:
                out.append((c, ""))
        if date is not None and by is not None:
            self.date_agrees(where, field, date, [c for c, _ in out if _])
        return out

    def cite(self, f: DataFile, cid: str, where: str, key: str) -> Cite | None:
        c = f.cites.get(cid)
        if c is None:
            err(where, f"field '{key}': no cite '{cid}' in data/{f.name}.toml")
            return None
        c.used = True
        return c

    def cited(self, f: DataFile, rec: dict, where: str, key: str = "cited") -> list[tuple[Cite, str]]:
        return [(c, "") for c in (self.cite(f, cid, where, key) for cid in rec.get(key, [])) if c]

    def date_agrees(self, where: str, field: str, when: DateRange, cites: list[Cite]):
        earliest = latest = False
        for c in cites:
            if c.date is None:
                continue
            kind = self.sources.get(c.source, {}).get("kind")
            if kind == "seed" and not c.date.contains(when):
                err(where, f"field '{field}': {when} is not inside what seed cite '{c.id}' says ({c.date}): a "
                           "refinement must lie inside the seed's date")
            if not c.date.overlaps(when):
                err(where, f"field '{field}': cite '{c.id}' dates it {c.date}, which contradicts {when}")
            earliest = earliest or c.date.earliest == when.earliest
            latest = latest or c.date.latest == when.latest
        if not (earliest and latest):
            err(where, f"field '{field}': {when}: each end must be the end of some backing cite's date "
                       "(no invented day); or write the date as inferred")

    def enum(self, where: str, field: str, value, kind: str) -> bool:
        if value not in ENUMS[kind]:
            err(where, f"field '{field}': '{value}' is not one of {', '.join(ENUMS[kind])}")
            return False
        return True

    def state(self, where: str, field: str, value) -> bool:
        if value not in STATES:
            err(where, f"field '{field}': unknown state '{value}' (one of {', '.join(STATES)})")
            return False
        return True

    def person(self, where: str, field: str, value) -> bool:
        if value not in self.people:
            err(where, f"field '{field}': unknown person '{value}' (people.toml: a person's first spelling)")
            return False
        return True

    def keys(self, where: str, rec: dict, allowed: set[str]):
        for key in rec:
            base = re.sub(r"_(by|inferred|cited)$", "", key)
            if key not in allowed and base not in allowed:
                err(where, f"unknown key '{key}'")

    def required(self, where: str, rec: dict, *names: str) -> bool:
        ok = True
        for n in names:
            if n not in rec:
                err(where, f"missing field '{n}'")
                ok = False
        return ok

    # --- the tables --------------------------------------------------------------------------------------

    def check_sources(self):
        f = self.files["sources"]
        for rec in f.doc.get("source", []):
            where = f"data/sources.toml: source '{rec.get('id')}'"
            self.keys(where, rec, {"id", "kind", "title", "location", "dateline"})
            if not self.required(where, rec, "id", "kind", "title", "location"):
                continue
            if rec["id"] in self.sources:
                err(where, "duplicate source id")
            if rec["kind"] not in ("seed", "reference"):
                err(where, "field 'kind': 'seed' or 'reference'")
            self.sources[rec["id"]] = rec
            if rec["kind"] == "seed":
                path = self.seeds_dir / rec["id"]
                if not path.exists():
                    err(where, f"the seed's copy tests/sources/{rec['id']} is missing")
                    continue
                self.seed_text[rec["id"]] = path.read_text(encoding="utf-8")
                for words in rec.get("dateline", []):
                    if words not in self.seed_text[rec["id"]]:
                        err(where, f"field 'dateline': {words!r} is not verbatim in the seed")
        if sum(1 for s in self.sources.values() if s["kind"] == "seed") != 5:
            err("data/sources.toml", "the five seed documents must all be listed")

    def check_cites(self):
        for f in self.files.values():
            for c in f.cites.values():
                src = self.sources.get(c.source)
                if src is None:
                    err(c.where, f"field 'source': unknown source '{c.source}'")
                    continue
                if (c.quote is None) == (c.says is None):
                    err(c.where, "a cite has exactly one of 'quote' (the source's words) and 'says' (a paraphrase)")
                    continue
                if len(c.text) < 3:
                    err(c.where, "too short to cite")
                if src["kind"] == "seed":
                    if c.says is not None:
                        err(c.where, "a seed document is cited by a verbatim 'quote', not 'says'")
                    elif c.quote not in self.seed_text.get(c.source, ""):
                        err(c.where, f"field 'quote': not verbatim in tests/sources/{c.source}: {c.quote[:80]!r}")

    def check_cite_dates(self):
        """A cite's date must be written in its own words (or, for a first day out, the last day in)."""
        for f in self.files.values():
            for c in f.cites.values():
                src = self.sources.get(c.source)
                if c.date is None or src is None:
                    continue
                context = src["title"]
                # A range's ends are written as they are; a single day may be written as the day before
                # it (a first day out, written as the last day in).
                ends = [(c.date.earliest, c.date.precision, True)] if c.date.precision != "range" else \
                    [(c.date.earliest, "day", False), (c.date.latest, "day", False)]
                for d, precision, day_before in ends:
                    if not date_written(c.text, context, d, precision, day_before):
                        err(c.where, f"field 'date': {c.date} is not written in the cite's words (write the day, "
                                     "or the last day before it, as \"21 April 1999\", \"April 21, 1999\" or "
                                     "\"1999-04-21\"; a month or year as the words give it)")

    def check_unused(self):
        for f in self.files.values():
            for c in f.cites.values():
                if not c.used:
                    err(c.where, "never used by a record: cite it where it belongs, or remove it")
        cited = {c.source for f in self.files.values() for c in f.cites.values() if c.used}
        for sid, s in self.sources.items():
            if s["kind"] == "seed" and sid not in cited:
                err(f"data/sources.toml: source '{sid}'", "a seed document no record cites")


def check(files: dict[str, DataFile], seeds_dir: pathlib.Path):
    """Checks every table; returns the model the emitters read."""
    ck = Checker(files, seeds_dir)
    ck.check_sources()
    ck.check_cites()
    ck.check_cite_dates()
    model = {"sources": ck.sources}
    model["states"] = check_states(ck)
    model["people"] = check_people(ck)
    model.update(check_membership(ck))
    model["events"] = check_treaty(ck)
    model["meetings"] = check_meetings(ck)
    model["statements"] = check_statements(ck)
    model["terms"] = check_secretaries_general(ck)
    model["chairmanships"] = check_chairmanship(ck)
    model["institutions"] = check_institutions(ck)
    model.update(check_articles(ck))
    model["conflicts"] = check_conflicts(ck)
    model["requests"] = check_requests(ck)
    v = files["version"].doc
    model["version"] = v.get("version", "")
    model["as_of"] = parse_date(v.get("as_of", ""), "data/version.toml: field 'as_of'")
    for mt in model["meetings"]:
        when, as_of = mt["date_d"], model["as_of"]
        if when and as_of and mt["status"] == "held" and as_of.latest < when.latest:
            err(f"data/meetings.toml: meeting '{mt['id']}'", f"held after the as-of date {as_of}: mark it scheduled")
        if when and as_of and mt["status"] == "scheduled" and when.earliest <= as_of.latest:
            err(f"data/meetings.toml: meeting '{mt['id']}'",
                f"scheduled on or before the as-of date {as_of}: did it take place? say so")
    if not re.fullmatch(r"\d{4}[a-z]", model["version"]):
        err("data/version.toml", "field 'version': a year and a letter, like \"2026a\"")
    ck.check_unused()
    return model


def inferences_of(rec: dict) -> list[tuple[str, str]]:
    """A record's (field, how) pairs, from its `<field>_inferred` keys."""
    return [(k[:-len("_inferred")], v) for k, v in rec.items() if k.endswith("_inferred")]


def check_states(ck: Checker):
    f = ck.files["states"]
    out = []
    for rec in f.doc.get("state", []):
        where = f"data/states.toml: state '{rec.get('name')}'"
        ck.keys(where, rec, {"name", "official_name", "alpha2", "alpha3", "numeric", "cow", "codes", "cow_abbreviation",
                             "other_names"})
        if not ck.required(where, rec, "name", "official_name", "alpha2", "alpha3", "numeric", "cow"):
            continue
        cites = (ck.backed(f, rec, where, "official_name", True) + ck.backed(f, rec, where, "codes", True) +
                 ck.backed(f, rec, where, "cow", True))
        if not re.fullmatch(r"[A-Z]{2}", rec["alpha2"]) or not re.fullmatch(r"[A-Z]{3}", rec["alpha3"]):
            err(where, "alpha2/alpha3: two and three capital letters")
        if not isinstance(rec["numeric"], int) or not 0 < rec["numeric"] < 1000:
            err(where, "numeric: ISO 3166-1's number, 1 to 999")
        abbreviation = rec.get("cow_abbreviation")
        abbreviation_cites = ck.backed(f, rec, where, "cow_abbreviation", abbreviation is not None)
        if abbreviation is not None:
            if not isinstance(abbreviation, str) or not re.fullmatch(r"[A-Z]{3}", abbreviation):
                err(where, "cow_abbreviation: three capital letters")
            elif not any(re.search(rf"\b{abbreviation}\b", c.text) for c, _ in abbreviation_cites):
                err(where, f"field 'cow_abbreviation': {abbreviation!r} appears in none of its cow_abbreviation_by cites")
        others = rec.get("other_names", [])
        other_cites = ck.backed(f, rec, where, "other_names", "other_names" in rec)
        if not isinstance(others, list) or not all(isinstance(o, str) for o in others):
            err(where, "other_names: a list of names")
            others = []
        for o in others:
            if not o or o != o.strip() or len(o.encode("utf-8")) > 64 or o.isdigit():
                err(where, f"field 'other_names': {o!r}: a name, without surrounding blanks, at most 64 bytes")
            if not any(o in c.text for c, _ in other_cites):
                err(where, f"field 'other_names': {o!r} appears in none of its other_names_by cites")
        out.append({**rec, "other_names": others, "cites": cites + abbreviation_cites + other_cites})
    if [s["name"] for s in out] != STATES:
        err("data/states.toml", f"the states must be exactly, in this order: {', '.join(STATES)}")
    # find_state must read every name and code as one state only.
    owner: dict[str, str] = {}
    for s in out:
        for form in state_forms(s):
            key = ascii_lower(form) if form not in state_codes(s) else form
            if owner.setdefault(key, s["name"]) != s["name"]:
                err(f"data/states.toml: state '{s['name']}'", f"{form!r} is also a name or code of {owner[key]}")
    return out


def ascii_lower(text: str) -> str:
    """Lower-cases the ASCII letters only, as find_state does: other characters match exactly."""
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in text)


def state_codes(s: dict) -> list[str]:
    """A state's codes, matched by find_state only as written (capitals)."""
    return [s["alpha2"], s["alpha3"]] + ([s["cow_abbreviation"]] if s.get("cow_abbreviation") else [])


def state_forms(s: dict) -> list[str]:
    """Every name and code of a state, without repeats."""
    forms = [s["name"], s["official_name"], *s.get("other_names", []), *state_codes(s)]
    return list(dict.fromkeys(forms))


def check_people(ck: Checker):
    f = ck.files["people"]
    out = []
    for rec in f.doc.get("person", []):
        spellings = rec.get("spellings") or ["?"]
        where = f"data/people.toml: person '{spellings[0]}'"
        ck.keys(where, rec, {"spellings", "state"})
        if not ck.required(where, rec, "spellings", "state"):
            continue
        ck.state(where, "state", rec["state"])
        sp = ck.backed(f, rec, where, "spellings", True)
        for s in spellings:
            if not any(s in c.text for c, _ in sp):
                err(where, f"field 'spellings': {s!r} appears in none of its spellings_by cites")
        cites = sp + ck.backed(f, rec, where, "state", True)
        if spellings[0] in ck.people:
            err(where, "duplicate person")
        ck.people[spellings[0]] = rec
        out.append({**rec, "name": spellings[0], "cites": cites})
    return out


def check_membership(ck: Checker):
    f = ck.files["membership"]
    intervals, freezes, listings, discrepancies = [], [], [], []
    for i, rec in enumerate(f.doc.get("interval", [])):
        where = f"data/membership.toml: interval {i + 1} ({rec.get('state')}, from {rec.get('from')})"
        ck.keys(where, rec, {"state", "start", "from", "end", "until"})
        if not ck.required(where, rec, "state", "start", "from") or not ck.state(where, "state", rec["state"]):
            continue
        ck.enum(where, "start", rec["start"], "start")
        frm = parse_date(rec["from"], where + ", field 'from'")
        until = parse_date(rec["until"], where + ", field 'until'") if "until" in rec else None
        if ("end" in rec) != ("until" in rec):
            err(where, "'end' and 'until' go together")
        if "end" in rec:
            ck.enum(where, "end", rec["end"], "end")
        start_cites = ck.backed(f, rec, where, "from", True, date=frm)
        end_cites = ck.backed(f, rec, where, "until", "until" in rec, date=until)
        if frm and until and not frm.latest < until.earliest:
            err(where, "field 'until': must come after 'from'")
        intervals.append({**rec, "from_d": frm, "until_d": until, "start_cites": start_cites,
                          "end_cites": end_cites, "where": where})
    intervals.sort(key=lambda r: (STATES.index(r["state"]), r["from_d"].earliest if r["from_d"] else dt.date.min))
    for a, b in zip(intervals, intervals[1:]):
        if a["state"] == b["state"] and (a["until_d"] is None or not a["until_d"].latest < b["from_d"].earliest):
            err(b["where"], f"overlaps the interval from {a['from']}: a state's intervals must be disjoint")
    for i, rec in enumerate(f.doc.get("freeze", [])):
        where = f"data/membership.toml: freeze {i + 1} ({rec.get('state')})"
        ck.keys(where, rec, {"state", "since", "until", "reading"})
        if not ck.required(where, rec, "state", "since") or not ck.state(where, "state", rec["state"]):
            continue
        since = parse_date(rec["since"], where + ", field 'since'")
        until = parse_date(rec["until"], where + ", field 'until'") if "until" in rec else None
        cites = ck.backed(f, rec, where, "since", True, date=since) + ck.backed(f, rec, where, "until",
                                                                                 "until" in rec, date=until)
        readings = []
        for j, r in enumerate(rec.get("reading", [])):
            rw = f"{where}, reading {j + 1} ({r.get('holder')})"
            ck.keys(rw, r, {"holder", "view", "summary", "cited"})
            if not ck.required(rw, r, "holder", "view", "summary"):
                continue
            ck.enum(rw, "view", r["view"], "freeze_view")
            readings.append({**r, "cites": ck.backed(f, r, rw, "view", True) + ck.cited(f, r, rw)})
        freezes.append({**rec, "since_d": since, "until_d": until, "cites": cites, "readings": readings})
    for i, rec in enumerate(f.doc.get("listing", [])):
        where = f"data/membership.toml: listing {i + 1} ({rec.get('date')})"
        ck.keys(where, rec, {"date", "members", "complete", "inference"})
        if not ck.required(where, rec, "date", "members", "complete", "inference"):
            continue
        when = parse_date(rec["date"], where + ", field 'date'")
        for s in rec["members"]:
            ck.state(where, "members", s)
        cites = ck.backed(f, rec, where, "date", True, date=when) + ck.backed(f, rec, where, "members", True)
        listings.append({**rec, "date_d": when, "cites": cites, "where": where})
    for i, rec in enumerate(f.doc.get("discrepancy", [])):
        where = f"data/membership.toml: discrepancy {i + 1} ({rec.get('state')}, {rec.get('fact')})"
        ck.keys(where, rec, {"state", "fact", "rejected", "rejected_by", "reason", "cited"})
        if not ck.required(where, rec, "state", "fact", "rejected", "rejected_by", "reason", "cited"):
            continue
        ck.state(where, "state", rec["state"])
        rejected = parse_date(rec["rejected"], where + ", field 'rejected'")
        cites = ck.cited(f, rec, where)
        if rejected and not any(c.date and c.date.contains(rejected) for c, _ in cites):
            err(where, "field 'rejected': no cite gives this date")
        for iv in intervals:
            if iv["state"] == rec["state"] and rejected and iv["from_d"] and iv["from_d"].contains(rejected):
                err(where, "field 'rejected': the data uses this date after all")
        discrepancies.append({**rec, "rejected_d": rejected, "cites": cites})
    if len(intervals) > 65535:
        err("data/membership.toml", "more than 65535 intervals: csto::IntervalRange holds 16-bit indexes")
    segments = compile_segments(intervals)
    for l in listings:  # the sources' own lists agree with the data on every day they may speak of
        d = l["date_d"].earliest if l["date_d"] else None
        while d and d <= l["date_d"].latest:
            certain = segment_at(segments, d)[0]
            members = {STATES[i] for i in range(len(STATES)) if certain >> i & 1}
            listed = set(l["members"])
            if not listed <= members or (l["complete"] and listed != members):
                err(l["where"], f"on {d} the data's members are {sorted(members)}, the source lists {sorted(listed)}")
                break
            d += dt.timedelta(days=1)
    return {"intervals": intervals, "freezes": freezes, "listings": listings, "discrepancies": discrepancies,
            "segments": segments}


def member_on(iv: dict, d: dt.date):
    """True, False or None (indeterminate): is the state a member on d by this interval?"""
    def reached(r):
        return False if d < r.earliest else (None if d < r.latest else True)
    begun = reached(iv["from_d"])
    ended = reached(iv["until_d"]) if iv["until_d"] else False
    not_ended = None if ended is None else not ended
    if begun is False or not_ended is False:
        return False
    if begun is None or not_ended is None:
        return None
    return True


def compile_segments(intervals):
    days = sorted({d for iv in intervals for r in (iv["from_d"], iv["until_d"]) if r for d in (r.earliest, r.latest)})
    certain, open_ = [], []
    for k in range(len(days) + 1):
        sample = days[0] - dt.timedelta(days=1) if k == 0 else days[k - 1]
        c = o = 0
        for s, name in enumerate(STATES):
            result = False
            for iv in intervals:
                if iv["state"] != name:
                    continue
                m = member_on(iv, sample)
                if m is True:
                    result = True
                elif m is None and result is False:
                    result = None
            if result is True:
                c |= 1 << s
            elif result is None:
                o |= 1 << s
        certain.append(c)
        open_.append(o)
    return days, certain, open_


def segment_at(segments, d: dt.date):
    days, certain, open_ = segments
    k = sum(1 for x in days if x <= d)
    return certain[k], open_[k]


def check_treaty(ck: Checker):
    f = ck.files["treaty"]
    out = []
    for i, rec in enumerate(f.doc.get("event", [])):
        where = f"data/treaty.toml: event {i + 1} ({rec.get('kind')}, {rec.get('date')})"
        ck.keys(where, rec, {"kind", "date", "states", "summary"})
        if not ck.required(where, rec, "kind", "date", "summary"):
            continue
        ck.enum(where, "kind", rec["kind"], "event")
        when = parse_date(rec["date"], where + ", field 'date'")
        for s in rec.get("states", []):
            ck.state(where, "states", s)
        cites = ck.backed(f, rec, where, "date", True, date=when) + ck.backed(f, rec, where, "states",
                                                                               bool(rec.get("states")))
        if out and when and out[-1]["date_d"] and when.earliest < out[-1]["date_d"].earliest:
            err(where, "events must be in date order")
        out.append({**rec, "date_d": when, "cites": cites})
    for kind in ("treaty_signed", "entry_into_force", "charter_signed", "organization_decided",
                 "extension_term_began"):
        n = sum(1 for e in out if e["kind"] == kind)
        if n != 1:
            err("data/treaty.toml", f"exactly one '{kind}' event is needed (the queries rely on it), found {n}")
    return out


def check_meetings(ck: Checker):
    f = ck.files["meetings"]
    out = []
    for rec in f.doc.get("meeting", []):
        where = f"data/meetings.toml: meeting '{rec.get('id')}'"
        ck.keys(where, rec, {"id", "date", "body", "kind", "format", "city", "venue", "place", "title",
                             "chair_state", "chair", "absent", "secretary_general", "documents_total",
                             "treaty_anniversary", "organization_anniversary", "anniversary", "remarks",
                             "participant", "document", "cited", "status"})
        if not ck.required(where, rec, "id", "date", "body", "kind"):
            continue
        rec.setdefault("format", "unknown")  # left out: no source says how it was held
        ck.enum(where, "status", rec.setdefault("status", "held"), "status")
        if rec["id"] in ck.meetings:
            err(where, "duplicate meeting id")
        ck.meetings[rec["id"]] = rec
        when = parse_date(rec["date"], where + ", field 'date'")
        ck.enum(where, "body", rec["body"], "body")
        ck.enum(where, "kind", rec["kind"], "meeting_kind")
        ck.enum(where, "format", rec["format"], "format")
        if "chair" in rec and "chair_state" not in rec:
            err(where, "field 'chair': a chair needs its chair_state")
        if "chair_state" in rec:
            ck.state(where, "chair_state", rec["chair_state"])
        if "chair" in rec:
            ck.person(where, "chair", rec["chair"])
        if "secretary_general" in rec:
            ck.person(where, "secretary_general", rec["secretary_general"])
        for s in rec.get("absent", []):
            ck.state(where, "absent", s)
        cites = ck.backed(f, rec, where, "date", True, date=when)
        cites += ck.backed(f, rec, where, "body", True) + ck.backed(f, rec, where, "kind", True)
        cites += ck.backed(f, rec, where, "format", rec["format"] != "unknown")
        cites += ck.backed(f, rec, where, "status", rec["status"] != "held")
        cites += ck.backed(f, rec, where, "place", "city" in rec or "venue" in rec)
        cites += ck.backed(f, rec, where, "title", "title" in rec)
        cites += ck.backed(f, rec, where, "chair", "chair_state" in rec)
        cites += ck.backed(f, rec, where, "absent", bool(rec.get("absent")))
        cites += ck.backed(f, rec, where, "secretary_general", "secretary_general" in rec)
        cites += ck.backed(f, rec, where, "documents_total", "documents_total" in rec)
        cites += ck.backed(f, rec, where, "anniversary", "treaty_anniversary" in rec or
                           "organization_anniversary" in rec)
        cites += ck.cited(f, rec, where)
        remarks = ck.cited(f, rec, where, "remarks")
        inferences = inferences_of(rec)
        participants = []
        for p in rec.get("participant", []):
            pw = f"{where}, participant '{p.get('person')}'"
            ck.keys(pw, p, {"person", "state", "office", "attendance", "spelled"})
            if not ck.required(pw, p, "person", "state", "office", "attendance", "spelled"):
                continue
            ck.person(pw, "person", p["person"])
            ck.state(pw, "state", p["state"])
            ck.enum(pw, "office", p["office"], "office")
            ck.enum(pw, "attendance", p["attendance"], "attendance")
            pc = ck.backed(f, p, pw, "office", True) + ck.backed(f, p, pw, "attendance", True)
            if not any(p["spelled"] in c.text for c, b in pc if b == "office"):
                err(pw, f"field 'spelled': {p['spelled']!r} occurs in none of its office_by cites")
            if p["person"] in ck.people and p["spelled"] not in ck.people[p["person"]]["spellings"]:
                err(pw, f"field 'spelled': {p['spelled']!r} is not among the person's spellings in people.toml")
            participants.append({**p, "cites": pc})
        documents = []
        for d in rec.get("document", []):
            dw = f"{where}, document '{d.get('title')}'"
            ck.keys(dw, d, {"title", "kind", "first_year", "last_year", "note", "document"})
            if not ck.required(dw, d, "title", "kind"):
                continue
            ck.enum(dw, "kind", d["kind"], "document")
            documents.append({**d, "cites": ck.backed(f, d, dw, "document", True)})
        if out and when and out[-1]["date_d"] and when.earliest < out[-1]["date_d"].earliest:
            err(where, "meetings must be in date order")
        out.append({**rec, "date_d": when, "cites": cites, "remark_cites": remarks, "participants": participants,
                    "documents": documents, "inferences": inferences})
    return out


def check_statements(ck: Checker):
    f = ck.files["statements"]
    out = []
    for i, rec in enumerate(f.doc.get("statement", [])):
        where = f"data/statements.toml: statement {i + 1} ({rec.get('speaker')}, {rec.get('words')})"
        ck.keys(where, rec, {"speaker", "meeting", "occasion", "language", "quoted", "words"})
        if not ck.required(where, rec, "speaker", "meeting", "occasion", "language", "quoted", "words"):
            continue
        ck.person(where, "speaker", rec["speaker"])
        if rec["meeting"] not in ck.meetings:
            err(where, f"field 'meeting': unknown meeting '{rec['meeting']}'")
        ck.enum(where, "occasion", rec["occasion"], "occasion")
        ck.enum(where, "language", rec["language"], "language")
        words = ck.cite(f, rec["words"], where, "words")
        cites = [(words, "")] if words else []
        cites += ck.backed(f, rec, where, "speaker", True) + ck.backed(f, rec, where, "occasion", True)
        cites += ck.backed(f, rec, where, "quoted", True)
        if not isinstance(rec["quoted"], bool):
            err(where, "field 'quoted': true or false")
        out.append({**rec, "words_cite": words, "cites": cites})
    return out


def check_secretaries_general(ck: Checker):
    f = ck.files["secretaries_general"]
    out = []
    for i, rec in enumerate(f.doc.get("term", [])):
        where = f"data/secretaries_general.toml: term {i + 1} ({rec.get('person')})"
        ck.keys(where, rec, {"person", "from", "until", "acting", "decision"})
        if not ck.required(where, rec, "person", "from", "until", "acting"):
            continue
        ck.person(where, "person", rec["person"])
        frm = parse_date(rec["from"], where + ", field 'from'")
        until = parse_date(rec["until"], where + ", field 'until'")
        cites = ck.backed(f, rec, where, "from", True, date=frm) + ck.backed(f, rec, where, "until", True,
                                                                             date=until)
        cites += ck.backed(f, rec, where, "acting", True)
        if out and out[-1]["until"] != rec["from"]:
            err(where, f"field 'from': {rec['from']} is not the previous term's until ({out[-1]['until']})")
        decisions = check_term_decisions(ck, f, rec, where, frm, until)
        out.append({**rec, "from_d": frm, "until_d": until, "cites": cites, "decisions": decisions})
    return out


def check_term_decisions(ck: Checker, f: DataFile, term: dict, where: str, frm: DateRange | None,
                         until: DateRange | None) -> list[dict]:
    """A term's [[term.decision]]s: in date order, inside the term, an end_set naming the term's end."""
    out = []
    for j, d in enumerate(term.get("decision", [])):
        dw = f"{where}, decision {j + 1} ({d.get('kind')}, {d.get('date')})"
        ck.keys(dw, d, {"date", "kind", "years", "until"})
        if not ck.required(dw, d, "date", "kind"):
            continue
        ck.enum(dw, "kind", d["kind"], "decision")
        when = parse_date(d["date"], dw + ", field 'date'")
        set_until = parse_date(d["until"], dw + ", field 'until'") if "until" in d else None
        if "years" in d and (not isinstance(d["years"], int) or d["years"] < 1):
            err(dw, "field 'years': a whole number of years, 1 or more")
        if (d["kind"] == "end_set") != ("until" in d):
            err(dw, "field 'until': an end_set decision names the end it set, and only it does")
        cites = ck.backed(f, d, dw, "date", True, date=when) + ck.backed(f, d, dw, "years", "years" in d)
        cites += ck.backed(f, d, dw, "until", "until" in d, date=set_until)
        if when and out and out[-1]["date_d"] and when.earliest < out[-1]["date_d"].latest:
            err(dw, "decisions must be in date order")
        if when and until and not when.latest < until.latest:
            err(dw, "field 'date': the decision is not before the term's end")
        if when and frm and d["kind"] == "appointed" and frm.latest < when.earliest:
            err(dw, "field 'date': an appointment comes no later than the term's first day")
        out.append({**d, "date_d": when, "until_d": set_until, "cites": cites})
    ends = [d for d in out if d["until_d"]]
    if ends and until and ends[-1]["until"] != term["until"]:
        err(where, f"field 'until': {term['until']} is not the end the last end_set decision set ({ends[-1]['until']})")
    return out


def chair_days(frm: DateRange | None, until: DateRange | None, held: DateRange | None):
    """The days a chairmanship certainly covers and those it may cover, as (first, last) pairs or None:
    the same rule as csto::Chairmanship::covers (chairmanship.hpp). An unknown bound stretches nothing."""
    one = dt.timedelta(days=1)
    anchors = []
    if held and held.precision == "day":
        anchors.append(held.earliest)
    if frm and frm.precision == "day":
        anchors.append(frm.earliest)
    if until and until.precision == "day":
        anchors.append(until.earliest - one)
    if frm and until and frm.latest < until.earliest:
        anchors += [frm.latest, until.earliest - one]
    if anchors and frm and frm.latest <= max(anchors):
        anchors.append(frm.latest)
    if anchors and until and min(anchors) <= until.earliest - one:
        anchors.append(until.earliest - one)
    core = (min(anchors), max(anchors)) if anchors else None
    first = frm.earliest if frm else (core[0] if core else until.earliest - one if until else None)
    last = until.latest - one if until else (core[1] if core else frm.latest if frm else None)
    return core, (first, last) if first and last else None


def check_chairmanship(ck: Checker):
    f = ck.files["chairmanship"]
    out = []
    for i, rec in enumerate(f.doc.get("chairmanship", [])):
        where = f"data/chairmanship.toml: chairmanship {i + 1} ({rec.get('state')})"
        ck.keys(where, rec, {"state", "from", "until", "held_on", "chairman", "cited"})
        if not ck.required(where, rec, "state") or not ck.state(where, "state", rec["state"]):
            continue
        frm = parse_date(rec["from"], where + ", field 'from'") if "from" in rec else None
        until = parse_date(rec["until"], where + ", field 'until'") if "until" in rec else None
        held = parse_date(rec["held_on"], where + ", field 'held_on'") if "held_on" in rec else None
        if not (frm or until or held):
            err(where, "no day at all: give from, until or held_on (a record no source dates says nothing)")
            continue
        if held and held.precision != "day":
            err(where, "field 'held_on': a single day")
        cites = ck.backed(f, rec, where, "state", True)
        cites += ck.backed(f, rec, where, "from", frm is not None, date=frm)
        cites += ck.backed(f, rec, where, "until", until is not None, date=until)
        cites += ck.backed(f, rec, where, "held_on", held is not None, date=held)
        cites += ck.backed(f, rec, where, "chairman", "chairman" in rec)
        cites += ck.cited(f, rec, where)
        if "chairman" in rec and ck.person(where, "chairman", rec["chairman"]):
            if ck.people[rec["chairman"]]["state"] != rec["state"]:
                err(where, f"field 'chairman': {rec['chairman']} is not of {rec['state']}")
        if frm and until and not frm.latest < until.earliest:
            err(where, "field 'until': must come after 'from'")
        if held and ((frm and held.earliest < frm.earliest) or (until and not held.latest < until.latest)):
            err(where, "field 'held_on': outside from and until")
        core, span = chair_days(frm, until, held)
        inferences = inferences_of(rec)
        out.append({**rec, "from_d": frm, "until_d": until, "held_d": held, "cites": cites, "core": core,
                    "span": span, "inferences": inferences, "where": where})
    # One state chairs at a time: in order, and no record's certain days inside another's days.
    for i, a in enumerate(out):
        for b in out[i + 1:]:
            if not a["span"] or not b["span"]:
                continue
            if b["span"][0] < a["span"][0]:
                err(b["where"], "chairmanships must be in date order")
            if (a["core"] and not a["core"][1] < b["span"][0]) or (b["core"] and not a["span"][1] < b["core"][0]):
                err(b["where"], f"overlaps the chairmanship of {a['state']} ({a['where']}): one state chairs at a time")
    return out


# An institution exists from the first of its milestones of these kinds (csto::Institution::existed_on).
FOUNDING_MILESTONES = ("decided", "created", "agreement_signed", "conducted_since")


def personnel_words(n: int, approximate: bool) -> str:
    """How a cite writes a stated size: "18,000", "about 5,000"."""
    return f"about {n:,}" if approximate else f"{n:,}"


def check_milestone(ck: Checker, f: DataFile, m: dict, where: str):
    ck.keys(where, m, {"kind", "date", "personnel", "approximate", "note", "cited"})
    if not ck.required(where, m, "kind", "date"):
        return None
    ck.enum(where, "kind", m["kind"], "milestone")
    when = parse_date(m["date"], where + ", field 'date'")
    cites = ck.backed(f, m, where, "date", True, date=when)  # date_by backs the kind too
    sized = m["kind"] == "size_stated"
    if sized != ("personnel" in m):
        err(where, "field 'personnel': a size_stated milestone has one, no other milestone does")
    if "approximate" in m and "personnel" not in m:
        err(where, "field 'approximate': only with personnel")
    personnel_cites = ck.backed(f, m, where, "personnel", "personnel" in m)
    cites += personnel_cites
    if "personnel" in m:
        n, about = m["personnel"], m.get("approximate", False)
        if not isinstance(n, int) or isinstance(n, bool) or not 0 < n < 2**32:
            err(where, "field 'personnel': a positive whole number")
        elif not isinstance(about, bool):
            err(where, "field 'approximate': true or false")
        else:
            words = personnel_words(n, about)
            stated = [c for c, bit in personnel_cites if bit]
            if not any(words in c.text for c in stated):
                err(where, f"field 'personnel': no personnel_by cite writes {words!r}")
            if not about and any(personnel_words(n, True) in c.text for c in stated):
                err(where, "field 'approximate': the cite says \"about\"; write approximate = true")
    cites += ck.cited(f, m, where)
    inference = m.get("date_inferred", "")
    return {**m, "date_d": when, "cites": cites, "inference": inference}


def check_institutions(ck: Checker):
    f = ck.files["institutions"]
    out = []
    for rec in f.doc.get("institution", []):
        where = f"data/institutions.toml: institution '{rec.get('name')}'"
        ck.keys(where, rec, {"name", "kind", "description", "since", "first_year", "last_year", "period", "holders",
                             "milestone", "cited"})
        if not ck.required(where, rec, "name", "kind", "description"):
            continue
        ck.enum(where, "kind", rec["kind"], "institution")
        since = parse_date(rec["since"], where + ", field 'since'") if "since" in rec else None
        cites = ck.backed(f, rec, where, "since", "since" in rec, date=since)
        cites += ck.backed(f, rec, where, "period", "first_year" in rec or "last_year" in rec)
        if "holders" in rec:
            if rec["kind"] != "status":
                err(where, "field 'holders': only a status has holders")
            if not isinstance(rec["holders"], list) or not all(isinstance(h, str) and h for h in rec["holders"]):
                err(where, "field 'holders': a list of names")
        cites += ck.backed(f, rec, where, "holders", "holders" in rec)
        cites += ck.cited(f, rec, where)
        if not cites:
            err(where, "no cite at all")
        if any(i["name"] == rec["name"] for i in out):
            err(where, "duplicate institution name")
        milestones = []
        for j, m in enumerate(rec.get("milestone", [])):
            checked = check_milestone(ck, f, m, f"{where}, milestone {j + 1} ({m.get('kind')}, {m.get('date')})")
            if checked is None:
                continue
            prev = milestones[-1]["date_d"] if milestones else None
            if prev and checked["date_d"] and checked["date_d"].earliest < prev.earliest:
                err(f"{where}, milestone {j + 1}", "milestones must be in date order")
            milestones.append(checked)
        if milestones and since:
            err(where, "field 'since': a record with milestones dates its beginning by them; leave 'since' out")
        out.append({**rec, "since_d": since, "cites": cites, "milestones": milestones})
    return out


# How the words list what a threat under Article 2 may be a threat to.
THREAT_WORDS = {"security": "security", "stability": "stability", "territorial_integrity": "territorial integrity",
                "sovereignty": "sovereignty", "international_peace": "international peace"}


def check_scope_words(vw, v, cites):
    """An article version's readings rest on its own words, quoted in its substance and in a citation."""
    for key, fields in (("aggressor", {"words", "state", "group_of_states", "non_state", "reading"}),
                        ("threats", {"words", "covers"})):
        scope = v.get(key)
        if scope is None:
            continue
        where = f"{vw}, [{key}]"
        missing = sorted(fields - scope.keys())
        extra = sorted(scope.keys() - fields)
        if missing or extra:
            err(where, f"fields {', '.join(fields)} (missing: {', '.join(missing) or '-'}; "
                       f"unknown: {', '.join(extra) or '-'})")
            continue
        words = scope["words"]
        if not words or words not in v.get("substance", ""):
            err(where, "field 'words': not part of the version's substance")
        if not any(words in c.text for c, _ in cites):
            err(where, "field 'words': in none of the version's citations")
        if key == "aggressor":
            for k in ("state", "group_of_states", "non_state"):
                if scope[k] not in ENUMS["reach"]:
                    err(where, f"field '{k}': '{scope[k]}' is not one of {', '.join(ENUMS['reach'])}")
        else:
            for t in scope["covers"]:
                if t not in ENUMS["threat"]:
                    err(where, f"field 'covers': '{t}' is not one of {', '.join(ENUMS['threat'])}")
                elif THREAT_WORDS[t] not in words:
                    err(where, f"field 'covers': '{t}' ({THREAT_WORDS[t]}) is not in the words")
            named = words.replace("international peace", "")
            for t, w in THREAT_WORDS.items():
                if t not in scope["covers"] and w in named:
                    err(where, f"field 'covers': the words name '{w}', which covers leaves out")


def check_articles(ck: Checker):
    f = ck.files["articles"]
    out = []
    for rec in f.doc.get("article", []):
        where = f"data/articles.toml: article {rec.get('number')}"
        ck.keys(where, rec, {"number", "title", "version"})
        if not ck.required(where, rec, "number", "title"):
            continue
        if rec["number"] != len(out) + 1:
            err(where, "articles are numbered 1, 2, ... in order")
        versions = []
        for j, v in enumerate(rec.get("version", [])):
            vw = f"{where}, version {j + 1}"
            ck.keys(vw, v, {"from", "substance", "verbatim", "wording_known", "change", "obligation", "cited",
                            "aggressor", "threats"})
            if not ck.required(vw, v, "from", "substance", "verbatim", "wording_known"):
                continue
            frm = parse_date(v["from"], vw + ", field 'from'")
            cites = ck.backed(f, v, vw, "from", True, date=frm) + ck.cited(f, v, vw)
            if v["verbatim"] and not any(c.quote == v["substance"] and ck.sources[c.source]["kind"] == "seed"
                                         for c, _ in cites if c.source in ck.sources):
                err(vw, "field 'verbatim': the substance is not exactly one of its seed quotes")
            if j > 0 and not v.get("change"):
                err(vw, "field 'change': an amended version says what changed")
            if versions and frm and versions[-1]["from_d"] and not versions[-1]["from_d"].latest < frm.earliest:
                err(vw, "versions must be in date order")
            obligations = []
            for o in v.get("obligation", []):
                ck.enum(vw, "obligation", o.get("kind"), "obligation")
                obligations.append(o)
            if v["wording_known"] and v["substance"] and not obligations:
                err(vw, "a version whose wording is known lists its obligations")
            check_scope_words(vw, v, cites)
            versions.append({**v, "from_d": frm, "cites": cites, "obligations": obligations})
        out.append({**rec, "versions": versions})
    if len(out) != 12:
        err("data/articles.toml", "the Treaty has twelve articles")
    doc = f.doc
    purpose = ck.cited(f, doc.get("purpose", {}), "data/articles.toml: [purpose]")
    terms = {k: ck.cited(f, doc.get("terms", {}), "data/articles.toml: [terms]", k)
             for k in ("first_term", "extension", "automatic_renewal")}
    for k, v in terms.items():
        if not v:
            err("data/articles.toml: [terms]", f"field '{k}': no cite")
    return {"articles": out, "purpose": purpose, "term_sources": terms}


def check_conflicts(ck: Checker):
    f = ck.files["conflicts"]
    out = []
    for rec in f.doc.get("conflict", []):
        where = f"data/conflicts.toml: conflict '{rec.get('subject')}'"
        ck.keys(where, rec, {"subject", "kept", "reason", "cited"})
        if not ck.required(where, rec, "subject", "kept", "reason", "cited"):
            continue
        cites = ck.cited(f, rec, where)
        if len({c.source for c, _ in cites}) < 2:
            err(where, "a conflict cites both sides (at least two sources)")
        out.append({**rec, "cites": cites})
    return out

def check_requests(ck: Checker):
    """Requests for help or consultations and the steps that followed (data/requests.toml)."""
    f = ck.files["requests"]
    out, ids = [], set()
    for rec in f.doc.get("request", []):
        where = f"data/requests.toml: request '{rec.get('id')}'"
        ck.keys(where, rec, {"id", "state", "kind", "date", "addressed_to", "addressed_states", "article",
                             "article_reported", "summary", "remarks", "step", "cited"})
        if not ck.required(where, rec, "id", "state", "kind", "date", "addressed_to", "summary"):
            continue
        if rec["id"] in ids:
            err(where, "duplicate request id")
        ids.add(rec["id"])
        ck.state(where, "state", rec["state"])
        ck.enum(where, "kind", rec["kind"], "request")
        for a in rec["addressed_to"]:
            ck.enum(where, "addressed_to", a, "addressee")
        bilateral = rec.get("addressed_states", [])
        for s in bilateral:
            ck.state(where, "addressed_states", s)
        if bool(bilateral) != ("state" in rec["addressed_to"]):
            err(where, "field 'addressed_states': give the states exactly when addressed_to has \"state\"")
        if rec.get("article") not in (None, 2, 4):
            err(where, "field 'article': 2 or 4 (leave it out when none is stated)")
        if rec.get("article_reported") and "article" not in rec:
            err(where, "field 'article_reported': only with an article")
        when = parse_date(rec["date"], where + ", field 'date'")
        cites = ck.backed(f, rec, where, "date", True, date=when) + ck.backed(f, rec, where, "kind", True)
        cites += ck.backed(f, rec, where, "addressed_to", True)
        cites += ck.backed(f, rec, where, "article", "article" in rec)
        cites += ck.cited(f, rec, where)
        remarks = ck.cited(f, rec, where, "remarks")
        steps = []
        for j, s in enumerate(rec.get("step", [])):
            sw = f"{where}, step {j + 1} ({s.get('kind')})"
            ck.keys(sw, s, {"kind", "date", "body", "meeting", "article", "summary", "force", "contributors",
                            "commander", "withdrawal_from", "withdrawal_until", "withdrawal", "end", "personnel",
                            "cited"})
            if not ck.required(sw, s, "kind", "summary"):
                continue
            ck.enum(sw, "kind", s["kind"], "step")
            if "body" in s:
                ck.enum(sw, "body", s["body"], "body")
            if "meeting" in s and s["meeting"] not in ck.meetings:
                err(sw, f"field 'meeting': unknown meeting '{s['meeting']}'")
            if s.get("article") not in (None, 2, 4):
                err(sw, "field 'article': 2 or 4")
            sd = parse_date(s["date"], sw + ", field 'date'") if "date" in s else None
            if "meeting" in s and sd and ck.meetings.get(s["meeting"]):
                md = parse_date(ck.meetings[s["meeting"]]["date"], sw)
                if md and not md.overlaps(sd):
                    err(sw, f"field 'date': {sd} is not the date of meeting '{s['meeting']}' ({md})")
            deployment = s["kind"] == "deployment"
            for key in ("force", "contributors", "commander", "withdrawal_from", "withdrawal_until", "personnel"):
                if key in s and not deployment:
                    err(sw, f"field '{key}': only a deployment has it")
            wfrom = parse_date(s["withdrawal_from"], sw) if "withdrawal_from" in s else None
            wuntil = parse_date(s["withdrawal_until"], sw) if "withdrawal_until" in s else None
            for st in s.get("contributors", []):
                ck.state(sw, "contributors", st)
            sc = ck.backed(f, s, sw, "kind", True) + ck.backed(f, s, sw, "date", "date" in s, date=sd)
            sc += ck.backed(f, s, sw, "body", "body" in s) + ck.backed(f, s, sw, "article", "article" in s)
            sc += ck.backed(f, s, sw, "force", "force" in s) + ck.backed(f, s, sw, "commander", "commander" in s)
            sc += ck.backed(f, s, sw, "contributors", bool(s.get("contributors")))
            sc += ck.backed(f, s, sw, "withdrawal", "withdrawal_from" in s, date=wfrom)
            sc += ck.backed(f, s, sw, "end", "withdrawal_until" in s, date=wuntil)
            sc += ck.cited(f, s, sw)
            if sd and when and sd.latest < when.earliest:
                err(sw, "a step cannot precede its request")
            if wfrom and wuntil and wuntil.latest < wfrom.earliest:
                err(sw, "the withdrawal ends before it begins")
            if wfrom and sd and wfrom.latest < sd.earliest:
                err(sw, "the withdrawal begins before the deployment")
            dated = [x for x in steps if x["date_d"]]
            if sd and dated and sd.earliest < dated[-1]["date_d"].earliest:
                err(sw, "dated steps must be in date order")
            personnel = []
            for k, pr in enumerate(s.get("personnel", [])):
                pw = f"{sw}, personnel {k + 1}"
                ck.keys(pw, pr, {"state", "count", "approximate", "reported", "personnel"})
                if not ck.required(pw, pr, "count", "approximate", "reported"):
                    continue
                if "state" in pr:
                    ck.state(pw, "state", pr["state"])
                    if pr["state"] not in s.get("contributors", []):
                        err(pw, f"field 'state': {pr['state']} is not among the contributors")
                if not isinstance(pr["count"], int) or pr["count"] <= 0:
                    err(pw, "field 'count': a positive number of people")
                personnel.append({**pr, "cites": ck.backed(f, pr, pw, "personnel", True)})
            steps.append({**s, "date_d": sd, "withdrawal_from_d": wfrom, "withdrawal_until_d": wuntil,
                          "cites": sc, "personnel": personnel,
                          "inferences": inferences_of(s)})
        if out and when and out[-1]["date_d"] and when.earliest < out[-1]["date_d"].earliest:
            err(where, "requests must be in date order")
        out.append({**rec, "date_d": when, "cites": cites, "remark_cites": remarks, "steps": steps,
                    "inferences": inferences_of(rec)})
    return out

# --- Writing C++ ---------------------------------------------------------------------------------------


def cpp_str(s: str) -> str:
    """A string_view whose length the compiler need not compute."""
    if not s:
        return "{}"  # value-initialised: a constructor call here would cost every user's build
    return f'std::string_view({cpp_literal(s)}, {len(s.encode("utf-8"))})'


def fnv1a(data: bytes) -> int:
    """The 32-bit FNV-1a hash of `data`, as csto::detail::holds_bytes computes it."""
    h = 2166136261
    for b in data:
        h = (h ^ b) * 16777619 % (1 << 32)
    return h


def cpp_literal(s: str) -> str:
    """A string literal of `s`, as the compiler reads it back byte for byte."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


# The citation records' layout (csto/citation.hpp, detail::citation_record_size; each generated
# header asserts that both sides agree).
CITATION_RECORD_SIZE = 24
CITATION_RECORDS_PER_CHUNK = 2048  # csto::detail::citation_records_per_chunk
TEXT_CHUNK_BYTES = 60000
SOURCE_RECORD_SIZE = 19  # csto::detail::source_record_size (csto/source.hpp)
DOCUMENT_RECORD_SIZE = 23  # csto::detail::document_record_size (csto/summit.hpp)
DOCUMENT_RECORDS_PER_CHUNK = 2048  # csto::detail::document_records_per_chunk
SOURCE_RECORDS_PER_CHUNK = 2048  # csto::detail::source_records_per_chunk
PRECISIONS = ["day", "month", "year", "range"]
SUMMIT_RECORD_SIZE = 68  # csto::detail::summit_record_size (csto/summit.hpp)
SUMMIT_RECORDS_PER_CHUNK = 512  # csto::detail::summit_records_per_chunk
INSTITUTION_RECORD_SIZE = 42  # csto::detail::institution_record_size (csto/institution.hpp)
INSTITUTION_RECORDS_PER_CHUNK = 1024  # csto::detail::institution_records_per_chunk
MILESTONE_RECORD_SIZE = 31  # csto::detail::milestone_record_size (csto/institution_milestone.hpp)
MILESTONE_RECORDS_PER_CHUNK = 2048  # csto::detail::milestone_records_per_chunk
STATE_KEY_RECORD_SIZE = 7  # csto::detail::state_key_record_size (csto/state_identity.hpp)
STATE_KEY_RECORDS_PER_CHUNK = 2048  # csto::detail::state_key_records_per_chunk
PARTICIPANT_RECORD_SIZE = 17  # csto::detail::participant_record_size (csto/participant.hpp)
PARTICIPANT_RECORDS_PER_CHUNK = 2048  # csto::detail::participant_records_per_chunk
TEXT_RECORD_SIZE = 6  # csto::detail::text_record_size (csto/detail/encoded.hpp)
TREATY_EVENT_RECORD_SIZE = 22  # csto::detail::treaty_event_record_size (csto/treaty_event.hpp)
TREATY_EVENT_RECORDS_PER_CHUNK = 2048  # csto::detail::treaty_event_records_per_chunk
STATEMENT_RECORD_SIZE = 19  # csto::detail::statement_record_size (csto/statement.hpp)
STATEMENT_RECORDS_PER_CHUNK = 2048  # csto::detail::statement_records_per_chunk
TEXT_RECORDS_PER_CHUNK = 2048  # csto::detail::text_records_per_chunk
# The C++ enums whose values the encoded records hold as numbers: ENUMS' order must be theirs.
ENCODED_ENUMS = {"body": ("summit.hpp", "MeetingBody"), "meeting_kind": ("summit.hpp", "SummitKind"),
                 "format": ("summit.hpp", "SummitFormat"), "status": ("summit.hpp", "MeetingStatus"),
                 "document": ("summit.hpp", "DocumentKind"),
                 "institution": ("institution.hpp", "InstitutionKind"),
                 "milestone": ("institution_milestone.hpp", "MilestoneKind"),
                 "office": ("participant.hpp", "Office"), "attendance": ("participant.hpp", "Attendance")}


def comment_safe(text: str) -> str:
    """`text` as it may stand in a // comment: no backslash to join the next line into it."""
    return "".join(ch if ch.isalnum() or ch in "._:-~ " else "?" for ch in text)


def cpp_optional(when: DateRange | None) -> str:
    """An Optional<DateRange> initializer: the date, or {} (empty) where none is known."""
    return when.cpp("known") if when else "{}"


def cpp_field_mask(bits) -> str:
    """The Field bits as one integer literal, the fields named in a comment: no constant
    evaluation of field_bit() calls in users' builds."""
    named = [b for b in FIELDS if b in bits]
    if not named:
        return "0"
    return f"/*{'|'.join(named)}*/ {sum(1 << FIELDS.index(b) for b in named):#x}u"


def cpp_aggressor_scope(scope) -> str:
    if not scope:
        return "{}"
    reach = [cpp_enum("reach", "TextReach", scope[k]) for k in ("state", "group_of_states", "non_state")]
    return f"{{{cpp_str(scope['words'])}, {', '.join(reach)}, {cpp_str(scope['reading'])}}}"


def cpp_threat_scope(scope) -> str:
    if not scope:
        return "{}"
    bits = sum(1 << ENUMS["threat"].index(t) for t in scope["covers"])
    return f"{{{cpp_str(scope['words'])}, {hex(bits)}}}"


def cpp_enum(kind: str, typename: str, value: str) -> str:
    return f"csto::{typename}::{CPP_ENUM.get((kind, value), value)}"


def cpp_states(names) -> str:
    if not names:
        return "csto::StateSet::from_bits(0)"
    bits = sum(1 << STATES.index(n) for n in names)
    return f"csto::StateSet::from_bits({hex(bits)})"


def header(name: str, what: str, includes: list[str], source: str) -> list[str]:
    """The opening of the generated header `name`: a DEFERRED one also includes csto/detail/lazy.hpp
    and says how its tables are read."""
    deferred = name.removesuffix(".hpp") in DEFERRED
    if deferred:
        includes = [*includes, "csto/detail/lazy.hpp"]
    lines = [f"// csto/data/{name} - {what}",
             f"//",
             f"// GENERATED by tools/compile_facts.py from {source}; do not edit by hand.",
             f"// Edit the data there and run `{REGENERATE}`.",
             "#pragma once", ""]
    ours = sorted(i for i in includes if i.startswith("csto/"))
    std = sorted(i for i in includes if not i.startswith("csto/"))
    lines += [f"#include <{i}>" for i in ours]
    if std:
        lines += [""] + [f"#include <{i}>" for i in std]
    lines += ["", "// clang-format off", "namespace csto::data {", ""] + (DEFERRED_NOTE if deferred else [])
    return lines


FOOTER = ["", "}  // namespace csto::data", "// clang-format on", ""]

# The files whose tables of values are variable templates of a type named through Lazy
# (csto::detail::Deferred): a file that includes them analyses and evaluates a table only where it
# makes a query that reads it (through the builtin_* datasets, which name them data::X<Lazy>), as a
# function template's body is compiled only where it is called. A table can be deferred only if
# what points into it is itself a template or deferred (MemberState's names are member templates;
# the pools of the people and meetings are deferred with them). Not deferred: the sources, the
# Treaty's events and the institutions, whose encoded pools non-template code reads.
DEFERRED = ("states", "people", "meetings", "statements", "articles", "requests", "membership", "chairmanship",
            "secretaries_general", "conflicts")
DEFERRED_NOTE = ["// The tables are variable templates (read as data::X<Lazy>):",
                 "// a file evaluates one only where a query it makes reads it.", ""]


# Names the tables' rows repeat, written unqualified inside namespace csto::data: every including
# file's compiler reads each token (about 2,500 clang++ instructions a token in these rows).
SHORT_NAMES = ("csto::detail::DateRangeFromDays", "csto::detail::member_states", "csto::detail::Deferred",
               "std::string_view")


def short_names(text: str) -> str:
    """`text` with the qualification dropped where namespace csto::data finds the name without it:
    `csto::` before a type or enum of csto (a capitalized name), and the names of SHORT_NAMES,
    which a using-declaration brings in. Code before `namespace csto::data {` is left as written."""
    opening = "namespace csto::data {\n\n"
    if opening not in text:
        return text
    at = text.index(opening) + len(opening)
    # The code between string literals (even pieces); a literal (a fact's words) is left as written.
    pieces = re.split(r'("(?:\\.|[^"\\])*")', text[at:])
    used = []
    for name in SHORT_NAMES:
        qualified = re.compile(rf"(?<![\w:]){re.escape(name)}\b")
        if any(qualified.search(p) for p in pieces[::2]):
            used.append(name)
            pieces[::2] = [qualified.sub(name.rsplit("::", 1)[1], p) for p in pieces[::2]]
    pieces[::2] = [re.sub(r"(?<![\w:])csto::(?=[A-Z])", "", p) for p in pieces[::2]]
    usings = "".join(f"using {name};\n" for name in used)
    return text[:at] + usings + ("\n" if usings else "") + "".join(pieces)


class Emitter:
    def __init__(self, model):
        self.m = model
        self.source_index = {sid: i for i, sid in enumerate(model["sources"])}
        self.person_index = {p["name"]: i for i, p in enumerate(model["people"])}
        self.meeting_index = {mt["id"]: i for i, mt in enumerate(model["meetings"])}
        self.counter = 0
        self.pool: list = []  # the citations of the header being written, with_pool's
        self.pool_name = ""
        self.texts: dict[bytes, tuple[int, int]] = {}  # the pool's texts: (chunk, offset) of each
        self.text_chunks: list[list[str]] = [[]]  # each chunk's literal lines
        self.text_bytes: list[bytearray] = [bytearray()]  # and the bytes they hold
        self.deferred = False  # the header being written is in DEFERRED: its tables are templates

    def citations(self, name: str, cites) -> str:
        """Adds one record's citations to the file's pool (see pool_lines), `name` saying whose they
        are in the pool's comments; returns the expression for its CitationList."""
        first, count = self.citation_numbers(name, cites)
        if not count:
            return "{}"
        return f"csto::CitationList(detail::{self.pool_name}_citations, {first}, {count})"

    def citation_numbers(self, name: str, cites) -> tuple[int, int]:
        """Adds one record's citations to the pool, each cite once with the fields it backs;
        returns (first, count) in the pool, as an encoded record holds them."""
        merged: dict[str, tuple[Cite, set]] = {}
        for c, bit in cites:
            entry = merged.setdefault(c.id, (c, set()))
            if bit:
                entry[1].add(bit)
        first = len(self.pool)
        for c, bits in merged.values():
            self.pool.append((c, bits, name, self.place_text(c.text, c.id)))
        return (first, len(merged)) if merged else (0, 0)

    def place_text(self, text: str, label: str) -> tuple[int, int, int]:
        """Puts `text` in the pool's texts (once); returns its chunk, offset and length in bytes."""
        data = text.encode("utf-8")
        if not data:
            return 0, 0, 0
        if data not in self.texts:
            if len(self.text_bytes[-1]) + len(data) > TEXT_CHUNK_BYTES and self.text_chunks[-1]:
                self.text_chunks.append([])
                self.text_bytes.append(bytearray())
            self.texts[data] = (len(self.text_chunks) - 1, len(self.text_bytes[-1]))
            self.text_bytes[-1] += data
            self.text_chunks[-1].append(f"    {cpp_literal(text)}  // {comment_safe(label)}")
        return (*self.texts[data], len(data))

    @staticmethod
    def pack(where: str, record: str, numbers) -> bytes:
        """(what, value, bytes) fields as one little-endian record; a value that does not fit is
        an error (and written as 0)."""
        packed = b""
        for what, value, size in numbers:
            if not 0 <= value < 1 << (8 * size):
                err(where, f"its {what} ({value}) does not fit the {record} record's {8 * size} bits")
                value = 0
            packed += value.to_bytes(size, "little")
        return packed

    @staticmethod
    def chunked_literals(name: str, chunks: list[list[str]], contents: list[bytes]) -> list[str]:
        """Each chunk as a pointer `{name}_{i}` to its string literal, then `name`, the array of the
        chunks. Pointers, not arrays: clang++ would evaluate an array's every character in every
        user's build (about 175 instructions a byte). Each chunk's length and FNV-1a hash are
        checked where CSTO_CHECK_ENCODED_CHUNKS is defined (tests/encoded_chunks_test.cpp), so that
        an escape written wrong here fails a build."""
        lines = []
        for i, chunk in enumerate(chunks):
            check = f"csto::detail::holds_bytes({name}_{i}, {len(contents[i])}, 0x{fnv1a(contents[i]):08x}u)"
            lines += [f"inline constexpr const char* {name}_{i} ="] + (chunk or ['    ""']) + ["    ;",
                      "#ifdef CSTO_CHECK_ENCODED_CHUNKS",
                      f"static_assert({check}, \"{name}_{i} holds its bytes as written\");",
                      "#endif"]
        names = ", ".join(f"{name}_{i}" for i in range(len(chunks))) or "nullptr"
        return lines + [f"inline constexpr const char* {name}[] = {{{names}}};"]

    def text_numbers(self, key: str, text: str, label: str) -> list[tuple[str, int, int]]:
        """Puts `text` in the file's text pool; returns its chunk, offset and length as a record's
        three 2-byte fields (what text_at in csto/detail/encoded.hpp reads)."""
        chunk, offset, length = self.place_text(text, label)
        return [(f"{key}'s text chunk", chunk, 2), (f"{key}'s text offset", offset, 2), (f"{key}'s length", length, 2)]

    @staticmethod
    def record_line(record: bytes, size: int, comment: str) -> str:
        """One encoded record of `size` bytes as a line of a string literal, with its comment."""
        assert len(record) == size
        return '    "' + "".join(f"\\x{b:02x}" for b in record) + f'"  // {comment}'

    def encoded_table(self, name: str, what: str, decoder: str, size: int, per_chunk: int,
                      records: list[str]) -> list[str]:
        """The record_line()s of one kind as chunked literals named `name`, after a check that the
        C++ decoder (in csto/{decoder}) reads records of this size and chunking (compiled, as the
        chunks' checks are, where CSTO_CHECK_ENCODED_CHUNKS is defined)."""
        chunks = [records[i:i + per_chunk] for i in range(0, len(records), per_chunk)]
        return (["#ifdef CSTO_CHECK_ENCODED_CHUNKS",
                 f"static_assert(csto::detail::{what}_record_size == {size} && "
                 f"csto::detail::{what}_records_per_chunk == {per_chunk}, "
                 f"\"the {what}s are encoded as csto/{decoder} decodes them\");",
                 "#endif"]
                + self.chunked_literals(name, chunks, [b"".join(self.record_bytes(r) for r in c) for c in chunks]))

    @staticmethod
    def record_bytes(line: str) -> bytes:
        """The bytes a record_line() writes."""
        return bytes.fromhex(line[line.index('"') + 1:line.rindex('"')].replace("\\x", ""))

    def text_literals(self, name: str) -> list[str]:
        """The file's texts (place_text's), as chunked_literals named `name`."""
        return self.chunked_literals(name, self.text_chunks, [bytes(c) for c in self.text_bytes])

    def encode_citation(self, c: "Cite", bits: set, text_chunk: int, text_offset: int) -> bytes:
        """The citation's record, as csto::detail::CitationPool (csto/citation.hpp) reads it."""
        text = c.text.encode("utf-8")
        src = self.source_index[c.source]
        if c.date:
            e, l = julian_day(c.date.earliest), julian_day(c.date.latest)
            dated = 1 + PRECISIONS.index(c.date.precision)  # parse_date makes a one-day range a day
        else:
            e = l = dated = 0
        form = 0 if c.quote is not None else 1
        mask = sum(1 << FIELDS.index(b) for b in FIELDS if b in bits)
        record = self.pack(f"cite {c.id}", "citation", [
            ("source index", src, 2), ("form", form, 1), ("date precision", dated, 1), ("text chunk", text_chunk, 2),
            ("text offset", text_offset, 2), ("text length", len(text), 2), ("earliest day", e, 4),
            ("days between a date's ends", l - e, 2), ("field mask", mask, 8)])
        return record

    def pool_lines(self, file: str) -> list[str]:
        """The file's citations as bytes: the texts (the citations' and the encoded records'), each
        once, then a record per citation, with a comment naming its cite and what it cites for.
        Cheap for every user's compiler to read, where a table of Citation values costs some
        290,000 g++ instructions a citation. Each
        string literal stays under 64 KB, the length the standard requires compilers to take."""
        if not self.pool and not self.texts:
            return []
        records = [self.record_line(self.encode_citation(c, bits, placed[0], placed[1]), CITATION_RECORD_SIZE,
                                    f"{k}: {comment_safe(c.id)}, of {owner}")
                   for k, (c, bits, owner, placed) in enumerate(self.pool)]
        lines = ["namespace detail {",
                 f"// The citations of data/{file}.toml, encoded (csto/citation.hpp, detail::CitationPool)."]
        lines += self.text_literals(f"{file}_citation_texts")
        lines += self.encoded_table(f"{file}_citation_records", "citation", "citation.hpp", CITATION_RECORD_SIZE,
                                    CITATION_RECORDS_PER_CHUNK, records)
        lines += [f"inline constexpr csto::detail::CitationPool {file}_citations{{{file}_citation_records, "
                  f"{file}_citation_texts, sources}};",
                  "}  // namespace detail", ""]
        return lines

    def table(self, cpp_type: str, name: str, init: str = "{") -> list[str]:
        """The declaration of the table (or value, without `[]` in `name`) `name`, up to `init`: a
        variable template in a DEFERRED header, whose type is named through Lazy so that its rows
        too are analysed only where it is used (csto/detail/lazy.hpp, Deferred)."""
        if self.deferred:
            return ["template <class Lazy = void>",
                    f"inline constexpr csto::detail::Deferred<{cpp_type}, Lazy> {name} = {init}"]
        return [f"inline constexpr {cpp_type} {name} = {init}"]

    def ref(self, name: str) -> str:
        """How the header's own code names its table `name`."""
        return f"{name}<Lazy>" if self.deferred else name

    @staticmethod
    def people_ref() -> str:
        """How a header's code names the people's table (in a DEFERRED header: itself a template)."""
        return "people<Lazy>" if "people" in DEFERRED else "people"

    def person_pointer(self, index: int) -> str:
        """The address of the people's row `index`. Written as `table + index`, not `&table[index]`:
        cppcheck 2.10 misparses `people<Lazy>[index]` (a variable template indexed) as a broken
        expression."""
        return f"{self.people_ref()} + {index}"

    def array(self, lines: list[str], cpp_type: str, name: str, rows: list[str]) -> str:
        """Writes `rows` as the array `name` (in namespace detail); returns the expression for its
        Span, an empty one when there are no rows."""
        if not rows:
            return "{}"
        lines += self.table(cpp_type, f"{name}[]") + rows + ["};"]
        return f"detail::{self.ref(name)}"

    @staticmethod
    def inference_row(field: str, how: str) -> str:
        """One FieldInference initializer."""
        return f"    {{csto::Field::{FIELD_OF.get(field, field)}, {cpp_str(how)}}},"

    def inferences(self, lines: list[str], name: str, pairs) -> str:
        """The FieldInference array of a record's (field, how) pairs; returns its Span's expression."""
        return self.array(lines, "csto::FieldInference", f"{name}_inferences",
                          [self.inference_row(f, how) for f, how in pairs])

    def finish(self, lines: list[str], cpp_type: str, name: str, rows: list[str]) -> str:
        """Closes the detail namespace, writes the table `name` of `rows`, and ends the header."""
        lines += ["}  // namespace detail", ""] + self.table(cpp_type, f"{name}[]") + rows + ["};"]
        return "\n".join(lines + FOOTER)

    def finish_encoded(self, lines: list[str], label: str, what: str, record_type: str, pool_args: str, size: int,
                       per_chunk: int, records: list[str], name: str) -> str:
        """Ends a header of one encoded table: the record_line()s `records` as `{what}_records`, read
        by csto::detail::{record_type}Pool (in csto/{what}.hpp) given `pool_args` after them, and
        the list `name` of them all (a csto::{record_type}List)."""
        lines += ["namespace detail {", f"// The {label}, encoded (csto/{what}.hpp, detail::{record_type}Pool)."]
        lines += self.encoded_table(f"{what}_records", what, f"{what}.hpp", size, per_chunk, records)
        lines += self.table(f"csto::detail::{record_type}Pool", f"{what}_pool", f"{{{what}_records, {pool_args}}};")
        lines += ["}  // namespace detail", ""]
        lines += self.table(f"csto::{record_type}List", name, f"{{detail::{self.ref(what + '_pool')}, 0, {len(records)}}};")
        return "\n".join(lines + FOOTER)

    def simple_table(self, file: str, what: str, includes: list[str], records: list[dict], prefix: str,
                     cpp_type: str, name: str, row) -> str:
        """A header of one table: each record's citations, then `row(record, citations)` per record."""
        lines = header(f"{file}.hpp", what, includes, f"data/{file}.toml")
        lines.append("namespace detail {")
        rows = [row(r, self.citations(f"{prefix}_{k}", r["cites"])) for k, r in enumerate(records)]
        return self.finish(lines, cpp_type, name, rows)

    def sources_hpp(self):
        """The sources as bytes (csto/source.hpp, detail::SourcePool): a table of Source values would
        cost every user's build some 280,000 g++ instructions a source."""
        l = header("sources.hpp", "every document the data cites.", ["csto/source.hpp"], "data/sources.toml")
        records = []
        for k, src in enumerate(self.m["sources"].values()):
            fields = [n for key in ("id", "title", "location")
                      for n in self.text_numbers(key, src[key], f"{src['id']}: {key}")]
            fields.append(("kind", 0 if src["kind"] == "seed" else 1, 1))
            records.append(self.record_line(self.pack(f"source {src['id']}", "source", fields), SOURCE_RECORD_SIZE,
                                            f"{k}: {comment_safe(src['id'])}"))
        l += ["namespace detail {", "// The sources, encoded (csto/source.hpp, detail::SourcePool)."]
        l += self.text_literals("source_texts")
        l += self.encoded_table("source_records", "source", "source.hpp", SOURCE_RECORD_SIZE,
                                SOURCE_RECORDS_PER_CHUNK, records)
        l += ["inline constexpr csto::detail::SourcePool source_pool{source_records, source_texts};",
              "}  // namespace detail", "",
              f"inline constexpr csto::SourceList sources{{detail::source_pool, 0, {len(records)}}};"]
        self.texts, self.text_chunks, self.text_bytes = {}, [[]], [bytearray()]  # written: no citation pool here
        return "\n".join(l + FOOTER)

    def states_hpp(self):
        l = header("states.hpp", "the nine states that were ever parties, with the keys find_state reads.",
                   ["csto/data/sources.hpp", "csto/state_identity.hpp", "cstdint", "string_view"],
                   "data/states.toml")
        l.append("namespace detail {")
        rows = []
        for s in self.m["states"]:
            code = s["alpha3"].lower()
            cl = self.citations(f"state_{code}", s["cites"])
            others = self.array(l, "std::string_view", f"state_{code}_other_names",
                                [f"    {cpp_str(o)}," for o in s["other_names"]])
            rows.append(f"    {{{cpp_str(s['name'])}, {cpp_str(s['official_name'])}, {cpp_str(s['alpha2'])}, "
                        f"{cpp_str(s['alpha3'])}, {s['numeric']}, {s['cow']}, {cl}, "
                        f"{cpp_str(s.get('cow_abbreviation', ''))}, {others}}},")
        l.append("}  // namespace detail")
        l.append("")
        l += self.table("csto::StateIdentity", "states[]") + rows + ["};"]
        # find_state's keys: every name (its ASCII letters lower-cased; other characters as written)
        # and every code (as written: capitals), grouped by first letter, then the keys that start
        # with anything else (the Cyrillic names).
        def bucket(key: str) -> int:
            first = key[0].lower()
            return ord(first) - ord("a") if "a" <= first <= "z" else 26
        keys = []
        for i, s in enumerate(self.m["states"]):
            codes = state_codes(s)
            for form in state_forms(s):
                keys.append((form if form in codes else ascii_lower(form), i))
        keys.sort(key=lambda k: bucket(k[0]))  # stable: state order within a bucket
        buckets = [sum(1 for k, _ in keys if bucket(k) < b) for b in range(28)]
        if len(keys) > 255:
            err("data/states.toml", f"{len(keys)} names and codes: csto's state_key_buckets hold 8-bit bounds")
        l.append("")
        l.append("/// Each state's index in states (name order), by its ISO 3166-1 alpha-3 code, lower-cased:")
        l.append("/// csto::states::armenia and the other named constants are made from these, so that no")
        l.append("/// user's build searches the keys for them.")
        l.append("namespace state_index {")
        for i, s in enumerate(self.m["states"]):
            l.append(f"inline constexpr std::uint8_t iso_{s['alpha3'].lower()} = {i};")
        l.append("}  // namespace state_index")
        l.append("")
        l.append("/// find_state's keys: every name of every state, its ASCII letters lower-cased, and every code")
        l.append("/// as written (capitals); by first letter, then the keys starting with a non-ASCII letter.")
        records = [self.record_line(self.pack(f"the key {k!r}", "state key",
                                              [*self.text_numbers("key", k, f"key of {self.m['states'][i]['alpha3']}"),
                                               ("state", i, 1)]),
                                    STATE_KEY_RECORD_SIZE, f"{n}: {comment_safe(k)} -> {i}")
                   for n, (k, i) in enumerate(keys)]
        l.append("namespace detail {")
        l += self.encoded_table("states_key_records", "state_key", "state_identity.hpp", STATE_KEY_RECORD_SIZE,
                                STATE_KEY_RECORDS_PER_CHUNK, records)
        l.append("inline constexpr csto::detail::StateKeyPool states_key_pool{states_key_records, "
                 "states_citation_texts};")
        l.append("}  // namespace detail")
        l.append(f"inline constexpr csto::StateKeyList state_keys{{detail::states_key_pool, 0, {len(keys)}}};")
        l.append("/// Keys whose first letter, lower-cased, is 'a' + i (i < 26), or is not an ASCII letter (i = 26),")
        l.append("/// are state_keys[state_key_buckets[i], state_key_buckets[i + 1]).")
        l.append(f"inline constexpr std::uint8_t state_key_buckets[] = {{{', '.join(map(str, buckets))}}};")
        return "\n".join(l + FOOTER)

    def people_hpp(self):
        l = header("people.hpp", "the people the sources name, with every spelling they use.",
                   ["csto/data/states.hpp", "csto/person.hpp", "string_view"],
                   "data/people.toml")
        l.append("namespace detail {")
        rows = []
        for i, p in enumerate(self.m["people"]):
            l += self.table("std::string_view", f"person_{i}_spellings[]",
                            "{" + ", ".join(cpp_str(s) for s in p["spellings"]) + "};")
            cl = self.citations(f"person_{i}", p["cites"])
            rows.append(f"    {{{cpp_str(p['name'])}, detail::{self.ref(f'person_{i}_spellings')}, "
                        f"csto::detail::member_states[{STATES.index(p['state'])}], {cl}}},")
        l.append("}  // namespace detail")
        l.append("")
        l += self.table("csto::Person", "people[]") + rows + ["};"]
        l += self.table("const csto::Person*", "people_index[]",
                        "{" + ", ".join(self.person_pointer(i) for i in range(len(self.m["people"]))) + "};")
        return "\n".join(l + FOOTER)

    def membership_hpp(self):
        m = self.m
        l = header("membership.hpp", "who was a party to the Treaty, and when, with the evidence.",
                   ["csto/data/states.hpp", "csto/date_discrepancy.hpp",
                    "csto/member_listing.hpp", "csto/membership_interval.hpp", "csto/participation_freeze.hpp",
                    "cstdint"],
                   "data/membership.toml")
        l.append("namespace detail {")
        rows = []
        for k, iv in enumerate(m["intervals"]):
            s = self.citations(f"interval_{k}_start", iv["start_cites"])
            start = (f"{{{cpp_enum('start', 'StartKind', iv['start'])}, {iv['from_d'].cpp()}, {s}, "
                     f"{self.basis(iv, 'from')}}}")
            end = "{}"
            if iv["until_d"]:
                e = self.citations(f"interval_{k}_end", iv["end_cites"])
                end = (f"csto::MembershipEnd{{{cpp_enum('end', 'EndKind', iv['end'])}, {iv['until_d'].cpp()}, "
                       f"{e}, {self.basis(iv, 'until')}}}")
            state = f"csto::detail::member_states[{STATES.index(iv['state'])}]"
            rows.append(f"    {{{state}, {start}, {end}}},")
        frows = []
        for k, fr in enumerate(m["freezes"]):
            c = self.citations(f"freeze_{k}", fr["cites"])
            until = cpp_optional(fr["until_d"])
            rrows = []
            for j, r in enumerate(fr["readings"]):
                rc = self.citations(f"freeze_{k}_reading_{j}", r["cites"])
                rrows.append(f"    {{{cpp_str(r['holder'])}, {cpp_enum('freeze_view', 'FreezeView', r['view'])}, "
                             f"{cpp_str(r['summary'])}, {rc}}},")
            readings = self.array(l, "csto::FreezeReading", f"freeze_{k}_readings", rrows)
            frows.append(f"    {{csto::detail::member_states[{STATES.index(fr['state'])}], "
                         f"{fr['since_d'].cpp()}, {until}, {c}, {readings}}},")
        lrows = []
        for k, li in enumerate(m["listings"]):
            c = self.citations(f"listing_{k}", li["cites"])
            lrows.append(f"    {{{li['date_d'].cpp()}, {cpp_states(li['members'])}, "
                         f"{'true' if li['complete'] else 'false'}, {cpp_str(li['inference'])}, {c}}},")
        drows = []
        for k, d in enumerate(m["discrepancies"]):
            c = self.citations(f"discrepancy_{k}", d["cites"])
            drows.append(f"    {{csto::detail::member_states[{STATES.index(d['state'])}], "
                         f"{cpp_str(d['fact'])}, {d['rejected_d'].cpp()}, {cpp_str(d['rejected_by'])}, "
                         f"{cpp_str(d['reason'])}, {c}}},")
        l.append("}  // namespace detail")
        l.append("")
        l.append("/// Every membership interval, by state (name order) and start; a state's never overlap.")
        l += self.table("csto::MembershipInterval", "membership_intervals[]") + rows + ["};"]
        index = []
        for s in STATES:
            ks = [k for k, iv in enumerate(m["intervals"]) if iv["state"] == s]
            index.append(f"{{{ks[0] if ks else 0}, {len(ks)}}}")
        l.append("/// Where each state's intervals sit in membership_intervals.")
        l += self.table("csto::IntervalRange", "interval_index[]", f"{{{', '.join(index)}}};")
        for name, what, rows_ in (("participation_freezes", "csto::ParticipationFreeze", frows),
                                  ("member_listings", "csto::MemberListing", lrows),
                                  ("date_discrepancies", "csto::DateDiscrepancy", drows)):
            l += self.table(what, f"{name}[]") + (rows_ or ["    // none"]) + ["};"]
        return "\n".join(l + FOOTER)

    @staticmethod
    def basis(rec, field):
        inf = rec.get(f"{field}_inferred")
        return f"csto::Basis::inferred, {cpp_str(inf)}" if inf else "csto::Basis::stated, {}"

    def membership_days_hpp(self):
        days, certain, open_ = self.m["segments"]
        ev = {e["kind"]: e for e in self.m["events"]}
        l = ["// csto/data/membership_days.hpp - the membership compiled to its change days.",
             "//",
             "// GENERATED by tools/compile_facts.py from data/membership.toml and data/treaty.toml; do not",
             f"// edit by hand. Edit the data there and run `{REGENERATE}`.",
             "//",
             "// Membership changes only on these days; between two of them the answer is the same every day,",
             "// so csto/lean.hpp answers is_member and members_on by counting the change days up to a date.",
             "#pragma once", "", "#include <boost/date_time/gregorian/gregorian_types.hpp>", "",
             "#include <cstdint>", "", "// clang-format off", "namespace csto::data::membership_days {", "",
             "using day_number = boost::gregorian::date::date_int_type;  // Julian day numbers, as Boost counts",
             "",
             "/// Segment k runs from change_days[k - 1] (or the beginning of time) to the day before",
             "/// change_days[k] (or the end of time).",
             "inline constexpr day_number change_days[] = {"]
        l += [f"    {julian_day(d)},  // {d.isoformat()}" for d in days]
        l.append("};")
        l.append("/// Per segment: bit i set when the state of index i (name order) is certainly a member.")
        l.append(f"inline constexpr std::uint16_t certain[] = {{{', '.join(hex(c) for c in certain)}}};")
        l.append("/// Per segment: bit i set when the sources leave that state's membership open.")
        l.append(f"inline constexpr std::uint16_t open[] = {{{', '.join(hex(o) for o in open_)}}};")
        l.append("")
        for kind in ("treaty_signed", "entry_into_force", "charter_signed"):
            d = ev[kind]["date_d"].earliest
            l.append(f"inline constexpr day_number {kind} = {julian_day(d)};  // {d.isoformat()}")
        l += ["", "}  // namespace csto::data::membership_days", "// clang-format on", ""]
        return "\n".join(l)

    def treaty_hpp(self):
        """The events as encoded records (csto/treaty_event.hpp, detail::TreatyEventPool): some twenty
        rows of TreatyEvent values cost every user's build 7.6 M clang++ instructions."""
        l = header("treaty.hpp", "the milestones of the Treaty and the Organization, in date order.",
                   ["csto/data/sources.hpp", "csto/treaty_event.hpp"], "data/treaty.toml")
        records = []
        for k, e in enumerate(self.m["events"]):
            where = f"event {k} {e['kind']}"
            numbers = [("kind", ENUMS["event"].index(e["kind"]), 1), *self.date_numbers("date", e["date_d"]),
                       ("states", sum(1 << STATES.index(n) for n in e.get("states", [])), 2),
                       *self.text_numbers("summary", e["summary"], f"{where}: summary"),
                       *self.list_numbers("citations", *self.citation_numbers(f"event_{k}", e["cites"]))]
            records.append(self.record_line(self.pack(where, "treaty event", numbers), TREATY_EVENT_RECORD_SIZE,
                                            f"{k}: {e['kind']}, {e['date_d']}"))
        return self.finish_encoded(l, "events", "treaty_event", "TreatyEvent", "&treaty_citations",
                                   TREATY_EVENT_RECORD_SIZE, TREATY_EVENT_RECORDS_PER_CHUNK, records, "treaty_events")

    def document_record(self, where: str, name: str, d: dict) -> str:
        """A meeting's document as its encoded record's line (csto/summit.hpp, detail::DocumentPool);
        its texts go to the file's text pool, its citations to the file's citations."""
        first, count = self.citation_numbers(name, d["cites"])
        numbers = [n for key in ("title", "note") for n in self.text_numbers(key, d.get(key, ""), f"{where}: {key}")]
        numbers += [("kind", ENUMS["document"].index(d["kind"]), 1), ("first year", d.get("first_year", 0), 2),
                    ("last year", d.get("last_year", 0), 2), ("first citation", first, 4), ("citations", count, 2)]
        return self.record_line(self.pack(where, "document", numbers), DOCUMENT_RECORD_SIZE, comment_safe(where))

    def meetings_hpp(self):
        """The meetings as encoded records (csto/summit.hpp, detail::SummitPool), their participants,
        documents and inferences in one table each that the records count in."""
        l = header("meetings.hpp", "the meetings of the Organization's bodies and leaders, in date order.",
                   ["csto/data/people.hpp", "csto/summit.hpp"], "data/meetings.toml")
        l.append("namespace detail {")
        participants, documents, inferences, records = [], [], [], []
        for k, mt in enumerate(self.m["meetings"]):
            where = f"meeting {mt['id']}"
            sources = self.citation_numbers(f"meeting_{k}", mt["cites"])
            remarks = self.citation_numbers(f"meeting_{k}_remarks", mt["remark_cites"])
            first_participant = len(participants)
            for j, p in enumerate(mt["participants"]):
                pwhere = f"{where}, participant {j}"
                cites = self.citation_numbers(f"meeting_{k}_participant_{j}", p["cites"])
                numbers = [("person", self.person_index[p["person"]], 2),
                           ("office", ENUMS["office"].index(p["office"]), 1), ("state", STATES.index(p["state"]), 1),
                           ("attendance", ENUMS["attendance"].index(p["attendance"]), 1),
                           *self.text_numbers("spelling", p["spelled"], f"{pwhere}: spelling"),
                           *self.list_numbers("citations", *cites)]
                participants.append(self.record_line(self.pack(pwhere, "participant", numbers),
                                                     PARTICIPANT_RECORD_SIZE,
                                                     f"{len(participants)}: {comment_safe(pwhere)}"))
            first_document = len(documents)
            for j, d in enumerate(mt["documents"]):
                documents.append(self.document_record(f"{where}, document {j}", f"meeting_{k}_document_{j}", d))
            first_inference = len(inferences)
            for f, how in mt["inferences"]:
                inferences.append(f"{self.inference_row(f, how)}  // {comment_safe(mt['id'])}")
            when = mt["date_d"]
            earliest, latest = julian_day(when.earliest), julian_day(when.latest)
            person = lambda key: self.person_index[mt[key]] + 1 if key in mt else 0  # noqa: E731
            bits = lambda names: sum(1 << STATES.index(n) for n in names)  # noqa: E731
            numbers = [  # (what, value, bytes), in csto/summit.hpp's layout
                ("precision", PRECISIONS.index(when.precision), 1),
                ("body", ENUMS["body"].index(mt["body"]), 1),
                ("kind", ENUMS["meeting_kind"].index(mt["kind"]), 1),
                ("format", ENUMS["format"].index(mt["format"]), 1),
                ("earliest day", earliest, 4), ("days between the date's ends", latest - earliest, 2),
                ("status", ENUMS["status"].index(mt["status"]), 1),
                ("treaty anniversary", mt.get("treaty_anniversary", 0), 1),
                ("organization anniversary", mt.get("organization_anniversary", 0), 1), ("padding", 0, 1),
                ("documents in all", mt.get("documents_total", 0), 2),
                ("chair state", bits([mt["chair_state"]] if "chair_state" in mt else []), 2),
                ("absent", bits(mt.get("absent", [])), 2),
                ("chair", person("chair"), 2), ("Secretary-General", person("secretary_general"), 2),
                ("first source", sources[0], 2), ("sources", sources[1], 2),
                ("first remark", remarks[0], 2), ("remarks", remarks[1], 2),
                ("first participant", first_participant, 2), ("participants", len(mt["participants"]), 2),
                ("first document", first_document, 2), ("documents", len(mt["documents"]), 2),
                ("first inference", first_inference, 2), ("inferences", len(mt["inferences"]), 2)]
            for key in ("id", "city", "venue", "title"):
                numbers += self.text_numbers(key, mt.get(key, ""), f"meeting {mt['id']}: {key}")
            records.append(self.record_line(self.pack(where, "summit", numbers), SUMMIT_RECORD_SIZE,
                                            f"{k}: {comment_safe(mt['id'])}"))
        inference_table = self.array(l, "csto::FieldInference", "meeting_inferences", inferences)
        l.append("// The meetings, encoded (csto/summit.hpp, detail::SummitPool).")
        l += self.encoded_table("meetings_summit_records", "summit", "summit.hpp", SUMMIT_RECORD_SIZE,
                                SUMMIT_RECORDS_PER_CHUNK, records)
        l.append("// The meetings' documents, encoded (csto/summit.hpp, detail::DocumentPool).")
        l += self.encoded_table("meetings_document_records", "document", "summit.hpp", DOCUMENT_RECORD_SIZE,
                                DOCUMENT_RECORDS_PER_CHUNK, documents)
        l.append("// The meetings' participants, encoded (csto/participant.hpp, detail::ParticipantPool).")
        l += self.encoded_table("meetings_participant_records", "participant", "participant.hpp",
                                PARTICIPANT_RECORD_SIZE, PARTICIPANT_RECORDS_PER_CHUNK, participants)
        people = self.people_ref()
        inference_table = "nullptr" if inference_table == "{}" else inference_table.removeprefix("detail::")
        l += self.table("csto::detail::SummitPool", "meetings_summits",
                        f"{{meetings_summit_records, &meetings_citations, {people}, {{meetings_participant_records, "
                        f"&meetings_citations, {people}}}, {{meetings_document_records, &meetings_citations}}, "
                        f"{inference_table}}};")
        l += ["}  // namespace detail", ""]
        l += self.table("csto::SummitList", "summits", f"{{detail::{self.ref('meetings_summits')}, 0, {len(records)}}};")
        return "\n".join(l + FOOTER)

    def statements_hpp(self):
        """The statements as encoded records (csto/statement.hpp, detail::StatementPool): twenty rows
        of Statement values cost every user's build 6.1 M clang++ instructions."""
        l = header("statements.hpp", "what the sources quote or report as said, by meeting.",
                   ["csto/data/meetings.hpp", "csto/statement.hpp"], "data/statements.toml")
        records = []
        for k, st in enumerate(self.m["statements"]):
            where = f"statement {k}"
            words = st["words_cite"].text if st["words_cite"] else ""
            numbers = [("speaker", self.person_index[st["speaker"]], 2), ("meeting", self.meeting_index[st["meeting"]], 2),
                       *self.text_numbers("words", words, f"{where}: words"),
                       ("language", ENUMS["language"].index(st["language"]), 1), ("quoted", int(st["quoted"]), 1),
                       *self.list_numbers("citations", *self.citation_numbers(f"statement_{k}", st["cites"])),
                       ("occasion", ENUMS["occasion"].index(st["occasion"]), 1)]
            records.append(self.record_line(self.pack(where, "statement", numbers), STATEMENT_RECORD_SIZE,
                                            f"{k}: {comment_safe(st['speaker'])} at {comment_safe(st['meeting'])}"))
        return self.finish_encoded(l, "statements", "statement", "Statement", f"&statements_citations, {self.people_ref()}, &{self.ref('meetings_summits')}",
                                   STATEMENT_RECORD_SIZE, STATEMENT_RECORDS_PER_CHUNK, records, "statements")

    def secretaries_general_hpp(self):
        l = header("secretaries_general.hpp", "who was Secretary-General (or acting), and when.",
                   ["csto/data/people.hpp", "csto/secretary_general_term.hpp"],
                   "data/secretaries_general.toml")
        l.append("namespace detail {")
        rows = []
        for k, term in enumerate(self.m["terms"]):
            c = self.citations(f"term_{k}", term["cites"])
            drows = []
            for j, d in enumerate(term["decisions"]):
                dc = self.citations(f"term_{k}_decision_{j}", d["cites"])
                drows.append(f"    {{{cpp_enum('decision', 'TermDecisionKind', d['kind'])}, {d['date_d'].cpp()}, "
                             f"{d.get('years', 0)}, {cpp_optional(d['until_d'])}, "
                             f"{dc}}},")
            decisions = f", {self.array(l, 'csto::TermDecision', f'term_{k}_decisions', drows)}" if drows else ""
            rows.append(f"    csto::SecretaryGeneralTerm(*({self.person_pointer(self.person_index[term['person']])}), "
                        f"{term['from_d'].cpp()}, {term['until_d'].cpp()}, {'true' if term['acting'] else 'false'}, "
                        f"{c}{decisions}),")
        return self.finish(l, "csto::SecretaryGeneralTerm", "secretary_general_terms", rows)

    def chairmanship_hpp(self):
        l = header("chairmanship.hpp", "which member state chaired the Organization, and when.",
                   ["csto/chairmanship.hpp", "csto/data/people.hpp"],
                   "data/chairmanship.toml")
        l.append("namespace detail {")
        rows = []
        for k, ch in enumerate(self.m["chairmanships"]):
            c = self.citations(f"chairmanship_{k}", ch["cites"])
            inf = self.inferences(l, f"chairmanship_{k}", ch["inferences"])
            days = ", ".join(cpp_optional(ch[k2]) for k2 in ("from_d", "until_d", "held_d"))
            chairman = (self.person_pointer(self.person_index[ch['chairman']]) if "chairman" in ch
                        else "nullptr")
            rows.append(f"    {{csto::detail::member_states[{STATES.index(ch['state'])}], {days}, "
                        f"{chairman}, {c}, {inf}}},")
        return self.finish(l, "csto::Chairmanship", "chairmanships", rows)

    @staticmethod
    def date_numbers(key: str, when) -> list[tuple[str, int, int]]:
        """A date (or None) as an encoded record's 7 bytes, as DateRangeFromDays::read reads them."""
        if when is None:
            return [(f"{key}'s precision", 0, 1), (f"{key}'s earliest day", 0, 4), (f"{key}'s length", 0, 2)]
        earliest, latest = julian_day(when.earliest), julian_day(when.latest)
        return [(f"{key}'s precision", 1 + PRECISIONS.index(when.precision), 1),
                (f"{key}'s earliest day", earliest, 4), (f"days between {key}'s ends", latest - earliest, 2)]

    @staticmethod
    def list_numbers(key: str, first: int, count: int) -> list[tuple[str, int, int]]:
        """A list's first row and count as an encoded record's 6 bytes, as list_at reads them."""
        return [(f"first of {key}", first, 4), (f"{key}", count, 2)]

    def institutions_hpp(self):
        """The institutions as encoded records (csto/institution.hpp, detail::InstitutionPool), their
        milestones and holders in one encoded table each that the records count in; each record's
        fields in its type's order."""
        l = header("institutions.hpp", "the bodies, forces, operations, plans, partners and statuses named.",
                   ["csto/data/sources.hpp", "csto/institution.hpp"], "data/institutions.toml")
        records, milestones, holders = [], [], []
        for k, i in enumerate(self.m["institutions"]):
            where = f"institution {i['name']}"
            first_milestone = len(milestones)
            for j, m in enumerate(i["milestones"]):
                mwhere = f"{where}, milestone {j}"
                cites = self.citation_numbers(f"institution_{k}_milestone_{j}", m["cites"])
                size = (2 if m.get("approximate") else 1) if "personnel" in m else 0
                numbers = [("kind", ENUMS["milestone"].index(m["kind"]), 1), *self.date_numbers("date", m["date_d"]),
                           *self.list_numbers("citations", *cites),
                           ("size stated", size, 1), ("size", m.get("personnel", 0), 4)]
                numbers += self.text_numbers("note", m.get("note", ""), f"{mwhere}: note")
                numbers += self.text_numbers("inference", m["inference"], f"{mwhere}: inference")
                milestones.append(self.record_line(self.pack(mwhere, "milestone", numbers), MILESTONE_RECORD_SIZE,
                                                   f"{len(milestones)}: {comment_safe(mwhere)}"))
            first_holder = len(holders)
            for j, h in enumerate(i.get("holders", [])):
                holders.append(self.record_line(
                    self.pack(f"{where}, holder {j}", "text", self.text_numbers("holder", h, f"{where}: holder")),
                    TEXT_RECORD_SIZE, f"{len(holders)}: {comment_safe(where)}, holder {j}"))
            cites = self.citation_numbers(f"institution_{k}", i["cites"])
            numbers = [*self.text_numbers("name", i["name"], f"{where}: name"),
                       ("kind", ENUMS["institution"].index(i["kind"]), 1),
                       *self.text_numbers("description", i["description"], f"{where}: description"),
                       *self.date_numbers("since", i["since_d"]),
                       ("first year", i.get("first_year", 0), 2), ("last year", i.get("last_year", 0), 2),
                       *self.list_numbers("citations", *cites),
                       *self.list_numbers("milestones", first_milestone, len(i["milestones"])),
                       *self.list_numbers("holders", first_holder, len(i.get("holders", [])))]
            records.append(self.record_line(self.pack(where, "institution", numbers), INSTITUTION_RECORD_SIZE,
                                            f"{k}: {comment_safe(i['name'])}"))
        l += ["namespace detail {", "// The institutions, encoded (csto/institution.hpp, detail::InstitutionPool)."]
        l += self.encoded_table("institutions_institution_records", "institution", "institution.hpp",
                                INSTITUTION_RECORD_SIZE, INSTITUTION_RECORDS_PER_CHUNK, records)
        l.append("// Their milestones, encoded (csto/institution_milestone.hpp, detail::MilestonePool).")
        l += self.encoded_table("institutions_milestone_records", "milestone", "institution_milestone.hpp",
                                MILESTONE_RECORD_SIZE, MILESTONE_RECORDS_PER_CHUNK, milestones)
        l.append("// Their holders, encoded (csto/detail/encoded.hpp, detail::TextPool).")
        l += self.encoded_table("institutions_holder_records", "text", "detail/encoded.hpp", TEXT_RECORD_SIZE,
                                TEXT_RECORDS_PER_CHUNK, holders)
        l += ["inline constexpr csto::detail::InstitutionPool institutions_pool{institutions_institution_records, "
              "&institutions_citations, {institutions_milestone_records, &institutions_citations}, "
              "{institutions_holder_records, institutions_citation_texts}};",
              "}  // namespace detail", "",
              f"inline constexpr csto::InstitutionList institutions{{detail::institutions_pool, 0, {len(records)}}};"]
        return "\n".join(l + FOOTER)

    def articles_hpp(self):
        l = header("articles.hpp", "the Treaty's articles, its purpose and the sources of its terms.",
                   ["csto/article.hpp", "csto/data/sources.hpp"], "data/articles.toml")
        l.append("namespace detail {")
        rows = []
        for a in self.m["articles"]:
            n = a["number"]
            vrows = []
            for j, v in enumerate(a["versions"]):
                c = self.citations(f"article_{n}_v{j}", v["cites"])
                ob = self.array(l, "csto::Obligation", f"article_{n}_v{j}_obligations",
                                [f"    {{{cpp_enum('obligation', 'ObligationKind', o['kind'])}, {cpp_str(o['text'])}}},"
                                 for o in v["obligations"]])
                vrows.append(f"    {{{v['from_d'].cpp()}, {cpp_str(v['substance'])}, "
                             f"{'true' if v['verbatim'] else 'false'}, {ob}, {cpp_str(v.get('change', ''))}, {c}, "
                             f"{'true' if v['wording_known'] else 'false'}, {cpp_aggressor_scope(v.get('aggressor'))}, "
                             f"{cpp_threat_scope(v.get('threats'))}}},")
            versions = self.array(l, "csto::ArticleVersion", f"article_{n}_versions", vrows)
            rows.append(f"    {{{n}, {cpp_str(a['title'])}, {versions}}},")
        purpose = self.citations("treaty_purpose", self.m["purpose"])
        terms = {k: self.citations(f"term_{k}", v) for k, v in self.m["term_sources"].items()}
        l.append("}  // namespace detail")
        l.append("")
        l += self.table("csto::ArticleRecord", "articles[]")
        l += rows
        l.append("};")
        l.append(f"inline constexpr csto::CitationList treaty_purpose = {purpose};")
        for k, v in terms.items():
            l.append(f"inline constexpr csto::CitationList term_{k} = {v};")
        return "\n".join(l + FOOTER)

    def conflicts_hpp(self):
        return self.simple_table(
            "conflicts", "where the sources disagree, and what the data keeps.",
            ["csto/data/sources.hpp", "csto/source_conflict.hpp"], self.m["conflicts"],
            "conflict",
            "csto::SourceConflict", "conflicts",
            lambda cf, c: f"    {{{cpp_str(cf['subject'])}, {cpp_str(cf['kept'])}, {cpp_str(cf['reason'])}, {c}}},")

    def requests_hpp(self):
        l = header("requests.hpp", "requests for help or consultations and what followed, in date order.",
                   ["csto/data/meetings.hpp", "csto/request.hpp"], "data/requests.toml")
        l.append("namespace detail {")
        rows = []
        for k, r in enumerate(self.m["requests"]):
            srows = []
            for j, s in enumerate(r["steps"]):
                name = f"request_{k}_step_{j}"
                c = self.citations(name, s["cites"])
                deployment = "nullptr"
                if s["kind"] == "deployment":
                    prows = []
                    for i, pr in enumerate(s["personnel"]):
                        pc = self.citations(f"{name}_personnel_{i}", pr["cites"])
                        state = (f"csto::detail::member_states[{STATES.index(pr['state'])}]" if "state" in pr
                                 else "{}")
                        prows.append(f"    {{{state}, {pr['count']}, {str(pr['approximate']).lower()}, "
                                     f"{str(pr['reported']).lower()}, {pc}}},")
                    personnel = self.array(l, "csto::Personnel", f"{name}_personnel", prows)
                    began, done = cpp_optional(s["withdrawal_from_d"]), cpp_optional(s["withdrawal_until_d"])
                    l += self.table("csto::Deployment", f"{name}_deployment",
                                    f"{{{cpp_str(s.get('force', ''))}, {cpp_states(s.get('contributors', []))}, "
                                    f"{personnel}, {cpp_str(s.get('commander', ''))}, {began}, {done}}};")
                    deployment = f"&{self.ref(name + '_deployment')}"
                inf = self.inferences(l, name, s["inferences"])
                date = cpp_optional(s["date_d"])
                body = cpp_enum("body", "MeetingBody", s["body"]) if "body" in s else "{}"
                meeting = (f"csto::SummitRef(detail::meetings_summits<Lazy>, {self.meeting_index[s['meeting']]})"
                           if "meeting" in s else "{}")
                srows.append(f"    {{{cpp_enum('step', 'StepKind', s['kind'])}, {date}, {cpp_str(s['summary'])}, "
                             f"{body}, {meeting}, {s.get('article', 0)}, {deployment}, {c}, {inf}}},")
            steps = self.array(l, "csto::RequestStep", f"request_{k}_steps", srows)
            c = self.citations(f"request_{k}", r["cites"])
            remarks = self.citations(f"request_{k}_remarks", r["remark_cites"])
            addressees = " | ".join(f"csto::addressee_bit({cpp_enum('addressee', 'Addressee', a)})"
                                    for a in r["addressed_to"])
            basis = ("csto::ArticleBasis::none_stated" if "article" not in r else
                     "csto::ArticleBasis::reported" if r.get("article_reported") else "csto::ArticleBasis::stated")
            rows.append(f"    {{{cpp_str(r['id'])}, csto::detail::member_states[{STATES.index(r['state'])}], "
                        f"{cpp_enum('request', 'RequestKind', r['kind'])}, {r['date_d'].cpp()},\n"
                        f"     static_cast<std::uint8_t>({addressees}), "
                        f"{cpp_states(r.get('addressed_states', []))}, {r.get('article', 0)}, {basis},\n"
                        f"     {cpp_str(r['summary'])},\n     {steps}, {c}, {remarks}, "
                        f"{self.inferences(l, f'request_{k}', r['inferences'])}}},")
        return self.finish(l, "csto::Request", "requests", rows)

    def version_hpp(self):
        a = self.m["as_of"].earliest
        return "\n".join([
            "// csto/data/version.hpp - which release of the data this is and the day it is current to.",
            "//",
            "// GENERATED by tools/compile_facts.py from data/version.toml; do not edit by hand.",
            f"// Edit the data there and run `{REGENERATE}`.",
            "#pragma once", "",
            "#include <boost/date_time/gregorian/gregorian_types.hpp>", "",
            "#include <string_view>", "",
            "namespace csto {", "",
            "/// The data release, year-based like the tz database's (\"2026a\", \"2026b\", ...).",
            f"inline constexpr std::string_view data_version = {cpp_str(self.m['version'])};", "",
            "/// The last day the data has been checked to be current: answers after it extrapolate (a member",
            "/// stays a member) and status_on() says so.",
            f"inline constexpr boost::gregorian::date data_as_of{{{a.year}, {a.month}, {a.day}}};", "",
            "}  // namespace csto", ""])

    def with_pool(self, name: str) -> str:
        """Header `name`, its citations' pool written ahead of its records."""
        self.pool, self.pool_name = [], name
        self.texts, self.text_chunks, self.text_bytes = {}, [[]], [bytearray()]
        self.deferred = name in DEFERRED
        text = getattr(self, f"{name}_hpp")()
        pool = self.pool_lines(name)
        if pool:
            opening = "namespace csto::data {\n\n"
            at = text.index(opening) + len(opening)
            text = text[:at] + "\n".join(pool) + "\n" + text[at:]
        return short_names(text)

    def files(self, docs: bool = True) -> dict[str, str]:
        out = {f"include/csto/data/{name}.hpp": self.with_pool(name)
               for name in ("sources", "states", "people", "membership", "membership_days", "treaty", "meetings",
                            "statements", "secretaries_general", "chairmanship", "institutions", "articles",
                            "conflicts", "requests", "version")}
        if docs:
            out["docs/FACTS.md"] = facts_md(self.m)
        return out

# --- docs/FACTS.md and the README table -------------------------------------------------------------


def md_cites(cites, sources) -> str:
    seen, parts = set(), []
    for c, bit in cites:
        if c.id in seen:
            continue
        seen.add(c.id)
        label = c.source if sources[c.source]["kind"] == "reference" else "seed " + c.source[:3]
        words = f"\"{c.text}\"" if c.quote is not None else c.text
        date = f" [{c.date}]" if c.date else ""
        parts.append(f"{label}: {words}{date}")
    return "<br>".join(p.replace("|", "\\|").replace("\n", " ") for p in parts)


def membership_rows(m) -> list[str]:
    rows = []
    for iv in m["intervals"]:
        until = iv["until"] if iv["until_d"] else "-"
        end = iv.get("end", "").replace("_", "-") if iv["until_d"] else "member"
        if iv["until_d"]:
            end += " (inferred)" if iv.get("until_inferred") else " (stated)"
        rows.append(f"| {iv['state']} | {iv['from']} | {iv['start']} | {until} | {end} |")
    return rows


def facts_md(m) -> str:
    src = m["sources"]
    l = ["# csto: the facts and their sources", "",
         f"Generated by tools/compile_facts.py from data/*.toml (data {m['version']}, as of "
         f"{m['as_of']}). Do not edit: edit data/ and run `{REGENERATE}`.",
         "Seed documents are quoted verbatim (\"in quotes\"); references are paraphrased or quoted as",
         "their notes give them. A date in [brackets] is the date that source gives.", "",
         "## Membership", "", "| State | From | How | Until (first day outside) | How | Evidence |",
         "|---|---|---|---|---|---|"]
    for row, iv in zip(membership_rows(m), m["intervals"]):
        ev = md_cites(iv["start_cites"] + iv["end_cites"], src)
        inf = f"<br>inferred: {iv['until_inferred']}" if iv.get("until_inferred") else ""
        l.append(f"{row} {ev}{inf} |")
    l += ["", "Participation frozen (still a member):", ""]
    for fr in m["freezes"]:
        l.append(f"- {fr['state']} from {fr['since']}: {md_cites(fr['cites'], src)}")
        for r in fr["readings"]:
            l.append(f"  - {r['holder']} ({r['view'].replace('_', ' ')}): {r['summary']}. "
                     f"{md_cites(r['cites'], src)}")
    l += ["", "Dates the data does not use:", ""]
    for d in m["discrepancies"]:
        l.append(f"- {d['state']}, {d['fact']}: {d['rejected']} ({d['rejected_by']}): {d['reason']}")
    l += ["", "## Treaty events", "", "| Date | Event | States | Evidence |", "|---|---|---|---|"]
    for e in m["events"]:
        l.append(f"| {e['date']} | {e['summary']} | {', '.join(e.get('states', []))} | "
                 f"{md_cites(e['cites'], src)} |")
    l += ["", "## Meetings", "", "| Date | Body, kind, format | Place | Chair | Absent | Evidence |",
          "|---|---|---|---|---|---|"]
    for mt in m["meetings"]:
        chair = mt.get("chair", mt.get("chair_state", ""))
        place = ", ".join(x for x in (mt.get("city", ""), mt.get("venue", "")) if x)
        what = f"{mt['body'].replace('_', ' ')}, {mt['kind'].replace('_', ' ')}, {mt['format'].replace('_', ' ')}"
        inf = "".join(f"<br>{f} inferred: {h}" for f, h in mt["inferences"])
        l.append(f"| {mt['date']} | {what} | {place} | {chair} | {', '.join(mt.get('absent', []))} | "
                 f"{md_cites(mt['cites'], src)}{inf} |")
        for p in mt["participants"]:
            l.append(f"| | {p['state']}: {p['person']}, {p['office'].replace('_', ' ')}, "
                     f"{p['attendance'].replace('_', ' ')} | | | | {md_cites(p['cites'], src)} |")
    l += ["", "## Secretaries-General", "", "| Person | From | Until (first day out) | Acting | Evidence |",
          "|---|---|---|---|---|"]
    for t in m["terms"]:
        l.append(f"| {t['person']} | {t['from']} | {t['until']} | {'yes' if t['acting'] else 'no'} | "
                 f"{md_cites(t['cites'], src)} |")
    l += ["", "## Institutions", "",
          "Bodies, forces, operations, plans, partners and statuses, each with its dated milestones. An",
          "institution exists from its first milestone of a founding kind (decided, created, agreement signed,",
          "conducted since), or else from its `since`; one with neither is not dated by any source.", "",
          "| Institution | Kind | Date | Description, then each milestone | Evidence |", "|---|---|---|---|---|"]
    for i in m["institutions"]:
        since = i["since"] if i.get("since") else ""
        l.append(f"| {i['name']} | {i['kind'].replace('_', ' ')} | {since} | {i['description']} | "
                 f"{md_cites(i['cites'], src)} |")
        for ms in i["milestones"]:
            what = ms["kind"].replace("_", " ")
            if "personnel" in ms:
                what += ": " + personnel_words(ms["personnel"], ms.get("approximate", False))
            if ms.get("note"):
                what += f" ({ms['note']})"
            inf = f"<br>date inferred: {ms['inference']}" if ms["inference"] else ""
            l.append(f"| | | {ms['date']} | {what} | {md_cites(ms['cites'], src)}{inf} |")
        if "holders" in i:
            held = ", ".join(i["holders"]) or f"none in any source read (as of {m['as_of']})"
            l.append(f"| | | | holders: {held} | {md_cites([(c, b) for c, b in i['cites'] if b == 'holders'], src)} |")
    l += ["", "The Council's decisions on the terms:", ""]
    for t in m["terms"]:
        for d in t["decisions"]:
            what = d["kind"].replace("end_set", "end set").replace("_", " ")
            if d.get("years"):
                what += f" ({'by' if d['kind'] == 'extended' else 'for'} {d['years']} years)"
            if d["until_d"]:
                what += f", first day out {d['until']}"
            l.append(f"- {t['person']}, {d['date']}: {what}. {md_cites(d['cites'], src)}")
    l += ["", "## Chairmanship", "",
          "The state chairing the Organization, only where a source names it. A day of handover counts for the",
          "state taking the chair. An unknown start or end is left blank and stretches nothing: a record",
          "certainly covers the days from its first certain day to its last; other days are unknown.", "",
          "| State | From | Until (first day out) | Also in the chair on | Chairman | Evidence |",
          "|---|---|---|---|---|---|"]
    for ch in m["chairmanships"]:
        inf = "".join(f"<br>{f} inferred: {h}" for f, h in ch["inferences"])
        l.append(f"| {ch['state']} | {ch.get('from', '')} | {ch.get('until', '')} | {ch.get('held_on', '')} | "
                 f"{ch.get('chairman', '')} | {md_cites(ch['cites'], src)}{inf} |")
    l += ["", "## The Treaty's wordings: who may be the aggressor, what a threat may threaten", "",
          "Our reading of each wording's words (an inference, written out), and the threats each wording of",
          "Article 2 lists.", "",
          "| Article | In force from | Words | State | Group of states | Non-state actor | Threats to |",
          "|---|---|---|---|---|---|---|"]
    for a in m["articles"]:
        for v in a["versions"]:
            ag, th = v.get("aggressor"), v.get("threats")
            if ag:
                l.append(f"| {a['number']} | {v['from']} | \"{ag['words']}\" | {ag['state']} | "
                         f"{ag['group_of_states']} | {ag['non_state']} | |")
                l.append(f"| | | reading: {ag['reading']} | | | | |")
            if th:
                covers = ", ".join(t.replace("_", " ") for t in th["covers"])
                l.append(f"| {a['number']} | {v['from']} | \"{th['words']}\" | | | | {covers} |")
    l += ["", "## Where the sources disagree", ""]
    for cf in m["conflicts"]:
        l.append(f"- **{cf['subject']}**: kept {cf['kept']}. {cf['reason']}")
    l += ["", "## The states' names and codes", "",
          "Every name and code find_state accepts: names in any case of their ASCII letters, codes in capitals.",
          "", "| State | Official name | ISO 3166-1 | COW | Other names | Evidence |", "|---|---|---|---|---|---|"]
    for s in m["states"]:
        iso = f"{s['alpha2']}, {s['alpha3']}, {s['numeric']:03d}"
        cow = f"{s['cow']}" + (f", {s['cow_abbreviation']}" if s.get("cow_abbreviation") else "")
        l.append(f"| {s['name']} | {s['official_name']} | {iso} | {cow} | {', '.join(s['other_names'])} | "
                 f"{md_cites(s['cites'], src)} |")
    l += ["", "## Sources", ""]
    for sid, s in src.items():
        l.append(f"- `{sid}` ({s['kind']}): {s['title']}; {s['location']}")
    return "\n".join(l) + "\n"


README_BEGIN = "<!-- membership table: generated by tools/compile_facts.py -->"
README_END = "<!-- end of generated membership table -->"


def readme_with_table(text: str, m) -> str:
    begin, end = text.find(README_BEGIN), text.find(README_END)
    if begin < 0 or end < 0:
        err("README.md", f"the markers {README_BEGIN!r} and {README_END!r} are missing")
        return text
    table = ["| State | From | How | Until (first day outside) | How | Sources |", "|---|---|---|---|---|---|"]
    for row, iv in zip(membership_rows(m), m["intervals"]):
        ids = []
        for c, _ in iv["start_cites"] + iv["end_cites"]:
            label = "seed " + c.source[:3] if m["sources"][c.source]["kind"] == "seed" else c.source
            if label not in ids:
                ids.append(label)
        frozen = [f"participation frozen from {f['since']}" for f in m["freezes"] if f["state"] == iv["state"]]
        table.append(f"{row} {'; '.join(frozen + ids)} |")
    return text[:begin] + README_BEGIN + "\n" + "\n".join(table) + "\n" + text[end:]

# --- Main -----------------------------------------------------------------------------------------------


# --- A synthetic dataset, to test how the headers grow (tests/growth) -----------------------------------

SYNTHETIC_FIRST_DAY = dt.date(1990, 1, 1)  # copy k covers [first day + k * shift, first day + (k + 1) * shift)
SYNTHETIC_SHIFT = dt.timedelta(days=18262)  # 50 years


def shifted(r: DateRange | None, by: dt.timedelta) -> DateRange | None:
    """`r` moved by `by` days; a month or a year moved by days is no longer one, so it becomes a range."""
    if r is None:
        return None
    precision = r.precision if r.precision in ("day", "range") else "range"
    return DateRange(r.earliest + by, r.latest + by, precision, r.text)


def synthesize(model: dict, copies: int) -> dict:
    """The checked model with `copies` copies of its membership history, meetings and people, copy k
    moved k * 50 years later (an interval still open in a copy ends as the next copy begins: its
    `until`, the first day out, is the next copy's first day). Not facts: a dataset `copies` times the size, whose answers in copy k equal copy 0's
    moved by k * 50 years, for tests/growth."""
    m = dict(model)
    closed = next(iv for iv in model["intervals"] if iv["until_d"])
    intervals = []
    for k in range(copies):
        by = k * SYNTHETIC_SHIFT
        for iv in model["intervals"]:
            copy = {**iv, "from_d": shifted(iv["from_d"], by), "until_d": shifted(iv["until_d"], by)}
            if copy["until_d"] is None and k + 1 < copies:
                out = SYNTHETIC_FIRST_DAY + (k + 1) * SYNTHETIC_SHIFT
                copy.update(until_d=DateRange(out, out, "day", out.isoformat()), end=closed["end"],
                            end_cites=closed["end_cites"])
            intervals.append(copy)
    intervals.sort(key=lambda r: (STATES.index(r["state"]), r["from_d"].earliest))
    m["intervals"] = intervals
    m["segments"] = compile_segments(intervals)
    m["meetings"] = [{**mt, "id": mt["id"] if k == 0 else f"{mt['id']}~{k}",
                      "date_d": shifted(mt["date_d"], k * SYNTHETIC_SHIFT)}
                     for k in range(copies) for mt in model["meetings"]]
    m["people"] = [p if k == 0 else {**p, "name": f"{p['name']} ~{k}",
                                     "spellings": [f"{s} ~{k}" for s in p["spellings"]]}
                   for k in range(copies) for p in model["people"]]
    return m


def synthetic_hpp(model: dict, copies: int) -> str:
    """What tests/growth/growth_check.cpp needs to know about the synthetic dataset."""
    per_state = [sum(1 for iv in model["intervals"] if iv["state"] == s) for s in STATES]
    return "\n".join([
        "// csto_synthetic.hpp - GENERATED by tools/compile_facts.py --synthetic: the shape of a synthetic",
        "// dataset (not facts), for tests/growth.",
        "#pragma once",
        "#include <cstddef>",
        "namespace csto_synthetic {",
        f"inline constexpr std::size_t copies = {copies};",
        f"inline constexpr long shift_days = {SYNTHETIC_SHIFT.days};",
        f"inline constexpr int first_year = {SYNTHETIC_FIRST_DAY.year};",
        f"inline constexpr std::size_t real_meetings = {len(model['meetings'])};",
        f"inline constexpr std::size_t real_people = {len(model['people'])};",
        f"inline constexpr std::size_t real_intervals = {len(model['intervals'])};",
        f"inline constexpr std::size_t real_intervals_per_state[] = {{{', '.join(map(str, per_state))}}};",
        "}  // namespace csto_synthetic",
        ""])


def check_fields_match_cpp(citation_hpp: pathlib.Path) -> None:
    """The masks are written as integers, so FIELDS must list csto::Field's enumerators in order."""
    text = citation_hpp.read_text(encoding="utf-8")
    body = text[text.index("enum class Field"):]
    body = body[body.index("{") + 1:body.index("};")]
    names = [re.sub(r"\s*//.*", "", line).strip().rstrip(",") for line in body.splitlines()]
    names = [n for n in names if n]
    if names != FIELDS:
        err("tools/compile_facts.py", f"FIELDS differs from csto::Field in {citation_hpp.name}: {names}")


def check_enums_match_cpp(include: pathlib.Path) -> None:
    """The encoded records hold enums as numbers, so ENUMS must list those C++ enums' values in order."""
    for kind, (header_name, typename) in ENCODED_ENUMS.items():
        text = (include / header_name).read_text(encoding="utf-8")
        body = text[text.index(f"enum class {typename} "):]
        body = body[body.index("{") + 1:body.index("}")]
        code = " ".join(re.sub(r"//.*", "", line) for line in body.splitlines())  # one line or many
        names = [n.strip() for n in code.split(",")]
        if [n for n in names if n] != [CPP_ENUM.get((kind, v), v) for v in ENUMS[kind]]:
            err("tools/compile_facts.py", f"ENUMS[{kind!r}] differs from csto::{typename} in {header_name}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="check the data only; write nothing")
    ap.add_argument("--output", type=pathlib.Path, help="write the derived files under this folder")
    ap.add_argument("--data", type=pathlib.Path, default=ROOT / "data", help="the data folder (default: data/)")
    ap.add_argument("--synthetic", type=int, metavar="N",
                    help="write, under --output, headers of a made-up dataset N times the size (for tests/growth)")
    args = ap.parse_args(argv)
    if args.synthetic is not None and (args.output is None or args.synthetic < 1):
        ap.error("--synthetic N needs N >= 1 and --output: its headers are not facts")
    check_fields_match_cpp(ROOT / "include" / "csto" / "citation.hpp")
    check_enums_match_cpp(ROOT / "include" / "csto")
    files = load(args.data)
    model = check(files, ROOT / "tests" / "sources")
    if err.items:
        for e in err.items:
            print(f"error: {e}", file=sys.stderr)
        print(f"compile_facts: {len(err.items)} error(s); nothing written", file=sys.stderr)
        return 1
    if args.check:
        print("compile_facts: the data is consistent")
        return 0
    if args.synthetic is not None:
        synthetic = synthesize(model, args.synthetic)
        out = Emitter(synthetic).files(docs=False)
        out["include/csto_synthetic.hpp"] = synthetic_hpp(model, args.synthetic)
    else:
        out = Emitter(model).files()
        readme = ROOT / "README.md"
        out["README.md"] = readme_with_table(readme.read_text(encoding="utf-8"), model)
    if err.items:
        for e in err.items:
            print(f"error: {e}", file=sys.stderr)
        return 1
    target = args.output or ROOT
    for rel, text in out.items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    print(f"compile_facts: wrote {len(out)} files under {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
