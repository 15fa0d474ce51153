#!/usr/bin/env bash
# The fault benchmark of issue #16 (docs/benchmarks.md, "Faults"; decision 0042): many virtual participants answer
# Moral Machine studies through HAProxy while one app node and then one Galera node are killed (kill -9) and both are
# started again. Every participant whose request fails reloads its link on a surviving node and goes on from the
# scenario the server shows. Run against a cluster started with the arrival throttle opened:
#   MORALBASE_ARRIVAL_BURST=100000 ./moralbase cluster up
#   docs/bench/cluster-faults.sh
# Environment (defaults): PARTICIPANTS (120), THINK_MS (1100: each think 0.5–1.5 × this), SPREAD_S (90: arrivals
# spread over this), KILL_APP (app1) at KILL_APP_AT (25 s), KILL_DB (the Galera node the surviving app node uses:
# db2 when app1 dies, db1 when app2 dies) at KILL_DB_AT (45 s), both started again
# at RESTART_AT (65 s). MODEL_RUN (1): before the load, a Moral Machine model run (MODEL_SCENARIOS, 200 prompts) is
# started against docs/bench/stub-model.py (port STUB_PORT, 18999; each answer after STUB_DELAY, 0.3 s), and the app
# node killed is the one holding its lease; the cluster must be started with MORALBASE_MODELS_ALLOWED_HOSTS=127.0.0.1.
# The last line reads `clicked N, stored N, duplicates D, lost L`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
RUN="${MORALBASE_CLUSTER_DIR:-$ROOT/target/cluster}"
PARTICIPANTS="${PARTICIPANTS:-120}" THINK_MS="${THINK_MS:-1100}" SPREAD_S="${SPREAD_S:-90}"
KILL_APP="${KILL_APP:-app1}" KILL_APP_AT="${KILL_APP_AT:-25}"
KILL_DB="${KILL_DB:-}" KILL_DB_AT="${KILL_DB_AT:-45}" RESTART_AT="${RESTART_AT:-65}"
# a restarted app node gets what the cluster was started with
export MORALBASE_ARRIVAL_BURST="${MORALBASE_ARRIVAL_BURST:-100000}"
export MORALBASE_MODELS_ALLOWED_HOSTS="${MORALBASE_MODELS_ALLOWED_HOSTS:-127.0.0.1}"
MODEL_RUN="${MODEL_RUN:-1}" MODEL_SCENARIOS="${MODEL_SCENARIOS:-200}" STUB_PORT="${STUB_PORT:-18999}"
STUB_DELAY="${STUB_DELAY:-0.3}" URL="http://127.0.0.1:${MORALBASE_CLUSTER_PORT:-8080}"
cluster() { "$ROOT/moralbase" cluster "$@"; }
sql() { # on the first Galera node that answers
    local i
    for i in 1 2 3; do
        mariadb --socket="$RUN/db$i/mysqld.sock" -uroot -N -B moralbase -e "$1" 2>/dev/null && return 0
    done
    return 1
}
api() { # method path [json]
    curl -fsS -X "$1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' ${3:+-d "$3"} "$URL$2"
}
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
stamp() { printf '[%3d s] %s\n' "$((SECONDS - T0))" "$*"; }

status="$(cluster status)"
if echo "$status" | grep -q ' -$'; then
    echo "$status" >&2
    echo "every node of the cluster must run (./moralbase cluster up)" >&2
    exit 1
fi
for node in app1 app2; do
    env="$(tr '\0' '\n' <"/proc/$(cat "$RUN/$node/pid")/environ")"
    echo "$env" | grep -q '^MORALBASE_ARRIVAL_BURST=' || echo \
        "warning: $node runs without MORALBASE_ARRIVAL_BURST: its arrival throttle will hold participants back" >&2
    [ "$MODEL_RUN" != 1 ] || echo "$env" | grep -q '^MORALBASE_MODELS_ALLOWED_HOSTS=.*127\.0\.0\.1' || {
        echo "$node runs without MORALBASE_MODELS_ALLOWED_HOSTS=127.0.0.1: it refuses the stub model (or MODEL_RUN=0)" >&2
        exit 1
    }
done

docs/bench/mm-load.sh setup
log="$(mktemp)" stublog="$(mktemp)" gen="" stub="" run=""
trap '[ -z "$gen" ] || kill "$gen" 2>/dev/null || true; [ -z "$stub" ] || kill "$stub" 2>/dev/null || true
      rm -f "$log" "$stublog"' EXIT
