#!/usr/bin/env bash
# Starts the built container image without a Docker engine and checks that it serves.
#
#   deploy/test-image.sh [IMAGE_ARCHIVE]      (default target/image/prepdeck.tar, from build-image.sh)
#
# The docker-archive is converted with skopeo, unpacked with umoci, and the image's own entrypoint,
# environment, working directory and user are started in a chroot under new mount and PID
# namespaces (the network stays the host's, so the app reaches PostgreSQL on 127.0.0.1).
# It runs against a fresh database (dropped and created again), waits for /q/health/ready, checks
# the home page, metrics, the image's HEALTHCHECK command, JSON logs and that no secret is logged,
# then stops the app with SIGTERM and removes everything it unpacked.
#
# Environment: PREPDECK_PG_HOST (127.0.0.1), PREPDECK_PG_PORT (5432), PREPDECK_PG_USER (postgres),
# PREPDECK_IMAGE_DB (prepdeck_image), PREPDECK_IMAGE_PORT (first free port from 18080),
# PREPDECK_IMAGE_TIMEOUT (seconds to wait for readiness, 120).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ARCHIVE="$(realpath -m "${1:-$ROOT/target/image/prepdeck.tar}")"
PG_HOST="${PREPDECK_PG_HOST:-127.0.0.1}"
PG_PORT="${PREPDECK_PG_PORT:-5432}"
PG_USER="${PREPDECK_PG_USER:-postgres}"
DB="${PREPDECK_IMAGE_DB:-prepdeck_image}"
TIMEOUT="${PREPDECK_IMAGE_TIMEOUT:-120}"

log() { printf '[test-image %s] %s\n' "$(date +%T)" "$*" >&2; }

[ "$(id -u)" = 0 ] || { log "must run as root (namespaces, chroot)"; exit 1; }
for tool in skopeo umoci jq curl psql createdb dropdb unshare; do
    command -v "$tool" >/dev/null || { log "$tool is missing: run .ci/setup-deploy.sh"; exit 1; }
done
[ -f "$ARCHIVE" ] || { log "no image archive at $ARCHIVE: run deploy/build-image.sh first"; exit 1; }

WORK="$(mktemp -d /var/tmp/prepdeck-image-test.XXXXXX)"
APP_LOG="$WORK/app.log"
RUNNER_PID=""
APP_PID=""
PASSED=0
FAILED=0

stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
    fi
    if [ -n "$RUNNER_PID" ]; then
        local waited=0
        while kill -0 "$RUNNER_PID" 2>/dev/null && [ $waited -lt 60 ]; do sleep 0.5; waited=$((waited + 1)); done
        kill -KILL "$RUNNER_PID" 2>/dev/null || true
        wait "$RUNNER_PID" 2>/dev/null || true
    fi
    RUNNER_PID=""
    APP_PID=""
}
cleanup() {
    stop_app
    dropdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" --if-exists "$DB" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

fail_with_log() {
    log "FAILED: $*"
    if [ -s "$APP_LOG" ]; then
        echo "----- app log -----" >&2
        cat "$APP_LOG" >&2
        echo "-------------------" >&2
    fi
    echo "image: $PASSED passed, $((FAILED + 1)) failed"
    exit 1
}

# Records one check; the first failing one stops the run with the app's log.
check() {
    local name="$1"; shift
    if "$@"; then
        PASSED=$((PASSED + 1))
        log "ok   $name"
    else
        fail_with_log "$name"
    fi
}

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# --- unpack the image --------------------------------------------------------------------------
log "unpacking $ARCHIVE"
DOCKER_CONFIG="$(skopeo inspect --config --raw "docker-archive:$ARCHIVE")"
skopeo copy --quiet --dest-compress-level 1 "docker-archive:$ARCHIVE" "oci:$WORK/oci:prepdeck"
umoci unpack --image "$WORK/oci:prepdeck" "$WORK/bundle" >/dev/null
rm -rf "$WORK/oci"
ROOTFS="$WORK/bundle/rootfs"
RUNTIME="$WORK/bundle/config.json"

mapfile -t ARGS < <(jq -r '.process.args[]' "$RUNTIME")
mapfile -t IMAGE_ENV < <(jq -r '.process.env[]' "$RUNTIME")
CWD="$(jq -r '.process.cwd' "$RUNTIME")"
APP_UID="$(jq -r '.process.user.uid' "$RUNTIME")"
APP_GID="$(jq -r '.process.user.gid' "$RUNTIME")"
log "image runs '${ARGS[*]}' in $CWD as $APP_UID:$APP_GID"
[ "${#ARGS[@]}" -gt 0 ] || fail_with_log "the image has no entrypoint or command"

# --- database and port -------------------------------------------------------------------------
dropdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" --if-exists "$DB" >/dev/null 2>&1 || true
createdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$DB"

PORT="${PREPDECK_IMAGE_PORT:-}"
if [ -z "$PORT" ]; then
    for candidate in $(seq 18080 18180); do
        if port_is_free "$candidate"; then PORT=$candidate; break; fi
    done
fi
[ -n "$PORT" ] || fail_with_log "no free port in 18080-18180"

# Values the app must never print. The session key must be 32+ characters, so it is never left to $RANDOM's length.
DB_PASSWORD="image-test-db-$RANDOM$RANDOM"
SESSION_KEY="image-test-session-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
METRICS_TOKEN="image-test-metrics-$RANDOM$RANDOM$RANDOM"

# The image's environment, then what a deployer sets (later entries win, as with `docker run -e`).
RUN_ENV=("${IMAGE_ENV[@]}"
    "PORT=$PORT"
    "PREPDECK_DB_URL=jdbc:postgresql://$PG_HOST:$PG_PORT/$DB"
    "PREPDECK_DB_USER=$PG_USER"
    "PREPDECK_DB_PASSWORD=$DB_PASSWORD"
    "PREPDECK_SESSION_KEY=$SESSION_KEY"
    "PREPDECK_METRICS_TOKEN=$METRICS_TOKEN"
    "PREPDECK_LOG_JSON=true"
    "HOSTNAME=prepdeck-image-test")

# --- start -------------------------------------------------------------------------------------
# What a container runtime provides: device nodes, /etc/hosts and /etc/resolv.conf. The bind mounts
# live in the new mount namespace only, and vanish with it.
# The root file system is read-only with a fresh /tmp, as compose.yaml and the Kubernetes manifests
# run it, which proves the app writes nowhere else.
for node in null zero random urandom; do touch "$ROOTFS/dev/$node"; done
touch "$ROOTFS/etc/hosts" "$ROOTFS/etc/resolv.conf"
mkdir -p "$ROOTFS/proc" "$ROOTFS/tmp"
cat > "$WORK/start.sh" <<EOF
set -e
mount --bind "$ROOTFS" "$ROOTFS"
mount -o remount,bind,ro "$ROOTFS"
mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$ROOTFS/tmp"
for node in null zero random urandom; do
    mount --bind "/dev/\$node" "$ROOTFS/dev/\$node"
done
for file in hosts resolv.conf; do
    [ -f "/etc/\$file" ] && mount --bind "/etc/\$file" "$ROOTFS/etc/\$file"
done
exec env -i $(printf '%q ' "${RUN_ENV[@]}") \\
    unshare --root="$ROOTFS" --wd="$CWD" --mount-proc --setgid "$APP_GID" --setuid "$APP_UID" -- \\
    $(printf '%q ' "${ARGS[@]}")
EOF

log "starting the image on port $PORT against $DB"
STARTED=$SECONDS
unshare --mount --pid --fork --kill-child bash "$WORK/start.sh" > "$APP_LOG" 2>&1 &
RUNNER_PID=$!

# The forked child becomes the app itself (PID 1 of the new namespace) once the exec chain is done.
for _ in $(seq 1 100); do
    APP_PID="$(pgrep -P "$RUNNER_PID" | head -n1 || true)"
    if [ -n "$APP_PID" ] && [ "$(readlink "/proc/$APP_PID/root" 2>/dev/null)" = "$ROOTFS" ]; then break; fi
    kill -0 "$RUNNER_PID" 2>/dev/null || fail_with_log "the image exited at once"
    sleep 0.1
done
[ -n "$APP_PID" ] || fail_with_log "the app process did not appear"

READY_BODY="$WORK/ready.json"
ready_code=000
while [ $((SECONDS - STARTED)) -lt "$TIMEOUT" ]; do
    kill -0 "$RUNNER_PID" 2>/dev/null || fail_with_log "the app exited before it was ready"
    ready_code="$(curl -s -o "$READY_BODY" -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/q/health/ready" || true)"
    [ "$ready_code" = 200 ] && break
    sleep 0.5
