#!/usr/bin/env bash
# Growth (not a timed test): how GET /roles and GET /changes behave as the data
# grows — a unit with 50, 500 (10×) and 5,000 (100×) roles, and a database with
# 1,000,000 accounts — and the change feed when every row of a unit shares one
# change_seq (as after a bulk import). Each figure: wrk, 10 connections, over
# TLS on loopback, the server with its default worker threads.
#
#   bench/server_growth.sh            build dir: $ZC_BENCH_BUILD (default build-bench, Release)
#
# Environment: ZC_BENCH_BUILD; ZC_BENCH_GROWTH_DIR (data sets, kept and reused;
# default build-bench/growth-data); ZC_BENCH_GROWTH_DURATION (default 5s);
# ZC_BENCH_MILLION=0 leaves out the 1M-account data set (it takes minutes to make).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${ZC_BENCH_BUILD:-$root/build-bench}
sets=${ZC_BENCH_GROWTH_DIR:-$build/growth-data}
duration=${ZC_BENCH_GROWTH_DURATION:-5s}
million=${ZC_BENCH_MILLION:-1}
server_bin=$build/server/zhaocai-server
populate_bin=$build/bench/zc-bench-populate
for tool in wrk curl jq python3; do
    command -v "$tool" >/dev/null || { echo "server_growth.sh: $tool is missing" >&2; exit 1; }
done

scratch=$(mktemp -d)
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT

# shellcheck source=bench/server_lib.sh
. "$root/bench/server_lib.sh"
measure() {   # measure PATH TOKEN → "req/s p99_ms"
    local out
    wrk -t2 -c10 -d2s -H "Authorization: Bearer $2" "$base$1" >/dev/null
    out=$(wrk -t2 -c10 -d"$duration" --latency -H "Authorization: Bearer $2" "$base$1")
    grep -q 'Non-2xx' <<<"$out" && { echo "server_growth.sh: errors from $1" >&2; echo "$out" >&2; exit 1; }
    awk '/^Requests\/sec:/ {r=$2} $1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; p=v} END {print r, p}' <<<"$out"
}
row() {   # row LABEL PATH TOKEN
    local rps p99
    read -r rps p99 <<<"$(measure "$2" "$3")"
    printf '%-44s %-44s %10.0f %9.2f\n' "$1" "$2" "$rps" "$p99"
}

echo "growth: $(nproc) cores, wrk -t2 -c10 -d$duration over TLS; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-44s %-44s %10s %9s\n' "data set" request "req/s" "p99 ms"
mkdir -p "$sets"
run_set() {   # run_set LABEL DIR [populate options…]
    local label=$1 dir=$2; shift 2
    "$populate_bin" --data "$dir" --replace "$@" >/dev/null
    local password login roles pages cursor token
    password=$(jq -r .password "$dir/bench-manifest.json")
    login=$(jq -r '.units.roles50.login' "$dir/bench-manifest.json")
    start_server "$dir"
    token=$(login "$login" "$password")
    roles=$(curl -s --cacert "$ca" "$api/roles?size=1" -H "Authorization: Bearer $token" | jq .total)
    pages=$(( (roles + 49) / 50 ))
    cursor=$(feed_end "$token")
    local what="$label: unit of $roles roles"
    row "$what" "/api/v1/roles?page=1&size=50" "$token"
    row "$what" "/api/v1/roles?page=$pages&size=50" "$token"
    row "$what" "/api/v1/changes?limit=500" "$token"
    printf '%-44s %-44s ' "$what" "/api/v1/changes?since=<end> (nothing new)"
    read -r rps p99 <<<"$(measure "/api/v1/changes?since=$cursor" "$token")"
    printf '%10.0f %9.2f\n' "$rps" "$p99"
    stop_server
}
run_set "100k accounts" "$sets/x1" --roles-unit-roles 50
run_set "100k accounts" "$sets/x10" --roles-unit-roles 500
run_set "100k accounts" "$sets/x100" --roles-unit-roles 5000
if [ "$million" != 0 ]; then
    run_set "1M accounts" "$sets/million" --accounts 1000000 --roles-unit-roles 50
fi

# The change feed when a whole unit shares one change_seq (a bulk import): the
# big unit's 100k accounts and 10k roles stamped with the newest seq, then an
# incremental read from the end (it used to scan every row of that seq).
dir=$scratch/one-seq
cp -r "$sets/x1" "$dir"
python3 - "$dir/zhaocai.sqlite3" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
seq = db.execute("SELECT value FROM counters WHERE name = 'change_seq'").fetchone()[0]
big = db.execute("SELECT unit_id FROM accounts WHERE kind = 'unit' AND login = 'bench_big'").fetchone()[0]
db.execute("UPDATE accounts SET change_seq = ? WHERE unit_id = ?", (seq, big))
db.execute("UPDATE roles SET change_seq = ? WHERE unit_id = ?", (seq, big))
db.commit()
EOF
start_server "$dir"
token=$(login bench_big "$(jq -r .password "$dir/bench-manifest.json")")
cursor=$(feed_end "$token")
printf '%-44s %-44s ' "big unit, 110k rows on one change_seq" "/api/v1/changes?since=<end> (nothing new)"
read -r rps p99 <<<"$(measure "/api/v1/changes?since=$cursor" "$token")"
printf '%10.0f %9.2f\n' "$rps" "$p99"
stop_server
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
