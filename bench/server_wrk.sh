#!/usr/bin/env bash
# The server benchmark (not a timed test), one run, figures with their ratios:
#  1. reads: GET /roles?size=50 of a unit with 50 roles and GET /handlers?size=10
#     of a unit with 1,000 handlers, on the large data set (zc-bench-populate),
#     under wrk over TLS with 50 connections — against nginx serving the very same
#     bytes as static files over TLS (same certificate), with as many nginx
#     worker_processes as the server has worker threads (1, then 2);
#  2. GET /roles while 20 sign-ins a second run (each an Argon2id on the slow lane);
#  3. writes at 50 connections (role creation; assignment and unassignment, each
#     with its audit event and change stamps) on SQLite and, with
#     ZC_BENCH_PG_URL, on PostgreSQL, on a fresh database with the demo seed.
#
#   bench/server_wrk.sh                     build dir: $ZC_BENCH_BUILD (default build-bench, Release)
#
# Environment:
#   ZC_BENCH_BUILD     build directory holding server/zhaocai-server and bench/zc-bench-populate
#   ZC_BENCH_DATA      data directory to use (kept; populated once and reused). Default: a temporary one.
#   ZC_BENCH_DURATION  wrk duration per measurement (default 10s; a 3s warm-up precedes each)
#   ZC_BENCH_THREADS   wrk threads (default 2)       ZC_BENCH_CONNECTIONS  (default 50)
#   ZC_BENCH_WORKERS   the worker counts to compare (default "1 2"; nginx gets as many worker processes)
#   ZC_BENCH_LOGIN_RATE  sign-ins per second during the read (default 20)
#   ZC_BENCH_PG_URL    postgresql://user@host:port/db of a server where a scratch database may be
#                      created (password: PGPASSWORD); without it the writes run on SQLite only
#
# Needs wrk, nginx, curl, jq, python3 (and psql for PostgreSQL).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${ZC_BENCH_BUILD:-$root/build-bench}
duration=${ZC_BENCH_DURATION:-10s}
threads=${ZC_BENCH_THREADS:-2}
connections=${ZC_BENCH_CONNECTIONS:-50}
workers_list=${ZC_BENCH_WORKERS:-1 2}
login_rate=${ZC_BENCH_LOGIN_RATE:-20}
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
pg_database=""
stop_nginx() {
    if [ -n "$nginx_conf" ] && [ -f "$scratch/nginx/nginx.pid" ]; then
        nginx -p "$scratch/nginx" -c "$nginx_conf" -s stop 2>/dev/null || true
        for _ in $(seq 1 50); do [ -f "$scratch/nginx/nginx.pid" ] || break; sleep 0.1; done
    fi
}
cleanup() {
    stop_server
    stop_nginx
    if [ -n "$pg_database" ]; then psql "$ZC_BENCH_PG_URL" -qc "DROP DATABASE IF EXISTS $pg_database WITH (FORCE)" >/dev/null 2>&1 || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# shellcheck source=bench/server_lib.sh
. "$root/bench/server_lib.sh"

# wrk: a warm-up, then the measurement. Prints "req/s p99_ms non2xx". Extra args go to wrk.
measure() {   # measure URL TOKEN [wrk args…]
    local url=$1 token=$2 out; shift 2
    wrk -t"$threads" -c"$connections" -d3s -H "Authorization: Bearer $token" "$@" "$url" >/dev/null
    out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Authorization: Bearer $token" "$@" "$url")
    local rps p99 bad
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<<"$out")
    bad=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")
    echo "$rps $p99 ${bad:-0}"
}

verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = (op == ">=") ? v >= t : v < t; print ok ? "met" : "NOT MET" }'; }

cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
echo "server benchmark: $(nproc) cores ($cpu), wrk -t$threads -c$connections -d$duration over TLS on loopback"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews both sides)"

# 1. The data set (100k accounts, 10k roles across units), made once per data directory.
"$populate_bin" --data "$data" >/dev/null
manifest=$data/bench-manifest.json
password=$(jq -r .password "$manifest")
roles_login=$(jq -r '.units.roles50.login' "$manifest")
handlers_login=$(jq -r '.units.handlers1000.login' "$manifest")
echo "data set: $(jq -c '.totals // {}' "$manifest")"
roles_path="/api/v1/roles?page=1&size=50"
handlers_path="/api/v1/handlers?page=1&size=10"

