#!/bin/sh
# Runs "$@" inside a private D-Bus session with an unlocked gnome-keyring (a
# real Secret Service for QtKeychain), with a throw-away HOME and
# XDG_RUNTIME_DIR, so no developer keyring is touched and nothing is left
# behind. Works inside scripts/test.sh's own keyring session too.
scratch=$(mktemp -d) || exit 1
mkdir -p "$scratch/home" "$scratch/runtime" && chmod 700 "$scratch/runtime"
HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" \
XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share" \
    dbus-run-session -- sh -c '
        printf zc-test-keyring | gnome-keyring-daemon --components=secrets --unlock >/dev/null || exit 97
        exec "$@"' with-keyring "$@"
rc=$?
rm -rf "$scratch"
exit $rc
