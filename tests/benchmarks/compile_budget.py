#!/usr/bin/env python3
"""The compile cost of every public header, against the budget (issue 13: at most 1.3x).

    tests/benchmarks/compile_budget.py [--runs N] [--cxx g++ clang++] [--instructions [--paths N]] [HEADER...]

For each compiler and each header (default: every include/csto/*.hpp), compiles a file that
includes only that header and one that includes only boost/date_time/gregorian/gregorian_types.hpp,
alternately, N times each (default 5), and prints the median CPU time (user + system of the
compiler's processes) of each and their ratio, as a Markdown table. CPU time rather than wall time,
so that another process on the machine disturbs the figures less; --instructions counts the
compiler's instructions under valgrind instead (deterministic, about 30x slower).

clang++'s count of one file still moves with the file's path, by up to 8 M instructions for
csto/csto.hpp (the path's name lands in its hash tables); --paths N counts each file at N paths
and takes the median (g++'s count does not move).

A header whose cost includes a third-party library's (csto/fmt.hpp: {fmt}) is measured against a
baseline that includes that library too, so the ratio is csto's own share.

Exit status: 0 when every header is within the budget, 1 when one is not (the table says which).
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUDGET = 1.3
BOOST = "boost/date_time/gregorian/gregorian_types.hpp"
# Headers that include a third-party library beyond Boost: the baseline includes it too.
EXTRA_BASELINE = {"csto/fmt.hpp": ["fmt/format.h"]}


def cpu_seconds(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def instructions(command, work):
    out = os.path.join(work, "cg.out.%p")
    subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--trace-children=yes",
                    "--cachegrind-out-file=" + out] + command, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    total = 0
    for name in os.listdir(work):
        if name.startswith("cg.out."):
            path = os.path.join(work, name)
            with open(path) as f:
                for line in f:
                    if line.startswith("summary:"):
                        total += int(line.split()[1])
            os.remove(path)
    return total


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("headers", nargs="*", help="e.g. csto/csto.hpp (default: every public header)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cxx", nargs="+", default=[c for c in ("g++", "clang++") if shutil.which(c)])
    parser.add_argument("--std", default="c++17")
    parser.add_argument("--instructions", action="store_true", help="count instructions (valgrind)")
    parser.add_argument("--paths", type=int, default=1,
                        help="with --instructions: count each file at N paths, the median (clang++'s count moves with the path)")
    args = parser.parse_args()
    headers = args.headers or sorted(
        "csto/" + f for f in os.listdir(os.path.join(ROOT, "include", "csto")) if f.endswith(".hpp"))

    work = tempfile.mkdtemp()
    try:
        def translation_unit(includes, copy=0):
            # Copy k of a file lives in a directory whose name is k + 1 characters long.
            directory = os.path.join(work, "p" * (copy + 1))
            os.makedirs(directory, exist_ok=True)
            path = os.path.join(directory, "tu%d.cpp" % len(os.listdir(directory)))
            with open(path, "w") as f:
                f.write("".join("#include <%s>\n" % i for i in includes) + "int main() { return 0; }\n")
            return path

        def count(includes, command):
            """The median instruction count of the file at --paths paths."""
            return statistics.median(instructions(command(translation_unit(includes, k)), work)
                                     for k in range(max(1, args.paths)))

        measure = cpu_seconds  # the instruction counts go through count()
        runs = 1 if args.instructions else args.runs
        unit = ("instructions, median of %d paths" % max(1, args.paths) if args.instructions
                else "CPU seconds, median of %d" % runs)
        results = {}  # (header, cxx) -> (csto, baseline)
        counted_baselines = {}  # (cxx, extra includes) -> the baseline's count
        for cxx in args.cxx:
            def command(tu, cxx=cxx):
                return [cxx, "-std=" + args.std, "-O2", "-I" + os.path.join(ROOT, "include"), "-c", tu, "-o", os.devnull]
            for header in headers:
                extra = EXTRA_BASELINE.get(header, [])
                if extra and any(not os.path.exists(os.path.join("/usr/include", e)) for e in extra):
                    continue
                ours, theirs = command(translation_unit([header])), command(translation_unit([BOOST] + extra))
                subprocess.run(ours, check=True)  # warm the file cache; fail early on an error
                a, b = [], []
                for _ in range(runs):
                    a.append(count([header], command) if args.instructions else measure(ours))
                    # An instruction count does not vary: the baseline is counted once per compiler.
                    key = (cxx, tuple(extra))
                    if not args.instructions:
                        counted_baselines[key] = measure(theirs)
                    elif key not in counted_baselines:
                        counted_baselines[key] = count([BOOST] + extra, command)
                    b.append(counted_baselines[key])
                results[header, cxx] = (statistics.median(a), statistics.median(b))
                print("%s %s: %.2f" % (cxx, header, results[header, cxx][0] / results[header, cxx][1]),
                      file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(work)

    over = []
    print("Compile cost of each public header over gregorian_types.hpp (%s, -std=%s -O2; budget %.1fx)"
          % (unit, args.std, BUDGET))
    print()
    print("| Header | " + " | ".join(args.cxx) + " |")
    print("|---|" + "---|" * len(args.cxx))
    for header in headers:
        cells = []
        for cxx in args.cxx:
            if (header, cxx) not in results:
                cells.append("n/a")
                continue
            ratio = results[header, cxx][0] / results[header, cxx][1]
            cells.append("%.2f%s" % (ratio, "" if ratio <= BUDGET else " (over)"))
            if ratio > BUDGET:
                over.append((header, cxx))
        print("| `%s` | %s |" % (header, " | ".join(cells)))
    print()
    versions = "; ".join(subprocess.run([c, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
                         for c in args.cxx)
    print("%d of %d measurements within %.1fx (%s)" % (len(results) - len(over), len(results), BUDGET, versions))
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
