#!/usr/bin/env bash
# CI setup for the browser suite's screenshots (runs as root, safe to run again): a Hangul font, so Korean
# screens render as text rather than empty boxes when a person looks at target/screenshots.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

if ! { command -v fc-list >/dev/null && fc-list :lang=ko | grep -q .; }; then
    apt-get update -q
    apt-get install -y -q --no-install-recommends fonts-nanum
fi
