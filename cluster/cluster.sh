#!/usr/bin/env bash
# ./moralbase cluster up|status|down|kill-node|start-node — a Moralbase cluster on this machine's loopback (docs/deployment.md, decision 0031):
# 3 MariaDB Galera nodes, the schema migrated once, 2 app nodes and HAProxy in front with sticky sessions.
# Every process it starts has a pid file under the run folder; `down` stops those and nothing else.
# Run by ClusterFaultsIT in ./moralbase test and CI (decision 0046), in its own folder under /var/tmp.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN="${MORALBASE_CLUSTER_DIR:-$ROOT/target/cluster}"
JAR="$ROOT/target/moralbase.jar"
DB_PORTS=(3311 3312 3313)        # SQL
GALERA_PORTS=(4571 4572 4573)    # group communication
IST_PORTS=(4581 4582 4583)       # incremental state transfer
SST_PORTS=(4591 4592 4593)       # full state transfer (rsync); the default 4444 would clash between nodes
APP_PORTS=(8081 8082)
BALANCER_PORT="${MORALBASE_CLUSTER_PORT:-8080}"
STATS_PORT=8404                  # HAProxy's own page: which app node is up
GALERA_LIB=/usr/lib/galera/libgalera_smm.so

say() { printf '%s\n' "$*" >&2; }
die() { say "moralbase cluster: $1"; [ $# -gt 1 ] && say "  $2"; exit "${3:-1}"; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

install_missing() {
    local missing=() pkg
    for pkg in mariadb-server galera-4 rsync haproxy; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    [ "$(id -u)" = 0 ] || die "missing Debian packages: ${missing[*]}." "Install them (apt-get install ${missing[*]}) or run as root." 2
    say "Installing ${missing[*]}…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    # the Debian package starts its own MariaDB on 3306 only if none is configured; ours never use it
}

node_config() { # writes the option file of Galera node $1 (1-3)
    local i=$1 dir="$RUN/db$1" n=$(($1 - 1))
    cat >"$dir/my.cnf" <<CNF
[mysqld]
datadir=$dir/data
socket=$dir/mysqld.sock
pid-file=$dir/mysqld.pid
log-error=$dir/error.log
port=${DB_PORTS[$n]}
bind-address=127.0.0.1
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
innodb_buffer_pool_size=128M
# Galera: row events, InnoDB, interleaved auto-increment (gaps between nodes are normal)
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=$GALERA_LIB
wsrep_cluster_name=moralbase
wsrep_cluster_address=gcomm://127.0.0.1:${GALERA_PORTS[0]},127.0.0.1:${GALERA_PORTS[1]},127.0.0.1:${GALERA_PORTS[2]}
wsrep_node_name=db$i
wsrep_node_address=127.0.0.1:${GALERA_PORTS[$n]}
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:${GALERA_PORTS[$n]};ist.recv_addr=127.0.0.1:${IST_PORTS[$n]};gcache.size=64M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:${SST_PORTS[$n]}
CNF
}

sql() { mariadb --socket="$RUN/db$1/mysqld.sock" -uroot -N -B -e "$2"; }

wait_synced() { # node, seconds
    local i=$1 deadline=$((SECONDS + $2)) state=""
    while [ $SECONDS -lt $deadline ]; do
        alive "$RUN/db$i/pid" || die "Galera node db$i stopped while starting." "See $RUN/db$i/error.log"
        state="$(sql "$i" "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2 || true)"
        [ "$state" = Synced ] && return 0
        sleep 1
    done
    die "Galera node db$i is not synced after $2 s (state: ${state:-no answer})." "See $RUN/db$i/error.log"
}

start_db() { # node, extra mariadbd arguments
    local i=$1; shift
    local dir="$RUN/db$i"
    mkdir -p "$dir/data"; node_config "$i"; chown -R mysql:mysql "$dir"
    # mariadbd must run as mysql, and the rsync state transfer writes into the data folder as that user
    nohup mariadbd --defaults-file="$dir/my.cnf" --user=mysql "$@" >>"$dir/stdout.log" 2>&1 &
    echo $! >"$dir/pid"
}

bootstrap_node() { # the node whose data is safe to start a new cluster from; 1 on a first start
    local i
    for i in 1 2 3; do
        grep -qs '^safe_to_bootstrap: 1' "$RUN/db$i/data/grastate.dat" && { echo "$i"; return; }
    done
    if [ -f "$RUN/db1/data/grastate.dat" ]; then # all stopped at once (kill, crash): start from db1's copy
        say "No node was stopped last; starting the cluster from db1's data."
        sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$RUN/db1/data/grastate.dat"
    fi
    echo 1
}

start_databases() {
    local first i fresh=false
    [ -d "$RUN/db1/data/mysql" ] || fresh=true
    if $fresh; then
        mkdir -p "$RUN/db1/data"; chown -R mysql:mysql "$RUN/db1"
        mariadb-install-db --user=mysql --datadir="$RUN/db1/data" --skip-test-db >"$RUN/db1/install.log" 2>&1 \
            || die "mariadb-install-db failed." "See $RUN/db1/install.log"
    fi
    first="$(bootstrap_node)"
    say "Galera: db$first starts a new cluster on ${DB_PORTS[$((first - 1))]}…"
    start_db "$first" --wsrep-new-cluster
    wait_synced "$first" 60
    for i in 1 2 3; do
        [ "$i" = "$first" ] && continue
        say "Galera: db$i joins on ${DB_PORTS[$((i - 1))]} (state transfer by rsync)…"
        start_db "$i"
        wait_synced "$i" 120
    done
    say "Galera: $(sql "$first" "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2) nodes synced."
    if $fresh; then
        local password; password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
        umask 077; printf '%s\n' "$password" >"$RUN/db-password"; umask 022
        sql "$first" "CREATE DATABASE moralbase CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
            CREATE USER 'moralbase'@'127.0.0.1' IDENTIFIED BY '$password';
            CREATE USER 'moralbase'@'localhost' IDENTIFIED BY '$password';
            GRANT ALL ON moralbase.* TO 'moralbase'@'127.0.0.1';
            GRANT ALL ON moralbase.* TO 'moralbase'@'localhost';"
    fi
}

