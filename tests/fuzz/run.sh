#!/usr/bin/env bash
# Builds the libFuzzer targets (preset "fuzz", clang++) and runs each for SECONDS (default 30)
# from a scratch copy of its checked-in seed corpus. Exits non-zero on the first crash.
set -euo pipefail
seconds=${1:-30}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
cmake --preset fuzz > /dev/null
cmake --build --preset fuzz
for target in find_state parse_date query_args; do
    corpus=$(mktemp -d)
    cp tests/fuzz/corpus/"$target"/* "$corpus"/
    echo "== fuzz-$target for ${seconds}s"
    log="$corpus.log"
    if ! build/fuzz/tests/fuzz/fuzz-"$target" -max_total_time="$seconds" -max_len=256 -print_final_stats=1 \
            "$corpus" > "$log" 2>&1; then
        tail -n 40 "$log"
        echo "fuzz-$target found a failing input (above)"
        exit 1
    fi
    grep -E "^(Done|stat::number_of_executed_units)" "$log"
    rm -rf "$corpus" "$log"
done
