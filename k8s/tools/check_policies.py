#!/usr/bin/env python3
"""Offline policy checks for Inngang's deployment files (run by scripts/validate-deploy.sh).

Usage: check_policies.py REPO_ROOT RENDER_DIR
RENDER_DIR holds `kubectl kustomize` output: base.yaml, dev.yaml, prod.yaml.

Checks what schema validation cannot: the project's own rules (platform.md, style.md) for every
service, consistency between resources (selectors, ports, ConfigMap/Secret references), the
environment each service gets against the variables its Swift settings read (no unknown
INNGANG_* names, secrets only from Secrets, token issuer keys mounted, intake -> consent wiring,
notification's provider settings and egress, no development register file in prod), the
custom resources (Strimzi KafkaTopic, CloudNativePG Cluster/Database) whose schemas are not
available offline, the topic list against the Swift event catalogue, and the Dockerfile.
Exits 1 with one line per violation.
"""
import base64
import glob
import json
import os
import re
import sys

import yaml

SERVICES = ["intake", "consent", "notification", "application-status", "klage"]
# Shared settings every pod must get (value None: any). INNGANG_ENV is checked per environment.
REQUIRED_CONFIG = {"INNGANG_HTTP_PORT": "8080", "INNGANG_HTTP_HOST": "0.0.0.0", "INNGANG_KAFKA_BROKERS": None,
                   "INNGANG_LOG_LEVEL": None, "INNGANG_ENV": None, "INNGANG_KAFKA_CREATE_TOPICS": "false"}
DEPLOYMENT_ENVIRONMENTS = {"base": {"production"}, "dev": {"development", "test"}, "prod": {"production"}}
REQUIRED_SECRET_ENV = ["INNGANG_JWT_ISSUERS"]
# Variable names that always hold a secret: only from a Secret (secretKeyRef), never a literal.
SECRET_NAME = re.compile(r"(PASSWORD|API_KEY|SECRET|TOKEN)$")
# Only used to compose INNGANG_DATABASE_URL in the Deployment (Kubernetes $(VAR) expansion).
COMPOSITION_ONLY = {"INNGANG_DATABASE_USER", "INNGANG_DATABASE_PASSWORD"}
# Development fakes: never fed a data file in production.
DEVELOPMENT_REGISTER_FILES = ["INNGANG_POPULATION_REGISTER_FILE", "INNGANG_CONTACT_REGISTER_FILE"]
JWT_ISSUER_KEYS = {"issuer", "audience", "publicKeyFile", "callerKinds"}
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


def known_variables(repo):
    """Every INNGANG_* name the Swift sources read (string literals in Shared/ and Services/)."""
    names = set()
    for path in glob.glob(os.path.join(repo, "Shared/**/*.swift"), recursive=True) + \
            glob.glob(os.path.join(repo, "Services/**/*.swift"), recursive=True):
        names |= set(re.findall(r'"(INNGANG_[A-Z0-9_]+)"', open(path).read()))
    return names


def secret_data(kinds, name):
    """Decoded data of a rendered Secret, or None when the Secret is not in the render."""
    secret = kinds.get("Secret", {}).get(name)
    if secret is None:
        return None
    data = {k: base64.b64decode(v).decode() for k, v in (secret.get("data") or {}).items()}
    data.update(secret.get("stringData") or {})
    return data


def egress_allows(policy, port, pod_labels=None, public=False):
    """Whether a NetworkPolicy egress rule opens TCP `port` to pods with `pod_labels` (same
    namespace) or, with public=True, to public addresses (an ipBlock)."""
    for rule in (policy or {}).get("spec", {}).get("egress", []):
        if not any(p.get("port") == port for p in rule.get("ports", [])):
            continue
        for peer in rule.get("to", []):
            if public and "ipBlock" in peer:
                return True
            if pod_labels is not None and "podSelector" in peer and "namespaceSelector" not in peer \
                    and selects(peer["podSelector"], pod_labels):
                return True
    return False


def catalogue_topics(repo):
    path = os.path.join(repo, "Shared/InngangModels/Events/EventCatalog.swift")
    text = open(path).read()
    body = re.search(r"public enum InngangTopic \{(.*?)\n\}", text, re.S)
    if not body:
        fail("EventCatalog.swift", "enum InngangTopic not found")
        return set()
    return set(re.findall(r'public static let \w+ = "([^"]+)"', body.group(1)))


