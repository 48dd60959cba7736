#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with ctest.
# The tests run against real things: a real zhaocai-server over TLS on loopback,
# real SQLite files, and a real Secret Service (gnome-keyring on a private D-Bus
# session, with a throw-away HOME so no developer keyring is ever touched).
#
#   ./scripts/test.sh                 every test suite (Debug build in build/), then a bounded
#                                     libFuzzer run of each fuzz target (scripts/fuzz.sh,
#                                     ZC_FUZZ_SECONDS seconds each, default 15; 0 skips it)
#   ./scripts/test.sh -L server       only the tests labelled server (any ctest args; no fuzz run)
#   ./scripts/test.sh -L package      the Debian packages: made with cpack from this build (the
#                                     package_build fixture), linted, unpacked and run
#                                     (tests/packaging/check-packages.sh); with CI=true (a fresh
#                                     machine) also installed, started through systemd, purged
#   ./scripts/test.sh --sanitize      the suites built with ASan+UBSan (clang, build-hardening, the
#                                     build the fuzz run uses), then the server suites whose servers
#                                     run several workers at once against a zhaocai-server built
#                                     with TSan (build-tsan); ctest arguments after it narrow both
#                                     runs (and what is built): what CI runs is in .ci/run
#
# ZC_BUILD_DIR overrides the build directory (default: build); ZC_HARDENING_BUILD_DIR and
# ZC_TSAN_BUILD_DIR those of the instrumented builds. docs/security.md, "Fuzzing and
# sanitizers", says what each finds and costs.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

mode=plain
if [ "${1:-}" = --sanitize ]; then
    mode=sanitize
    shift
fi
fuzz_seconds=${ZC_FUZZ_SECONDS:-15}
if [ $# -ne 0 ] || [ "$mode" = sanitize ]; then fuzz_seconds=0; fi

./scripts/install-deps.sh

build=${ZC_BUILD_DIR:-build}
hardening_build=${ZC_HARDENING_BUILD_DIR:-build-hardening}
tsan_build=${ZC_TSAN_BUILD_DIR:-build-tsan}
jobs=$(nproc 2>/dev/null || echo 2)

# Against the ThreadSanitizer server: the suites whose servers run several workers at
# once (the front, the worker pool, logins and their lockout counted across threads).
# Only the server is built with TSan: the test programs start it with QProcess, whose
# clone() ThreadSanitizer 14 cannot follow (a CHECK failure in the child).
tsan_tests=(tst_server_front tst_server_workers tst_server_login)
if [ "$mode" = plain ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DZC_BUILD_BENCH=OFF >/dev/null
    cmake --build "$build" -j"$jobs"
else
    # The instrumented builds: clang (its runtimes come with libclang-rt-14-dev), every
    # target of ours instrumented (cmake/ZcHelpers.cmake). ZC_FUZZ means ASan and UBSan
    # everywhere plus libFuzzer's hooks in the libraries, so scripts/fuzz.sh shares it.
    launcher=()
    if command -v ccache >/dev/null 2>&1; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
    for dir in "$hardening_build" "$tsan_build"; do
        if [ "$dir" = "$hardening_build" ]; then flag=-DZC_FUZZ=ON; else flag=-DZC_SANITIZE=thread; fi
        cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DZC_BUILD_BENCH=OFF "$flag" \
            -DCMAKE_CXX_COMPILER=clang++ "${launcher[@]}" >/dev/null
    done
    if [ $# -eq 0 ]; then
        cmake --build "$hardening_build" -j"$jobs"
    else
        # Only the programs of the tests chosen (a *_postgresql test runs its SQLite twin's;
        # a test that is not a program, such as tst_translations, needs nothing built).
        mapfile -t programs < <(comm -12 \
            <(ctest --test-dir "$hardening_build" -N "$@" | sed -n 's/^ *Test *#[0-9]*: //p' \
                  | sed 's/_postgresql$//' | sort -u) \
            <(ninja -C "$hardening_build" -t targets all | sed -n 's/^\([^:]*\): phony$/\1/p' | sort -u))
        cmake --build "$hardening_build" -j"$jobs" --target zhaocai-server zhaocai-cli "${programs[@]}"
    fi
    cmake --build "$hardening_build" -j"$jobs" --target "${tsan_tests[@]}"
    cmake --build "$tsan_build" -j"$jobs" --target zhaocai-server
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"

export HOME="$scratch/home"
export XDG_RUNTIME_DIR="$scratch/runtime"
export QT_QPA_PLATFORM=offscreen

# PostgreSQL for the tests labelled postgresql (the server suites run once more
# against it): a throw-away PostgreSQL 15 cluster in a temporary directory,
# listening on loopback only (and a socket in that directory), password
# authentication with a random password, owned by an unprivileged user
# (postgres when this runs as root), stopped and removed on exit. An
# existing server can be used instead by setting ZC_TEST_PG_URL (and PGPASSWORD).
pg_bin=/usr/lib/postgresql/15/bin
pg_dir=""
pg_as=()
stop_postgres() {
    if [ -n "$pg_dir" ] && [ -f "$pg_dir/data/postmaster.pid" ]; then
        "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    if [ -n "$pg_dir" ]; then rm -rf "$pg_dir"; fi
}
trap 'stop_postgres; rm -rf "$scratch"' EXIT
if [ -z "${ZC_TEST_PG_URL:-}" ]; then
    pg_dir=$(mktemp -d)
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$pg_dir"
        pg_as=(runuser -u postgres --)
    fi
    pg_password=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)
    (umask 077; printf '%s\n' "$pg_password" > "$pg_dir/pwfile")
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$pg_dir/pwfile"; fi
    "${pg_as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U zc --pwfile="$pg_dir/pwfile" --auth=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 --no-sync >"$pg_dir/initdb.log" 2>&1 \
        || { cat "$pg_dir/initdb.log" >&2; exit 1; }
    rm -f "$pg_dir/pwfile"
    # A free port: try a few random ones (pg_ctl -w fails when the port is taken).
    pg_port=""
    for _ in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 40000))
        if "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
               -o "-k $pg_dir -h 127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
               start >/dev/null 2>&1; then
            pg_port=$port
            break
        fi
    done
    if [ -z "$pg_port" ]; then
        echo "test.sh: cannot start PostgreSQL (see below)" >&2
        cat "$pg_dir/server.log" >&2 || true
        exit 1
    fi
    export ZC_TEST_PG_URL="postgresql://zc@127.0.0.1:$pg_port/postgres"
    export PGPASSWORD="$pg_password"
    echo "test.sh: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port (temporary, $pg_dir)"
