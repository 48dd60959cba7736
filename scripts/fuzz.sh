#!/usr/bin/env bash
# Bounded libFuzzer runs of the fuzz targets of tests/fuzz (docs/security.md,
# "Fuzzing and sanitizers"): builds them with clang, libFuzzer, ASan and UBSan,
# then runs each for ZC_FUZZ_SECONDS seconds
# over its seed corpus and kept regression inputs. A crash, a leak, undefined
# behaviour, a timeout (5 s per input) or memory beyond 2 GiB fails the script,
# which prints the input that did it (copy it into tests/fuzz/regressions/<target>/
# once the bug is fixed). scripts/test.sh --hardening calls this after the suites.
#
#   ./scripts/fuzz.sh                  every target, 25 s each
#   ./scripts/fuzz.sh router codecs    those targets
#   ZC_FUZZ_SECONDS=600 ./scripts/fuzz.sh router     a longer run
#
# ZC_FUZZ_BUILD_DIR overrides the build directory (default: build-hardening, the
# one scripts/test.sh --hardening builds). What each run found new is kept in
# $ZC_FUZZ_BUILD_DIR/fuzz-corpus/<target> and fed to the next run; findings go to $ZC_FUZZ_BUILD_DIR/fuzz-findings.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

seconds=${ZC_FUZZ_SECONDS:-25}
build=${ZC_FUZZ_BUILD_DIR:-build-hardening}
jobs=$(nproc 2>/dev/null || echo 2)

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for f in tests/fuzz/fuzz_*.cpp; do
        f=${f##*/fuzz_}
        targets+=("${f%.cpp}")
    done
fi

launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DZC_BUILD_BENCH=OFF -DZC_FUZZ=ON \
    -DCMAKE_CXX_COMPILER=clang++ "${launcher[@]}" >/dev/null
cmake --build "$build" -j"$jobs" --target "${targets[@]/#/fuzz_}"

# Leaks count as findings; undefined behaviour already stops the program (-fno-sanitize-recover).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# Leaks inside third-party libraries we do not build (each one explained there).
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0}
export QT_QPA_PLATFORM=offscreen

findings="$root/$build/fuzz-findings"
mkdir -p "$findings"
failed=()
for t in "${targets[@]}"; do
    work="$root/$build/fuzz-corpus/$t"
    log="$root/$build/fuzz-$t.log"
    mkdir -p "$work"
    seeds=("tests/fuzz/corpus/$t")
    if [ -d "tests/fuzz/regressions/$t" ]; then seeds+=("tests/fuzz/regressions/$t"); fi
    status=0
    # Its own HOME, as every test program has (tests/isolated-home.sh).
    sh tests/isolated-home.sh "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$findings/$t-" "$work" "${seeds[@]}" >"$log" 2>&1 || status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    corpus=$(find "$work" -type f | wc -l)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
    printf 'fuzz %-15s %3ss  %9s runs  %6s/s  corpus %5s  %s\n' "$t" "$seconds" "${execs:-?}" "${speed:-?}" "$corpus" "$cov"
    if [ "$status" -ne 0 ]; then
        failed+=("$t")
        echo "fuzz $t FAILED (exit $status); the end of $log:" >&2
        grep -E 'ERROR|finding:|runtime error|SUMMARY|Test unit written|^    #[0-9] ' "$log" | head -40 >&2 || tail -40 "$log" >&2
    fi
done
if [ ${#failed[@]} -ne 0 ]; then
    echo "fuzz: findings in ${failed[*]}; inputs in $findings:" >&2
    ls -1 "$findings" >&2
    exit 1
fi
echo "fuzz: ${#targets[@]} targets, ${seconds}s each, no finding"
