#!/usr/bin/env bash
# A unit's roles and the last day's audit events, saved as CSV every night with
# an API token: no keychain, no captcha, no person. From cron, e.g.
#   15 2 * * *  ZC_SERVER=https://zc.example.cn:8443 ZC_CA=/etc/zhaocai/ca.pem \
#               nightly-roles-report.sh /srv/reports
# The token (made once with token-create, menu permission basic.roles) is in
# $ZC_TOKEN_FILE, default ~/.config/zhaocai/nightly.token, mode 0600.
set -euo pipefail

out=${1:?usage: nightly-roles-report.sh DIR}
token_file=${ZC_TOKEN_FILE:-$HOME/.config/zhaocai/nightly.token}
cli=("${ZC_CLI:-zhaocai-cli}" --token-file "$token_file")
if [ -n "${ZC_CA:-}" ]; then cli+=(--ca "$ZC_CA"); fi
day=$(date -u +%F)
since=$(date -u -d '1 day ago' +%Y-%m-%dT%H:%M:%SZ)

mkdir -p "$out"
"${cli[@]}" export roles --format csv -o "$out/roles-$day.csv"
"${cli[@]}" export audit --from "$since" --format csv -o "$out/audit-$day.csv"
# A line for the log; any failure above has already stopped the script (exit 3
# when the server cannot be reached, 4 when the token expired or was deleted).
echo "$day: $(($(wc -l <"$out/roles-$day.csv") - 1)) roles, $(($(wc -l <"$out/audit-$day.csv") - 1)) events"
