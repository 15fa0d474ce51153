#!/usr/bin/env bash
# Kills (kill -9) the app node a client is stuck to and shows that the balancer still answers: run against a cluster
# from `./moralbase cluster up` (docs/benchmarks.md, "Local cluster"). Not the fault benchmark of issue #16: no
# participants, no answers, only GET /login through HAProxy every 0.1 s.
# Usage: docs/bench/cluster-app-kill.sh [requests (100)] [kill after this many (30)]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN="${MORALBASE_CLUSTER_DIR:-$ROOT/target/cluster}"
URL="http://127.0.0.1:${MORALBASE_CLUSTER_PORT:-8080}/login"
REQUESTS="${1:-100}" KILL_AT="${2:-30}"
jar="$(mktemp)" out="$(mktemp)"; trap 'rm -f "$jar" "$out"' EXIT

curl -fsS -c "$jar" -o /dev/null "$URL" || { echo "no cluster answers at $URL (./moralbase cluster up)" >&2; exit 1; }
node="$(awk '$6 == "MB_NODE" {print $7}' "$jar")"
[ -f "$RUN/$node/pid" ] || { echo "the balancer's cookie names '$node', which has no pid file in $RUN" >&2; exit 1; }
for ((k = 1; k <= REQUESTS; k++)); do
    if [ "$k" = "$KILL_AT" ]; then
        echo "request $k: kill -9 $node (pid $(cat "$RUN/$node/pid"))"
        kill -9 "$(cat "$RUN/$node/pid")"
    fi
    curl -s -b "$jar" -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 10 "$URL" >>"$out" || echo "000 10" >>"$out"
    sleep 0.1
done
echo "answers by status: $(cut -d' ' -f1 "$out" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')"
echo "slowest: $(sort -k2 -g "$out" | tail -n 1 | cut -d' ' -f2) s"
"$ROOT/cluster/cluster.sh" status
