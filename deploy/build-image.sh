#!/usr/bin/env bash
# Builds the container image described by deploy/Dockerfile without a Docker engine.
#
#   deploy/build-image.sh [--skip-maven] [--base IMAGE] [--output FILE] [--layers] [--test [--discard]]
#
# Steps:
#   1. ./mvnw package -Ppostgresql (the PostgreSQL flavour of the fast-jar), unless --skip-maven.
#   2. A Java 17 base image: by default a Debian bookworm "minbase" root file system with
#      openjdk-17-jre-headless made by debootstrap, packed as an OCI image with umoci and cached in
#      $PREPDECK_IMAGE_CACHE (default /var/cache/prepdeck-image), because debootstrap is slow.
#      --base takes any image reference skopeo understands instead (docker-archive:..., oci:...).
#   3. buildah (vfs storage in a throw-away directory, no daemon) builds deploy/Dockerfile FROM that
#      base and writes the result as a docker-archive tarball (default target/image/prepdeck.tar),
#      loadable with `docker load` or `podman load`. By default the Dockerfile's steps are committed
#      as one layer on top of the base (much faster with vfs storage); --layers keeps one layer per
#      step, as `docker build` does, for images pushed to a registry.
#   4. The build storage is removed; with --test, deploy/test-image.sh then starts the image, and
#      --discard deletes the tarball afterwards (for CI, where only the proof matters).
#
# Needs root and the Debian packages installed by .ci/setup-deploy.sh.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${PREPDECK_IMAGE_CACHE:-/var/cache/prepdeck-image}"
IMAGE_NAME="${PREPDECK_IMAGE_NAME:-localhost/prepdeck:latest}"
OUTPUT="$ROOT/target/image/prepdeck.tar"
BASE=""
SKIP_MAVEN=false
RUN_TEST=false
LAYERS=false
DISCARD=false

# Bump when the recipe of the base changes, so a stale cached base is not reused.
BASE_RECIPE=2
SUITE=bookworm
BASE_PACKAGES=openjdk-17-jre-headless,ca-certificates

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
    case "$1" in
        --skip-maven) SKIP_MAVEN=true ;;
        --base) BASE="$2"; shift ;;
        --output) OUTPUT="$(realpath -m "$2")"; shift ;;
        --test) RUN_TEST=true ;;
        --layers) LAYERS=true ;;
        --discard) DISCARD=true ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

