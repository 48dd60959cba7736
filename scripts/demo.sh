#!/usr/bin/env bash
# Installs what is missing, builds, starts zhaocai-server with the demo data on
# loopback over TLS, and opens zhaocai-admin connected to it. Without a display
# it says so, runs the command-line tour instead and leaves the server running.
#
# ZC_DEMO_DIR   server data (database, TLS material, SMS outbox);
#               default ~/.local/state/zhaocai-demo
# ZC_DEMO_PORT  default 8443
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

./scripts/install-deps.sh

build=${ZC_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DZC_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j"$(nproc 2>/dev/null || echo 2)" --target zhaocai-server zhaocai-admin zhaocai-cli

server="$root/$build/server/zhaocai-server"
admin="$root/$build/app/zhaocai-admin"
cli="$root/$build/app/cli/zhaocai-cli"
data=${ZC_DEMO_DIR:-${XDG_STATE_HOME:-$HOME/.local/state}/zhaocai-demo}
port=${ZC_DEMO_PORT:-8443}
url="https://127.0.0.1:$port"
mkdir -p "$data"
log="$data/server.log"
pidfile="$data/server.pid"

# One demo server at a time: stop the one a previous run left behind.
if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "demo: stopping the demo server left running before (pid $(cat "$pidfile"))"
    kill "$(cat "$pidfile")" && sleep 1
fi

echo "demo: starting zhaocai-server on $url (data in $data)"
"$server" --listen "127.0.0.1:$port" --data "$data" --seed "$root/server/seed/demo.json" --dev >"$log" 2>&1 &
server_pid=$!
echo "$server_pid" >"$pidfile"
for _ in $(seq 1 100); do
    grep -q "listening on" "$log" 2>/dev/null && break
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "demo: the server did not start; its log says:" >&2
        cat "$log" >&2
        exit 1
    fi
    sleep 0.1
done
grep -q "listening on" "$log" || { echo "demo: the server did not start within 10 s; see $log" >&2; exit 1; }

# A server profile, as an IT department would hand it out: name, URL, CA.
profile="$data/demo-profile.json"
{
    printf '{\n  "name": "本机演示服务器",\n  "url": "%s",\n  "ca_pem": "' "$url"
    awk '{ printf "%s\\n", $0 }' "$data/tls/ca.pem"
    printf '"\n}\n'
} >"$profile"

cat <<TXT

  zhaocai-server is running: $url   (log: $log)
  CA certificate:            $data/tls/ca.pem
  Server profile file:       $profile
  Demo logins (password Demo@2026; all of them in docs/api.md, "Demo data"):
    nmg_hosp        main account of 呼和浩特市第一医院 (内蒙古; one USCC, three institutions)
    js_hosp         main account of 南京市玄武区人民医院 (江苏)
    js_group        main account of 南京金陵制药集团 (江苏, manufacturer)
    13904711001     handler who picks the institution (选择医疗机构)
    18851003711     handler of two units (选择登录单位)
  Not registered yet, for 法人注册 then 角色认证 (USCC, legal representative, id number, unit code):
    苏州市姑苏区康宁医院     12320500466603188R  陆文清  320502197608132420  H32050200031 (医疗机构)
    南京紫金医疗器械有限公司 91320100MA27H6W42Y  钱雨婷  320113199003060264  SC32010000051 (生产企业)
  Dev mode is on: SMS messages are in $data/sms-outbox.jsonl.

TXT

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    echo "demo: opening zhaocai-admin; the server stops when you close it."
    trap 'kill "$server_pid" 2>/dev/null; rm -f "$pidfile"' EXIT
    "$admin" --profile-file "$profile"
    exit 0
fi

echo "demo: no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so the desktop"
echo "      client cannot open. Running the command-line tour instead:"
echo
# The tour keeps its token in a keychain, as a person's would. A headless
# machine has no Secret Service, so the tour gets a private one for its run.
tour_script='
    tour() { echo "\$ zhaocai-cli $*"; "$cli" --profile-file "$profile" "$@"; echo; }
    tour health
    printf "Demo@2026\n" | tour login nmg_hosp --password-stdin --dev-captcha --remember
    tour me
    tour permissions
    tour logout
'
export cli profile
if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    bash -c "$tour_script"
else
    tour_home=$(mktemp -d)
    HOME="$tour_home" dbus-run-session -- bash -c \
        "printf demo | gnome-keyring-daemon --components=secrets --unlock >/dev/null; $tour_script" \
        2> >(grep -v "Failed to set fd limit" >&2)
    rm -rf "$tour_home"
fi

cat <<TXT
The server is still running (pid $server_pid). Next steps:
  - Open the desktop client on a machine with a display, or here under a virtual one:
      xvfb-run -a $admin --profile-file $profile
  - Use the command line:
      $cli --profile-file $profile login nmg_hosp --dev-captcha
  - Walk the API with curl (see docs/api.md):
      curl --cacert $data/tls/ca.pem $url/api/v1/health
  - Stop the server:
      kill $server_pid
TXT
