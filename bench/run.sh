#!/usr/bin/env bash
# The CertPath benchmark: builds the jar, loads synthetic data at each scale into a database of its own,
# starts the service on it, drives every scenario with wrk on loopback and writes bench/results/.
# See bench/README.md.
#
#   bench/run.sh              # scales 1 and 10
#   bench/run.sh 1            # one scale
#
# Settings (environment):
#   BENCH_POSTGRES      server: a PostgreSQL server (the default when BENCH_PGHOST is set or the machine has one);
#                       embedded: the embedded server of the tests' binaries (the default otherwise), kept in
#                       target/bench-postgres on port BENCH_EMBEDDED_PORT (5499)
#   BENCH_PGHOST, BENCH_PGPORT, BENCH_PGUSER, BENCH_PGPASSWORD   PostgreSQL server (127.0.0.1, 5432, postgres)
#   BENCH_DB_PREFIX     databases are <prefix><scale>x (certpath_bench_)
#   BENCH_RELOAD=1      drop and reload the synthetic databases even when they are current
#   BENCH_PORT          HTTP port of the service under test (8383)
#   BENCH_DURATION, BENCH_WARMUP, BENCH_THREADS, BENCH_CONNECTIONS   wrk settings (12s, 4s, 2, 16)
#   BENCH_JAVA          the java that runs the service (the first JDK 25 or later in /usr/lib/jvm, else java)
#   BENCH_JAVA_OPTS     JVM options of the service (see DEFAULT_JAVA_OPTS)
#   BENCH_SKIP_BUILD=1  use the jar in target/ as it is
#   BENCH_OUT           where results go (bench/results)
set -euo pipefail
cd "$(dirname "$0")/.."

SCALES=("${@:-1 10}")
read -r -a SCALES <<< "${SCALES[*]}"
PGHOST=${BENCH_PGHOST:-127.0.0.1}
PGPORT=${BENCH_PGPORT:-5432}
PGUSER=${BENCH_PGUSER:-postgres}
export PGHOST PGPORT PGUSER PGPASSWORD=${BENCH_PGPASSWORD:-}
DB_PREFIX=${BENCH_DB_PREFIX:-certpath_bench_}
PORT=${BENCH_PORT:-8383}
DURATION=${BENCH_DURATION:-12s}
WARMUP=${BENCH_WARMUP:-4s}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
DEFAULT_JAVA_OPTS="-Xms64m -Xmx128m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:+UseSerialGC"
JAVA_OPTS=${BENCH_JAVA_OPTS:-$DEFAULT_JAVA_OPTS}
SERVICE_JAVA=${BENCH_JAVA:-}
OUT=${BENCH_OUT:-bench/results}
WORK=$(mktemp -d /tmp/certpath-bench.XXXXXX)
# static comes first and last: the ratios divide by the mean of the two, which evens out a drift in
# the machine's load during the run.
# csv_export comes after them: exports the client gave up on at the end of a run still stream for a while
# and would slow whatever came next.
SCENARIOS=(static list_page1 list_page1000 list_304 list_page1_uncached list_page1000_uncached list_count_cold
           salaries salaries_uncached pathways pathways_uncached static_end csv_export csv_export_100k)
# BENCH_SKIP: scenarios left out of this run (space-separated names).
if [[ -n ${BENCH_SKIP:-} ]]; then
    kept=()
    for name in "${SCENARIOS[@]}"; do
        [[ " $BENCH_SKIP " == *" $name "* ]] || kept+=("$name")
    done
    SCENARIOS=("${kept[@]}")