KNOWN_VARIABLES = set()


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
    if config.get("INNGANG_ENV", env_names.get("INNGANG_ENV", {}).get("value")) not in DEPLOYMENT_ENVIRONMENTS[env]:
        fail(where, f"INNGANG_ENV must be one of {sorted(DEPLOYMENT_ENVIRONMENTS[env])}")
    for key in sorted(set(config) | set(env_names)):
        if key.startswith("INNGANG_") and key not in KNOWN_VARIABLES and key not in COMPOSITION_ONLY:
            fail(where, f"{key} is not read by any service (typo?)")
        if SECRET_NAME.search(key) and key in env_names and "secretKeyRef" not in env_names[key].get("valueFrom", {}):
            fail(where, f"{key} holds a secret and must come from a Secret (secretKeyRef)")
        if SECRET_NAME.search(key) and key in config:
            fail(where, f"{key} holds a secret and must not be in a ConfigMap")
    values = dict(config)
    values.update({k: e["value"] for k, e in env_names.items() if "value" in e})
    if env == "prod":
        for key in DEVELOPMENT_REGISTER_FILES:
            if key in values or key in env_names:
                fail(where, f"{key} set in prod: the registers are development fakes, no fake data file belongs in production")
    mounts = {m["mountPath"]: m["name"] for m in c.get("volumeMounts", [])}
    volumes = {v["name"]: v for v in pod["spec"].get("volumes", [])}
    check_jwt_keys(where, env, kinds, env_names, mounts, volumes)
    check_service_settings(where, env, svc, kinds, values, env_names, mounts, volumes, allow or {})
    db_url = env_names.get("INNGANG_DATABASE_URL", {}).get("value", "")
    names = list(env_names)
    if not db_url.startswith("postgres://"):
        fail(where, "INNGANG_DATABASE_URL missing")
    for var in re.findall(r"\$\((\w+)\)", db_url):
        if var not in names or names.index(var) > names.index("INNGANG_DATABASE_URL"):
            fail(where, f"INNGANG_DATABASE_URL uses $({var}) which is not defined before it")
    secrets = {e["valueFrom"]["secretKeyRef"]["name"] for e in c.get("env", [])
               if "secretKeyRef" in e.get("valueFrom", {})}
    if env == "dev":
        for e in c.get("env", []):
            ref = e.get("valueFrom", {}).get("secretKeyRef")
            data = secret_data(kinds, ref["name"]) if ref else None
            if ref and data is not None and ref["key"] not in data:
                fail(where, f"{e['name']}: Secret {ref['name']} has no key {ref['key']}")
    secrets |= {v["secret"]["secretName"] for v in volumes.values() if "secret" in v}
    return secrets


def check_jwt_keys(where, env, kinds, env_names, mounts, volumes):
    """The issuers' public keys are files: Secret inngang-jwt must be mounted, and (where the
    Secret is rendered, i.e. dev) every publicKeyFile must be a key of the mounted Secret."""
    ref = env_names.get("INNGANG_JWT_ISSUERS", {}).get("valueFrom", {}).get("secretKeyRef", {})
    secret_name = ref.get("name")
    key_dirs = [path for path, vol in mounts.items()
                if volumes.get(vol, {}).get("secret", {}).get("secretName") == secret_name]
    if not key_dirs:
        return fail(where, f"Secret {secret_name} (token issuers' public keys) is not mounted")
    data = secret_data(kinds, secret_name)
    if data is None:
        return
    try:
        issuers = json.loads(data.get(ref.get("key"), ""))
    except ValueError:
        return fail(where, f"Secret {secret_name} key {ref.get('key')} is not JSON")
    if not isinstance(issuers, list) or not issuers:
        return fail(where, "INNGANG_JWT_ISSUERS must be a non-empty JSON array")
    for issuer in issuers:
        if not isinstance(issuer, dict) or set(issuer) != JWT_ISSUER_KEYS:
            fail(where, f"each issuer needs exactly {sorted(JWT_ISSUER_KEYS)} (InngangService AuthConfiguration)")
            continue
        if not set(issuer["callerKinds"]) <= {"citizen", "employee"} or not issuer["callerKinds"]:
            fail(where, "issuer callerKinds must be citizen and/or employee")
        directory, file = os.path.split(issuer["publicKeyFile"])
        if directory not in key_dirs or file not in data:
            fail(where, f"publicKeyFile {issuer['publicKeyFile']} is not a key of the mounted Secret {secret_name}")


