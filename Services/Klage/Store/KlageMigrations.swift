import InngangPostgres

/// klage's own schema (versions 1–7999; the bootstrap adds the outbox, inbox and job queue).
/// National identity numbers and the appeal's free text stay in this database: events carry
/// ids and codes only (and the appellant's reference in appeal-filed, for notification).
///
/// - The projection, written by the inbox consumer only, each table on its own (events arrive in
///   any order across topics): `cases` + `case_parties` (case-received: the child and the
///   recipients, who are the parties), `decisions` (decision-made, and the new decisions klage
///   itself makes: reversals and rejections), `notice_deliveries` (delivered decision notices).
/// - `appeals`: one row per appeal, its current state (stage, timeliness, late admission,
///   klageinstans, result, postponement) and the appellant's texts.
/// - `appeal_steps`: the append-only history of every step (a trigger refuses UPDATE and DELETE).
/// - `filing_idempotency`: the answer to a filing sent with an `Idempotency-Key`, per appellant.
/// - `audit_log`: every read and every step through the API, by whom (pseudonymous reference).
/// - `reason_requests`: a party's request for the reasons for a decision (§ 24 second paragraph)
///   and when the reasons were given; `appeals` remembers the request's times it was measured with.
enum KlageMigrations {
    static let all: [Migration] = [projection, appeals, steps, filingIdempotency, auditLog, reasonRequests]

    static let projection = Migration(version: 1, name: "klage projection", sql: """
        CREATE TABLE cases (
            case_id     uuid        PRIMARY KEY,
            child_pid   text        NOT NULL,
            received_at timestamptz NOT NULL,
            stored_at   timestamptz NOT NULL DEFAULT now()
        );
        CREATE TABLE case_parties (
            case_id  uuid    NOT NULL,
            pid      text    NOT NULL,
            position integer NOT NULL,
            PRIMARY KEY (case_id, pid)
        );
        CREATE INDEX case_parties_pid_idx ON case_parties (pid);
        CREATE TABLE decisions (
            decision_id   uuid        PRIMARY KEY,
            case_id       uuid        NOT NULL,
            service       text        NOT NULL,
            outcome       text        NOT NULL,
            decision_date date        NOT NULL,
            made_at       timestamptz NOT NULL,
            source        text        NOT NULL CHECK (source IN ('status', 'klage')),
            appeal_id     uuid,
            stored_at     timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX decisions_case_idx ON decisions (case_id);
        CREATE TABLE notice_deliveries (
            notification_id uuid        PRIMARY KEY,
            case_id         uuid        NOT NULL,
            decision_id     uuid        NOT NULL,
            recipient_pid   text        NOT NULL,
            channel         text        NOT NULL,
            delivered_at    timestamptz NOT NULL,
            stored_at       timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX notice_deliveries_decision_idx ON notice_deliveries (decision_id, delivered_at);
        """)

    static let appeals = Migration(version: 2, name: "klage appeals", sql: """
        CREATE TABLE appeals (
            appeal_id              uuid        PRIMARY KEY,
            case_id                uuid        NOT NULL,
            decision_id            uuid        NOT NULL,
            service                text        NOT NULL,
            appellant_pid          text        NOT NULL,
            appellant_relation     text        NOT NULL CHECK (appellant_relation IN ('guardian', 'child-themself')),
            appellant_role         text        NOT NULL,
            child_birth_date       date        NOT NULL,
            filed_at               timestamptz NOT NULL,
            decision_date          date        NOT NULL,
            notice_delivered_at    timestamptz,
            notice_delivered_to    text,
            timeliness             text        NOT NULL,
            deadline_last_day      date,
            deadline_basis         text        NOT NULL,
            deadline_counted_from  date,
            absolute_limit         date        NOT NULL,
            stage                  text        NOT NULL,
            late_admission         text,
            klageinstans           text        NOT NULL,
            forwarded_to           text,
            change_wanted          text,
            reasons                text,
            attachments            jsonb       NOT NULL DEFAULT '[]',
            missing_parts          jsonb       NOT NULL DEFAULT '[]',
            complete_by            date,
            interim_reply_due_by   date        NOT NULL,
            interim_reply_sent_at  timestamptz,
            answered_at            timestamptz,
            result                 text,
            decided_by             text,
            reversal_scope         text,
            rejection_reason       text,
            new_decision_id        uuid,
            new_decision_outcome   text,
            decided_at             timestamptz,
            postponement_status        text,
            postponement_requested_at  timestamptz,
            postponement_decided_at    timestamptz,
            postponement_decided_by    text,
            updated_at             timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX appeals_service_idx ON appeals (service, filed_at);
        CREATE INDEX appeals_case_idx ON appeals (case_id);
        -- One open appeal per appellant and decision: a second filing while the first is handled
        -- is a duplicate (a double submit without an Idempotency-Key), answered 409.
        CREATE UNIQUE INDEX appeals_one_open_per_appellant_idx ON appeals (decision_id, appellant_pid)
            WHERE stage IN ('awaiting-completion', 'under-preparation', 'partly-reversed', 'forwarded');
        """)

