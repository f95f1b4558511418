#!/usr/bin/env bash
# CI setup for the accounts tests. Idempotent; runs as root.
#   default suite:          ./mvnw test            (JDK 17 only)
#   PostgreSQL suite:       ./mvnw test -Dgroups=postgresql -DexcludedGroups=
#   browser suite:          ./mvnw test -Dgroups=browser -DexcludedGroups=
set -euo pipefail

# AccountPostgresTest (and every @Tag("postgresql") test) uses database prepdeck_test on 127.0.0.1:5432.
if command -v psql >/dev/null 2>&1; then
    if ! psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'prepdeck_test'" | grep -q 1; then
        createdb -h 127.0.0.1 -U postgres prepdeck_test
    fi
fi

# AccountBrowserTest drives Debian's headless Chromium.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi
