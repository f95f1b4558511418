#!/usr/bin/env bash
# Installs what bench/run.sh needs, from Debian packages: wrk (HTTP load), pgbench and psql
# (postgresql-contrib, postgresql-client). Idempotent; run as root. Also used as .ci/setup-ops.sh.
set -euo pipefail

packages=(wrk postgresql-client postgresql-contrib curl)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
