#!/usr/bin/env python3
"""Reads each research export of the `export` example with Python's csv module, as a researcher
would, and checks its header and rows against values written out by hand from the sources (not
from the program): the COW IGO state-year file (long and wide, both year rules), the ATOP
dyad-year and member-level files, the codebook's coverage of every column, and the exit status
of --help, bad input and a failed write.

usage: validate_research_exports.py EXPORT_PROGRAM CODEBOOK_MD     (exit 0 when all hold)"""
import csv
import io
import subprocess
import sys

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def run(program, *args):
    result = subprocess.run([program, *args], capture_output=True, text=True)
    return result.returncode, result.stdout, result.stderr


def read_csv(program, *args):
    status, out, err = run(program, *args)
    if status != 0:
        failures.append(f"export {' '.join(args)}: exit {status}: {err.strip()}")
        return [], []
    check(not out.startswith("#"), f"export {' '.join(args)}: the first line is a comment, not the header")
    rows = list(csv.reader(io.StringIO(out, newline="")))
    return rows[0], rows[1:]


# COW state numbers and COW's own abbreviations (reference notes part 2, section 6).
CCODE = {"RUS": 365, "BLR": 370, "ARM": 371, "GRG": 372, "AZE": 373, "TAJ": 702, "KYR": 703, "UZB": 704, "KZK": 705}
IN_CCODE_ORDER = ["RUS", "BLR", "ARM", "GRG", "AZE", "TAJ", "KYR", "UZB", "KZK"]

# (stateabb, year): (csto, csto_suspended, csto_frozen), by the status on 31 December.
DEC31 = {
    ("ARM", 1992): (1, 0, 0),  # a founder: signed in Tashkent on 15 May 1992
    ("BLR", 1992): (0, 0, 0),
    ("BLR", 1993): (1, 0, 0),  # joined on 31 December 1993
    ("AZE", 1993): (1, 0, 0),  # 24 September 1993
    ("GRG", 1998): (1, 0, 0),  # joined 9 December 1993
    ("GRG", 1999): (0, 0, 0),  # did not sign the 1999 extension: out from 21 April 1999
    ("GRG", 2000): (0, 0, 0),
    ("AZE", 1999): (0, 0, 0),
    ("UZB", 1998): (1, 0, 0),
    ("UZB", 1999): (0, 0, 0),  # did not sign the 1999 extension either
    ("UZB", 2000): (0, 0, 0),
    ("UZB", 2005): (0, 0, 0),
    ("UZB", 2006): (1, 0, 0),  # returned in 2006 (decided 23 June, protocol 16 August)
    ("UZB", 2011): (1, 0, 0),
    ("UZB", 2012): (0, 1, 0),  # suspended its membership on 28 June 2012
    ("UZB", 2013): (0, 1, 0),
    ("ARM", 2023): (1, 0, 0),
    ("ARM", 2024): (1, 0, 1),  # froze its participation on 22 February 2024, still a member
    ("RUS", 2020): (1, 0, 0),
}
# The same by the any-day rule: a member on any day of the year.
ANY_DAY = {
    ("BLR", 1993): (1, 0, 0),
    ("GRG", 1999): (1, 0, 0),  # a member until 20 April 1999
    ("UZB", 1999): (1, 0, 0),
    ("UZB", 2000): (0, 0, 0),
    ("UZB", 2006): (1, 0, 0),
    ("UZB", 2012): (1, 1, 0),  # a member until 27 June, suspended from 28 June
    ("UZB", 2013): (0, 1, 0),
    ("AZE", 2000): (0, 0, 0),
    ("ARM", 2024): (1, 0, 1),
}


def check_cow_long(program, rule, expected):
    header, rows = read_csv(program, "cow-state-year", "--year-rule", rule)
    where = f"cow-state-year --year-rule {rule}"
    check(header == ["ccode", "stateabb", "year", "csto", "csto_suspended", "csto_frozen"], f"{where}: header {header}")
    check(rows[:2] == [["365", "RUS", "1992", "1", "0", "0"], ["365", "RUS", "1993", "1", "0", "0"]],
          f"{where}: first rows {rows[:2]}")
    by_key = {}
    for row in rows:
        check(len(row) == 6, f"{where}: row {row}")
        ccode, abb, year, codes = int(row[0]), row[1], int(row[2]), tuple(int(v) for v in row[3:])
        check(CCODE.get(abb) == ccode, f"{where}: {abb} is not COW's abbreviation of {ccode}")
        check(codes[0] in (1, 0, -9) and codes[1] in (1, 0, -9) and codes[2] in (1, 0), f"{where}: codes {row}")
        by_key[(abb, year)] = codes
    for key, codes in expected.items():
        check(by_key.get(key) == codes, f"{where}: {key} is {by_key.get(key)}, expected {codes}")
    years = sorted({y for _, y in by_key})
    check(years[0] == 1992 and years == list(range(1992, years[-1] + 1)), f"{where}: years {years[0]}..{years[-1]}")
    check(len(rows) == 9 * len(years), f"{where}: {len(rows)} rows for 9 states and {len(years)} years")
    order = [(CCODE[r[1]], int(r[2])) for r in rows]
    check(order == sorted(order), f"{where}: not sorted by ccode and year")
    return by_key


