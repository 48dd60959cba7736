#!/bin/sh
# Runs one test executable with a HOME of its own, so test programs that ctest
# runs in parallel never share settings, caches or QStandardPaths test-mode
# folders (two UI tests caching the same demo account would otherwise race).
# The keychain is unaffected: it is reached over D-Bus, not through HOME.
home=$(mktemp -d "${TMPDIR:-/tmp}/zc-test-home.XXXXXX") || exit 1
HOME="$home" "$@"
rc=$?
rm -rf "$home"
exit $rc
