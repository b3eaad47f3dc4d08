#!/usr/bin/env python3
"""Offline policy checks for Inngang's deployment files (run by scripts/validate-deploy.sh).

Usage: check_policies.py REPO_ROOT RENDER_DIR
RENDER_DIR holds `kubectl kustomize` output: base.yaml, dev.yaml, prod.yaml.

Checks what schema validation cannot: the project's own rules (platform.md, style.md) for every
service, consistency between resources (selectors, ports, ConfigMap/Secret references), the
custom resources (Strimzi KafkaTopic, CloudNativePG Cluster/Database) whose schemas are not
available offline, the topic list against the Swift event catalogue, and the Dockerfile.
Exits 1 with one line per violation.
"""
import os
import re
import sys

import yaml

SERVICES = ["intake", "consent", "notification", "application-status", "klage"]
REQUIRED_CONFIG = {"INNGANG_HTTP_PORT": "8080", "INNGANG_KAFKA_BROKERS": None, "INNGANG_LOG_LEVEL": None}
REQUIRED_SECRET_ENV = ["INNGANG_JWT_ISSUERS"]
STRIMZI_API = "kafka.strimzi.io/v1"
CNPG_API = "postgresql.cnpg.io/v1"
DNS_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
KAFKA_TOPIC = re.compile(r"^[a-zA-Z0-9._-]{1,249}$")

errors = []


def fail(where, message):
    errors.append(f"{where}: {message}")


def load(path):
    with open(path) as f:
        return [d for d in yaml.safe_load_all(f) if d]


def index(docs):
    out = {}
    for d in docs:
        out.setdefault(d["kind"], {})[d["metadata"]["name"]] = d
    return out


def selects(selector, labels):
    return all(labels.get(k) == v for k, v in (selector or {}).get("matchLabels", {}).items())


def catalogue_topics(repo):
    path = os.path.join(repo, "Shared/InngangModels/Events/EventCatalog.swift")
    text = open(path).read()
    body = re.search(r"public enum InngangTopic \{(.*?)\n\}", text, re.S)
    if not body:
        fail("EventCatalog.swift", "enum InngangTopic not found")
        return set()
    return set(re.findall(r'public static let \w+ = "([^"]+)"', body.group(1)))