done
[ "$ready_code" = 200 ] || fail_with_log "/q/health/ready did not answer 200 within $TIMEOUT s (last: $ready_code)"
log "ready after $((SECONDS - STARTED)) s; the app says: $(grep -o '[a-z-]* [^"]* started in [0-9.]*s' "$APP_LOG" | head -n1 || true)"

# --- checks ------------------------------------------------------------------------------------
ready_includes_database() {
    jq -e '.status == "UP" and any(.checks[]; (.name | test("Database")) and .status == "UP")' "$READY_BODY" >/dev/null
}
check "readiness is UP and includes the database" ready_includes_database

liveness_up() {
    curl -sf --max-time 5 "http://127.0.0.1:$PORT/q/health/live" | jq -e '.status == "UP"' >/dev/null
}
check "liveness is UP" liveness_up

started_up() {
    curl -sf --max-time 5 "http://127.0.0.1:$PORT/q/health/started" | jq -e '.status == "UP"' >/dev/null
}
check "the startup probe endpoint is UP" started_up

runs_as_image_user() {
    [ "$(stat -c %u "/proc/$APP_PID")" = "$APP_UID" ] && [ "$APP_UID" != 0 ]
}
check "the app runs as the image's non-root user ($APP_UID)" runs_as_image_user

root_is_read_only() {
    [ "$(awk '$5 == "/" { split($6, opts, ","); print opts[1] }' "/proc/$APP_PID/mountinfo")" = ro ]
}
check "the app runs on a read-only root file system" root_is_read_only

image_healthcheck_passes() {
    local test_kind cmd
    test_kind="$(jq -r '.config.Healthcheck.Test[0] // empty' <<<"$DOCKER_CONFIG")"
    case "$test_kind" in
        CMD) mapfile -t cmd < <(jq -r '.config.Healthcheck.Test[1:][]' <<<"$DOCKER_CONFIG") ;;
        CMD-SHELL) cmd=(/bin/sh -c "$(jq -r '.config.Healthcheck.Test[1]' <<<"$DOCKER_CONFIG")") ;;
        *) log "the image declares no HEALTHCHECK"; return 1 ;;
    esac
    env -i "${RUN_ENV[@]}" timeout 10 \
        unshare --root="$ROOTFS" --wd="$CWD" --setgid "$APP_GID" --setuid "$APP_UID" -- "${cmd[@]}"
}
check "the image's own HEALTHCHECK command succeeds" image_healthcheck_passes

HOME_BODY="$WORK/home.html"
home_serves_html() {
    local type
    type="$(curl -s -o "$HOME_BODY" -w '%{http_code} %{content_type}' --max-time 10 "http://127.0.0.1:$PORT/")"
    [[ "$type" == "200 text/html"* ]] && grep -qi '<html' "$HOME_BODY"
}
check "the home page serves HTML" home_serves_html

