#!/usr/bin/env bash
# PrepDeck load benchmark. Seeds a new PostgreSQL database with 10,000 users, 2,000 cards and 1,000,000 review-log
# rows, starts the PostgreSQL build of the app, logs real users in, drives the study flow over HTTP with wrk and
# compares it with two ceilings measured in the same run: /q/health/live (the HTTP stack alone) and pgbench
# running the grade's own SQL (the database alone). Writes the figures to bench/RESULTS.md.
#
#   bench/setup.sh        # once, as root: wrk and pgbench from Debian packages
#   bench/run.sh          # builds target/pg-app if it is missing; --build rebuilds it first
#
# Needs PostgreSQL on 127.0.0.1:5432 with trust auth for user postgres (PGHOST, PGPORT, PGUSER to change).
# Stops by itself (every step is bounded, the whole run is cut at 15 minutes) and removes its database,
# processes and temporary files however it ends.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${BENCH_DB:-prepdeck_bench}
PORT=${BENCH_PORT:-18480}
APP=${BENCH_APP:-$ROOT/target/pg-app}
USERS=${BENCH_USERS:-10000}
TOPICS=40 CARDS_PER_TOPIC=50
CARDS=$((TOPICS * CARDS_PER_TOPIC))
SLOTS=25 PER_SLOT=4                      # 25 studied cards per user, 4 reviews each: 100 reviews per user
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
DURATION=${BENCH_DURATION:-20}           # seconds per measurement
WARMUP=${BENCH_WARMUP:-10}               # seconds of warm-up per endpoint
SESSIONS=${BENCH_SESSIONS:-200}          # users that log in and share the load
# The app's live heap under this load is about 40 MiB; 192 MiB leaves room for bursts. Serial GC is what the JVM
# picks by itself in the Kubernetes manifest's one-CPU pod. Fewer malloc arenas keep native memory small.
JVM_OPTS=${BENCH_JVM_OPTS:--Xmx192m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
RESULTS=${BENCH_RESULTS:-$ROOT/bench/RESULTS.md}
ADMIN_PASSWORD=bench-operator-passphrase
SESSION_KEY=bench-session-key-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
METRICS_TOKEN=bench-metrics-token-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
COMMAND="bench/run.sh${*:+ $*}"

WORK=$(mktemp -d /tmp/prepdeck-bench.XXXXXX)
APP_PID=
SAMPLER_PID=
started_at=$(date +%s)

log() { printf '[bench %3ss] %s\n' "$(( $(date +%s) - started_at ))" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
    [ -n "${PGCPU_PID:-}" ] && kill "$PGCPU_PID" 2>/dev/null || true
    stop_app
    [ -n "${WATCHDOG_PID:-}" ] && kill "$WATCHDOG_PID" 2>/dev/null || true
    if [ "${BENCH_KEEP_DB:-0}" = 1 ]; then
        log "keeping database $DB (BENCH_KEEP_DB=1); drop it with: dropdb -h $PGHOST -U $PGUSER $DB"
    else
        psql -qX -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
    fi
    if [ $status -ne 0 ] && [ -f "$WORK/app.log" ]; then
        log "last lines of the app's log:"
        tail -n 40 "$WORK/app.log" >&2 || true
    fi
    rm -rf "$WORK"
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The whole run is bounded even if a step hangs.
( sleep 900; log "time limit of 15 minutes reached"; kill -TERM $$ 2>/dev/null ) &
WATCHDOG_PID=$!

stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
        kill -KILL "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}

now_ms() { date +%s%3N; }

# Starts the app in the background; sets APP_PID and START_MS.
start_app() {
    START_MS=$(now_ms)
    (
        cd "$WORK"
        # only what the benchmark sets: no developer PREPDECK_* or QUARKUS_* variables
        exec env $(env | grep -oE '^(PREPDECK|QUARKUS)_[A-Z0-9_]*' | sed 's/^/-u /') \
            PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 \
            PREPDECK_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" PREPDECK_DB_USER="$PGUSER" \
            PREPDECK_DB_POOL="$CONNECTIONS" \
            PREPDECK_SESSION_KEY="$SESSION_KEY" PREPDECK_CONTENT_PATH="$WORK/content" \
            PREPDECK_METRICS_TOKEN="$METRICS_TOKEN" \
            PREPDECK_ADMIN_USERNAME=admin PREPDECK_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
            java $JVM_OPTS -jar "$APP/quarkus-run.jar"
    ) >>"$WORK/app.log" 2>&1 &
    APP_PID=$!
}

# Waits (at most $2 seconds) until $1 answers 200; prints the milliseconds since START_MS.
wait_for() {
    local url=$1 limit=$2 deadline=$(( $(date +%s) + $2 ))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        kill -0 "$APP_PID" 2>/dev/null || fail "the app exited while starting"
        if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)" = 200 ]; then
            echo $(( $(now_ms) - START_MS ))
            return 0
        fi
        sleep 0.02
    done
    fail "$url did not answer 200 within ${limit}s"
}

# Peak resident memory of the app while a phase runs, from /proc/<pid>/status (VmRSS, kB).
start_sampler() {
    local file=$1
    echo 0 >"$file"
    (
        peak=0
        while kill -0 "$APP_PID" 2>/dev/null; do
            rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$APP_PID/status" 2>/dev/null || echo 0)
            if [ "${rss:-0}" -gt "$peak" ]; then peak=$rss; echo "$peak" >"$file"; fi
            sleep 0.25
        done
    ) &
    SAMPLER_PID=$!
}
stop_sampler() { kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=; }
rss_now() { awk '/^VmRSS:/ {print $2}' "/proc/$APP_PID/status"; }

# CPU time so far, in clock ticks, of the app and of the PostgreSQL backends serving the benchmark database.
TICK=$(getconf CLK_TCK)
pg_ticks() {
    local total=0 pid t
    for pid in $(psql -qXAt -d postgres -c "SELECT pid FROM pg_stat_activity WHERE datname = '$DB'"); do
        t=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)
        total=$((total + t))
    done
    echo $total
}
app_ticks() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }

# Runs wrk and prints its RESULT line (key=value pairs); the full output goes to $WORK/wrk-<name>.txt.
run_wrk() {
    local name=$1 seconds=$2; shift 2
    local threads=$THREADS connections=${WRK_CONNECTIONS:-$CONNECTIONS}
    [ "$connections" -lt "$threads" ] && threads=$connections
    timeout $((seconds + 30)) wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s "$@" \
        >"$WORK/wrk-$name.txt" 2>&1 || fail "wrk $name: $(tail -n 5 "$WORK/wrk-$name.txt")"
    grep '^RESULT ' "$WORK/wrk-$name.txt" | tail -n 1 | cut -d' ' -f2-
}
# Like run_wrk, adding app_ticks= and pg_ticks=: CPU the app and its database backends spent meanwhile.
measure() {
    local name=$1 a0 p0 result
    a0=$(app_ticks); p0=$(pg_ticks)
    result=$(run_wrk "$@")
    echo "$result app_ticks=$(( $(app_ticks) - a0 )) pg_ticks=$(( $(pg_ticks) - p0 ))"
}
# CPU milliseconds per request of one side (app or pg) of a measurement.
cpu_ms() { awk -v t="$(field "$1" "$2_ticks")" -v n="$(field "$1" requests)" -v hz="$TICK" 'BEGIN { printf "%.2f", 1000 * t / hz / n }'; }
field() { tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p"; }
rps() { awk -v r="$(field "$1" requests)" -v d="$(field "$1" duration_us)" 'BEGIN { printf "%.0f", r / (d / 1e6) }'; }
ms() { awk -v us="$(field "$1" "$2")" 'BEGIN { printf "%.1f", us / 1000 }'; }

# --- 0. tools and the build
for tool in wrk pgbench psql curl java; do
    command -v $tool >/dev/null || fail "$tool is missing: run bench/setup.sh (as root)"
done
pg_isready -q -h "$PGHOST" -p "$PGPORT" || fail "PostgreSQL does not answer on $PGHOST:$PGPORT"
if [ "${1:-}" = "--build" ] || [ ! -f "$APP/quarkus-run.jar" ]; then
    log "building the PostgreSQL flavour into target/pg-app"
    ./mvnw -B -q -ntp package -DskipTests -Ppostgresql -Dquarkus.package.output-directory=pg-app \
        || fail "the build failed"
    APP=$ROOT/target/pg-app
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# --- 1. a new database and a content folder of synthetic topics
log "database $DB, $TOPICS topics x $CARDS_PER_TOPIC cards"
psql -qX -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB" >/dev/null
mkdir -p "$WORK/content"
for t in $(seq 0 $((TOPICS - 1))); do
    {
        printf -- '---\nid: bench-%02d\ntitle:\n  ko: "벤치마크 주제 %d"\n  en: "Benchmark topic %d"\n' "$t" "$t" "$t"
        printf 'category: bench\norder: %d\n---\n# Benchmark topic %d\n\nA generated topic for the load benchmark.\n\n## Cards\n\n' "$t" "$t"
        for c in $(seq 0 $((CARDS_PER_TOPIC - 1))); do
            id=$(printf 'bc%04d' $((t * CARDS_PER_TOPIC + c)))
            printf '### basic %s\nQ: 질문 %s: 이 카드는 무엇을 묻는가?\n\nA: 답 %s: **굵은 글씨**와 `코드`가 있는 답.\n\n' "$id" "$id" "$id"
            printf 'Q.en: Question %s: what does this card ask?\n\nA.en: Answer %s with **bold** and `code`.\n\n' "$id" "$id"
        done
    } >"$WORK/content/bench-$(printf %02d "$t").md"
done

# --- 2. first start: migrations, the content import, the first admin
log "first start (migrations and import of $CARDS cards)"
start_app
first_start_ms=$(wait_for "http://127.0.0.1:$PORT/" 180)
imported=$(grep -o 'Content imported from [^:]*: [0-9]* topics, [0-9]* cards added' "$WORK/app.log" | tail -n 1 || true)
[[ "$imported" == *"$TOPICS topics, $CARDS cards added"* ]] || fail "the content import did not add $CARDS cards: $imported"
stop_app

# --- 3. users, card states and the review log, in SQL
log "seeding $USERS users, $((USERS * SLOTS)) card states, $((USERS * SLOTS * PER_SLOT)) reviews"
seed_started=$(date +%s)
psql -qX -d "$DB" -v users="$USERS" -v cards="$CARDS" -v slots="$SLOTS" -v per_slot="$PER_SLOT" \
    -f bench/seed.sql >"$WORK/seed.log" 2>&1 || fail "seeding: $(tail -n 5 "$WORK/seed.log")"
seed_seconds=$(( $(date +%s) - seed_started ))
counts=$(psql -qXAt -d "$DB" -F' ' -c "SELECT (SELECT count(*) FROM app_user), (SELECT count(*) FROM card WHERE NOT retired),
    (SELECT count(*) FROM card_state), (SELECT count(*) FROM review_log)")
read -r n_users n_cards n_states n_reviews <<<"$counts"
db_size=$(psql -qXAt -d "$DB" -c "SELECT pg_size_pretty(pg_database_size('$DB'))")
log "seeded in ${seed_seconds}s: $n_users users, $n_cards cards, $n_states states, $n_reviews reviews ($db_size)"

# --- 4. start-up on the seeded database, to the first served page
log "start-up to the first served page"
: >"$WORK/app.log"
start_app
startup_ms=$(wait_for "http://127.0.0.1:$PORT/" 120)
quarkus_started=$(grep -o 'started in [0-9.]*s' "$WORK/app.log" | tail -n 1 | grep -o '[0-9.]*' || echo "?")
rss_idle=$(rss_now)

# --- 5. real logins: session cookies of $SESSIONS users
log "logging in $SESSIONS users through the login form"
login() {
    local user=$1 jar token
    jar=$(mktemp "$WORK/jar.XXXXXX")
    token=$(curl -s --max-time 20 -c "$jar" "http://127.0.0.1:$PORT/login" \
        | sed -n 's/.*name="csrf-token" value="\([^"]*\)".*/\1/p' | head -n 1)
    curl -s --max-time 20 -b "$jar" -c "$jar" -o /dev/null --data-urlencode "csrf-token=$token" \
        --data-urlencode "username=$user" --data-urlencode "password=$ADMIN_PASSWORD" "http://127.0.0.1:$PORT/login"
    awk -v u="$user" '$6 == "prepdeck-session" { print u, $7 }' "$jar"
    rm -f "$jar"
}
export -f login
export WORK PORT ADMIN_PASSWORD
logins_started=$(now_ms)
seq 1 "$SESSIONS" | awk '{ printf "bench%05d\n", $1 }' \
    | xargs -P 4 -I{} bash -c 'login {}' >"$WORK/logins.txt"
logins_ms=$(( $(now_ms) - logins_started ))
[ "$(wc -l <"$WORK/logins.txt")" -eq "$SESSIONS" ] || fail "only $(wc -l <"$WORK/logins.txt") of $SESSIONS logins succeeded"
cut -d' ' -f2 "$WORK/logins.txt" >"$WORK/sessions.txt"
# every logged-in user grades the cards they have studied
psql -qXAt -d "$DB" -F' ' -c "SELECT u.username, s.card_id FROM card_state s JOIN app_user u ON u.id = s.user_id
    WHERE u.username <= 'bench$(printf %05d "$SESSIONS")' AND u.username LIKE 'bench%' ORDER BY s.card_id, u.username" \
    | awk 'NR == FNR { cookie[$1] = $2; next } ($1 in cookie) { print cookie[$1], $2 }' "$WORK/logins.txt" - \
    >"$WORK/pairs.txt"
sample_user=bench00001
sample_cookie=$(awk -v u=$sample_user '$1 == u { print $2 }' "$WORK/logins.txt")
due_check=$(curl -s --max-time 10 -H "Cookie: prepdeck-session=$sample_cookie" "http://127.0.0.1:$PORT/api/study/due?limit=1")
[[ "$due_check" == *'"cards":[{'* ]] || fail "the due API shows no card to $sample_user: ${due_check:0:300}"

# --- 6. warm-up, then the measurements, all at $CONNECTIONS connections
W="bench/wrk"
log "warm-up (${WARMUP}s per endpoint)"
run_wrk warm-health "$WARMUP" -s $W/get.lua "http://127.0.0.1:$PORT" -- /q/health/live - >/dev/null
run_wrk warm-due "$WARMUP" -s $W/get.lua "http://127.0.0.1:$PORT" -- "/api/study/due?limit=1" "$WORK/sessions.txt" >/dev/null
run_wrk warm-grade "$WARMUP" -s $W/grade.lua "http://127.0.0.1:$PORT" -- "$WORK/pairs.txt" >/dev/null

start_sampler "$WORK/rss-load"
log "measuring /q/health/live (${DURATION}s)"
health=$(measure health "$DURATION" -s $W/get.lua "http://127.0.0.1:$PORT" -- /q/health/live -)
log "measuring GET /api/study/due?limit=1 (${DURATION}s)"
due=$(measure due "$DURATION" -s $W/get.lua "http://127.0.0.1:$PORT" -- "/api/study/due?limit=1" "$WORK/sessions.txt")
log "measuring GET /study (${DURATION}s)"
page=$(measure page "$DURATION" -s $W/get.lua "http://127.0.0.1:$PORT" -- /study "$WORK/sessions.txt")
log "measuring POST /api/study/cards/{id}/grade (${DURATION}s)"
grade=$(measure grade "$DURATION" -s $W/grade.lua "http://127.0.0.1:$PORT" -- "$WORK/pairs.txt")
stop_sampler
rss_load=$(cat "$WORK/rss-load")
log "one learner alone: due and grade at 1 connection (5s each)"
due_one=$(WRK_CONNECTIONS=1 run_wrk due-one 5 -s $W/get.lua "http://127.0.0.1:$PORT" -- "/api/study/due?limit=1" "$WORK/sessions.txt")
grade_one=$(WRK_CONNECTIONS=1 run_wrk grade-one 5 -s $W/grade.lua "http://127.0.0.1:$PORT" -- "$WORK/pairs.txt")
for result in "$health" "$due" "$page" "$grade"; do
    [ "$(field "$result" non2xx)" = 0 ] || log "WARNING: non-2xx answers: $result"
done

# --- 7. the database alone: pgbench with the grade's statements
log "pgbench with the grade's SQL (${DURATION}s)"
mkdir -p "$WORK/pgbench"
# pgbench's backends live as long as the run: the last sample of their CPU time is (nearly) all of it
( while true; do pg_ticks >"$WORK/pgbench-ticks.tmp" && mv "$WORK/pgbench-ticks.tmp" "$WORK/pgbench-ticks"; sleep 0.5; done ) &
PGCPU_PID=$!
(cd "$WORK/pgbench" && timeout $((DURATION + 60)) pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" \
    -T "$DURATION" -l -f "$ROOT/bench/grade.sql" "$DB") >"$WORK/pgbench.txt" 2>&1 \
    || fail "pgbench: $(tail -n 5 "$WORK/pgbench.txt")"
kill "$PGCPU_PID" 2>/dev/null || true; wait "$PGCPU_PID" 2>/dev/null || true
pg_transactions=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$WORK/pgbench.txt")
pg_cpu_ms=$(awk -v t="$(cat "$WORK/pgbench-ticks" 2>/dev/null || echo 0)" -v n="$pg_transactions" -v hz="$TICK" \
    'BEGIN { printf "%.2f", 1000 * t / hz / n }')
pg_tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/pgbench.txt" | head -n 1)
pg_failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$WORK/pgbench.txt")
read -r pg_p50 pg_p99 < <(cat "$WORK"/pgbench/pgbench_log.* | awk '{ print $3 }' | sort -n \
    | awk '{ v[NR] = $1 } END { printf "%.1f %.1f\n", v[int(NR * 0.5)] / 1000, v[int(NR * 0.99)] / 1000 }')

# --- 8. query plans of the study flow
log "query plans"
sample_uid=$(psql -qXAt -d "$DB" -c "SELECT id FROM app_user WHERE username = '$sample_user'")
sample_card=$(psql -qXAt -d "$DB" -c "SELECT card_id FROM card_state WHERE user_id = $sample_uid ORDER BY card_id LIMIT 1")
psql -qX -d "$DB" -v uid="$sample_uid" -v card="$sample_card" -f bench/explain.sql >"$WORK/plans.txt" 2>&1 \
    || fail "explain: $(tail -n 5 "$WORK/plans.txt")"
seq_scans=$(sed '/^=== not on the study flow/q' "$WORK/plans.txt" | grep -E 'Seq Scan on (card_state|review_log|app_user)' || true)

# --- 9. the admin export of everything, streamed
log "export of all progress"
admin_cookie=$(login admin | cut -d' ' -f2)
start_sampler "$WORK/rss-export"
export_stats=$(curl -s --max-time 300 -o /dev/null -w '%{http_code} %{size_download} %{time_total}' \
    -H "Cookie: prepdeck-session=$admin_cookie" "http://127.0.0.1:$PORT/api/admin/progress/export")
stop_sampler
rss_export=$(cat "$WORK/rss-export")
read -r export_status export_bytes export_seconds <<<"$export_stats"
metrics=$(curl -s --max-time 10 -H "Authorization: Bearer $METRICS_TOKEN" "http://127.0.0.1:$PORT/q/metrics" \
    | grep -E '^prepdeck_' || true)
stop_app
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
total_seconds=$(( $(date +%s) - started_at ))

# --- 10. RESULTS.md
health_rps=$(rps "$health"); due_rps=$(rps "$due"); page_rps=$(rps "$page"); grade_rps=$(rps "$grade")
rss_load_mb=$(( rss_load / 1024 )); rss_idle_mb=$(( rss_idle / 1024 )); rss_export_mb=$(( rss_export / 1024 ))
verdict() { # value op target unit
    awk -v v="$1" -v t="$3" -v op="$2" -v unit="$4" 'BEGIN {
        ok = (op == ">=") ? (v >= t) : (v < t)
        if (ok) { printf "met" } else if (op == ">=") { printf "**missed** by %.0f %s (%.0f%% of target)", t - v, unit, 100 * v / t }
        else { printf "**missed** by %.0f %s (%.0f%% over)", v - t, unit, 100 * (v - t) / t } }'
}
due_share=$(awk -v a="$due_rps" -v b="$health_rps" 'BEGIN { printf "%.0f", 100 * a / b }')
grade_share=$(awk -v a="$grade_rps" -v b="$pg_tps" 'BEGIN { printf "%.0f", 100 * a / b }')
cpu=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)
{
    echo "# Benchmark results"
    echo
    echo "Written by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'); the whole run took ${total_seconds} s."
    echo "Command: \`$COMMAND\` (after \`bench/setup.sh\`)."
    echo
    echo "## Machine"
    echo
    echo "- $(nproc) cores ($cpu), $(free -g | awk '/^Mem:/ {print $2}') GiB memory, $(uname -sr)"
    echo "- $(java -version 2>&1 | head -n 1); app JVM options \`$JVM_OPTS\`, \`MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX\`"
    echo "- $(psql -qXAt -d postgres -c 'SELECT version()' | cut -d, -f1), shared_buffers $(psql -qXAt -d postgres -c 'SHOW shared_buffers'), on the same machine"
    echo "- wrk $(wrk -v 2>&1 | head -n 1 | awk '{print $2}'), -t$THREADS -c$CONNECTIONS, ${DURATION} s per measurement after ${WARMUP} s of warm-up"
    echo "- load average before / after: $load_before / $load_after (the machine is shared with other builds)"
    echo
    echo "## Data"
    echo
    echo "$n_users users, $n_cards cards in $TOPICS topics, $n_states card states, $n_reviews review-log rows"
    echo "(database $db_size), seeded in SQL in ${seed_seconds} s. Load from $SESSIONS users logged in through the"
    echo "login form (${logins_ms} ms for all logins, bcrypt included), each request with another user's session."
    echo
    echo "## Figures"
    echo
    echo "| what | requests/s | p50 ms | p99 ms | errors | app CPU ms/request | PostgreSQL CPU ms/request |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
    row() { echo "| $1 | $(rps "$2") | $(ms "$2" p50_us) | $(ms "$2" p99_us) | $(field "$2" non2xx) | $(cpu_ms "$2" app) | $(cpu_ms "$2" pg) |"; }
    row "\`GET /q/health/live\` (HTTP ceiling)" "$health"
    row "\`GET /api/study/due?limit=1\` (next due card, what the review screen asks)" "$due"
    row "\`GET /study\` (the review page itself)" "$page"
    row "\`POST /api/study/cards/{id}/grade\`" "$grade"
    echo "| pgbench, the grade's SQL (database ceiling) | ${pg_tps%.*} | $pg_p50 | $pg_p99 | ${pg_failed:-0} | – | $pg_cpu_ms |"
    echo
    echo "One learner alone (1 connection): next due card p50 $(ms "$due_one" p50_us) ms, p99 $(ms "$due_one" p99_us) ms;"
    echo "grade p50 $(ms "$grade_one" p50_us) ms, p99 $(ms "$grade_one" p99_us) ms."
    echo
    echo "CPU per request is what the app's JVM and the PostgreSQL backends serving it spent during the"
    echo "measurement, divided by the requests; unlike requests/s it hardly depends on what else the machine runs."
    echo
    echo "| target | figure | verdict |"
    echo "|---|---|---|"
    echo "| next due card ≥ 20 % of health | $due_share % ($due_rps / $health_rps) | $(verdict "$due_share" ">=" 20 "points") |"
    echo "| grade ≥ 50 % of pgbench | $grade_share % ($grade_rps / ${pg_tps%.*}) | $(verdict "$grade_share" ">=" 50 "points") |"
    echo "| p99 of next due card < 50 ms | $(ms "$due" p99_us) ms | $(verdict "$(ms "$due" p99_us)" "<" 50 "ms") |"
    echo "| p99 of grade < 50 ms | $(ms "$grade" p99_us) ms | $(verdict "$(ms "$grade" p99_us)" "<" 50 "ms") |"
    echo "| start-up to first page < 3 s | $startup_ms ms (Quarkus: started in ${quarkus_started} s) | $(verdict "$startup_ms" "<" 3000 "ms") |"
    echo "| resident memory under load < 400 MB | $rss_load_mb MiB peak (idle after start: $rss_idle_mb MiB) | $(verdict "$rss_load_mb" "<" 400 "MiB") |"
    echo
    echo "First start on the empty database (migrations, import of $CARDS cards, first admin): $first_start_ms ms."
    echo "Export of all progress (\`GET /api/admin/progress/export\`): HTTP $export_status, $(( export_bytes / 1024 / 1024 )) MiB"
    echo "in ${export_seconds} s, peak resident memory meanwhile $rss_export_mb MiB."
    echo
    echo "## Query plans"
    echo
    if [ -z "$seq_scans" ]; then
        echo "No sequential scan of \`card_state\`, \`review_log\` or \`app_user\` in the study flow's plans below."
    else
        echo "**Sequential scans found:**"
        echo '```'
        echo "$seq_scans"
        echo '```'
    fi
    echo
    echo "EXPLAIN ANALYZE of the study flow's queries (\`bench/explain.sql\`) for user $sample_user:"
    echo
    echo '```'
    cat "$WORK/plans.txt"
    echo '```'
    echo
    echo "## Metrics after the run"
    echo
    echo '```'
    echo "$metrics"
    echo '```'
    if [ -f bench/ANALYSIS.md ]; then
        echo
        cat bench/ANALYSIS.md
    fi
} >"$RESULTS"
log "wrote $RESULTS"
sed -n '/^## Figures/,/^First start/p' "$RESULTS" >&2