def check_service_settings(where, env, svc, kinds, values, env_names, mounts, volumes, allow):
    """Per-service settings (the Swift *Settings files) and the traffic they imply."""
    if svc == "intake":
        consent = kinds.get("Service", {}).get("consent")
        url = values.get("INNGANG_CONSENT_URL", "")
        match = re.match(r"^http://(consent)(\.[a-z0-9.-]+)?:(\d+)/?$", url)
        if not consent or not match:
            return fail(where, f"INNGANG_CONSENT_URL must be http://consent:<port> (the consent Service), got {url!r}")
        ports = {p["port"]: p for p in consent["spec"]["ports"]}
        port = ports.get(int(match.group(3)))
        if not port:
            return fail(where, f"INNGANG_CONSENT_URL port {match.group(3)} is not a port of Service consent")
        target = port.get("targetPort", port["port"])
        if target == "http":
            target = 8080
        consent_labels = consent["spec"]["selector"]
        if not egress_allows(allow, target, pod_labels=consent_labels):
            fail(where, f"intake-allow must allow egress to the consent pods on {target}")
        consent_allow = kinds.get("NetworkPolicy", {}).get("consent-allow", {})
        intake_labels = kinds["Deployment"]["intake"]["spec"]["template"]["metadata"]["labels"]
        if not any("podSelector" in peer and "namespaceSelector" not in peer and selects(peer["podSelector"], intake_labels)
                   for rule in consent_allow.get("spec", {}).get("ingress", []) for peer in rule.get("from", [])
                   if any(p.get("port") == target for p in rule.get("ports", []))):
            fail(where, f"consent-allow must admit intake's pods on {target}")
    if svc == "notification":
        provider = values.get("INNGANG_NOTIFICATION_PROVIDER", "file")
        if provider not in ("file", "smtp-sms"):
            return fail(where, f"INNGANG_NOTIFICATION_PROVIDER must be file or smtp-sms, got {provider!r}")
        if env == "prod" and provider != "smtp-sms":
            fail(where, "prod must deliver with INNGANG_NOTIFICATION_PROVIDER=smtp-sms")
        if provider == "file":
            sink = values.get("INNGANG_NOTIFICATION_SINK_FILE", "")
            writable = [p for p, v in mounts.items() if "emptyDir" in volumes.get(v, {})]
            if not any(sink.startswith(p.rstrip("/") + "/") for p in writable):
                fail(where, "INNGANG_NOTIFICATION_SINK_FILE must be on a writable (emptyDir) mount: the root FS is read-only")
            return
        for key in ["INNGANG_SMTP_HOST", "INNGANG_SMTP_FROM", "INNGANG_SMS_GATEWAY_URL"]:
            if not values.get(key):
                fail(where, f"{key} is required with smtp-sms")
        for key in ["INNGANG_SMS_GATEWAY_API_KEY"]:
            if "secretKeyRef" not in env_names.get(key, {}).get("valueFrom", {}):
                fail(where, f"{key} is required with smtp-sms and must come from a Secret")
        if ("INNGANG_SMTP_USERNAME" in env_names) != ("INNGANG_SMTP_PASSWORD" in env_names):
            fail(where, "INNGANG_SMTP_USERNAME and INNGANG_SMTP_PASSWORD must be set together")
        if not values.get("INNGANG_SMS_GATEWAY_URL", "https://").startswith("https://"):
            fail(where, "INNGANG_SMS_GATEWAY_URL must be https")
        smtp_port = int(values.get("INNGANG_SMTP_PORT", "25"))
        smtp_open = any(any(p.get("port") == smtp_port for p in rule.get("ports", []))
                        for rule in allow.get("spec", {}).get("egress", []))
        if not smtp_open:
            fail(where, f"notification-allow must allow egress to the SMTP relay on {smtp_port}")
        if not egress_allows(allow, 443, public=True):
            fail(where, "notification-allow must allow HTTPS (443) egress to the SMS gateway")


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
    KNOWN_VARIABLES.update(known_variables(repo))
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