# Every topic in the image's content folder is listed on the home page (by id or by a title).
home_lists_topics() {
    local file id titles found missing=0 count=0
    for file in "$ROOTFS/app/content"/*.md; do
        [ -e "$file" ] || continue
        [ "$(basename "$file")" = README.md ] && continue
        count=$((count + 1))
        id="$(awk 'NR == 1 && $0 != "---" { exit } NR > 1 && $0 == "---" { exit } /^id:/ { sub(/^id:[[:space:]]*/, ""); print; exit }' "$file")"
        mapfile -t titles < <(awk 'NR == 1 && $0 != "---" { exit } NR > 1 && $0 == "---" { exit }
            /^[[:space:]]+(ko|en):/ { sub(/^[[:space:]]+(ko|en):[[:space:]]*/, ""); gsub(/^["\047]|["\047]$/, ""); print }' "$file")
        found=false
        for needle in "$id" "${titles[@]}"; do
            if [ -n "$needle" ] && grep -qF -- "$needle" "$HOME_BODY"; then found=true; break; fi
        done
        if ! $found; then log "topic $id ($(basename "$file")) is not on the home page"; missing=$((missing + 1)); fi
    done
    if [ $count = 0 ]; then log "note: the content folder holds no topic yet; only the page itself was checked"; fi
    [ $missing = 0 ]
}
check "the home page lists every topic of /app/content" home_lists_topics

stylesheet_served() {
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/css/app.css")" = 200 ]
}
check "static assets are served" stylesheet_served

dns_stub_comparison_off() {
    printf '%s\n' "${IMAGE_ENV[@]}" | grep -qx 'PREPDECK_DNS_STUB_RESOLVER=off'
}
check "the image keeps the DNS demo's stub-resolver comparison off (it would show internal names)" dns_stub_comparison_off

metrics_served() {
    curl -sf --max-time 10 -o "$WORK/metrics.txt" -H "Authorization: Bearer $METRICS_TOKEN" \
        "http://127.0.0.1:$PORT/q/metrics" \
        && grep -q '^jvm_memory_used_bytes' "$WORK/metrics.txt"
}
check "Prometheus metrics are served at /q/metrics to the scrape token (PREPDECK_METRICS_TOKEN)" metrics_served

metrics_refused_anonymously() {
    local status
    status="$(curl -s --max-time 10 -o "$WORK/metrics-anonymous.txt" -w '%{http_code}' "http://127.0.0.1:$PORT/q/metrics")"
    [ "$status" = 401 ] && jq -e '.status == 401' "$WORK/metrics-anonymous.txt" >/dev/null \
        && ! grep -q 'jvm_memory_used_bytes' "$WORK/metrics-anonymous.txt"
}
check "an anonymous scrape of /q/metrics gets a 401 problem, no metrics" metrics_refused_anonymously

# PREPDECK_LOG_JSON=true: every line the app logs is a JSON object (the java launcher's own note
# about JDK_JAVA_OPTIONS is not the app's).
logs_are_json() {
    local lines
    lines="$(grep -v '^NOTE: Picked up JDK_JAVA_OPTIONS' "$APP_LOG" || true)"
    [ -n "$lines" ] && jq -e -s 'length > 0 and all(.[]; type == "object" and has("message"))' <<<"$lines" >/dev/null \
        && jq -e -s 'any(.[]; .message | test("started in"))' <<<"$lines" >/dev/null
}
check "logs are JSON lines with PREPDECK_LOG_JSON=true" logs_are_json

no_secret_in_log() {
    ! grep -qF -e "$DB_PASSWORD" -e "$SESSION_KEY" -e "$METRICS_TOKEN" "$APP_LOG"
}
check "the database password and session key never reach the log" no_secret_in_log

# --- graceful stop -----------------------------------------------------------------------------
stops_on_sigterm() {
    kill -TERM "$APP_PID"
    local waited=0
    while kill -0 "$RUNNER_PID" 2>/dev/null && [ $waited -lt 60 ]; do sleep 0.5; waited=$((waited + 1)); done
    if kill -0 "$RUNNER_PID" 2>/dev/null; then return 1; fi
    wait "$RUNNER_PID" 2>/dev/null || true
    RUNNER_PID=""
    APP_PID=""
    grep -q 'stopped in' "$APP_LOG"
}
check "SIGTERM stops the app cleanly" stops_on_sigterm

log "image started, served and stopped; took $((SECONDS - STARTED)) s from start"
echo "image: $PASSED passed, $FAILED failed"
