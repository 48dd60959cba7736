#!/usr/bin/env bash
# The Debian packages, checked as tests/packaging/CMakeLists.txt registers them
# (label package). Every step but `install` reads the packages only; `install`
# installs them for real and is registered only on a fresh machine (CI=true).
#
#   check-packages.sh build   BUILD_DIR   cpack -G DEB, then each package unpacked
#                                         (dpkg-deb -x) into BUILD_DIR/packages/root/NAME
#   check-packages.sh files   BUILD_DIR   desktop-file-validate, appstreamcli validate,
#                                         systemd-analyze verify, the man pages
#   check-packages.sh lintian BUILD_DIR   lintian: no error, no warning
#   check-packages.sh depends BUILD_DIR   apt-get install --simulate of the packages
#   check-packages.sh run     BUILD_DIR   the programs from the unpacked packages, the
#                                         server on a free port, its health over TLS
#   check-packages.sh install BUILD_DIR   apt-get install, the server through its systemd
#                                         unit (or its ExecStart as its user without
#                                         systemd), health, then apt-get purge
set -euo pipefail

step=$1
build=$(cd "$2" && pwd)
packages="$build/packages"
root="$packages/root"
names=(zhaocai-admin zhaocai-cli zhaocai-server)

fail() {
    echo "check-packages $step: $*" >&2
    exit 1
}

deb() {   # deb NAME: the package file of NAME
    local f
    f=$(find "$packages" -maxdepth 1 -name "$1_*.deb" -print -quit)
    [ -n "$f" ] || fail "no $1 package in $packages (the package_build test makes them)"
    echo "$f"
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

# wait_listening LOG PID: the port the server logs once it accepts connections.
wait_listening() {
    local log=$1 pid=$2 port=""
    for _ in $(seq 1 300); do
        port=$(sed -n 's|.*listening on https://[^ ]*:\([0-9][0-9]*\).*|\1|p;T;q' "$log")
        [ -n "$port" ] && break
        kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; fail "the server stopped before it listened"; }
        sleep 0.2
    done
    [ -n "$port" ] || { cat "$log" >&2; fail "the server did not log 'listening on' within 60 s"; }
    echo "$port"
}

# health PORT CA: the health answer over verified TLS.
health() {
    local answer
    answer=$(curl -sS --max-time 20 --cacert "$2" "https://127.0.0.1:$1/api/v1/health") \
        || fail "no health answer on port $1 with CA $2"
    case $answer in
        *'"status":"ok"'*) echo "health on port $1: $answer" ;;
        *) fail "health on port $1 answered: $answer" ;;
    esac
}

# stop PID: SIGTERM, then the server must exit 0 (it finishes what is in flight).
stop() {
    local rc=0
    kill -TERM "$1"
    wait "$1" || rc=$?
    [ "$rc" -eq 0 ] || fail "the server exited $rc after SIGTERM"
}

case $step in
build)
    # Fresh packages from this build, so no test reads an old one.
    rm -rf "$packages"
    (cd "$build" && cpack -G DEB -B "$packages") || fail "cpack failed"
    mkdir -p "$root"
    for name in "${names[@]}"; do
        dpkg-deb -x "$(deb "$name")" "$root/$name"
        echo "$name: $(dpkg-deb -f "$(deb "$name")" Version), $(du -k "$(deb "$name")" | cut -f1) KiB"
    done
    ;;

