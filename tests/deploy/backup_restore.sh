#!/usr/bin/env bash
# docs/deployment.md's backup and restore, done for real: a server with data,
# an online backup (SQLite: sqlite3 .backup while the server runs; PostgreSQL:
# pg_dump -Fc), a restore into a fresh place (a new data directory; a new
# database with pg_restore), and a server started on the restored copy that
# answers with the data made before the backup.
#
#   backup_restore.sh ZHAOCAI_SERVER SEED_FILE sqlite|postgresql
#
# postgresql needs ZC_TEST_PG_URL (and PGPASSWORD) as scripts/test.sh sets them.
set -euo pipefail

server=$1
seed=$2
engine=$3
work=$(mktemp -d)
pids=()
databases=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    for db in "${databases[@]}"; do
        psql -q -d "$ZC_TEST_PG_URL" -c "DROP DATABASE IF EXISTS \"$db\"" >/dev/null 2>&1 || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# start DIR [server options…]: starts a server on a free port; sets $api, $ca and $pid.
start() {
    local dir=$1
    shift
    mkdir -p "$dir"
    "$server" --listen 127.0.0.1:0 --data "$dir" --dev "$@" >"$dir.log" 2>&1 &
    pid=$!
    pids+=("$pid")
    local url=""
    for _ in $(seq 1 300); do
        url=$(sed -n 's/.*listening on \(https:\/\/[^ ]*\).*/\1/p' "$dir.log" | head -n1)
        [ -n "$url" ] && break
        kill -0 "$pid" 2>/dev/null || { cat "$dir.log" >&2; fail "the server in $dir exited"; }
        sleep 0.1
    done
    [ -n "$url" ] || { cat "$dir.log" >&2; fail "the server in $dir did not start"; }
    api="$url/api/v1"
    ca="$dir/tls/ca.pem"
}

stop() {
    kill -TERM "$pid"
    wait "$pid" || fail "the server did not stop cleanly"
}

call() { curl -sS --fail-with-body --cacert "$ca" "$@"; }

# sign_in LOGIN: a session token (the captcha's answer from --dev).
sign_in() {
    local captcha id answer
    captcha=$(call -X POST "$api/captchas")
    id=$(jq -r .captcha_id <<<"$captcha")
    answer=$(call "$api/dev/captchas/$id" | jq -r .answer)
    call -X POST "$api/sessions" -H 'Content-Type: application/json' \
        -d "{\"login\":\"$1\",\"password\":\"Demo@2026\",\"captcha_id\":\"$id\",\"captcha_answer\":\"$answer\"}" \
        | jq -r .token
}

# roles_named NAME: how many of the unit's roles have NAME in theirs.
roles_named() {
    local token
    token=$(sign_in nmg_hosp)
    call -G "$api/roles" --data-urlencode "name=$1" -H "Authorization: Bearer $token" | jq -r .total
}

# 1. A server with data: the demo seed and a role made over the API.
options=()
if [ "$engine" = postgresql ]; then
    [ -n "${ZC_TEST_PG_URL:-}" ] || fail "ZC_TEST_PG_URL is not set"
    suffix="$$_$RANDOM"
    source_db="zc_backup_src_$suffix"
    restored_db="zc_backup_restored_$suffix"
    databases+=("$source_db" "$restored_db")
    psql -q -d "$ZC_TEST_PG_URL" -c "CREATE DATABASE \"$source_db\"" >/dev/null
    base=${ZC_TEST_PG_URL%/*}
    options=(--database "$base/$source_db")
fi
start "$work/live" "${options[@]}" --seed "$seed"
token=$(sign_in nmg_hosp)
call -X POST "$api/roles" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"name":"备份前的角色","remark":"backup test","permissions":["basic.roles"]}' >/dev/null
[ "$(roles_named 备份前的角色)" = 1 ] || fail "the role made before the backup is not there"

# 2. The backup, taken while the server runs, as docs/deployment.md says.
if [ "$engine" = sqlite ]; then
    sqlite3 "$work/live/zhaocai.sqlite3" ".backup '$work/backup.sqlite3'"
    sqlite3 "$work/backup.sqlite3" "PRAGMA integrity_check" | grep -qx ok || fail "the backup is damaged"
else
    pg_dump -Fc -d "$base/$source_db" -f "$work/backup.dump"
fi
cp -a "$work/live/tls" "$work/tls-backup"

# A change after the backup: it must not be in the restored copy.
call -X POST "$api/roles" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"name":"备份后的角色","remark":"","permissions":["basic.roles"]}' >/dev/null
stop

# 3. Restore into a fresh place and start a server on it (no seed: only what was backed up).
mkdir -p "$work/restored"
cp -a "$work/tls-backup" "$work/restored/tls"
if [ "$engine" = sqlite ]; then
    cp "$work/backup.sqlite3" "$work/restored/zhaocai.sqlite3"
    options=()
else
    psql -q -d "$ZC_TEST_PG_URL" -c "CREATE DATABASE \"$restored_db\"" >/dev/null
    pg_restore --no-owner --exit-on-error -d "$base/$restored_db" "$work/backup.dump"
    options=(--database "$base/$restored_db")
fi
start "$work/restored" "${options[@]}"
[ "$(call "$api/health" | jq -r .status)" = ok ] || fail "the restored server is not healthy"
[ "$(roles_named 备份前的角色)" = 1 ] || fail "the restored server lost the role made before the backup"
[ "$(roles_named 备份后的角色)" = 0 ] || fail "the restored server has a role made after the backup"
# The same CA: clients keep trusting the restored server.
cmp -s "$work/live/tls/ca.pem" "$work/restored/tls/ca.pem" || fail "the CA changed"
stop
echo "backup and restore ($engine): ok"
