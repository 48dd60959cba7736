#!/usr/bin/env bash
# Issue 3's server benchmark (not a timed test): GET /roles of a unit with 50
# roles and GET /handlers of a unit with 1,000 handlers, under wrk over TLS on
# loopback with 50 connections, on the large data set (100k accounts and 10k
# roles across units, made by zc-bench-populate). The baseline, measured in the
# same run with the same wrk settings: nginx serving the very same response
# bytes as static files over TLS (same certificate, same loopback).
#
#   bench/server_wrk.sh                     build dir: $ZC_BENCH_BUILD (default build-bench, Release)
#
# Environment:
#   ZC_BENCH_BUILD     build directory holding server/zhaocai-server and bench/zc-bench-populate
#   ZC_BENCH_DATA      data directory to use (kept; populated once and reused). Default: a temporary one.
#   ZC_BENCH_DURATION  wrk duration per measurement (default 20s; a 5s warm-up precedes each)
#   ZC_BENCH_THREADS   wrk threads (default 2)       ZC_BENCH_CONNECTIONS  (default 50)
#   ZC_BENCH_NGINX_WORKERS  nginx worker processes (default 1: the server is one process, one thread)
#
# Prints one line per target: requests/s and p99 of the server and of nginx,
# and their ratios. Needs wrk, nginx, curl, jq.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${ZC_BENCH_BUILD:-$root/build-bench}
duration=${ZC_BENCH_DURATION:-20s}
threads=${ZC_BENCH_THREADS:-2}
connections=${ZC_BENCH_CONNECTIONS:-50}
nginx_workers=${ZC_BENCH_NGINX_WORKERS:-1}
server_bin=$build/server/zhaocai-server
populate_bin=$build/bench/zc-bench-populate

for tool in wrk nginx curl jq python3; do
    command -v "$tool" >/dev/null || { echo "server_wrk.sh: $tool is missing" >&2; exit 1; }
done
for bin in "$server_bin" "$populate_bin"; do
    [ -x "$bin" ] || { echo "server_wrk.sh: $bin is missing (build $build in Release first)" >&2; exit 1; }
done

scratch=$(mktemp -d)
chmod 755 "$scratch"
data=${ZC_BENCH_DATA:-$scratch/data}
server_pid=""
nginx_conf=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    if [ -n "$nginx_conf" ] && [ -f "$scratch/nginx/nginx.pid" ]; then
        nginx -p "$scratch/nginx" -c "$nginx_conf" -s stop 2>/dev/null || true
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# 1. The data set (100k accounts, 10k roles across units), made once per data directory.
"$populate_bin" --data "$data"
manifest=$data/bench-manifest.json
password=$(jq -r .password "$manifest")
roles_login=$(jq -r '.units.roles50.login' "$manifest")
handlers_login=$(jq -r '.units.handlers1000.login' "$manifest")
totals=$(jq -c '.totals // {}' "$manifest")

