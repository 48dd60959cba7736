#!/usr/bin/env bash
# Installs exactly the Debian 12 packages zhaocai-admin needs to build, test and
# run its demo. Idempotent: installs only what is missing, and does nothing
# (not even `apt-get update`) when everything is already there.
set -euo pipefail

packages=(
    # toolchain
    g++ cmake ninja-build pkg-config
    # fuzzing and sanitizer builds (scripts/fuzz.sh, test.sh --sanitize): clang with libFuzzer, ASan, UBSan, TSan
    clang libclang-rt-14-dev
    # Qt 6.4 (libqt6svg6 draws the SVG icons): Widgets/Network/Sql/Test come with qt6-base-dev
    qt6-base-dev qt6-base-dev-tools libqt6svg6
    # the server's network front: Boost.Beast on Boost.Asio (header-only)
    libboost1.81-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql
    # the server reads SQLite's WAL-index through SQLite's own API (the same library Qt's driver loads)
    libsqlite3-dev
    # tests: a throw-away PostgreSQL 15 server for the suites labelled postgresql
    postgresql
    # tests: the online SQLite backup of docs/deployment.md (tests/deploy)
    sqlite3
    # tests: pdftotext and pdftoppm read back the 权限矩阵 PDF report (tst_permissionmatrix)
    poppler-utils
    # secrets, password hashing and randomness, certificate generation
    qtkeychain-qt6-dev libsodium-dev libssl-dev
    # new passwords screened against cracklib's dictionary of common words (libpwquality)
    libpwquality-dev cracklib-runtime
    # strict RFC 8259 JSON parsing (models/StrictJson), header-only
    nlohmann-json3-dev
    # tests: a real Secret Service on a private D-Bus
    dbus-daemon gnome-keyring
    # fonts: CJK for the UI and screenshots, DejaVu for the server's captchas
    fonts-noto-cjk fonts-dejavu-core
    # demo: a display for the GUI when there is none, curl for the API walk
    xvfb xauth curl jq ca-certificates
    # packages (tests/packaging): dpkg-shlibdeps for cpack's Depends, the checkers of the
    # desktop entry, metainfo, systemd unit (systemd-analyze) and packages, man and lexgrog
    # for the man pages, bash's and zsh's completion, file for the icons
    dpkg-dev desktop-file-utils appstream systemd lintian man-db groff-base zsh file
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