def check_cow_wide(program, rule, long_codes):
    header, rows = read_csv(program, "cow-state-year", "--wide", "--year-rule", rule)
    where = f"cow-state-year --wide --year-rule {rule}"
    expected_header = (["year"] + IN_CCODE_ORDER + [a + "_suspended" for a in IN_CCODE_ORDER] +
                       [a + "_frozen" for a in IN_CCODE_ORDER])
    check(header == expected_header, f"{where}: header {header}")
    # 1992: the six founders (Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan).
    check(rows[0][:10] == ["1992", "1", "0", "1", "0", "0", "1", "1", "1", "1"], f"{where}: first row {rows[0]}")
    for row in rows:
        year = int(row[0])
        for i, abb in enumerate(IN_CCODE_ORDER):
            wide = (int(row[1 + i]), int(row[10 + i]), int(row[19 + i]))
            check(wide == long_codes.get((abb, year)), f"{where}: {abb} {year} is {wide}, long has "
                  f"{long_codes.get((abb, year))}")


def dyads(program, rule):
    header, rows = read_csv(program, "atop-dyad-year", "--year-rule", rule)
    where = f"atop-dyad-year --year-rule {rule}"
    check(header == ["stateA", "stateB", "year", "atopid", "defense", "nonagg", "consul", "first_year", "last_year"],
          f"{where}: header {header}")
    table = {}
    for row in rows:
        a, b, year, atopid, defense, nonagg, consul, first, last = (int(v) for v in row)
        check(a != b and atopid == 4220, f"{where}: row {row}")
        # Article 4 (collective defense), Article 1 (no use of force among the parties) and
        # Article 2 (consultations) are in the Treaty's text from its signature on.
        check((defense, nonagg, consul) == (1, 1, 1), f"{where}: obligations {row}")
        check(first <= year <= last, f"{where}: run {row}")
        table[(a, b, year)] = (first, last)
    keys = [(int(r[0]), int(r[1]), int(r[2])) for r in rows]
    check(keys == sorted(keys), f"{where}: not sorted by stateA, stateB, year")
    for (a, b, year) in table:
        check((b, a, year) in table, f"{where}: ({a}, {b}, {year}) without its reverse")
    return rows, table


def per_year(table, year):
    return sum(1 for (_, _, y) in table if y == year)


def check_dyads(program):
    rows, dec31 = dyads(program, "dec31")
    last = max(y for (_, _, y) in dec31)
    # Russia-Belarus: first together on 31 December 1993, still both members.
    check(rows[0] == ["365", "370", "1993", "4220", "1", "1", "1", "1993", str(last)], f"dyads: first row {rows[0]}")
    ARM, GRG, RUS, UZB = CCODE["ARM"], CCODE["GRG"], CCODE["RUS"], CCODE["UZB"]
    check(dec31.get((ARM, GRG, 1998)) == (1993, 1998), f"dyads dec31: ARM-GRG 1998 {dec31.get((ARM, GRG, 1998))}")
    check((ARM, GRG, 1999) not in dec31, "dyads dec31: ARM-GRG in 1999")
    check(dec31.get((UZB, RUS, 1992)) == (1992, 1998), f"dyads dec31: UZB-RUS 1992 {dec31.get((UZB, RUS, 1992))}")
    check((RUS, UZB, 2000) not in dec31, "dyads dec31: RUS-UZB in 2000")
    check(dec31.get((UZB, RUS, 2006)) == (2006, 2011), f"dyads dec31: UZB-RUS 2006 {dec31.get((UZB, RUS, 2006))}")
    check((RUS, UZB, 2012) not in dec31, "dyads dec31: RUS-UZB in 2012 (suspended by 31 December)")
    # Members on 31 December: 6 founders in 1992, 9 in 1993, 6 in 2000, 7 in 2006, 6 in 2012.
    for year, members in ((1992, 6), (1993, 9), (1999, 6), (2000, 6), (2006, 7), (2012, 6)):
        check(per_year(dec31, year) == members * (members - 1), f"dyads dec31: {per_year(dec31, year)} in {year}")
    _, any_day = dyads(program, "any-day")
    check(any_day.get((ARM, GRG, 1999)) == (1993, 1999), f"dyads any-day: ARM-GRG 1999 {any_day.get((ARM, GRG, 1999))}")
    check(any_day.get((RUS, UZB, 2012)) == (2006, 2012), f"dyads any-day: RUS-UZB 2012 {any_day.get((RUS, UZB, 2012))}")
    check((RUS, UZB, 2013) not in any_day and (RUS, UZB, 2000) not in any_day, "dyads any-day: RUS-UZB out of term")
    check(per_year(any_day, 1999) == 72, f"dyads any-day: {per_year(any_day, 1999)} in 1999")