if [ "$MODEL_RUN" = 1 ]; then
    python3 docs/bench/stub-model.py "$STUB_PORT" "$stublog" "$STUB_DELAY" &
    stub=$!
    TOKEN="$(curl -fsS -u "admin:$(cat "$RUN/app1/initial-admin-password")" -H 'Content-Type: application/json' \
        -d '{"name":"cluster-faults","days":1}' "$URL/api/v1/tokens" | json "['token']")"
    model="$(api POST /api/v1/models "{\"name\":\"stub $(date +%s)\",\"kind\":\"OPENAI_COMPATIBLE\",
        \"baseUrl\":\"http://127.0.0.1:$STUB_PORT/v1\",\"modelId\":\"stub\",\"timeoutSeconds\":30,
        \"keySource\":\"NONE\",\"reasoning\":false}" | json "['id']")"
    study="$(sql "SELECT id FROM study WHERE public_code = 'benchmm0001'")"
    run="$(api POST /api/v1/runs "{\"modelId\":$model,\"studyId\":$study,\"samples\":1,\"concurrency\":1,
        \"bothOrders\":false,\"settings\":{\"scenarios\":\"$MODEL_SCENARIOS\"}}" | json "['id']")"
    for _ in $(seq 50); do
        holder="$(sql "SELECT node_id FROM lease WHERE name = 'run:$run'")" && [ -n "$holder" ] && break
        sleep 0.2
    done
    echo "model run $run ($MODEL_SCENARIOS prompts) executes on ${holder:-?}: that node will be killed"
    KILL_APP="${holder:-$KILL_APP}"
fi
[ -n "$KILL_DB" ] || { [ "$KILL_APP" = app1 ] && KILL_DB=db2 || KILL_DB=db1; }
echo "load average before: $(cat /proc/loadavg)"
T0=$SECONDS
docs/bench/mm-load.sh run --resume=true --double-clicks=false --participants="$PARTICIPANTS" \
    --think-ms="$THINK_MS" --spread-s="$SPREAD_S" >"$log" 2>&1 &
gen=$!

# waits until $1 s after the start; fails if the load ended first (then nothing is killed after it)
at() { while [ $((SECONDS - T0)) -lt "$1" ]; do kill -0 "$gen" 2>/dev/null || return 1; sleep 0.2; done; kill -0 "$gen" 2>/dev/null; }
killed=()
if at "$KILL_APP_AT"; then stamp "$(cluster kill-node "$KILL_APP" 2>&1)"; killed+=("$KILL_APP"); fi
if at "$KILL_DB_AT"; then stamp "$(cluster kill-node "$KILL_DB" 2>&1)"; killed+=("$KILL_DB"); fi
at "$RESTART_AT" || true
for node in $(printf '%s\n' "${killed[@]}" | sort -r); do # the database first, then the app node
    stamp "starting $node again"
    cluster start-node "$node" 2>&1 | while read -r l; do stamp "$l"; done
done
wait "$gen" || stamp "the load generator ended with status $?"
gen=""
stamp "load finished"
cluster status
if [ -n "$run" ]; then
    for _ in $(seq 240); do
        status="$(sql "SELECT status FROM model_run WHERE id = $run")"
        [ "$status" = RUNNING ] || break
        sleep 1
    done
    stamp "model run $run: $status"
    read -r stored prompts twice <<<"$(sql "SELECT COUNT(*), COUNT(DISTINCT prompt_index),
        COUNT(*) - COUNT(DISTINCT prompt_index) FROM model_answer WHERE run_id = $run")"
    asked="$(wc -l <"$stublog")" distinct="$(sort -u "$stublog" | wc -l)"
    # two scenarios drawn alike have the same text, so distinct texts may be fewer than prompts
    echo "model run $run: $status, answers stored $stored for $prompts of $MODEL_SCENARIOS prompts (stored twice:" \
        "$twice); requests at the model $asked ($distinct distinct texts), asked again $((asked - prompts))" \
        "(a prompt in flight when its node died may be asked again: decision 0036)"
    echo "nodes that took the run: $(grep -ho "model run $run executes on node [a-z0-9]*" "$RUN"/app*/app.log | sort -u | tr '\n' ';')"
fi
grep -v '^clicked ' "$log"
grep '^clicked ' "$log" || { echo "no count: see the generator's output above" >&2; exit 1; }