def check_service(env, svc, kinds, namespace):
    where = f"{env}/{svc}"
    dep = kinds.get("Deployment", {}).get(svc)
    if not dep:
        return fail(where, "Deployment missing")
    spec = dep["spec"]
    pod = spec["template"]
    labels = pod["metadata"].get("labels", {})
    if not selects(spec["selector"], labels):
        fail(where, "Deployment selector does not match its pod labels")
    if labels.get("app.kubernetes.io/part-of") != "inngang":
        fail(where, "pod label app.kubernetes.io/part-of=inngang missing (deny-all would not select it)")
    ru = spec.get("strategy", {}).get("rollingUpdate", {})
    if spec.get("strategy", {}).get("type") != "RollingUpdate" or ru.get("maxUnavailable") != 0:
        fail(where, "strategy must be RollingUpdate with maxUnavailable: 0")
    hpa = kinds.get("HorizontalPodAutoscaler", {}).get(svc)
    if not hpa:
        fail(where, "HorizontalPodAutoscaler missing")
    else:
        if hpa["apiVersion"] != "autoscaling/v2":
            fail(where, "HPA must be autoscaling/v2")
        ref = hpa["spec"]["scaleTargetRef"]
        if ref.get("kind") != "Deployment" or ref.get("name") != svc:
            fail(where, "HPA does not target the Deployment")
        if not 1 <= hpa["spec"].get("minReplicas", 1) <= hpa["spec"]["maxReplicas"]:
            fail(where, "HPA replica bounds invalid")
        if "replicas" in spec:
            fail(where, "Deployment sets replicas although an HPA owns the count")
    pdb = kinds.get("PodDisruptionBudget", {}).get(svc)
    if not pdb or not selects(pdb["spec"]["selector"], labels):
        fail(where, "PodDisruptionBudget missing or not selecting the pods")
    svc_obj = kinds.get("Service", {}).get(svc)
    if not svc_obj or not svc_obj["spec"].get("selector") or \
            any(labels.get(k) != v for k, v in svc_obj["spec"]["selector"].items()):
        fail(where, "Service missing or its selector does not match the pods")
    allow = kinds.get("NetworkPolicy", {}).get(f"{svc}-allow")
    if not allow or not selects(allow["spec"]["podSelector"], labels):
        fail(where, f"NetworkPolicy {svc}-allow missing or not selecting the pods")
    else:
        ports = [p.get("port") for rule in allow["spec"].get("egress", []) for p in rule.get("ports", [])]
        if 53 not in ports:
            fail(where, "allow policy has no DNS egress")
        if 5432 not in ports or 9092 not in ports:
            fail(where, "allow policy must reach PostgreSQL (5432) and Kafka (9092)")
        in_ports = [p.get("port") for rule in allow["spec"].get("ingress", []) for p in rule.get("ports", [])]
        if in_ports != [8080]:
            fail(where, f"allow policy ingress should open only 8080, found {in_ports}")

    psc = pod["spec"].get("securityContext", {})
    if psc.get("runAsNonRoot") is not True:
        fail(where, "pod securityContext.runAsNonRoot must be true")
    if psc.get("seccompProfile", {}).get("type") != "RuntimeDefault":
        fail(where, "pod seccompProfile must be RuntimeDefault")
    containers = pod["spec"]["containers"]
    if len(containers) != 1:
        fail(where, "expected exactly one container")
    c = containers[0]
    if env == "prod" and (c["image"].endswith(":latest") or ":" not in c["image"].split("/")[-1]):
        fail(where, f"prod image must be pinned, got {c['image']}")
    csc = c.get("securityContext", {})
    for key, want in [("readOnlyRootFilesystem", True), ("allowPrivilegeEscalation", False)]:
        if csc.get(key) is not want:
            fail(where, f"container securityContext.{key} must be {want}")
    if "ALL" not in csc.get("capabilities", {}).get("drop", []):
        fail(where, "container must drop ALL capabilities")
    if not any(p.get("containerPort") == 8080 and p.get("name") == "http" for p in c.get("ports", [])):
        fail(where, "container must expose port 8080 named http")
    for probe, path in [("livenessProbe", "/healthz"), ("readinessProbe", "/readyz")]:
        got = c.get(probe, {}).get("httpGet", {})
        if got.get("path") != path or got.get("port") not in ("http", 8080):
            fail(where, f"{probe} must GET {path} on port http")
    res = c.get("resources", {})
    if not {"cpu", "memory"} <= set(res.get("requests", {})) or "memory" not in res.get("limits", {}):
        fail(where, "resources need cpu+memory requests and a memory limit")

    # Environment: ConfigMap keys and Secret-backed variables.
    env_names = {e["name"]: e for e in c.get("env", [])}
    config = {}
    for src in c.get("envFrom", []):
        ref = src.get("configMapRef", {}).get("name")
        cm = kinds.get("ConfigMap", {}).get(ref)
        if not cm:
            fail(where, f"envFrom ConfigMap {ref} not in the rendered output")
        else:
            config.update(cm.get("data", {}))
    for key, value in REQUIRED_CONFIG.items():
        if key not in config and key not in env_names:
            fail(where, f"{key} not provided")
        elif value is not None and config.get(key, value) != value:
            fail(where, f"{key} must be {value}, got {config.get(key)}")
    for key in REQUIRED_SECRET_ENV + ["INNGANG_DATABASE_PASSWORD"]:
        if "secretKeyRef" not in env_names.get(key, {}).get("valueFrom", {}):
            fail(where, f"{key} must come from a Secret")
    db_url = env_names.get("INNGANG_DATABASE_URL", {}).get("value", "")
    names = list(env_names)
    if not db_url.startswith("postgres://"):
        fail(where, "INNGANG_DATABASE_URL missing")
    for var in re.findall(r"\$\((\w+)\)", db_url):
        if var not in names or names.index(var) > names.index("INNGANG_DATABASE_URL"):
            fail(where, f"INNGANG_DATABASE_URL uses $({var}) which is not defined before it")
    secrets = {e["valueFrom"]["secretKeyRef"]["name"] for e in c.get("env", [])
               if "secretKeyRef" in e.get("valueFrom", {})}
    return secrets


