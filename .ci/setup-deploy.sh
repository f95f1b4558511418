#!/usr/bin/env bash
# CI setup for the container image suite (deploy/build-image.sh --test, deploy/check-manifests.sh).
# Idempotent; runs as root. The image test also needs the PostgreSQL server on 127.0.0.1:5432
# (trust auth for the postgres user), as the postgresql test suite does.
set -euo pipefail

packages=(
    debootstrap buildah skopeo umoci   # base image, daemonless build, image conversion and unpacking
    jq curl util-linux                 # reading image configs, HTTP checks, unshare
    postgresql-client                  # createdb/dropdb for the test database
    docker-compose python3-kubernetes python3-yaml   # offline checks of compose.yaml and deploy/k8s
)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -q
    # No recommends: docker-compose would otherwise bring a Docker engine that is never used here.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