db_url() { # app node $1 prefers Galera node $1 and fails over to the others (the driver's sequential mode)
    local n=$(($1 - 1)) hosts="" k
    for k in 0 1 2; do hosts+="127.0.0.1:${DB_PORTS[$(((n + k) % 3))]},"; done
    echo "jdbc:mariadb:sequential://${hosts%,}/moralbase"
}

migrate_once() {
    say "Migrating the schema once (./moralbase migrate)…"
    MORALBASE_DB_URL="$(db_url 1)" MORALBASE_DB_USER=moralbase MORALBASE_DB_PASSWORD="$(cat "$RUN/db-password")" \
        "$JAVA_HOME/bin/java" -jar "$JAR" --moralbase.migrate-only >"$RUN/migrate.log" 2>&1 \
        || die "the migration failed." "See $RUN/migrate.log"
    say "  $(tail -n 1 "$RUN/migrate.log")"
}

wait_http() { # url, seconds, pid file
    local deadline=$((SECONDS + $2))
    while [ $SECONDS -lt $deadline ]; do
        alive "$3" || return 1
        curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
        sleep 1
    done
    return 1
}

start_app() {
    local i=$1 dir="$RUN/app$1" port=${APP_PORTS[$(($1 - 1))]}
    mkdir -p "$dir"
    say "App node app$i on $port…"
    # never migrates: the schema was migrated once above (Flyway's lock is node-local on Galera)
    MORALBASE_PORT=$port MORALBASE_DB_URL="$(db_url "$i")" MORALBASE_DB_USER=moralbase \
        MORALBASE_DB_PASSWORD="$(cat "$RUN/db-password")" MORALBASE_MIGRATE_ON_START=false \
        MORALBASE_DATA_DIR="$dir" nohup "$JAVA_HOME/bin/java" ${MORALBASE_CLUSTER_JAVA_OPTS:--Xmx512m} \
        -jar "$JAR" --moralbase.node-id="app$i" >>"$dir/app.log" 2>&1 &
    echo $! >"$dir/pid"
    wait_http "http://127.0.0.1:$port/actuator/health/readiness" 180 "$dir/pid" \
        || die "app node app$i did not become ready." "See $dir/app.log"
}

balancer_config() {
    cat >"$RUN/haproxy.cfg" <<CFG
global
    maxconn 4096
defaults
    mode http
    option httplog
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    # Vaadin's push and long requests
    timeout tunnel 1h
    retries 2
    # a request to a dead node goes to a live one (the participant page then resumes from the server state)
    option redispatch
frontend web
    bind 127.0.0.1:$BALANCER_PORT
    default_backend app
backend app
    balance roundrobin
    # sticky sessions: a Vaadin UI lives in one node's memory
    cookie MB_NODE insert indirect nocache httponly
    option httpchk GET /actuator/health/liveness
    http-check expect status 200
    # a dead node refuses the check at once (down in ~2 s); a live node slow under load gets 5 s to answer, where the
    # default (inter, 1 s) marked both nodes down at 600 participants and sent 503s (docs/benchmarks.md "Faults")
    timeout check 5s
    default-server inter 1s fall 2 rise 2
    server app1 127.0.0.1:${APP_PORTS[0]} check cookie app1
    server app2 127.0.0.1:${APP_PORTS[1]} check cookie app2
frontend stats
    bind 127.0.0.1:$STATS_PORT
    stats enable
    stats uri /
CFG
}