    static let steps = Migration(version: 3, name: "klage appeal steps", sql: """
        CREATE TABLE appeal_steps (
            id          bigserial   PRIMARY KEY,
            appeal_id   uuid        NOT NULL REFERENCES appeals (appeal_id),
            at          timestamptz NOT NULL,
            step        text        NOT NULL,
            actor       text        NOT NULL,
            stage_after text        NOT NULL,
            codes       jsonb       NOT NULL DEFAULT '{}',
            text        text,
            event_ids   jsonb       NOT NULL DEFAULT '[]'
        );
        CREATE INDEX appeal_steps_appeal_idx ON appeal_steps (appeal_id, id);
        CREATE FUNCTION appeal_steps_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'appeal_steps is append-only';
        END;
        $$;
        CREATE TRIGGER appeal_steps_append_only BEFORE UPDATE OR DELETE ON appeal_steps
            FOR EACH ROW EXECUTE FUNCTION appeal_steps_append_only();
        """)

    static let filingIdempotency = Migration(version: 4, name: "klage filing idempotency", sql: """
        CREATE TABLE filing_idempotency (
            appellant_pid   text        NOT NULL,
            idempotency_key text        NOT NULL,
            request_hash    bytea       NOT NULL,
            appeal_id       uuid        NOT NULL REFERENCES appeals (appeal_id),
            response        text        NOT NULL,
            created_at      timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (appellant_pid, idempotency_key)
        );
        """)

    static let auditLog = Migration(version: 5, name: "klage audit log", sql: """
        CREATE TABLE audit_log (
            id         bigserial   PRIMARY KEY,
            at         timestamptz NOT NULL DEFAULT now(),
            actor      text        NOT NULL,
            action     text        NOT NULL,
            case_id    uuid,
            appeal_id  uuid,
            request_id text
        );
        CREATE INDEX audit_log_case_idx ON audit_log (case_id, at);
        """)

    static let reasonRequests = Migration(version: 6, name: "klage reason requests", sql: """
        CREATE TABLE reason_requests (
            reason_request_id  uuid        PRIMARY KEY,
            case_id            uuid        NOT NULL,
            decision_id        uuid        NOT NULL,
            service            text        NOT NULL,
            requester_pid      text        NOT NULL,
            requested_at       timestamptz NOT NULL,
            -- Whether it interrupted the deadline on the facts known when it was made (the API
            -- answers on the facts known now: a delivery recorded later may change it).
            in_time_at_request boolean     NOT NULL,
            answered_at        timestamptz,
            answered_by        text,
            idempotency_key    text,
            request_hash       bytea,
            created_at         timestamptz NOT NULL DEFAULT now(),
            CHECK ((answered_at IS NULL) = (answered_by IS NULL)),
            CHECK ((idempotency_key IS NULL) = (request_hash IS NULL))
        );
        -- One request per party and decision: asking again answers the request as it stands.
        CREATE UNIQUE INDEX reason_requests_one_per_party_idx ON reason_requests (decision_id, requester_pid);
        CREATE UNIQUE INDEX reason_requests_idempotency_idx ON reason_requests (requester_pid, idempotency_key)
            WHERE idempotency_key IS NOT NULL;
        CREATE INDEX reason_requests_case_idx ON reason_requests (case_id);
        -- The request's times an appeal's deadline was measured with (NoticeFacts.reasonsRequest).
        ALTER TABLE appeals ADD COLUMN reasons_requested_at timestamptz, ADD COLUMN reasons_given_at timestamptz;
        """)
}