fi
# Measured again on two fresh servers, with the rate limits in memory and in Redis, where a Redis answers on
# BENCH_REDIS_URL (default the machine's, redis://127.0.0.1:6379); BENCH_REDIS_URL=none skips them.
STORE_SCENARIOS=(list_page1 list_304)
REDIS_URL=${BENCH_REDIS_URL:-redis://127.0.0.1:6379}
if [[ $REDIS_URL == none ]] || ! redis-cli -u "$REDIS_URL" ping > /dev/null 2>&1; then
    REDIS_URL=
fi
SERVER_ENV=
REDIS_NOTE=
# Reads the metrics of the Redis run (they need an admin key); a key of this run only.
ADMIN_KEY=bench-$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')
BASE=http://127.0.0.1:$PORT
SERVER_PID=
POSTGRES_PID=

log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }

stop_server() {
    if [[ -n $SERVER_PID ]]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
        SERVER_PID=
    fi
}
stop_embedded_postgres() {
    if [[ -n $POSTGRES_PID ]]; then
        kill "$POSTGRES_PID" 2>/dev/null || true
        wait "$POSTGRES_PID" 2>/dev/null || true
    fi
}
trap 'stop_server; stop_embedded_postgres' EXIT

install_tools() {
    if ! command -v wrk > /dev/null; then
        log "installing wrk"
        apt-get update -qq && apt-get install -y -qq wrk > /dev/null
    fi
    if ! command -v psql > /dev/null; then
        log "installing the PostgreSQL client"
        apt-get update -qq && apt-get install -y -qq postgresql-client > /dev/null
    fi
}

java_major() {
    "$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }'
}

