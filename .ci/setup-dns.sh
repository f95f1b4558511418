#!/usr/bin/env bash
# CI setup for the live DNS demo (runs as root, safe to run again).
#  - NSD: the `nsd` test suite starts its own NSD processes on 127.0.0.2-127.0.0.7, port 15353 and up.
#  - Chromium and its driver: the `browser` suite (the DNS browser test also needs NSD).
# The packaged NSD service is not used; it is stopped and disabled so it never sits on port 53.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

missing=()
[ -x /usr/sbin/nsd ] || missing+=(nsd)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)

if [ "${#missing[@]}" -gt 0 ]; then
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Leave no packaged NSD daemon running: on systemd hosts disable the unit, elsewhere use its init script.
if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
    systemctl disable --now nsd.service >/dev/null 2>&1 || true
elif [ -x /etc/init.d/nsd ] && [ -f /run/nsd/nsd.pid ]; then
    /etc/init.d/nsd stop >/dev/null 2>&1 || true
fi

version=$(/usr/sbin/nsd -v 2>&1 || true)
echo "${version%%$'\n'*}"