files)
    desktop-file-validate "$root/zhaocai-admin/usr/share/applications/zhaocai-admin.desktop"
    appstreamcli validate --no-net --pedantic "$root/zhaocai-admin/usr/share/metainfo/zhaocai-admin.metainfo.xml"
    for size in 16 22 24 32 48 64 128 256; do
        png="$root/zhaocai-admin/usr/share/icons/hicolor/${size}x${size}/apps/zhaocai-admin.png"
        [[ $(file -b "$png") == "PNG image data, $size x $size,"* ]] || fail "$png is not a ${size}x${size} PNG"
    done
    # The unit as installed, but naming the unpacked server (verify wants its
    # ExecStart to exist) and finding the man page of Documentation= there.
    unit="$root/zhaocai-server/usr/lib/systemd/system/zhaocai-server.service"
    grep -qx 'ExecStart=/usr/bin/zhaocai-server .*' "$unit" || fail "the unit does not start /usr/bin/zhaocai-server"
    grep -qx 'EnvironmentFile=-/etc/zhaocai/zhaocai-server.conf' "$unit" || fail "the unit does not read /etc/zhaocai"
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    sed "s|/usr/bin/zhaocai-server|$root/zhaocai-server/usr/bin/zhaocai-server|" "$unit" > "$scratch/zhaocai-server.service"
    out=$(MANPATH="$root/zhaocai-server/usr/share/man" systemd-analyze verify "$scratch/zhaocai-server.service" 2>&1) \
        || { echo "$out" >&2; fail "systemd-analyze verify failed"; }
    [ -z "$out" ] || { echo "$out" >&2; fail "systemd-analyze verify warned"; }
    echo "systemd-analyze verify: clean"
    systemd-analyze security --offline=true "$scratch/zhaocai-server.service" 2>/dev/null | tail -n 1 || true
    # Every man page renders without a warning and has its NAME line.
    while IFS= read -r page; do
        zcat "$page" > "$scratch/page"
        warnings=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$scratch/page" 2>&1 >/dev/null)
        [ -z "$warnings" ] || { echo "$warnings" >&2; fail "${page#"$root"/} renders with warnings"; }
        whatis=$(lexgrog "$scratch/page") || fail "lexgrog finds no NAME in ${page#"$root"/}"
        echo "${page#"$root"/}: ${whatis#*: }"
    done < <(find "$root" -path '*/usr/share/man/*' -name '*.gz' | sort)
    ;;

lintian)
    # Errors and warnings fail; the informational tags are listed.
    debs=()
    for name in "${names[@]}"; do debs+=("$(deb "$name")"); done
    rc=0
    out=$(lintian --info --pedantic --fail-on error,warning "${debs[@]}" 2>&1) || rc=$?
    grep -v 'running with root privileges' <<< "$out" || true
    [ "$rc" -eq 0 ] || fail "lintian found errors or warnings (exit $rc)"
    echo "lintian: no error, no warning"
    ;;

depends)
    # What apt would do to install the three: every dependency resolvable, nothing broken.
    debs=()
    for name in "${names[@]}"; do debs+=("$(deb "$name")"); done
    out=$(apt-get install --simulate -o Debug::NoLocking=1 "${debs[@]}" 2>&1) || { echo "$out" >&2; fail "apt-get cannot install them"; }
    for name in "${names[@]}"; do
        grep -q "^Inst $name " <<< "$out" || dpkg-query -W -f='${Version}' "$name" >/dev/null 2>&1 \
            || { echo "$out" >&2; fail "apt-get would not install $name"; }
    done
    grep '^Inst ' <<< "$out" | cut -d' ' -f2 | tr '\n' ' '
    echo
    ;;

run)
    scratch=$(mktemp -d)
    server_pid=""
    trap '[ -z "$server_pid" ] || kill -KILL "$server_pid" 2>/dev/null || true; rm -rf "$scratch"' EXIT
    version=$(dpkg-deb -f "$(deb zhaocai-cli)" Version)
    cli="$root/zhaocai-cli/usr/bin/zhaocai-cli"
    [ "$("$cli" --version)" = "zhaocai-cli $version" ] || fail "zhaocai-cli --version: $("$cli" --version)"
    # What the package holds is what the packaged program writes.
    cmp <("$cli" --lang en completion bash) "$root/zhaocai-cli/usr/share/bash-completion/completions/zhaocai-cli"
    cmp <("$cli" --lang en completion zsh) "$root/zhaocai-cli/usr/share/zsh/vendor-completions/_zhaocai-cli"
    cmp <("$cli" --lang en man) <(zcat "$root/zhaocai-cli/usr/share/man/man1/zhaocai-cli.1.gz")
    cmp <("$cli" --lang zh_CN man) <(zcat "$root/zhaocai-cli/usr/share/man/zh_CN/man1/zhaocai-cli.1.gz")
    admin=$(QT_QPA_PLATFORM=offscreen "$root/zhaocai-admin/usr/bin/zhaocai-admin" --version)
    [ "$admin" = "zhaocai-admin $version" ] || fail "zhaocai-admin --version: $admin"
    server="$root/zhaocai-server/usr/bin/zhaocai-server"
    help=$("$server" --help) || fail "zhaocai-server --help failed"
    grep -q -- '--listen' <<< "$help" || fail "zhaocai-server --help names no --listen"
    "$server" --listen 127.0.0.1:0 --data "$scratch/data" > "$scratch/server.log" 2>&1 &
    server_pid=$!
    port=$(wait_listening "$scratch/server.log" "$server_pid")
    health "$port" "$scratch/data/tls/ca.pem"
    stop "$server_pid"
    server_pid=""
    echo "zhaocai-cli, zhaocai-admin and zhaocai-server $version run from their packages"
    ;;

