#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with ctest.
# The tests run against real things: a real zhaocai-server over TLS on loopback,
# real SQLite files, and a real Secret Service (gnome-keyring on a private D-Bus
# session, with a throw-away HOME so no developer keyring is ever touched).
#
#   ./scripts/test.sh                 everything, then a bounded fuzz run of every fuzz target
#   ./scripts/test.sh -L server       only the tests labelled server (any ctest args; no fuzz run)
#   ./scripts/test.sh --sanitize      the whole suite built with ASan+UBSan (build-asan), and the
#                                     server suites with TSan (build-tsan), both with clang
#   ./scripts/test.sh --sanitize-subset   what CI runs of that (docs/security.md): ASan+UBSan over
#                                     the unit, sync, server and fuzz labels on SQLite, TSan over
#                                     tst_server_workers and tst_server_front
#
# ZC_BUILD_DIR overrides the build directory (default: build); ZC_ASAN_BUILD_DIR and
# ZC_TSAN_BUILD_DIR those of --sanitize (build-asan, build-tsan). ZC_FUZZ_SECONDS: seconds per
# fuzz target after the suite (default 25 when no ctest arguments are given, else no fuzz run;
# 0 skips it); see scripts/fuzz.sh.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

mode=plain
case "${1:-}" in
    --sanitize) mode=sanitize; shift ;;
    --sanitize-subset) mode=subset; shift ;;
esac
fuzz_seconds=${ZC_FUZZ_SECONDS:-}
if [ -z "$fuzz_seconds" ]; then
    if [ $# -eq 0 ] && [ "$mode" = plain ]; then fuzz_seconds=25; else fuzz_seconds=0; fi
fi

./scripts/install-deps.sh

build=${ZC_BUILD_DIR:-build}
asan_build=${ZC_ASAN_BUILD_DIR:-build-asan}
tsan_build=${ZC_TSAN_BUILD_DIR:-build-tsan}
jobs=$(nproc 2>/dev/null || echo 2)

# The sanitizer builds: clang (its runtimes come with libclang-rt-14-dev), every target
# instrumented (ZC_SANITIZE, cmake/ZcHelpers.cmake), ccache when there is one.
configure_sanitized() {
    local dir=$1 sanitize=$2 launcher=()
    if command -v ccache >/dev/null 2>&1; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DZC_BUILD_BENCH=OFF -DZC_SANITIZE="$sanitize" \
        -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ "${launcher[@]}" >/dev/null
}
tsan_tests=(tst_server_workers tst_server_front)
case $mode in
    plain)
        cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DZC_BUILD_BENCH=OFF >/dev/null
        cmake --build "$build" -j"$jobs"
        ;;
    sanitize|subset)
        configure_sanitized "$asan_build" address,undefined
        configure_sanitized "$tsan_build" thread
        if [ "$mode" = sanitize ]; then
            cmake --build "$asan_build" -j"$jobs"
            # Every server suite (the listing of the labelled tests names their programs).
            mapfile -t tsan_tests < <(ctest --test-dir "$tsan_build" -N -L server -LE postgresql \
                                      | sed -n 's/^ *Test *#[0-9]*: //p')
        else
            cmake --build "$asan_build" -j"$jobs" --target zhaocai-server \
                $(ctest --test-dir "$asan_build" -N -L 'unit|sync|server|fuzz' -LE postgresql \
                  | sed -n 's/^ *Test *#[0-9]*: //p')
        fi
        cmake --build "$tsan_build" -j"$jobs" --target zhaocai-server "${tsan_tests[@]}"
        ;;
esac

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
        ZC_FUZZ_SECONDS=$fuzz_seconds ./scripts/fuzz.sh || status=1
    fi
    exit $status
fi

# The sanitizers' settings (the tests' servers inherit them): every report fails the
# program; suppressions only for third-party code we do not build (each one explained).
supp="$root/tests/sanitizers"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:check_initialization_order=1
export LSAN_OPTIONS=suppressions=$supp/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export TSAN_OPTIONS=suppressions=$supp/tsan.supp:halt_on_error=1:second_deadlock_stack=1:print_suppressions=0
if [ "$mode" = sanitize ]; then
    echo "test.sh: ASan+UBSan, the whole suite ($asan_build)"
    run_ctest "$asan_build" "$@" || status=$?
else
    echo "test.sh: ASan+UBSan, labels unit, sync, server and fuzz on SQLite ($asan_build)"
    run_ctest "$asan_build" -L 'unit|sync|server|fuzz' -LE postgresql "$@" || status=$?
fi
echo "test.sh: TSan, ${tsan_tests[*]} ($tsan_build)"
regex=$(IFS='|'; echo "^(${tsan_tests[*]})\$")
run_ctest "$tsan_build" -R "$regex" "$@" || status=$?
exit $status