fi

# ctest in a private session bus with an unlocked keyring; its exit status is ours.
run_ctest() {
    local dir=$1
    shift
    ZC_BUILD_DIR_ABS="$root/$dir" dbus-run-session -- bash -c '
        printf "zc-test-keyring" | gnome-keyring-daemon --components=secrets --unlock >/dev/null
        exec ctest "$@"
    ' ctest-under-keyring --test-dir "$root/$dir" --output-on-failure -j"$jobs" "$@" \
        2> >(grep -v "Failed to set fd limit" >&2)
}

status=0
if [ "$mode" = plain ]; then
    run_ctest "$build" "$@" || status=$?
    if [ "$fuzz_seconds" != 0 ]; then
        ZC_FUZZ_BUILD_DIR=$hardening_build ZC_FUZZ_SECONDS=$fuzz_seconds ./scripts/fuzz.sh || status=1
    fi
    exit $status
fi

# The sanitizers' settings, inherited by the servers the tests start: every report
# fails the run. Reports go to files in $reports (a server's output is the test's
# to read, not ctest's), printed after each run. Suppressions only for third-party
# code we do not build, each one explained in its file.
supp="$root/tests/sanitizers"
reports="$scratch/sanitizer-reports"
mkdir -p "$reports"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:check_initialization_order=1:log_path=$reports/report
export LSAN_OPTIONS=suppressions=$supp/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:log_path=$reports/report
export TSAN_OPTIONS=suppressions=$supp/tsan.supp:halt_on_error=1:second_deadlock_stack=1:print_suppressions=0:log_path=$reports/report
sanitizer_reports() {
    local found=0 f
    for f in "$reports"/*; do
        [ -e "$f" ] && [ "${f%.seen}" = "$f" ] || continue
        found=1
        echo "test.sh: sanitizer report ${f##*/}:" >&2
        head -n 60 "$f" >&2
        mv "$f" "$f.seen"
    done
    return $found
}
echo "test.sh: ASan+UBSan ($hardening_build)"
run_ctest "$hardening_build" "$@" || status=1
sanitizer_reports || status=1
echo "test.sh: ${tsan_tests[*]} against the TSan server ($tsan_build)"
regex=$(IFS='|'; echo "^(${tsan_tests[*]})\$")
ZC_TEST_SERVER_BIN="$root/$tsan_build/server/zhaocai-server" run_ctest "$hardening_build" -R "$regex" "$@" || status=1
sanitizer_reports || status=1
exit $status
