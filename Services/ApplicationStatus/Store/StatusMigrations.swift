import InngangPostgres

/// application-status's own schema (versions 1–7999; the bootstrap adds outbox, inbox and job queue).
///
/// - `cases`: one row per case whose `case-received` event has arrived. Reports lock this row
///   (`SELECT … FOR UPDATE`) so that folding, validating and appending a report are serialised per case.
/// - `case_recipients`: the guardians told about the case (from `case-received`): "my cases".
/// - `case_events`: every event the timeline uses, own reports and consumed events alike, keyed
///   by CloudEvent id. The timeline is `CaseTimeline.fold` of a case's rows (order-tolerant,
///   idempotent by id), so arrival order does not matter.
/// - `report_texts`: free text of reports (documentation descriptions, interim-reply reasons),
///   keyed by the report's event id. It never goes on Kafka.
/// - `report_idempotency`: the answer to a report sent with an `Idempotency-Key`, per service.
/// - `audit_log`: who read or reported on which case, when.
enum StatusMigrations {
    static let all: [Migration] = [cases, caseEvents, reportTexts, reportIdempotency, auditLog]

    static let cases = Migration(
        version: 1,
        name: "cases_and_recipients",
        sql: """
            CREATE TABLE cases (
                case_id     uuid        PRIMARY KEY,
                case_number text        NOT NULL,
                received_at timestamptz NOT NULL,
                stored_at   timestamptz NOT NULL DEFAULT now()
            );
            CREATE TABLE case_recipients (
                case_id uuid NOT NULL REFERENCES cases (case_id),
                pid     text NOT NULL,
                PRIMARY KEY (case_id, pid)
            );
            CREATE INDEX case_recipients_pid_idx ON case_recipients (pid);
            """)

    static let caseEvents = Migration(
        version: 2,
        name: "case_events",
        sql: """
            CREATE TABLE case_events (
                event_id    text        PRIMARY KEY,
                case_id     uuid        NOT NULL,
                type        text        NOT NULL,
                source      text        NOT NULL,
                event_time  timestamptz NOT NULL,
                business_at timestamptz NOT NULL,
                data        jsonb       NOT NULL,
                stored_at   timestamptz NOT NULL DEFAULT now()
            );
            CREATE INDEX case_events_case_idx ON case_events (case_id, business_at);
            """)

    static let reportTexts = Migration(
        version: 3,
        name: "report_texts",
        sql: """
            CREATE TABLE report_texts (
                event_id text PRIMARY KEY REFERENCES case_events (event_id),
                text     text NOT NULL
            );
            """)

    static let reportIdempotency = Migration(
        version: 4,
        name: "report_idempotency",
        sql: """
            CREATE TABLE report_idempotency (
                service         text        NOT NULL,
                idempotency_key text        NOT NULL,
                request_hash    bytea       NOT NULL,
                case_id         uuid        NOT NULL,
                event_id        text        NOT NULL,
                response        text        NOT NULL,
                created_at      timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (service, idempotency_key)
            );
            """)

    static let auditLog = Migration(
        version: 5,
        name: "audit_log",
        sql: """
            CREATE TABLE audit_log (
                id      bigserial   PRIMARY KEY,
                at      timestamptz NOT NULL DEFAULT now(),
                actor   text        NOT NULL,
                action  text        NOT NULL,
                case_id uuid
            );
            CREATE INDEX audit_log_case_idx ON audit_log (case_id, at);
            """)
}