# 2. The server (Release), TLS with its development CA; --dev only to read captcha answers.
"$server_bin" --listen 127.0.0.1:0 --data "$data" --dev >"$scratch/server.log" 2>&1 &
server_pid=$!
base=""
for _ in $(seq 1 300); do
    base=$(grep -o 'listening on https://[0-9.:]*' "$scratch/server.log" | head -1 | sed 's/listening on //') || true
    [ -n "$base" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$scratch/server.log" >&2; exit 1; }
    sleep 0.1
done
[ -n "$base" ] || { echo "server_wrk.sh: the server did not start" >&2; cat "$scratch/server.log" >&2; exit 1; }
ca=$data/tls/ca.pem
api=$base/api/v1

login() {
    local id answer
    id=$(curl -s --cacert "$ca" -X POST "$api/captchas" | jq -r .captcha_id)
    answer=$(curl -s --cacert "$ca" "$api/dev/captchas/$id" | jq -r .answer)
    curl -s --cacert "$ca" -X POST "$api/sessions" -H 'Content-Type: application/json' \
         -d "{\"login\":\"$1\",\"password\":\"$password\",\"captcha_id\":\"$id\",\"captcha_answer\":\"$answer\"}" \
        | jq -r .token
}
roles_token=$(login "$roles_login")
handlers_token=$(login "$handlers_login")
[ "$roles_token" != null ] && [ "$handlers_token" != null ] || { echo "server_wrk.sh: sign-in failed" >&2; exit 1; }

# The targets: path (with query), token, static file name.
roles_path="/api/v1/roles?page=1&size=50"
handlers_path="/api/v1/handlers?page=1&size=10"

# 3. nginx serves the same bytes as static files, over TLS with the server's own certificate.
mkdir -p "$scratch/nginx/logs" "$scratch/www"
curl -sf --cacert "$ca" "$base$roles_path" -H "Authorization: Bearer $roles_token" -o "$scratch/www/roles.json"
curl -sf --cacert "$ca" "$base$handlers_path" -H "Authorization: Bearer $handlers_token" -o "$scratch/www/handlers.json"
chmod 644 "$scratch/www/"*.json
[ "$(jq .total "$scratch/www/roles.json")" -ge 50 ] || { echo "server_wrk.sh: the roles unit has fewer than 50 roles" >&2; exit 1; }
[ "$(jq .total "$scratch/www/handlers.json")" -ge 1000 ] || { echo "server_wrk.sh: the handlers unit has fewer than 1000 handlers" >&2; exit 1; }
nginx_port=$(free_port)
nginx_conf=$scratch/nginx/nginx.conf
cat >"$nginx_conf" <<EOF
$(if [ "$(id -u)" -eq 0 ]; then echo "user root;"; fi)
worker_processes $nginx_workers;
pid $scratch/nginx/nginx.pid;
error_log $scratch/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    keepalive_requests 100000000;
    keepalive_timeout 75s;
    server {
        listen 127.0.0.1:$nginx_port ssl;
        ssl_certificate $data/tls/server.pem;
        ssl_certificate_key $data/tls/server.key;
        ssl_protocols TLSv1.2 TLSv1.3;
        location = /api/v1/roles { default_type "application/json; charset=utf-8"; alias $scratch/www/roles.json; }
        location = /api/v1/handlers { default_type "application/json; charset=utf-8"; alias $scratch/www/handlers.json; }
    }
}
EOF
nginx -p "$scratch/nginx" -c "$nginx_conf"
nginx_base=https://127.0.0.1:$nginx_port
cmp -s <(curl -s --cacert "$ca" "https://localhost:$nginx_port$roles_path") "$scratch/www/roles.json" \
    || { echo "server_wrk.sh: nginx does not serve the same bytes" >&2; exit 1; }

# 4. wrk: a warm-up, then the measurement. Prints "req/s p99_ms".
measure() {   # measure URL TOKEN
    local out
    wrk -t"$threads" -c"$connections" -d5s -H "Authorization: Bearer $2" "$1" >/dev/null
    out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Authorization: Bearer $2" "$1")
    if grep -q 'Non-2xx' <<<"$out"; then echo "server_wrk.sh: errors from $1:" >&2; echo "$out" >&2; exit 1; fi
    local rps p99
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<<"$out")
    echo "$rps $p99"
}

cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
echo "server benchmark: $(nproc) cores ($cpu), wrk -t$threads -c$connections -d$duration, nginx $nginx_workers worker(s)"
echo "data set: $totals"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews both sides)"
printf '%-34s %12s %10s %12s %10s %10s %10s\n' target "server rps" "p99 ms" "nginx rps" "p99 ms" "rps ratio" "p99 ratio"
for target in roles handlers; do
    if [ "$target" = roles ]; then path=$roles_path; token=$roles_token; else path=$handlers_path; token=$handlers_token; fi
    read -r s_rps s_p99 <<<"$(measure "$base$path" "$token")"
    read -r n_rps n_p99 <<<"$(measure "$nginx_base$path" "$token")"
    bytes=$(stat -c %s "$scratch/www/$target.json")
    ratio=$(awk -v a="$s_rps" -v b="$n_rps" 'BEGIN {printf "%.3f", a / b}')
    lat=$(awk -v a="$s_p99" -v b="$n_p99" 'BEGIN {printf "%.1f", a / b}')
    printf '%-34s %12.0f %10.2f %12.0f %10.2f %9sx %9sx\n' "GET ${path#/api/v1} ($bytes B)" "$s_rps" "$s_p99" "$n_rps" "$n_p99" "$ratio" "$lat"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
