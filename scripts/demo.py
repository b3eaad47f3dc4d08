#!/usr/bin/env python3
"""make demo: drives the core journey against the running system (make run) with development
tokens and prints it as a story: the receipt, the timeline as the family sees it, and each
notification as sent (read from the file sink). Standard library only."""
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

OSLO = ZoneInfo("Europe/Oslo")

ROOT = os.environ.get("INNGANG_ROOT", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get("INNGANG_BIN_DIR", os.path.join(ROOT, ".build", "debug"))
SINK = os.environ.get("INNGANG_NOTIFICATION_SINK_FILE", os.path.join(ROOT, ".local", "notifications", "sent.jsonl"))
INTAKE = "http://127.0.0.1:%s" % os.environ.get("INNGANG_INTAKE_PORT", "8081")
STATUS = "http://127.0.0.1:%s" % os.environ.get("INNGANG_STATUS_PORT", "8084")
NOTIFICATION = "http://127.0.0.1:%s" % os.environ.get("INNGANG_NOTIFICATION_PORT", "8083")
CONSENT = "http://127.0.0.1:%s" % os.environ.get("INNGANG_CONSENT_PORT", "8082")
KLAGE = "http://127.0.0.1:%s" % os.environ.get("INNGANG_KLAGE_PORT", "8085")

# The development family with two guardians (synthetic numbers; see DevelopmentFamilies.swift).
CHILD, GUARDIAN_A, GUARDIAN_B = "12831551087", "01868511083", "23898711005"

BOLD, DIM, RESET = ("\033[1m", "\033[2m", "\033[0m") if sys.stdout.isatty() else ("", "", "")


def heading(text):
    print("\n%s== %s ==%s" % (BOLD, text, RESET))


def token(*args):
    out = subprocess.run([os.path.join(BIN, "inngang-token"), *args, "--key-dir", os.path.join(ROOT, ".local", "jwt")],
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


def call(method, url, tok=None, body=None, headers=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    if tok:
        req.add_header("Authorization", "Bearer " + tok)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    headers = dict(headers or {})
    if method == "POST" and "Idempotency-Key" not in headers:
        headers["Idempotency-Key"] = str(uuid.uuid4())  # a new key per request, as a real client sends
    for k, v in headers.items():
        req.add_header(k, v)
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            raw = resp.read()
            return resp.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as err:
        raw = err.read()
        try:
            return err.code, json.loads(raw)
        except ValueError:
            return err.code, raw.decode(errors="replace")


def must(status, body, expected, what):
    if status not in expected:
        print("%s failed: HTTP %s %s" % (what, status, json.dumps(body, ensure_ascii=False)), file=sys.stderr)
        sys.exit(1)
    return body


def wait_for(what, check, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.5)
    print("timed out waiting for %s" % what, file=sys.stderr)
    sys.exit(1)


def sent_for(case_id):
    try:
        with open(SINK, encoding="utf-8") as f:
            lines = [json.loads(line) for line in f if line.strip()]
    except FileNotFoundError:
        return []
    return [m for m in lines if m.get("caseId") == case_id]


def show_messages(messages, already):
    for m in messages[already:]:
        when = m["time"][11:19]
        print("  %s %-5s to %-22s [%s, %s] %s%s" % (when, m["channel"], m["recipient"], m["purpose"], m["language"],
                                                    (m.get("subject") + " — ") if m.get("subject") else "", m["text"]))
    return len(messages)


def show_view(view):
    print("  Case %s, received %s" % (view.get("caseNumber"), view.get("receivedOn")))
    for s in view["services"]:
        expected = (" — expected %s" % s["expectedDate"]) if s.get("expectedDate") else ""
        print("  • %s: %s. Next: %s%s" % (s["serviceName"], s["statusText"], s["nextStepText"], expected))
    if view.get("coordinator"):
        print("  Contact: %s" % view["coordinator"]["text"])
    for t in view.get("openTasks", []):
        print("  To do: %s" % t["text"])
    for m in view.get("upcomingMeetings", []):
        print("  Meeting: %s" % m["text"])
    for a in view.get("appeals", []):
        print("  Appeal: %s %s" % (a["deadlineText"], a["howToAppealText"]))
    print("  History (newest first):")
    for h in view.get("history", []):
        print("    %s  %s" % (h["date"], h["text"]))


def main():
    heading("Tokens (development issuer)")
    a, b = token("citizen", "--pid", GUARDIAN_A), token("citizen", "--pid", GUARDIAN_B)
    ppt = token("employee", "--sub", "demo-ppt-1", "--service", "ppt", "--role", "caseworker", "--role", "underinstans",
                "--name", "Demo Saksbehandler")
    los = token("employee", "--sub", "demo-los-1", "--service", "familielos", "--role", "coordinator")
    helse = token("employee", "--sub", "demo-hs-1", "--service", "helsestasjon", "--role", "caseworker")
    print("  guardian A, guardian B (both with parental responsibility), a PPT caseworker (also underinstans),")
    print("  the family's coordinator, a health-centre nurse")

    heading("1. Guardian A applies once, for every service")
    application = {
        "child": CHILD,
        "needs": {"categories": ["learning", "speech-language"],
                  "description": "Strever med lesing og språk; trenger støtte i barnehage og skole."},
        "childView": {"mode": "own-words", "text": "Jeg vil lære å lese som de andre."},
        "language": "nb",
        "contact": {"preferredChannel": "email", "language": "nb"},
    }
    key = {"Idempotency-Key": str(uuid.uuid4())}
    status, receipt = call("POST", INTAKE + "/v1/applications", a, application, key)
    receipt = must(status, receipt, (201,), "submitting the application")
    case_id = receipt["caseID"]
    print("  HTTP 201 — %s" % receipt["receipt"]["title"])
    for line in receipt["receipt"]["lines"]:
        print("  | " + line)
    status, again = call("POST", INTAKE + "/v1/applications", a, application, key)
    print("  The same request again (a retry): HTTP %s, same case: %s" % (status, again and again.get("caseID") == case_id))

    heading("2. The portal: where is my case? (application-status, guardian B, English)")
    view = wait_for("the case in application-status", lambda: (lambda r: r[1] if r[0] == 200 and r[1].get("coordinator") else None)(
        call("GET", STATUS + "/v1/cases/%s?lang=en" % case_id, b)))
    show_view(view)

    heading("3. The PPT caseworker reports progress")
    today = date.today()
    due = today + timedelta(days=14)
    meeting = (datetime.now(OSLO) + timedelta(days=2)).replace(hour=10, minute=0, second=0, microsecond=0).astimezone(timezone.utc)
    base = STATUS + "/v1/cases/%s/reports/" % case_id
    for kind, body, text in [
        ("in-progress", {}, "in progress"),
        ("documentation-request", {"documentCode": "uttalelse-barnehage", "description": "Uttalelse fra barnehagen om språk.",
                                   "dueDate": due.isoformat()}, "asks for a statement from the kindergarten, due %s" % due),
        ("meeting", {"startsAt": meeting.strftime("%Y-%m-%dT%H:%M:%SZ"), "place": "Familiens hus, rom 2"},
         "schedules a meeting at %s (Oslo)" % meeting.astimezone(OSLO).strftime("%Y-%m-%d %H:%M")),
        ("decision", {"outcome": "partly-granted", "decisionDate": today.isoformat()}, "decides: partly granted"),
    ]:
        status, body = call("POST", base + kind, ppt, body)
        body = must(status, body, (201,), kind)
        if kind == "decision":
            decision_id = body["decisionID"]
        print("  HTTP 201 — %s" % text)

    heading("4. The family's timeline (guardian A, bokmål)")
    view = wait_for("the appeal deadline counted from delivery", lambda: (lambda r: r[1] if r[0] == 200 and r[1].get("appeals")
                    and r[1]["appeals"][0]["deadlineBasis"] == "delivery-time" else None)(
        call("GET", STATUS + "/v1/cases/%s?lang=nb" % case_id, a)), seconds=90)
    show_view(view)

    consent_story(a, b, los, helse, case_id)
    klage_story(a, b, ppt, case_id, decision_id)

    heading("8. Notifications as sent (%s)" % os.path.relpath(SINK, ROOT))
    shown = show_messages(wait_for("notifications", lambda: sent_for(case_id) or None), 0)
    time.sleep(3)
    shown = show_messages(sent_for(case_id), shown)
    status, planned = call("GET", NOTIFICATION + "/v1/cases/%s/notifications" % case_id, ppt)
    if status == 200:
        waiting = [n for n in planned["notifications"] if n["state"] not in ("sent", "delivered")]
        if waiting:
            print("  Planned, not sent, or not to be sent (the caseworker's view: no addresses, no texts):")
            for n in waiting:
                when = datetime.fromisoformat(n["plannedFor"].replace("Z", "+00:00")).astimezone(OSLO)
                print("    %-28s recipient %s  %-9s %s (Oslo)%s" % (n["purpose"], n.get("recipient", "?"), n["state"],
                                                                when.strftime("%Y-%m-%d %H:%M"),
                                                                ("  " + n["reason"]) if n.get("reason") else ""))
    print("  %s(no names, no service names, no details, no links; SMS only inside the daytime window —\n"
          "   messages outside it wait in the job queue; reminders are queued for their time; a request\n"
          "   already answered is not sent)%s" % (DIM, RESET))
    print("\nDone: case %s." % receipt["caseNumber"])


def consent_story(a, b, los, helse, case_id):
    heading("5. Samtykke: may the health centre share health and special-education information with PPT and the school?")
    valid_until = (date.today() + timedelta(days=180)).isoformat()
    request = {"child": CHILD, "caseID": case_id, "sharingServices": ["helsestasjon"], "receivingServices": ["ppt", "skole"],
               "categories": ["health", "special-education"], "purpose": "coordination", "validUntil": valid_until,
               "exceptions": [{"kind": "recipient", "to": "skole"}]}
    status, body = call("POST", CONSENT + "/v1/consents", los, request)
    consent_id = must(status, body, (201,), "requesting consent")["consentID"]
    print("  The coordinator asks both guardians (all listed, but not to the school), valid until %s." % valid_until)
    status, view = call("GET", CONSENT + "/v1/consents/%s?lang=nb" % consent_id, a)
    view = must(status, view, (200,), "reading the request")
    print("  What guardian A reads:")
    for paragraph in (view.get("paragraphs") or [view.get("text", "")]):
        for line in paragraph.split("\n"):
            print("  | " + line)
    check = {"child": CHILD, "to": "ppt", "category": "health", "purpose": "coordination"}
    for who, tok in (("A", a), ("B", b)):
        status, body = call("POST", CONSENT + "/v1/consents/%s/answer" % consent_id, tok, {"answer": "give"})
        print("  Guardian %s gives consent: status %s" % (who, must(status, body, (200,), "answering")["status"]))
    status, body = call("POST", CONSENT + "/v1/consent-checks", helse, check)
    print("  Check (health centre → PPT, health, coordination): %s %s" % (body.get("decision"), body.get("consentID", "")))
    status, body = call("POST", CONSENT + "/v1/consent-checks", helse, dict(check, to="skole"))
    print("  Check (health centre → school): %s (%s)" % (body.get("decision"), body.get("reason")))
    referral = {"child": CHILD, "needs": {"categories": ["speech-language"], "description": "Henvisning: språkvansker."},
                "childView": {"mode": "with-help", "text": "Vil snakke bedre."}, "language": "nb",
                "contact": {"preferredChannel": "email", "language": "nb"}}
    status, body = call("POST", INTAKE + "/v1/referrals", helse, referral, {"Idempotency-Key": str(uuid.uuid4())})
    print("  The health centre refers the child to PPT (covered by the consent): HTTP %s%s" % (
        status, (", case " + body["caseNumber"]) if status == 201 else ""))
    status, body = call("POST", CONSENT + "/v1/consents/%s/withdraw" % consent_id, b, {})
    print("  Guardian B withdraws with one call: status %s" % must(status, body, (200,), "withdrawing")["status"])
    status, body = call("POST", CONSENT + "/v1/consent-checks", helse, check)
    print("  Check again: %s (%s)" % (body.get("decision"), body.get("reason")))
    status, body = call("POST", INTAKE + "/v1/referrals", helse, referral, {"Idempotency-Key": str(uuid.uuid4())})
    print("  A new referral now: HTTP %s (%s)" % (status, body.get("reason") if isinstance(body, dict) else ""))
    status, body = call("GET", CONSENT + "/v1/consents/%s/receipt?lang=en" % consent_id, a)
    print("  Receipt (English):")
    for line in must(status, body, (200,), "receipt")["text"].split("\n"):
        if line.strip():
            print("  | " + line)


def klage_story(a, b, ppt, case_id, decision_id):
    heading("6. Klage: guardian A appeals the partly granted decision")
    body = {"caseID": case_id, "decisionID": decision_id, "changeWanted": "Vi ønsker full støtte i barnehagen.",
            "reasons": "Uttalelsen fra barnehagen viser at behovet er større."}
    appeal = wait_for("klage to know the decision and its delivery", lambda: (lambda r: r[1] if r[0] == 201 and
                      r[1]["deadline"]["basis"] == "delivery-time" else None)(
        call("POST", KLAGE + "/v1/appeals?lang=nb", a, body, {"Idempotency-Key": "demo-appeal-" + case_id})), seconds=60)
    appeal_id = appeal["appealID"]
    print("  HTTP 201 — timeliness: %s, deadline %s (counted from %s, %s)" % (
        appeal["timeliness"], appeal["deadline"]["lastDay"], appeal["deadline"]["countedFrom"], appeal["deadline"]["basis"]))
    if appeal.get("text"):
        print("  | " + appeal["text"].replace("\n", "\n  | "))
    status, body = call("POST", KLAGE + "/v1/appeals/%s/underinstans" % appeal_id, ppt,
                        {"action": "forward", "statement": "Kommunen opprettholder vedtaket etter ny vurdering."})
    print("  The municipality (underinstans) upholds and forwards to Statsforvalteren: %s" % must(status, body, (200,), "forward")["status"])
    status, body = call("POST", KLAGE + "/v1/appeals/%s/klageinstans-outcome" % appeal_id, ppt, {"outcome": "changed",
                        "newDecisionOutcome": "granted"})
    print("  Statsforvalteren changes the decision: %s" % must(status, body, (200,), "outcome")["status"])

    heading("7. The family's timeline after the appeal (guardian B, English)")
    view = wait_for("the appeal on the timeline", lambda: (lambda r: r[1] if r[0] == 200 and
                    sum(1 for h in r[1]["history"] if h["kind"].startswith("appeal")) >= 3 else None)(
        call("GET", STATUS + "/v1/cases/%s?lang=en" % case_id, b)), seconds=60)
    show_view(view)


if __name__ == "__main__":
    main()
