#!/usr/bin/env python3
"""Checks that each service's OpenAPI document (docs/openapi/<service>.yaml) and the routes the
service registers (string literals starting with /v1 in Services/<Name>/**/*.swift, outside the
pure Domain/ and Providers/ libraries) agree:
  - every route pattern in the source matches at least one documented path (a `:param` or
    `{param}` segment matches any one segment; a literal that is a prefix of documented paths,
    like a collection path joined with "/{caseID}" in code, counts);
  - every documented /v1 path is matched by a route pattern in the source (or one it extends);
  - every document declares openapi 3.1.x, bearer security and /healthz, /readyz, /metrics.
The end-to-end test checks the running services answer every documented operation.
Usage: check_openapi_routes.py <repository root>"""
import pathlib
import re
import sys

import yaml

SERVICES = {"intake": "Intake", "application-status": "ApplicationStatus", "notification": "Notification",
            "consent": "Consent", "klage": "Klage"}


def segments(path):
    return [s for s in path.strip("/").split("/") if s]


def is_param(segment):
    return segment.startswith(":") or (segment.startswith("{") and segment.endswith("}"))


def matches(pattern, documented, prefix_ok):
    p, d = segments(pattern), segments(documented)
    if len(p) > len(d) or (len(p) < len(d) and not prefix_ok):
        return False
    return all(a == b or is_param(a) or is_param(b) for a, b in zip(p, d))


def main(root):
    root = pathlib.Path(root)
    problems = []
    for service, folder in SERVICES.items():
        doc_path = root / "docs" / "openapi" / (service + ".yaml")
        sources = [p for p in (root / "Services" / folder).rglob("*.swift")
                   if "Domain" not in p.relative_to(root / "Services" / folder).parts[:1]
                   and "Providers" not in p.relative_to(root / "Services" / folder).parts[:1]]
        literals = set()
        for source in sources:
            literals.update(re.findall(r'"(/v1(?:/[^"\s]*)?)"', source.read_text(encoding="utf-8")))
        if not doc_path.exists():
            if literals:
                problems.append("%s serves %s but has no docs/openapi/%s.yaml" % (service, sorted(literals), service))
            continue
        doc = yaml.safe_load(doc_path.read_text(encoding="utf-8"))
        if not str(doc.get("openapi", "")).startswith("3.1"):
            problems.append("%s: openapi must be 3.1.x" % doc_path.name)
        schemes = (doc.get("components") or {}).get("securitySchemes") or {}
        if not any(s.get("scheme") == "bearer" for s in schemes.values()):
            problems.append("%s: no bearer security scheme" % doc_path.name)
        paths = list((doc.get("paths") or {}).keys())
        for required in ("/healthz", "/readyz", "/metrics"):
            if required not in paths:
                problems.append("%s: %s not documented" % (doc_path.name, required))
        api = [p for p in paths if p.startswith("/v1")]
        for literal in sorted(literals):
            if not any(matches(literal, p, prefix_ok=True) for p in api):
                problems.append("%s: route %s in the source is not documented" % (service, literal))
        for path in api:
            if not any(matches(literal, path, prefix_ok=True) for literal in literals):
                problems.append("%s: documented %s is not served (no route pattern in the source)" % (service, path))
    for problem in problems:
        print("    " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