def check_members(program):
    header, rows = read_csv(program, "atop-member")
    check(header == ["atopid", "member", "yrent", "moent", "dayent", "yrexit", "moexit", "dayexit", "phase",
                     "csto_entry_earliest", "csto_entry_latest", "csto_exit_earliest", "csto_exit_latest",
                     "csto_exit_kind"], f"atop-member: header {header}")
    # Phase 1 from the signature on 15 May 1992, phase 2 from the Charter's signature on 7 October 2002.
    check(rows[0] == ["4220", "365", "1992", "5", "15", "2002", "10", "7", "1", "1992-05-15", "1992-05-15",
                      "2002-10-07", "2002-10-07", "next_phase"], f"atop-member: first row {rows[0]}")
    expected = [
        ["4220", "371", "1992", "5", "15", "2002", "10", "7", "1"],  # Armenia, phase 1
        ["4220", "371", "2002", "10", "7", "0", "0", "0", "2"],  # Armenia, phase 2, still a member
        ["4220", "370", "1993", "12", "31", "2002", "10", "7", "1"],  # Belarus (ATOP: 1994-01-03)
        ["4220", "372", "1993", "12", "9", "1999", "4", "21", "1"],  # Georgia, out from 21 April 1999
        ["4220", "704", "1992", "5", "15", "1999", "4", "21", "1"],  # Uzbekistan's first membership
        ["4220", "704", "2006", "8", "16", "2012", "6", "28", "2"],  # its return (ATOP: 2006-08-17)
    ]
    for want in expected:
        check(any(row[:9] == want for row in rows), f"atop-member: no row {want}")
    uzb_return = [r for r in rows if r[1] == "704" and r[8] == "2"]
    check(uzb_return and uzb_return[0][9:] == ["2006-06-23", "2006-08-16", "2012-06-28", "2012-06-28", "suspension"],
          f"atop-member: Uzbekistan's return {uzb_return}")
    # Kinds are machine names, as the JSON spells them (docs/CODEBOOK.md), never labels.
    kinds = {r[13] for r in rows}
    check(kinds <= {"non_renewal", "suspension", "withdrawal", "next_phase", ""}, f"atop-member: exit kinds {kinds}")
    check("non_renewal" in kinds, f"atop-member: Georgia's and Uzbekistan's 1999 exits: {kinds}")
    check(len(rows) == 16, f"atop-member: {len(rows)} rows; expected 16 (6 founders' and Belarus's two phases, "
          "Azerbaijan, Georgia, Uzbekistan twice)")


def check_codebook(program, codebook_path):
    with open(codebook_path, encoding="utf-8") as f:
        codebook = f.read()
    for args in (["cow-state-year"], ["atop-dyad-year"], ["atop-member"], ["intervals-csv"]):
        header, _ = read_csv(program, *args)
        for column in header:
            check(f"| `{column}` |" in codebook, f"codebook: no row for {args[0]}'s column '{column}'")
    check("| `year` |" in codebook and "RUS_suspended ... KZK_suspended" in codebook, "codebook: the wide form")
    check("`dec31`" in codebook and "`any-day`" in codebook, "codebook: the year rules")
    check("1994-01-03" in codebook and "2006-08-17" in codebook, "codebook: the known differences from ATOP")


def check_exit_status(program):
    status, out, _ = run(program, "--help")
    check(status == 0 and out.startswith("usage: export"), f"--help: exit {status}")
    status, out, _ = run(program, "cow-state-year", "--help")
    check(status == 0 and "--year-rule" in out, f"cow-state-year --help: exit {status}")
    for bad in ([], ["frobnicate"], ["cow-state-year", "--year-rule", "weekly"], ["cow-state-year", "--year-rule"],
                ["atop-member", "--wide"], ["json", "--year-rule", "dec31"], ["cow-state-year", "extra"],
                ["atop-dyad-year", "--year-rule=dec31", "--year-rule=any-day"]):
        status, _, err = run(program, *bad)
        check(status == 2 and err.startswith("export: "), f"export {' '.join(bad)}: exit {status}, expected 2")
    status, _, _ = run(program, "cow-state-year", "--year-rule=any-day")
    check(status == 0, f"--year-rule=any-day: exit {status}")
    with open("/dev/full", "w") as full:
        status = subprocess.run([program, "cow-state-year"], stdout=full, stderr=subprocess.DEVNULL).returncode
    check(status == 1, f"a failed write: exit {status}, expected 1")


def main() -> int:
    program, codebook = sys.argv[1], sys.argv[2]
    long_dec31 = check_cow_long(program, "dec31", DEC31)
    long_any = check_cow_long(program, "any-day", ANY_DAY)
    # The default rule is 31 December.
    _, rows = read_csv(program, "cow-state-year")
    _, dec31_rows = read_csv(program, "cow-state-year", "--year-rule", "dec31")
    check(rows == dec31_rows, "cow-state-year without --year-rule differs from --year-rule dec31")
    check_cow_wide(program, "dec31", long_dec31)
    check_cow_wide(program, "any-day", long_any)
    check_dyads(program)
    check_members(program)
    check_codebook(program, codebook)
    check_exit_status(program)
    for message in failures:
        print(message)
    if failures:
        return 1
    print("the research exports read back as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
