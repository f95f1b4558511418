#!/usr/bin/python3
"""Checks the Kubernetes manifests in deploy/k8s without a cluster.

Each document is read into the typed model of the Kubernetes Python client and written back out;
a field the API does not know (a typo, a wrong nesting level) is dropped by that round trip, and a
required field that is missing raises, so any difference is reported as an error.
"""
import glob
import json
import os
import sys

import yaml
from kubernetes import client

MODELS = {
    ("v1", "ConfigMap"): "V1ConfigMap",
    ("v1", "Secret"): "V1Secret",
    ("v1", "Service"): "V1Service",
    ("apps/v1", "Deployment"): "V1Deployment",
    ("policy/v1", "PodDisruptionBudget"): "V1PodDisruptionBudget",
    ("networking.k8s.io/v1", "Ingress"): "V1Ingress",
}


class _Response:
    """What ApiClient.deserialize expects: an object with JSON text in .data."""

    def __init__(self, text):
        self.data = text


def differences(original, round_tripped, path=""):
    """Yields the paths present in the manifest but lost or changed in the typed model."""
    if isinstance(original, dict):
        if not isinstance(round_tripped, dict):
            yield f"{path or '/'}: expected an object"
            return
        for key, value in original.items():
            if key not in round_tripped:
                yield f"{path}/{key}: unknown field"
            else:
                yield from differences(value, round_tripped[key], f"{path}/{key}")
    elif isinstance(original, list):
        if not isinstance(round_tripped, list) or len(original) != len(round_tripped):
            yield f"{path}: expected a list"
            return
        for index, (a, b) in enumerate(zip(original, round_tripped)):
            yield from differences(a, b, f"{path}[{index}]")
    elif str(original) != str(round_tripped):
        yield f"{path}: {original!r} became {round_tripped!r}"


def metrics_problems(folder):
    """/q/metrics needs a bearer token: nothing may advertise anonymous scraping, and the token must be provided."""
    documents = []
    for name in sorted(glob.glob(os.path.join(folder, "*.yaml"))):
        with open(name, encoding="utf-8") as handle:
            documents += [(os.path.basename(name), d) for d in yaml.safe_load_all(handle) if d]
    scrape_jobs = secret_keys = 0
    for name, document in documents:
        kind = document.get("kind")
        if kind == "Deployment":
            annotations = document["spec"]["template"]["metadata"].get("annotations") or {}
            if str(annotations.get("prometheus.io/scrape", "")).lower() == "true":
                yield f"{name}: prometheus.io/scrape=true makes Prometheus scrape /q/metrics without the token"
        elif kind == "Secret" and "PREPDECK_METRICS_TOKEN" in (document.get("stringData") or {}):
            secret_keys += 1
        elif kind == "ConfigMap":
            for text in (document.get("data") or {}).values():
                config = yaml.safe_load(text) if "scrape_configs" in text else None
                for job in (config or {}).get("scrape_configs", []):
                    if job.get("metrics_path") == "/q/metrics":
                        scrape_jobs += 1
                        if (job.get("authorization") or {}).get("type") != "Bearer":
                            yield f"{name}: scrape job {job.get('job_name')} sends no bearer token"
    if secret_keys == 0:
        yield "no Secret provides PREPDECK_METRICS_TOKEN"
    if scrape_jobs == 0:
        yield "no example scrape job for /q/metrics"


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "k8s")
    api = client.ApiClient()
    errors = passed = 0
    for name in sorted(glob.glob(os.path.join(folder, "*.yaml"))):
        if os.path.basename(name) == "kustomization.yaml":
            continue
        with open(name, encoding="utf-8") as handle:
            documents = [d for d in yaml.safe_load_all(handle) if d]
        for document in documents:
            key = (document.get("apiVersion"), document.get("kind"))
            model = MODELS.get(key)
            label = f"{os.path.basename(name)} {key[1]}"
            if model is None:
                print(f"FAIL {label}: no model for {key}")
                errors += 1
                continue
            try:
                typed = api.deserialize(_Response(json.dumps(document)), model)
                back = api.sanitize_for_serialization(typed)
            except (ValueError, TypeError) as problem:
                print(f"FAIL {label}: {problem}")
                errors += 1
                continue
            found = list(differences(document, back))
            for line in found:
                print(f"FAIL {label}: {line}")
            if found:
                errors += 1
            else:
                passed += 1
                print(f"ok   {label}")
    for problem in metrics_problems(folder):
        print(f"FAIL metrics: {problem}")
        errors += 1
    print(f"manifests: {passed} passed, {errors} failed")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
