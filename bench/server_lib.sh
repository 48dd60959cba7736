# Shared by bench/server_wrk.sh and bench/server_growth.sh (sourced): starting
# and stopping a zhaocai-server on a data directory, signing in with a solved
# captcha (the server runs with --dev), following the change feed to its end.
# Needs: $server_bin, $scratch; sets $server_pid, $base, $ca, $api.

# start_server DATA_DIR [server options…]
start_server() {
    local dir=$1; shift
    "$server_bin" --listen 127.0.0.1:0 --data "$dir" --dev "$@" >"$scratch/server.log" 2>&1 &
    server_pid=$!
    base=""
    for _ in $(seq 1 600); do
        base=$(grep -o 'listening on https://[0-9.:]*' "$scratch/server.log" | head -1 | sed 's/listening on //') || true
        [ -n "$base" ] && break
        kill -0 "$server_pid" 2>/dev/null || { cat "$scratch/server.log" >&2; exit 1; }
        sleep 0.1
    done
    [ -n "$base" ] || { echo "$(basename "$0"): the server did not start" >&2; cat "$scratch/server.log" >&2; exit 1; }
    ca=$dir/tls/ca.pem
    api=$base/api/v1
}

stop_server() {
    if [ -n "${server_pid:-}" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    server_pid=""
}

login() {   # login LOGIN PASSWORD → token
    local id answer
    id=$(curl -s --cacert "$ca" -X POST "$api/captchas" | jq -r .captcha_id)
    answer=$(curl -s --cacert "$ca" "$api/dev/captchas/$id" | jq -r .answer)
    curl -s --cacert "$ca" -X POST "$api/sessions" -H 'Content-Type: application/json' \
         -d "{\"login\":\"$1\",\"password\":\"$2\",\"captcha_id\":\"$id\",\"captcha_answer\":\"$answer\"}" \
        | jq -r .token
}

feed_end() {   # feed_end TOKEN → the cursor after the whole feed
    local cursor="" body
    while :; do
        body=$(curl -s --cacert "$ca" "$api/changes?limit=5000${cursor:+&since=$cursor}" -H "Authorization: Bearer $1")
        cursor=$(jq -r .cursor <<<"$body")
        [ "$(jq .more <<<"$body")" = true ] || break
    done
    echo "$cursor"
}