install)
    [ "${CI:-}" = true ] || fail "installs packages for real: only on a fresh machine (CI=true)"
    debs=()
    for name in "${names[@]}"; do debs+=("$(deb "$name")"); done
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get install -y -q "${debs[@]}"
    scratch=$(mktemp -d)
    server_pid=""
    trap '[ -z "$server_pid" ] || as_root kill -KILL "$server_pid" 2>/dev/null || true; rm -rf "$scratch"' EXIT
    ca=/var/lib/zhaocai/tls/ca.pem
    getent passwd zhaocai >/dev/null || fail "the package made no user zhaocai"
    [ "$(stat -c %U /var/lib/zhaocai)" = zhaocai ] || fail "/var/lib/zhaocai does not belong to zhaocai"
    [[ $(dpkg-query -W -f='${Conffiles}' zhaocai-server) == *' /etc/zhaocai/zhaocai-server.conf '* ]] \
        || fail "/etc/zhaocai/zhaocai-server.conf is no conffile"
    if [ "$(cat /proc/1/comm 2>/dev/null)" = systemd ]; then
        as_root systemctl start zhaocai-server
        port=""
        for _ in $(seq 1 150); do
            port=$(as_root journalctl -u zhaocai-server -o cat --no-pager \
                | sed -n 's|.*listening on https://[^ ]*:\([0-9][0-9]*\).*|\1|p' | tail -n 1)
            [ -n "$port" ] && break
            sleep 0.2
        done
        [ -n "$port" ] || { as_root systemctl status zhaocai-server >&2 || true; fail "the service did not listen"; }
        health "$port" "$ca"
        as_root systemctl stop zhaocai-server
        echo "zhaocai-server.service: started, healthy, stopped"
    else
        # No systemd: the unit's ExecStart, expanded with its settings file as
        # systemd would, run as the unit's user; a free port, not the configured one.
        unit=/usr/lib/systemd/system/zhaocai-server.service
        user=$(sed -n 's/^User=//p' "$unit")
        exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
        env_file=$(sed -n 's/^EnvironmentFile=-//p;T;q' "$unit")
        # The server's own pid comes first in its log: SIGTERM goes to it (runuser
        # would end it with SIGKILL two seconds after a SIGTERM of its own).
        as_root runuser -u "$user" -- env ZC_EXEC_START="$exec_start" ZC_ENV_FILE="$env_file" \
            QT_QPA_PLATFORM=offscreen bash -c '
                set -a; . "$ZC_ENV_FILE"; set +a
                ZC_LISTEN=127.0.0.1:0
                echo "zc-server-pid $$"
                eval "exec $ZC_EXEC_START"' > "$scratch/server.log" 2>&1 &
        runuser_pid=$!
        port=$(wait_listening "$scratch/server.log" "$runuser_pid")
        server_pid=$(sed -n 's/^zc-server-pid //p' "$scratch/server.log")
        health "$port" "$ca"
        as_root kill -TERM "$server_pid"
        rc=0
        wait "$runuser_pid" || rc=$?
        [ "$rc" -eq 0 ] || { cat "$scratch/server.log" >&2; fail "the server exited $rc after SIGTERM"; }
        server_pid=""
        echo "zhaocai-server: ExecStart as $user without systemd: healthy, stopped"
    fi
    as_root apt-get purge -y -q "${names[@]}"
    [ ! -e /var/lib/zhaocai ] || fail "purge left /var/lib/zhaocai"
    [ ! -e /etc/zhaocai/zhaocai-server.conf ] || fail "purge left /etc/zhaocai/zhaocai-server.conf"
    ;;

*)
    fail "unknown step (build, files, lintian, depends, run or install)"
    ;;
esac