# A JDK 25 or later starts the service from an AOT cache (JEP 483, 514, 515: classes loaded and linked,
# and method profiles, recorded by a training run); an older one from an application class-data archive.
choose_java() {
    if [[ -z $SERVICE_JAVA ]]; then
        SERVICE_JAVA=$(command -v java)
        for candidate in /usr/lib/jvm/*/bin/java; do
            if [[ -x $candidate && $(java_major "$candidate") -ge 25 ]]; then
                SERVICE_JAVA=$candidate
                break
            fi
        done
    fi
    AOT_CACHE=
    START_ARCHIVE="an application class-data archive"
    TRAIN_ARCHIVE=-XX:ArchiveClassesAtExit=$WORK/app.jsa
    USE_ARCHIVE=-XX:SharedArchiveFile=$WORK/app.jsa
    if [[ $(java_major "$SERVICE_JAVA") -ge 25 ]]; then
        AOT_CACHE=1
        START_ARCHIVE="an AOT cache"
        TRAIN_ARCHIVE=-XX:AOTCacheOutput=$WORK/app.aot
        USE_ARCHIVE=-XX:AOTCache=$WORK/app.aot
    fi
    log "service JVM: $SERVICE_JAVA ($("$SERVICE_JAVA" -version 2>&1 | head -1)), started from $START_ARCHIVE"
}

ensure_postgres() {
    local mode=${BENCH_POSTGRES:-}
    if [[ -z $mode ]]; then
        mode=embedded
        if [[ -n ${BENCH_PGHOST:-} ]] || pg_isready -q || command -v pg_ctlcluster > /dev/null; then
            mode=server
        fi
    fi
    if [[ $mode == embedded ]]; then
        start_embedded_postgres
        return
    fi
    if ! pg_isready -q; then
        if [[ $PGHOST == 127.0.0.1 || $PGHOST == localhost ]] && command -v pg_ctlcluster > /dev/null; then
            log "starting the local PostgreSQL cluster"
            pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
        fi
        pg_isready -q || { log "no PostgreSQL at $PGHOST:$PGPORT"; exit 1; }
    fi
}

# The embedded server of the tests' binaries (bench/BenchPostgres.java), for a machine without one.
start_embedded_postgres() {
    PGHOST=127.0.0.1
    PGPORT=${BENCH_EMBEDDED_PORT:-5499}
    PGUSER=postgres
    export PGHOST PGPORT PGUSER
    ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt"
    mkdir -p target
    log "starting the embedded PostgreSQL on port $PGPORT (data in target/bench-postgres)"
    java -cp "$(cat "$WORK/classpath.txt")" bench/BenchPostgres.java target/bench-postgres "$PGPORT" \
        > "$WORK/postgres.log" 2>&1 &
    POSTGRES_PID=$!
    wait_for "$POSTGRES_PID" "$WORK/postgres.log" pg_isready -q
}

# Waits until the command after $1 and $2 succeeds; ends the run if process $1, which logs to $2, dies first.
wait_for() {
    local pid=$1 logfile=$2
    shift 2
    until "$@"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            log "process $pid died; see $logfile"; tail -20 "$logfile" >&2; exit 1
        fi
        sleep 0.05
    done
}

# Starts the service on database $1 and waits for its first successful GET /v1; STARTUP_S is the time that took.
# Further arguments are JVM options for this start only.
# Flyway may apply migrations out of order here: a benchmark database can be older than a merge that
# brought in a lower version, and reloading 10x data for that would take many minutes.
start_server() {
    local db=$1 logfile=$2 start
    shift 2
    start=$(date +%s%N)
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
    QUARKUS_DATASOURCE_USERNAME=$PGUSER QUARKUS_DATASOURCE_PASSWORD=$PGPASSWORD \
    QUARKUS_HTTP_PORT=$PORT CERTPATH_RATE_LIMIT_ANONYMOUS_REQUESTS=1000000000 MALLOC_ARENA_MAX=2 QUARKUS_FLYWAY_OUT_OF_ORDER=true \
        env $SERVER_ENV "$SERVICE_JAVA" $JAVA_OPTS "$@" -jar target/quarkus-app/quarkus-run.jar > "$logfile" 2>&1 &
    SERVER_PID=$!
    wait_for "$SERVER_PID" "$logfile" curl -sf -o /dev/null "$BASE/v1"
    STARTUP_S=$(awk -v start="$start" -v end="$(date +%s%N)" 'BEGIN { printf "%.2f", (end - start) / 1e9 }')
    # CPU seconds the JVM spent until then (all its threads): less at the mercy of a shared machine.
    STARTUP_CPU_S=$(awk -v tick="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / tick }' "/proc/$SERVER_PID/stat")
}

# Creates and loads the synthetic database of scale $1 unless it is already there with this loader.
ensure_database() {
    local scale=$1 db=$DB_PREFIX${1}x marker
    marker="certpath synthetic benchmark data, scale ${scale}x, loader $(sha1sum bench/synthetic.sql | cut -c1-12)"
    if [[ ${BENCH_RELOAD:-} != 1 ]] && [[ $(psql -d postgres -tAc \
            "select shobj_description(oid, 'pg_database') from pg_database where datname = '$db'") == "$marker" ]]; then
        log "$db is loaded already ($marker)"
        return
    fi
    log "creating $db: migrating with the service, then loading scale ${scale}x"
    psql -d postgres -qc "drop database if exists $db" -c "create database $db"
    start_server "$db" "$WORK/migrate-$scale.log"
    stop_server
    local t0=$SECONDS
    psql -d "$db" -q -v scale="$scale" -f bench/synthetic.sql
    psql -d "$db" -qc "vacuum analyze"
    psql -d postgres -qc "comment on database $db is '$marker'"
    log "loaded $db in $((SECONDS - t0)) s: $(psql -d "$db" -tAc \
        "select (select count(*) from program) || ' programs, ' || (select count(*) from salary) || ' salary rows'")"
}

# What the training run of the start-up archive does: a request to each kind of endpoint, so that the
# measured start finds what serving them loads, not only what starting does.
train() {
    local path
    for path in /v1 "/v1/programs?certification=cpc&deliveryMode=online" "/v1/programs.csv?state=NJ&maxCost=100" \
            /v1/programs/1 "/v1/pathways?certification=cpc" "/v1/salaries?soc=99-0001&region=NJ" \
            /v1/certifications /v1/organizations /v1/occupations /v1/outlooks /v1/regions \
            "/v1/compare?certification=cpc&certification=cca" "/v1/programs?state=ZZZ" /q/health/ready /q/openapi; do
        curl -s -o /dev/null "$BASE$path"
    done
    curl -s -o /dev/null -H 'If-None-Match: "x"' "$BASE/v1/programs"
}

# The scenario whose requests scenario $1 repeats: static_end is static again, list_304_redis and list_304_memory
# are list_304 on a fresh server with the rate limits in Redis or in memory.
requests_of() {
    local name=${1%_end}
    name=${name%_redis}
    echo "${name%_memory}"
}

# Runs wrk on scenario $2 at scale $1 for $3 and prints its JSON summary. Each run goes on from the line of
# the scenario's requests where the runs before it (warm-ups included) stopped: a request of an uncached
# scenario is sent once, as a crawler's long tail asks each URL once, never to be served by the response
# cache as a third ask of the same URL would be.
drive() {
    local paths etag="" sent_file result
    paths=$WORK/$1x/$(requests_of "$2").paths
    sent_file=$WORK/$1x/$(requests_of "$2").sent
    [[ $(requests_of "$2") == list_304 ]] && etag=$(cat "$WORK/$1x/etag")
    # Two exports at a time, as two clients would download: sixteen 10,000-row exports at once would hold
    # more connections than the pool has, and measure the pool's wait instead of the export.
    local connections=$CONNECTIONS threads=$THREADS
    [[ $2 == csv_export* ]] && connections=2 threads=2
    result=$(BENCH_PATHS=$paths BENCH_IF_NONE_MATCH=$etag BENCH_THREADS=$threads BENCH_START=$(cat "$sent_file" 2>/dev/null || echo 0) \
        wrk -t"$threads" -c"$connections" -d"$3" --timeout 10s -s bench/wrk.lua "$BASE" | tail -1)
    python3 -c 'import json, sys; print(int(sys.argv[2]) + json.loads(sys.argv[1])["requests"])' \
        "$result" "$(cat "$sent_file" 2>/dev/null || echo 0)" > "$sent_file.next" && mv "$sent_file.next" "$sent_file"
    echo "$result"
}

warm_up() {
    [[ -f $WORK/$1x/$(requests_of "$2").paths ]] && drive "$1" "$2" "$WARMUP" > /dev/null
    return 0
}

# Measures scenario $2 at scale $1 after a warm-up, sampling the resident memory of the service meanwhile.
run_scenario() {
    local scale=$1 name=$2 result rss_file=$WORK/$1x/$2.rss
    [[ -f $WORK/${scale}x/$(requests_of "$name").paths ]] || { log "$name: skipped (not served)"; return; }
    warm_up "$scale" "$name"
    ( while kill -0 "$SERVER_PID" 2>/dev/null; do ps -o rss= -p "$SERVER_PID"; sleep 1; done ) > "$rss_file" &
    local sampler=$!
    result=$(drive "$scale" "$name" "$DURATION")
    kill "$sampler"; wait "$sampler" 2>/dev/null || true
    local rss_kib
    rss_kib=$(sort -n "$rss_file" | tail -1)
    log "${scale}x $name: $result rss=${rss_kib}KiB"
    python3 -c 'import json,sys; r=json.loads(sys.argv[1]); print(",".join(str(x) for x in
        [sys.argv[2], sys.argv[3], r["requests"], r["duration_us"], r["bytes"], r["socket_errors"], r["status_errors"],
         r["p50_us"], r["p90_us"], r["p99_us"], r["mean_us"], r["max_us"], sys.argv[4]]))' \
        "$result" "$scale" "$name" "$rss_kib" >> "$WORK/raw.csv"
}

main() {
    install_tools
    ensure_postgres
    choose_java
    if [[ ${BENCH_SKIP_BUILD:-} != 1 ]]; then
        log "building the jar"
        # The AOT cache holds only classes of the JDK's own class loaders: aot-jar packaging loads the whole
        # application through them, where the default fast-jar has a class loader of its own.
        ./mvnw -B -q package -DskipTests ${AOT_CACHE:+-Dquarkus.package.jar.type=aot-jar}
    fi
    mkdir -p "$OUT"
    echo "scale,scenario,requests,duration_us,bytes,socket_errors,status_errors,p50_us,p90_us,p99_us,mean_us,max_us,rss_kib" \
        > "$WORK/raw.csv"
    echo "scale,scenario,rows" > "$WORK/export_rows.csv"
    local startups=()
    for scale in "${SCALES[@]}"; do
        ensure_database "$scale"
        # Once to apply any migration the database lacks, then the measured start on a migrated database.
        # The first start is also the training run of the start-up archive, written at its exit.
        start_server "$DB_PREFIX${scale}x" "$WORK/migrate-$scale.log" "$TRAIN_ARCHIVE"
        train
        stop_server
        start_server "$DB_PREFIX${scale}x" "$WORK/server-$scale.log" "$USE_ARCHIVE"
        log "${scale}x: first response $STARTUP_S s after the JVM started, $STARTUP_CPU_S s of CPU"
        startups+=("$scale,$STARTUP_S,$STARTUP_CPU_S")
        mkdir -p "$WORK/${scale}x"
        python3 bench/prepare.py "$BASE" "$WORK/${scale}x"
        # The JIT compiles what the first requests run: warm every scenario up before the first is measured.
        for name in "${SCENARIOS[@]}"; do
            [[ $name == csv_export* ]] || warm_up "$scale" "$name"
        done
        for name in "${SCENARIOS[@]}"; do
            run_scenario "$scale" "$name"
        done
        stop_server
        sed "s/^/$scale,/" "$WORK/${scale}x/export_rows" >> "$WORK/export_rows.csv"
        if [[ -n $REDIS_URL ]]; then
            # The same cached reads with the rate limits in memory and then in Redis, each on a fresh server with
            # the same warm-up, so that the ratio compares the stores and not a server warmed for minutes with
            # one that just started.
            for store in memory redis; do
                SERVER_ENV="CERTPATH_RATE_LIMIT_STORE=$store QUARKUS_REDIS_HOSTS=$REDIS_URL CERTPATH_BOOTSTRAP_ADMIN_KEY=$ADMIN_KEY"
                start_server "$DB_PREFIX${scale}x" "$WORK/server-$store-$scale.log" "$USE_ARCHIVE"
                for name in "${STORE_SCENARIOS[@]}"; do
                    warm_up "$scale" "${name}_$store"
                done
                for name in "${STORE_SCENARIOS[@]}"; do
                    run_scenario "$scale" "${name}_$store"
                done
                curl -s -H "Authorization: Bearer $ADMIN_KEY" "$BASE/q/metrics" > "$WORK/$store-metrics"
                stop_server
            done
            # A Redis that answers late (a loaded machine) sends the instance to its local buckets: then the
            # ratio measured is not that of Redis alone, and the report says how often.
            local local_answers
            local_answers=$(awk '/^certpath_rate_limit_store_local_answers_total/ {print $2}' "$WORK/redis-metrics")
            REDIS_NOTE+="; ${scale}x Redis scenarios: ${local_answers:-0} requests answered from local buckets"
            SERVER_ENV=
        fi
    done
    printf '%s\n' "scale,startup_s,startup_cpu_s" "${startups[@]}" > "$WORK/startup.csv"
    python3 bench/report.py "$WORK/raw.csv" "$WORK/startup.csv" "$WORK/export_rows.csv" "$OUT" \
        "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load before the run: $LOAD_BEFORE$REDIS_NOTE" \
        "wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after $WARMUP warm-up); JVM: $("$SERVICE_JAVA" -version 2>&1 | head -1), $JAVA_OPTS, started from $START_ARCHIVE"
    log "results in $OUT (work files in $WORK)"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
main