echo
echo "== reads against nginx serving the same bytes (target: >= 0.5x nginx, p99 < 20 ms)"
printf '%-9s %-30s %10s %8s %10s %8s %8s %s\n' workers target "server/s" "p99 ms" "nginx/s" "p99 ms" ratio verdict
for workers in $workers_list; do
    start_server "$data" --workers "$workers" --slow-workers "$workers"
    roles_token=$(login "$roles_login" "$password")
    handlers_token=$(login "$handlers_login" "$password")
    [ "$roles_token" != null ] && [ "$handlers_token" != null ] || { echo "server_wrk.sh: sign-in failed" >&2; exit 1; }
    # nginx serves the same bytes as static files, over TLS with the server's own certificate.
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
worker_processes $workers;
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
    for target in roles handlers; do
        if [ "$target" = roles ]; then path=$roles_path; token=$roles_token; else path=$handlers_path; token=$handlers_token; fi
        read -r s_rps s_p99 s_bad <<<"$(measure "$base$path" "$token")"
        read -r n_rps n_p99 _ <<<"$(measure "$nginx_base$path" "$token")"
        [ "$s_bad" = 0 ] || { echo "server_wrk.sh: $s_bad errors from $path" >&2; exit 1; }
        bytes=$(stat -c %s "$scratch/www/$target.json")
        ratio=$(awk -v a="$s_rps" -v b="$n_rps" 'BEGIN {printf "%.2f", a / b}')
        ok=$( [ "$(verdict "$ratio" ">=" 0.5)" = met ] && [ "$(verdict "$s_p99" "<" 20)" = met ] && echo met || echo "NOT MET")
        printf '%-9s %-30s %10.0f %8.2f %10.0f %8.2f %7sx %s\n' "$workers" "GET ${path#/api/v1} ($bytes B)" \
            "$s_rps" "$s_p99" "$n_rps" "$n_p99" "$ratio" "$ok"
    done
    stop_nginx
    if [ "$workers" = "$(echo "$workers_list" | awk '{print $NF}')" ]; then
        # 2. The same read while sign-ins run (each an Argon2id on the slow lane).
        echo
        echo "== GET /roles?size=50 while $login_rate sign-ins a second run ($workers workers, $workers slow-lane threads; target: p99 < 50 ms)"
        python3 "$root/bench/login_load.py" "$base" "$ca" "$handlers_login" "$password" "$login_rate" 16 >"$scratch/logins.txt" &
        logins_pid=$!
        sleep 1
        read -r l_rps l_p99 l_bad <<<"$(measure "$base$roles_path" "$roles_token")"
        wait "$logins_pid"
        printf 'reads: %.0f/s, p99 %.2f ms (%s)   sign-ins: %s\n' "$l_rps" "$l_p99" "$(verdict "$l_p99" "<" 50)" "$(cat "$scratch/logins.txt")"
    fi
    stop_server
done

# 3. Writes at 50 connections, on a fresh database with the demo seed.
write_bench() {   # write_bench LABEL [server options…]
    local label=$1; shift
    local dir=$scratch/writes-$label
    rm -rf "$dir"
    start_server "$dir" --seed "$root/server/seed/demo.json" "$@"
    local token roles accounts
    token=$(login js_group 'Demo@2026')
    for i in $(seq 1 10); do
        curl -sf --cacert "$ca" -X POST "$api/roles" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
             -d "{\"name\":\"分配压测$i\",\"remark\":\"\",\"permissions\":[\"basic.roles\"]}" >/dev/null
    done
    roles=$(curl -sf --cacert "$ca" "$api/roles?size=100" -H "Authorization: Bearer $token" | jq -r '[.items[].id] | join(",")')
    accounts=$(curl -sf --cacert "$ca" "$api/handlers?size=100" -H "Authorization: Bearer $token" | jq -r '[.items[].id] | join(",")')
    read -r c_rps c_p99 c_bad <<<"$(ZC_TOKEN=$token measure "$base/" "$token" -s "$root/bench/wrk/create_role.lua")"
    read -r t_rps t_p99 t_bad <<<"$(ZC_TOKEN=$token ZC_ROLES=$roles ZC_ACCOUNTS=$accounts measure "$base/" "$token" -s "$root/bench/wrk/toggle_assignment.lua")"
    printf '%-11s %-34s %10.0f %8.2f %s\n' "$label" "POST /roles (new role, audited)" "$c_rps" "$c_p99" "non-2xx $c_bad"
    printf '%-11s %-34s %10.0f %8.2f %s\n' "$label" "PUT/DELETE /roles/{id}/accounts/{id}" "$t_rps" "$t_p99" "non-2xx $t_bad"
    stop_server
}
echo
echo "== writes at $connections connections (first figures; each request one write transaction with its audit event)"
printf '%-11s %-34s %10s %8s\n' engine request "req/s" "p99 ms"
write_bench sqlite
if [ -n "${ZC_BENCH_PG_URL:-}" ]; then
    pg_database=zc_bench_writes_$$
    psql "$ZC_BENCH_PG_URL" -qc "CREATE DATABASE $pg_database" >/dev/null
    pg_url=$(python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))' "$ZC_BENCH_PG_URL" "$pg_database")
    write_bench postgresql --database "$pg_url"
fi
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
