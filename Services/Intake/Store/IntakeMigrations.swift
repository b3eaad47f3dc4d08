import InngangPostgres

/// Intake's own tables (versions 1–7999; the bootstrap adds the outbox, inbox and job queue).
/// Personal data (national identity numbers, the application's free text) stays in this
/// database: events carry ids and codes only.
enum IntakeMigrations {
    static let all: [Migration] = [cases, routes, recipients, caseNumberSequences, idempotencyKeys, auditLog, referrals]

    /// One row per case: the validated application as received (free text included), the receipt
    /// as answered, and a snapshot of the coordinator's contact as shown to the family.
    static let cases = Migration(version: 1, name: "intake cases", sql: """
        CREATE TABLE cases (
            case_id        uuid        PRIMARY KEY,
            case_number    text        NOT NULL UNIQUE,
            municipality   text        NOT NULL,
            applicant_pid  text        NOT NULL,
            child_pid      text        NOT NULL,
            received_at    timestamptz NOT NULL,
            application    jsonb       NOT NULL,
            receipt        jsonb       NOT NULL,
            coordinator_id text,
            coordinator    jsonb,
            follow_ups     jsonb       NOT NULL DEFAULT '[]',
            closed_at      timestamptz,
            created_at     timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX cases_open_by_coordinator_idx ON cases (coordinator_id)
            WHERE coordinator_id IS NOT NULL AND closed_at IS NULL;
        CREATE INDEX cases_child_idx ON cases (child_pid);
        """)

    /// The services a case was routed to, in routing order.
    static let routes = Migration(version: 2, name: "intake case routes", sql: """
        CREATE TABLE case_routes (
            case_id             uuid    NOT NULL REFERENCES cases (case_id) ON DELETE CASCADE,
            position            integer NOT NULL,
            service             text    NOT NULL,
            matched_categories  jsonb   NOT NULL,
            is_fallback         boolean NOT NULL,
            processing_time_working_days integer,
            PRIMARY KEY (case_id, position),
            UNIQUE (case_id, service)
        );
        CREATE INDEX case_routes_service_idx ON case_routes (service);
        """)

    /// Who is told about a case and may read it (the applicant first): guardians with parental
    /// responsibility and no restricted access, or the young person.
    static let recipients = Migration(version: 3, name: "intake case recipients", sql: """
        CREATE TABLE case_recipients (
            case_id             uuid    NOT NULL REFERENCES cases (case_id) ON DELETE CASCADE,
            pid                 text    NOT NULL,
            position            integer NOT NULL,
            role                text    NOT NULL,
            address_protection  text    NOT NULL,
            PRIMARY KEY (case_id, pid)
        );
        CREATE INDEX case_recipients_pid_idx ON case_recipients (pid);
        """)

    /// The last case-number sequence used per (Oslo) year. Taken with an upsert that locks the
    /// year's row until the case's transaction ends, so numbers are unique and, since a rolled-back
    /// transaction gives its number back, without gaps.
    static let caseNumberSequences = Migration(version: 4, name: "intake case number sequences", sql: """
        CREATE TABLE case_number_sequences (
            year          integer PRIMARY KEY,
            last_sequence integer NOT NULL CHECK (last_sequence >= 1)
        );
        """)

    /// `Idempotency-Key`s per applicant: the request fingerprint and the case it created.
    static let idempotencyKeys = Migration(version: 5, name: "intake idempotency keys", sql: """
        CREATE TABLE idempotency_keys (
            applicant_pid    text        NOT NULL,
            idempotency_key  text        NOT NULL,
            fingerprint      text        NOT NULL,
            case_id          uuid        NOT NULL REFERENCES cases (case_id) ON DELETE CASCADE,
            created_at       timestamptz NOT NULL DEFAULT now(),
            CONSTRAINT idempotency_keys_pkey PRIMARY KEY (applicant_pid, idempotency_key)
        );
        """)

    /// Every read of a case's personal data through the API by a person.
    static let auditLog = Migration(version: 6, name: "intake audit log", sql: """
        CREATE TABLE audit_log (
            id          bigserial   PRIMARY KEY,
            at          timestamptz NOT NULL DEFAULT now(),
            actor       text        NOT NULL,
            action      text        NOT NULL,
            case_id     uuid,
            request_id  text
        );
        CREATE INDEX audit_log_case_idx ON audit_log (case_id, at);
        """)

    /// Referrals (`POST /v1/referrals`): a case of kind `referral` has no applicant (the referring
    /// employee is not a person of the case); its row here says who referred it, from which service,
    /// what covered it (consent or a legal basis, with the consent service's ids), and the
    /// employee's `Idempotency-Key` with the request's fingerprint (unique per employee).
    static let referrals = Migration(version: 7, name: "intake referrals", sql: """
        ALTER TABLE cases ADD COLUMN kind text NOT NULL DEFAULT 'application';
        ALTER TABLE cases ALTER COLUMN applicant_pid DROP NOT NULL;
        ALTER TABLE cases ADD CONSTRAINT cases_applicant_by_kind CHECK ((kind = 'application') = (applicant_pid IS NOT NULL));
        CREATE TABLE case_referrals (
            case_id            uuid        PRIMARY KEY REFERENCES cases (case_id) ON DELETE CASCADE,
            referring_service  text        NOT NULL,
            referred_by        text        NOT NULL,
            coverage_basis     text        NOT NULL,
            coverage_ids       jsonb       NOT NULL,
            idempotency_key    text        NOT NULL,
            fingerprint        text        NOT NULL,
            created_at         timestamptz NOT NULL DEFAULT now(),
            CONSTRAINT case_referrals_key_unique UNIQUE (referred_by, idempotency_key)
        );
        """)
}