cmd_up() {
    [ -f "$RUN/haproxy.pid" ] && alive "$RUN/haproxy.pid" && die "a cluster is already running." "./moralbase cluster status"
    local p
    for p in "${DB_PORTS[@]}" "${GALERA_PORTS[@]}" "${APP_PORTS[@]}" "$BALANCER_PORT" "$STATS_PORT"; do
        port_in_use "$p" && die "port $p is already in use." "Stop whatever uses it (./moralbase cluster down if it is an old cluster)." 3
    done
    [ "$(id -u)" = 0 ] || die "cluster up runs as root (mariadbd is started with --user=mysql)." "" 2
    install_missing
    mkdir -p "$RUN"
    # the rsync state transfer and mariadbd run as mysql: every folder above the run folder must let it through
    runuser -u mysql -- test -x "$RUN" 2>/dev/null || die "the mysql user cannot reach $RUN." \
        "Choose a folder it can reach: MORALBASE_CLUSTER_DIR=/var/tmp/moralbase-cluster ./moralbase cluster up" 2
    start_databases
    migrate_once
    start_app 1 # first alone: it creates the first admin, so two nodes cannot race to
    start_app 2
    balancer_config
    haproxy -c -q -f "$RUN/haproxy.cfg" || die "HAProxy refused its configuration." "$RUN/haproxy.cfg"
    haproxy -D -f "$RUN/haproxy.cfg" -p "$RUN/haproxy.pid" 2>"$RUN/haproxy.log"
    wait_http "http://127.0.0.1:$BALANCER_PORT/actuator/health/liveness" 20 "$RUN/haproxy.pid" \
        || die "HAProxy does not answer on $BALANCER_PORT." "See $RUN/haproxy.log"
    cmd_status
    say "The first admin's password: $RUN/app1/initial-admin-password"
}

cmd_status() {
    local i state
    for i in 1 2 3; do line db "${DB_PORTS[$((i - 1))]}" "$RUN/db$i/pid"; done
    for i in 1 2; do line app "${APP_PORTS[$((i - 1))]}" "$RUN/app$i/pid"; done
    line balancer "$BALANCER_PORT" "$RUN/haproxy.pid"
    echo "url http://127.0.0.1:$BALANCER_PORT/"
}

line() { # role port pidfile: "role PORT PID", the PID "-" when not running
    if alive "$3"; then echo "$1 $2 $(cat "$3")"; else echo "$1 $2 -"; fi
}

stop_pid() { # pid file, seconds to wait before KILL
    alive "$1" || { rm -f "$1"; return 0; }
    local pid; pid="$(cat "$1")"
    kill "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + $2))
    while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
    rm -f "$1"
}

cmd_down() {
    [ -d "$RUN" ] || { say "No cluster here ($RUN)."; return 0; }
    stop_pid "$RUN/haproxy.pid" 10
    stop_pid "$RUN/app2/pid" 40; stop_pid "$RUN/app1/pid" 40
    # one Galera node after another; the last one stopped may start the next cluster (safe_to_bootstrap)
    stop_pid "$RUN/db3/pid" 120; stop_pid "$RUN/db2/pid" 120; stop_pid "$RUN/db1/pid" 120
    say "Cluster stopped; its data stays in $RUN (delete the folder to start afresh)."
}

node_pid_file() { # app1|app2|db1|db2|db3 → its pid file
    case "${1:-}" in
        app1 | app2 | db1 | db2 | db3) echo "$RUN/$1/pid" ;;
        *) die "name a node: app1, app2, db1, db2 or db3 (got '${1:-}')." "" 2 ;;
    esac
}

cmd_kill_node() { # kill -9, as a crash would: for the fault benchmark (docs/bench/cluster-faults.sh)
    local file; file="$(node_pid_file "${1:-}")"
    alive "$file" || die "$1 is not running."
    local pid; pid="$(cat "$file")"
    kill -9 "$pid"
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null && sleep 0.1 || break; done # gone (or a zombie) within 10 s
    say "$1 (pid $pid) killed."
}

cmd_start_node() { # starts one stopped node of a running cluster again: a Galera node rejoins, an app node waits ready
    local file name="${1:-}" i; file="$(node_pid_file "$name")"
    alive "$file" && die "$name is already running."
    i="${name: -1}"
    if [ "${name:0:2}" = db ]; then
        local dir="$RUN/$name" position
        # after a crash its data says nothing of where it stopped: recover the position, so it catches up by IST
        mariadbd --defaults-file="$dir/my.cnf" --user=mysql --wsrep-recover --log-error="$dir/recover.log" \
            >/dev/null 2>&1 || true
        position="$(sed -n 's/.*WSREP: Recovered position: *//p' "$dir/recover.log" | tail -n 1)"
        say "Galera: $name rejoins${position:+ from $position}…"
        start_db "$i" ${position:+--wsrep-start-position="$position"}
        wait_synced "$i" 180
        say "Galera: $name synced."
    else
        start_app "$i"
        say "App node $name ready."
    fi
}

case "${1:-}" in
    up) cmd_up ;;
    status) cmd_status ;;
    down) cmd_down ;;
    kill-node) cmd_kill_node "${2:-}" ;;
    start-node) cmd_start_node "${2:-}" ;;
    *) die "usage: ./moralbase cluster up|status|down|kill-node NODE|start-node NODE (NODE: app1 app2 db1 db2 db3)" "" 2 ;;
esac
