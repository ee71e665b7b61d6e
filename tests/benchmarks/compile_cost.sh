#!/usr/bin/env bash
# Compile-time cost of including csto, relative to Boost's lean gregorian_types.hpp.
#
#   tests/benchmarks/compile_cost.sh [HEADER] [RUNS]     e.g. compile_cost.sh csto/lean.hpp 11
#
# Compiles a file that includes <HEADER> (default csto/csto.hpp) and one that includes only
# <boost/date_time/gregorian/gregorian_types.hpp>, alternately, RUNS times each (default 9), and
# prints the median wall time of each and their ratio. Budget: csto/lean.hpp at most 1.3x.
set -euo pipefail
header=${1:-csto/csto.hpp}
runs=${2:-9}
cxx=${CXX:-c++}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '#include <%s>\nint main() { return 0; }\n' "$header" > "$work/csto.cpp"
printf '#include <boost/date_time/gregorian/gregorian_types.hpp>\nint main() { return 0; }\n' > "$work/boost.cpp"

elapsed() {  # seconds to compile $1, as a decimal
    local start end
    start=$(date +%s%N)
    "$cxx" -std=c++17 -O2 -I"$root/include" -c "$1" -o /dev/null
    end=$(date +%s%N)
    awk -v ns="$((end - start))" 'BEGIN { printf "%.4f\n", ns / 1e9 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

: > "$work/a"; : > "$work/b"
elapsed "$work/csto.cpp" > /dev/null  # warm the file cache
for _ in $(seq "$runs"); do
    elapsed "$work/csto.cpp" >> "$work/a"
    elapsed "$work/boost.cpp" >> "$work/b"
done
a=$(median < "$work/a")
b=$(median < "$work/b")
ratio=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", a / b }')
printf '%s: %.3f s, gregorian_types.hpp: %.3f s, ratio %s (median of %d, %s)\n' \
    "$header" "$a" "$b" "$ratio" "$runs" "$("$cxx" --version | head -n 1)"
