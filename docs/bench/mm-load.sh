#!/usr/bin/env bash
# Participant load benchmark of the Moral Machine pages (docs/benchmarks.md, "Participant load").
# Needs a running app (java -jar target/moralbase.jar) on a MariaDB database of its own, loopback only, started with
# MORALBASE_ARRIVAL_BURST=100000: every virtual participant arrives from 127.0.0.1, which the arrival throttle would
# otherwise hold to 20 new sessions and one more every 3 s (decision 0034).
#   docs/bench/mm-load.sh setup            compile the generator, create the OPEN Prolific study "benchmm0001"
#   docs/bench/mm-load.sh run [--opt=v…]   200 participants × 13 answers (MmLoad options: --participants,
#                                          --think-ms, --double-clicks=false, --base)
#   docs/bench/mm-load.sh heap [N…]        heap per open session: GC + heap_info, open N sessions, again
# Environment: APP_PID (the app's pid, for CPU and heap), BENCH_DB (moralbase_bench), BENCH_DB_USER,
# BENCH_DB_PASSWORD, JAVA_HOME.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
DB=${BENCH_DB:-moralbase_bench}
JDBC="--jdbc=jdbc:mariadb://127.0.0.1:3306/$DB --db-user=${BENCH_DB_USER:-mbbench} --db-password=${BENCH_DB_PASSWORD:-}"
OUT=target/bench
CP="$OUT/classes:$(cat "$OUT/cp.txt" 2>/dev/null || true)"
gen() { "$JAVA_HOME/bin/java" -cp "$CP" org.moralbase.bench.MmLoad "$@"; }
app_cpu() { awk '{printf "%.2f", ($14+$15)/100}' "/proc/$APP_PID/stat"; }
heap_used() { # live heap after a full GC, in KB
    "$JAVA_HOME/bin/jcmd" "$APP_PID" GC.run > /dev/null
    "$JAVA_HOME/bin/jcmd" "$APP_PID" GC.heap_info | sed -n 's/.* used \([0-9]*\)K.*/\1/p' | head -1
}

case "${1:-}" in
setup)
    mkdir -p "$OUT/classes"
    mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=test
    "$JAVA_HOME/bin/javac" --release 21 -d "$OUT/classes" -cp "$(cat "$OUT/cp.txt")" src/test/java/org/moralbase/bench/*.java
    mariadb -uroot "$DB" -e "INSERT IGNORE INTO study (public_code, kind, title, status, owner_id, random_seed,
        created_at, updated_at, recruitment, completion_code)
        SELECT 'benchmm0001', 'MORAL_MACHINE', 'Load benchmark', 'OPEN', MIN(id), 2026, NOW(6), NOW(6), 'PROLIFIC',
        'BENCH42' FROM user_account"
    ;;
run)
    shift
    echo "load average before: $(cat /proc/loadavg)"
    c0=$(app_cpu)
    gen $JDBC "$@"
    echo "app CPU during the run: $(echo "$(app_cpu) - $c0" | bc) s; load average after: $(cat /proc/loadavg)"
    ;;
heap)
    shift
    h0=$(heap_used); opened=0
    echo "live heap before: $h0 KB (load average $(cat /proc/loadavg))"
    [ $# -gt 0 ] || set -- 200 200
    for n in "$@"; do
        out=$(gen --mode=open --participants="$n" --answers=1 --double-clicks=false --concurrency=20)
        echo "$out" | grep -E "errors|arrival"
        ok=$(echo "$out" | sed -n 's/^arrival.*n=\([0-9]*\) .*/\1/p')
        opened=$((opened + ${ok:-0})); h=$(heap_used)
        echo "sessions opened +$opened: live heap $h KB, $(( (h - h0) / opened )) KB per session (load $(cut -d' ' -f1 /proc/loadavg))"
    done
    ;;
*)
    sed -n '2,9p' "$0"; exit 2 ;;
esac