def check_kafka(env, kinds, repo):
    topics = kinds.get("KafkaTopic", {})
    expected = set()
    for t in catalogue_topics(repo):
        expected |= {t, t + ".dlq"}
    if set(topics) != expected:
        fail(f"{env}/kafka", f"KafkaTopics {sorted(set(topics) ^ expected)} differ from EventCatalog.swift (+ .dlq)")
    for name, t in topics.items():
        where = f"{env}/KafkaTopic/{name}"
        if t["apiVersion"] != STRIMZI_API:
            fail(where, f"apiVersion must be {STRIMZI_API}")
        if not DNS_SUBDOMAIN.match(name) or not KAFKA_TOPIC.match(t["spec"].get("topicName", name)):
            fail(where, "name is not a valid resource and Kafka topic name")
        if not t["metadata"].get("labels", {}).get("strimzi.io/cluster"):
            fail(where, "label strimzi.io/cluster missing")
        spec = t.get("spec", {})
        p, r = spec.get("partitions"), spec.get("replicas")
        if not (isinstance(p, int) and p > 0 and isinstance(r, int) and 0 < r <= 32767):
            fail(where, "spec.partitions and spec.replicas must be positive integers")
        isr = spec.get("config", {}).get("min.insync.replicas")
        if isinstance(isr, int) and isinstance(r, int) and isr > r:
            fail(where, "min.insync.replicas exceeds replicas: producers with acks=all would fail")
        unknown = set(spec) - {"partitions", "replicas", "config", "topicName"}
        if unknown:
            fail(where, f"unknown spec fields {sorted(unknown)}")


def check_postgres(env, kinds, service_secrets):
    clusters = kinds.get("Cluster", {})
    if set(clusters) != {"inngang-pg"}:
        return fail(f"{env}/postgres", "expected exactly one CloudNativePG Cluster inngang-pg")
    cl = clusters["inngang-pg"]
    where = f"{env}/Cluster/inngang-pg"
    if cl["apiVersion"] != CNPG_API:
        fail(where, f"apiVersion must be {CNPG_API}")
    if not isinstance(cl["spec"].get("instances"), int) or cl["spec"]["instances"] < 1:
        fail(where, "spec.instances must be a positive integer")
    if not cl["spec"].get("storage", {}).get("size"):
        fail(where, "spec.storage.size missing")
    roles = {r["name"]: r for r in cl["spec"].get("managed", {}).get("roles", [])}
    role_secrets = {r.get("passwordSecret", {}).get("name") for r in roles.values()}
    dbs = {d["spec"]["name"]: d for d in kinds.get("Database", {}).values()}
    for svc in SERVICES:
        role = svc.replace("-", "_")
        secret = f"inngang-{svc}-db"
        if role not in roles or roles[role].get("login") is not True:
            fail(where, f"managed login role {role} missing")
        if secret not in role_secrets:
            fail(where, f"role {role} must take its password from Secret {secret}")
        if secret not in service_secrets.get(svc, set()):
            fail(f"{env}/{svc}", f"Deployment does not read its database Secret {secret}")
        d = dbs.get(role)
        if not d or d["spec"].get("owner") != role or d["spec"].get("cluster", {}).get("name") != "inngang-pg":
            fail(where, f"Database {role} owned by {role} in cluster inngang-pg missing")
        elif d["apiVersion"] != CNPG_API:
            fail(where, f"Database {role}: apiVersion must be {CNPG_API}")


