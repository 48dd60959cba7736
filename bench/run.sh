#!/usr/bin/env bash
# Builds the benchmarks (Release, into build-bench), generates the large data
# set once (reused while its options stay the same, replaced when they change),
# runs the benchmarks and prints their figures. docs/performance.md explains
# the method and keeps the figures measured.
#
#   bench/run.sh                  everything with the default data set
#   ZC_BENCH_DATA=DIR             data directory (default build-bench/bench-data)
#   ZC_BENCH_POPULATE_ARGS="…"    extra zc-bench-populate options (e.g. --accounts 20000)
#   ZC_BENCH_SYNC_ARGS="…"        extra bench_sync options (e.g. --runs 5)
#   ZC_BENCH_MATRIX_ARGS="…"      bench_matrix options (default --big: also the 100k-handler unit)
#   ZC_BENCH_JOBS=N               build parallelism (default 2)
#   ZC_BENCH_PG_URL=postgresql://…  also measure the server's writes on PostgreSQL (bench/server_wrk.sh)
#   ZC_BENCH_MILLION=0            leave out the 1M-account growth data set (bench/server_growth.sh)
#
# The sync benchmark writes a client's settings, cache and keychain token: it
# runs under a temporary HOME with its own D-Bus session and an unlocked
# gnome-keyring, all removed afterwards. Figures go to stdout and to
# build-bench/bench-results.txt.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${ZC_BENCH_BUILD:-$ROOT/build-bench}
DATA=${ZC_BENCH_DATA:-$BUILD/bench-data}
JOBS=${ZC_BENCH_JOBS:-2}
RESULTS=$BUILD/bench-results.txt

"$ROOT/scripts/install-deps.sh"
# The server benchmark's load generator and baseline (not needed by the tests).
for tool in wrk nginx; do
    if ! command -v "$tool" >/dev/null; then
        sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends wrk nginx-light
        break
    fi
done

cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DZC_BUILD_TESTS=OFF -DZC_BUILD_BENCH=ON >/dev/null
cmake --build "$BUILD" --target zc-bench-populate bench_sync bench_matrix zhaocai-server zhaocai-admin -j"$JOBS"

# shellcheck disable=SC2086  # the *_ARGS variables are word lists on purpose
"$BUILD/bench/zc-bench-populate" --data "$DATA" --replace ${ZC_BENCH_POPULATE_ARGS:-}

SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/zc-bench.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT INT TERM
mkdir -p "$SCRATCH/home"

{
    echo "# bench/run.sh on $(hostname) at $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    # shellcheck disable=SC2016,SC2086
    HOME="$SCRATCH/home" dbus-run-session -- sh -c \
        'printf bench | gnome-keyring-daemon --components=secrets --unlock >/dev/null; exec "$@"' sh \
        "$BUILD/bench/bench_sync" --data "$DATA" --work "$SCRATCH/work" ${ZC_BENCH_SYNC_ARGS:-}
    # 权限矩阵: build and filter times on a generated unit (no server, no data set).
    # shellcheck disable=SC2086
    QT_QPA_PLATFORM=offscreen "$BUILD/bench/bench_matrix" ${ZC_BENCH_MATRIX_ARGS:---big}
    # The server: reads against nginx (1 and 2 workers), reads during sign-ins, writes.
    ZC_BENCH_BUILD="$BUILD" ZC_BENCH_DATA="$DATA" "$ROOT/bench/server_wrk.sh"
    # The server as the data grows (its own data sets, kept under build-bench/growth-data).
    ZC_BENCH_BUILD="$BUILD" "$ROOT/bench/server_growth.sh"
} 2>&1 | tee "$RESULTS"
echo "figures saved in $RESULTS"