log() { printf '[build-image %s] %s\n' "$(date +%T)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

[ "$(id -u)" = 0 ] || die "must run as root (buildah with vfs storage, debootstrap)"
for tool in buildah skopeo umoci jq; do
    command -v "$tool" >/dev/null || die "$tool is missing: run .ci/setup-deploy.sh"
done

START=$SECONDS
WORK="$(mktemp -d /var/tmp/prepdeck-build.XXXXXX)"
STORAGE=(--storage-driver vfs --root "$WORK/storage" --runroot "$WORK/run")
cleanup() {
    # vfs keeps a full copy of every layer: never leave it behind.
    buildah "${STORAGE[@]}" rm --all >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# The Debian mirror this machine already uses, so the base comes from the same place as its packages.
debian_mirror() {
    if [ -n "${PREPDECK_DEBIAN_MIRROR:-}" ]; then echo "$PREPDECK_DEBIAN_MIRROR"; return; fi
    local found
    found="$(awk -v suite="$SUITE" '
        /^[[:space:]]*$/ { if (uri != "" && suites ~ ("(^| )" suite "( |$)")) { print uri; exit } uri = ""; suites = ""; next }
        /^URIs:/ { uri = $2 }
        /^Suites:/ { $1 = ""; suites = $0; sub(/^ /, "", suites) }
        END { if (uri != "" && suites ~ ("(^| )" suite "( |$)")) print uri }
    ' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n1)"
    if [ -z "$found" ]; then
        found="$(awk -v suite="$SUITE" '$1 == "deb" && $3 == suite { print $2; exit }' \
            /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | sed 's/\[.*\] //' | head -n1)"
    fi
    [ -n "$found" ] || die "no Debian $SUITE mirror in /etc/apt/sources.list*; set PREPDECK_DEBIAN_MIRROR"
    echo "$found"
}

# Creates (once) the cached OCI layout holding the JRE base image; prints its reference.
ensure_base() {
    local key layout rootfs bundle mirror
    key="$(printf '%s|%s|%s' "$BASE_RECIPE" "$SUITE" "$BASE_PACKAGES" | sha256sum | cut -c1-12)"
    layout="$CACHE/base-$key"
    mkdir -p "$CACHE"
    # Two builds at once must not debootstrap into the same place.
    exec 9>"$CACHE/lock"
    flock -w 900 9 || die "another build holds $CACHE/lock"
    if [ -f "$layout/index.json" ] && umoci stat --image "$layout:jre17" >/dev/null 2>&1; then
        log "reusing cached base $layout"
        echo "oci:$layout:jre17"
        return
    fi
    mirror="$(debian_mirror)"
    log "creating the JRE base with debootstrap ($SUITE, $BASE_PACKAGES) - takes a few minutes once"
    rootfs="$WORK/rootfs"
    debootstrap --variant=minbase --include="$BASE_PACKAGES" "$SUITE" "$rootfs" "$mirror" \
        > "$WORK/debootstrap.log" 2>&1 || { tail -n 40 "$WORK/debootstrap.log" >&2; die "debootstrap failed"; }
    # What a runtime provides or a build does not need: host identity, package caches, docs.
    rm -rf "${rootfs:?}"/var/cache/apt/*.bin "${rootfs:?}"/var/cache/apt/archives/*.deb \
        "${rootfs:?}"/var/lib/apt/lists/* "${rootfs:?}"/var/log/* \
        "${rootfs:?}"/usr/share/man/* "${rootfs:?}"/usr/share/info/* "${rootfs:?}"/tmp/* \
        "${rootfs:?}"/var/cache/debconf/*-old "${rootfs:?}"/dev/*
    # Keep each package's copyright file, drop the rest of the documentation.
    find "$rootfs/usr/share/doc" -mindepth 1 ! -type d ! -name copyright -delete
    find "$rootfs/usr/share/doc" -mindepth 1 -type d -empty -delete
    : > "$rootfs/etc/resolv.conf"
    echo localhost > "$rootfs/etc/hostname"
    printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' > "$rootfs/etc/hosts"
    compgen -G "$rootfs/usr/lib/jvm/*/bin/java" >/dev/null || die "debootstrap produced no java"

    {
        rm -rf "$layout.new"
        umoci init --layout "$layout.new"
        umoci new --image "$layout.new:jre17"
        bundle="$WORK/base-bundle"
        umoci unpack --image "$layout.new:jre17" "$bundle"
        cp -a "$rootfs/." "$bundle/rootfs/"
        rm -rf "$rootfs"
        umoci repack --image "$layout.new:jre17" "$bundle"
        rm -rf "$bundle"
        umoci config --image "$layout.new:jre17" \
            --config.env "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
            --config.env "LANG=C.UTF-8" \
            --config.cmd /bin/bash \
            --author "PrepDeck build" \
            --config.label "org.opencontainers.image.title=Debian $SUITE minbase with OpenJDK 17 JRE"
        umoci gc --layout "$layout.new"
    } >&2
    # Old bases (another recipe) are no longer used.
    find "$CACHE" -maxdepth 1 -name 'base-*' ! -name "base-$key" ! -name "base-$key.new" -exec rm -rf {} +
    mv "$layout.new" "$layout"
    log "cached base in $layout ($(du -sh "$layout" | cut -f1))"
    echo "oci:$layout:jre17"
}

cd "$ROOT"

if ! $SKIP_MAVEN; then
    log "building the PostgreSQL flavour: ./mvnw package -Ppostgresql -DskipTests"
    ./mvnw -B -q package -Ppostgresql -DskipTests
fi
for part in lib app quarkus quarkus-run.jar; do
    [ -e "target/quarkus-app/$part" ] || die "target/quarkus-app/$part is missing: build the jar first"
done
[ -d content ] || die "content/ is missing"

if [ -z "$BASE" ]; then
    BASE="$(ensure_base)"
fi

BASE_NAME=localhost/prepdeck-base:build
log "loading base $BASE"
skopeo copy --quiet "$BASE" "containers-storage:[vfs@$WORK/storage+$WORK/run]$BASE_NAME"

log "buildah bud -f deploy/Dockerfile (vfs storage in $WORK)"
buildah "${STORAGE[@]}" bud \
    --quiet \
    --format docker \
    --layers="$LAYERS" \
    --pull-never \
    --isolation chroot \
    --ignorefile deploy/Dockerfile.dockerignore \
    --build-arg "BASE_IMAGE=$BASE_NAME" \
    -f deploy/Dockerfile \
    -t "$IMAGE_NAME" \
    . > "$WORK/bud.log" 2>&1 || { cat "$WORK/bud.log" >&2; die "buildah bud failed"; }

mkdir -p "$(dirname "$OUTPUT")"
rm -f "$OUTPUT"
buildah "${STORAGE[@]}" push --quiet "$IMAGE_NAME" "docker-archive:$OUTPUT:$IMAGE_NAME"
log "image $IMAGE_NAME written to $OUTPUT ($(du -h "$OUTPUT" | cut -f1)) in $((SECONDS - START)) s"

cleanup
trap - EXIT

if $RUN_TEST; then
    status=0
    "$ROOT/deploy/test-image.sh" "$OUTPUT" || status=$?
    if $DISCARD; then rm -f "$OUTPUT"; fi
    exit $status
fi
