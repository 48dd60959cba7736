#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with ctest.
# The tests run against real things: a real zhaocai-server over TLS on loopback,
# real SQLite files, and a real Secret Service (gnome-keyring on a private D-Bus
# session, with a throw-away HOME so no developer keyring is ever touched).
#
#   ./scripts/test.sh                 everything
#   ./scripts/test.sh -L server       only the tests labelled server (any ctest args)
#
# ZC_BUILD_DIR overrides the build directory (default: build).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

./scripts/install-deps.sh

build=${ZC_BUILD_DIR:-build}
jobs=$(nproc 2>/dev/null || echo 2)

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DZC_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j"$jobs"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"

export HOME="$scratch/home"
export XDG_RUNTIME_DIR="$scratch/runtime"
export QT_QPA_PLATFORM=offscreen
export ZC_BUILD_DIR_ABS="$root/$build"

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
ctest_args=(--test-dir "$root/$build" --output-on-failure -j"$jobs" "$@")

# A private session bus with an unlocked keyring; ctest's exit status is ours.
dbus-run-session -- bash -c '
    printf "zc-test-keyring" | gnome-keyring-daemon --components=secrets --unlock >/dev/null
    exec ctest "$@"
' ctest-under-keyring "${ctest_args[@]}" 2> >(grep -v "Failed to set fd limit" >&2)
