#!/usr/bin/env bash
# The README's script with an API token, run for real: the example
# scripts/examples/nightly-roles-report.sh (which the README shows verbatim —
# checked here) against a real server, with a token made over the API and kept
# in a 0600 file, no keychain and no captcha; then refused with a token file
# others can read, and with the token deleted.
#
#   token_script.sh ZHAOCAI_SERVER ZHAOCAI_CLI SEED_FILE README EXAMPLE
set -euo pipefail

server=$1
cli=$2
seed=$3
readme=$4
example=$5
work=$(mktemp -d)
pid=""
cleanup() {
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# 1. The README shows the example as it is.
marker="<!-- $(basename "$(dirname "$(dirname "$example")")")/examples/$(basename "$example") -->"
sed -n "\\|$marker|,/^\`\`\`\$/p" "$readme" | sed '1,2d;$d' >"$work/readme-copy.sh"
[ -s "$work/readme-copy.sh" ] || fail "the README has no block after $marker"
diff -u "$example" "$work/readme-copy.sh" || fail "the README's copy of $example differs from the file"

# 2. A server, and a token for the script made with an administrator's session.
"$server" --listen 127.0.0.1:0 --data "$work/data" --dev --seed "$seed" >"$work/server.log" 2>&1 &
pid=$!
url=""
for _ in $(seq 1 300); do
    url=$(sed -n 's/.*listening on \(https:\/\/[^ ]*\).*/\1/p' "$work/server.log" | head -n1)
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || { cat "$work/server.log" >&2; fail "the server did not start"; }
api="$url/api/v1"
ca="$work/data/tls/ca.pem"
call() { curl -sS --fail-with-body --cacert "$ca" "$@"; }
captcha=$(call -X POST "$api/captchas")
id=$(jq -r .captcha_id <<<"$captcha")
answer=$(call "$api/dev/captchas/$id" | jq -r .answer)
session=$(call -X POST "$api/sessions" -H 'Content-Type: application/json' \
    -d "{\"login\":\"nmg_hosp\",\"password\":\"Demo@2026\",\"captcha_id\":\"$id\",\"captcha_answer\":\"$answer\"}" \
    | jq -r .token)
made=$(call -X POST "$api/api-tokens" -H "Authorization: Bearer $session" -H 'Content-Type: application/json' \
    -d '{"name":"nightly-report","permissions":["basic.roles"],"expires_in_days":30}')
token_id=$(jq -r .id <<<"$made")
# Something for the audit report: a role made today.
call -X POST "$api/roles" -H "Authorization: Bearer $session" -H 'Content-Type: application/json' \
    -d '{"name":"夜间报表核对","remark":"","permissions":["basic.roles"]}' >/dev/null
mkdir -p "$work/home/.config/zhaocai"
(umask 077; jq -r .token <<<"$made" >"$work/home/.config/zhaocai/nightly.token")

# 3. The script, as cron would run it: its own HOME, no D-Bus session (no keychain).
run_script() {
    env -i PATH="$PATH" HOME="$work/home" LANG=C.UTF-8 DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
        ZC_SERVER="$url" ZC_CA="$ca" ZC_CLI="$cli" bash "$example" "$work/reports"
}
log=$(run_script) || fail "the script failed: $log"
day=$(date -u +%F)
grep -q '系统管理员' "$work/reports/roles-$day.csv" || fail "the roles report lacks the demo role"
grep -q '夜间报表核对' "$work/reports/audit-$day.csv" || fail "the audit report lacks the role made today"
grep -q "^$day: [0-9][0-9]* roles, [0-9][0-9]* events$" <<<"$log" || fail "unexpected summary: $log"

# 4. A token file others can read is refused (exit 2), before anything is asked.
chmod 0644 "$work/home/.config/zhaocai/nightly.token"
status=0
run_script >/dev/null 2>"$work/err" || status=$?
[ "$status" = 2 ] || fail "a world-readable token file gave exit $status"
grep -q 'chmod 600' "$work/err" || fail "no chmod advice: $(cat "$work/err")"
chmod 0600 "$work/home/.config/zhaocai/nightly.token"

# 5. Deleted, the token stops working at once: exit 4, naming the file.
call -X DELETE "$api/api-tokens/$token_id" -H "Authorization: Bearer $session" >/dev/null
status=0
run_script >/dev/null 2>"$work/err" || status=$?
[ "$status" = 4 ] || fail "a deleted token gave exit $status: $(cat "$work/err")"
grep -q 'nightly.token' "$work/err" || fail "the error does not name the token file: $(cat "$work/err")"
echo "token script: ok"
