#!/usr/bin/env bash
# Checks deploy/compose.yaml and deploy/k8s/*.yaml without a Docker engine or a cluster:
# docker-compose parses the compose file against its schema (with the example .env), and
# check_manifests.py reads every Kubernetes manifest into the API's typed model.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

docker-compose --env-file .env.example -f compose.yaml config -q
echo "ok   compose.yaml"
/usr/bin/python3 check_manifests.py k8s
