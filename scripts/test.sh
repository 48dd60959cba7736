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
ctest_args=(--test-dir "$root/$build" --output-on-failure -j"$jobs" "$@")

# A private session bus with an unlocked keyring; ctest's exit status is ours.
dbus-run-session -- bash -c '
    printf "zc-test-keyring" | gnome-keyring-daemon --components=secrets --unlock >/dev/null
    exec ctest "$@"
' ctest-under-keyring "${ctest_args[@]}" 2> >(grep -v "Failed to set fd limit" >&2)