def check_render(env, docs, repo):
    kinds = index(docs)
    namespaces = kinds.get("Namespace", {})
    if env != "base":
        if len(namespaces) != 1:
            fail(env, "overlay must create exactly one Namespace")
        ns_name, ns = next(iter(namespaces.items()))
        if ns["metadata"].get("labels", {}).get("pod-security.kubernetes.io/enforce") != "restricted":
            fail(env, "namespace must enforce the restricted Pod Security Standard")
        for d in docs:
            if d["kind"] != "Namespace" and d["metadata"].get("namespace") != ns_name:
                fail(env, f"{d['kind']}/{d['metadata']['name']} not in namespace {ns_name}")
        deny = kinds.get("NetworkPolicy", {}).get("inngang-deny-all")
        if not deny or set(deny["spec"].get("policyTypes", [])) != {"Ingress", "Egress"} \
                or deny["spec"].get("ingress") or deny["spec"].get("egress"):
            fail(env, "deny-all NetworkPolicy (component) missing or not denying both directions")
    service_secrets = {}
    for svc in SERVICES:
        service_secrets[svc] = check_service(env, svc, kinds, None) or set()
    check_kafka(env, kinds, repo)
    check_postgres(env, kinds, service_secrets)
    needed = set().union(*service_secrets.values())
    present = set(kinds.get("Secret", {}))
    if env == "dev" and needed - present:
        fail(env, f"Secrets referenced but not generated: {sorted(needed - present)}")
    if env == "prod" and present:
        fail(env, f"prod must not carry Secrets in git: {sorted(present)}")
    return needed


def check_dockerfile(repo):
    path = os.path.join(repo, "docker/Dockerfile")
    text = open(path).read()
    where = "docker/Dockerfile"
    froms = re.findall(r"^FROM\s+(\S+)", text, re.M)
    args = dict(re.findall(r"^ARG\s+(\w+)=(\S+)", text, re.M))
    resolved = [re.sub(r"\$\{(\w+)\}", lambda m: args.get(m.group(1), m.group(0)), f) for f in froms]
    if len(resolved) != 2 or not re.match(r"swift:6\.\d+(\.\d+)?-noble$", resolved[0]) \
            or resolved[1] != "ubuntu:noble":
        fail(where, f"expected build on swift:6.x-noble and run on ubuntu:noble, got {resolved}")
    if not re.search(r"^ARG SERVICE$", text, re.M):
        fail(where, "ARG SERVICE missing")
    if "--static-swift-stdlib" not in text:
        fail(where, "--static-swift-stdlib missing")
    stages = re.split(r"^FROM\s", text, flags=re.M)
    if len(stages) == 3:
        for pkg in ["librdkafka-dev", "libpq-dev"]:
            if pkg not in stages[1]:
                fail(where, f"build stage must install {pkg}")
        for pkg in ["librdkafka1", "libpq5"]:
            if pkg not in stages[2]:
                fail(where, f"runtime stage must install {pkg}")
        user = re.findall(r"^USER\s+(\S+)", stages[2], re.M)
        if not user or user[-1].split(":")[0] in ("0", "root") or not user[-1].split(":")[0].isdigit():
            fail(where, "runtime stage must end as a numeric non-root USER (runAsNonRoot checks it)")
        if not re.search(r"^EXPOSE 8080$", stages[2], re.M):
            fail(where, "EXPOSE 8080 missing")
        if not re.search(r"^HEALTHCHECK NONE$", stages[2], re.M):
            fail(where, "HEALTHCHECK NONE missing (Kubernetes probes are the health checks)")
    pkg = open(os.path.join(repo, "Package.swift")).read()
    for svc in SERVICES:
        if f'.executable(name: "{svc}"' not in pkg:
            fail("Package.swift", f"no executable product {svc} for --build-arg SERVICE={svc}")


def main():
    repo, render_dir = sys.argv[1], sys.argv[2]
    for env in ["base", "dev", "prod"]:
        path = os.path.join(render_dir, f"{env}.yaml")
        needed = check_render(env, load(path), repo)
        if env == "prod":
            print("prod needs these Secrets provisioned before apply: " + ", ".join(sorted(needed)))
    check_dockerfile(repo)
    for e in errors:
        print("policy violation: " + e)
    if errors:
        sys.exit(1)
    print("policy checks: OK (5 services x base/dev/prod, Kafka topics vs EventCatalog.swift, "
          "CloudNativePG roles/databases, Dockerfile)")


if __name__ == "__main__":
    main()
