#!/usr/bin/env bash
# Participant load benchmark of the Moral Machine pages (docs/benchmarks.md, "Participant load").
# One command from a fresh clone, offline: `run` builds the app jar if it is missing, compiles the generator against the
# jars inside it (no Maven resolution), creates the OPEN Prolific study "benchmm0001" if it is not there, and runs.
# Defaults: the local cluster of `./moralbase cluster up` (its balancer and its database). Its app nodes must be started
# with MORALBASE_ARRIVAL_BURST=100000: every virtual participant arrives from 127.0.0.1, which the arrival throttle
# would otherwise hold to 20 new sessions and one more every 3 s (decision 0034).
#   docs/bench/mm-load.sh setup            compile the generator, create the study
#   docs/bench/mm-load.sh run [--opt=v…]   200 participants × 13 answers (MmLoad options: --participants,
#                                          --think-ms, --double-clicks=false, --spread-s, --resume)
#   docs/bench/mm-load.sh heap [N…]        heap per open session: GC + heap_info, open N sessions, again
#                                          (HEAP_ANSWERS=13: all answered, on the survey; with
#                                          HEAP_SKIP_SURVEY=true: the survey skipped, on the closing page)
# Environment (defaults in brackets): BENCH_BASE [http://127.0.0.1:8080], BENCH_JDBC [the cluster's three Galera
# nodes, database moralbase], BENCH_DB_USER [moralbase], BENCH_DB_PASSWORD [target/cluster/db-password], APP_PID (the
# app's pid, for CPU and heap), JAVA_HOME. One app on its own database, as in docs/benchmarks.md:
#   BENCH_BASE=http://127.0.0.1:18080 BENCH_JDBC=jdbc:mariadb://127.0.0.1:3306/moralbase_bench BENCH_DB_USER=mbbench \
#   BENCH_DB_PASSWORD=… APP_PID=… docs/bench/mm-load.sh run
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
RUN="${MORALBASE_CLUSTER_DIR:-target/cluster}"
BASE="${BENCH_BASE:-http://127.0.0.1:${MORALBASE_CLUSTER_PORT:-8080}}"
JDBC_URL="${BENCH_JDBC:-jdbc:mariadb:sequential://127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313/moralbase}"
DB_USER="${BENCH_DB_USER:-moralbase}"
DB_PASSWORD="${BENCH_DB_PASSWORD:-$(cat "$RUN/db-password" 2>/dev/null || true)}"
OUT=target/bench
gen() { "$JAVA_HOME/bin/java" -cp "$OUT/classes:$OUT/lib/*" org.moralbase.bench.MmLoad --base="$BASE" "$@"; }
db() { gen --jdbc="$JDBC_URL" --db-user="$DB_USER" --db-password="$DB_PASSWORD" "$@"; }
compile() { # against the libraries inside the app jar: what the app runs with, and no repository needed
    [ -f target/moralbase.jar ] || mvn -B -o -q -Dstyle.color=never -DskipTests package
    if [ ! -d "$OUT/lib" ] || [ target/moralbase.jar -nt "$OUT/lib" ]; then
        rm -rf "$OUT/lib" "$OUT/unpack"; mkdir -p "$OUT/lib" "$OUT/unpack"
        (cd "$OUT/unpack" && "$JAVA_HOME/bin/jar" xf ../../moralbase.jar BOOT-INF/lib)
        mv "$OUT"/unpack/BOOT-INF/lib/*.jar "$OUT/lib/"; rm -rf "$OUT/unpack"
    fi
    if [ ! -d "$OUT/classes" ] || [ -n "$(find src/test/java/org/moralbase/bench -newer "$OUT/classes" -print -quit)" ]; then
        rm -rf "$OUT/classes"; mkdir -p "$OUT/classes"
        "$JAVA_HOME/bin/javac" --release 21 -nowarn -d "$OUT/classes" -cp "$OUT/lib/*" src/test/java/org/moralbase/bench/*.java
    fi
}
app_cpu() { awk '{printf "%.2f", ($14+$15)/100}' "/proc/$APP_PID/stat"; }
heap_used() { # live heap after a full GC, in KB
    "$JAVA_HOME/bin/jcmd" "$APP_PID" GC.run > /dev/null
    "$JAVA_HOME/bin/jcmd" "$APP_PID" GC.heap_info | sed -n 's/.* used \([0-9]*\)K.*/\1/p' | head -1
}

case "${1:-}" in
setup)
    compile
    db --mode=setup
    ;;
run)
    shift
    compile
    db --mode=setup
    echo "load average before: $(cat /proc/loadavg)"
    [ -z "${APP_PID:-}" ] || c0=$(app_cpu)
    db "$@"
    [ -z "${APP_PID:-}" ] || echo "app CPU during the run: $(echo "$(app_cpu) - $c0" | bc) s"
    echo "load average after: $(cat /proc/loadavg)"
    ;;
heap)
    shift
    compile
    h0=$(heap_used); opened=0
    echo "live heap before: $h0 KB (load average $(cat /proc/loadavg))"
    [ $# -gt 0 ] || set -- 200 200
    for n in "$@"; do
        out=$(gen --mode=open --participants="$n" --answers="${HEAP_ANSWERS:-1}" --skip-survey="${HEAP_SKIP_SURVEY:-false}" \
            --double-clicks=false --concurrency=20)
        echo "$out" | grep -E "errors|arrival"
        ok=$(echo "$out" | sed -n 's/^arrival.*n=\([0-9]*\) .*/\1/p')
        opened=$((opened + ${ok:-0})); h=$(heap_used)
        echo "sessions opened +$opened: live heap $h KB, $(( (h - h0) / opened )) KB per session (load $(cut -d' ' -f1 /proc/loadavg))"
    done
    ;;
*)
    sed -n '2,18p' "$0"; exit 2 ;;
esac
