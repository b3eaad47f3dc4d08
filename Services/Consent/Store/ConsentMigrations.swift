import InngangPostgres

/// The consent service's own tables (versions 1–7999; the bootstrap adds the outbox, inbox and
/// job queue). National identity numbers, the purpose text, the child's view and legal-basis
/// justifications stay in this database: events carry ids and codes (and the persons' numbers
/// as keys for the registers), never free text.
enum ConsentMigrations {
    static let all: [Migration] = [consents, grantors, facts, legalBases, idempotency, auditLog]

    /// One row per consent: what lists and locks need. The consent itself is its fact history
    /// (`consent_facts`); `status` and `ended` are the fold of that history after the last append
    /// (``ConsentStatus/code``), kept for listing and the sweeper, never for a decision. Every
    /// append locks this row (`SELECT … FOR UPDATE`), so one consent's facts are written one
    /// writer at a time.
    static let consents = Migration(version: 1, name: "consents", sql: """
        CREATE TABLE consents (
            consent_id            uuid        PRIMARY KEY,
            child_pid             text        NOT NULL,
            case_id               uuid,
            requested_by          text        NOT NULL,
            requested_by_service  text        NOT NULL,
            requested_at          timestamptz NOT NULL,
            valid_until           date        NOT NULL,
            status                text        NOT NULL,
            ended                 boolean     NOT NULL DEFAULT false,
            fact_count            integer     NOT NULL CHECK (fact_count >= 1),
            swept_on              date,
            updated_at            timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX consents_child_idx ON consents (child_pid);
        CREATE INDEX consents_open_idx ON consents (swept_on) WHERE NOT ended;
        """)

    /// The required grantors of each consent (from its terms), so a citizen's consents are found
    /// by their number.
    static let grantors = Migration(version: 2, name: "consent grantors", sql: """
        CREATE TABLE consent_grantors (
            consent_id  uuid    NOT NULL REFERENCES consents (consent_id) ON DELETE CASCADE,
            pid         text    NOT NULL,
            role        text    NOT NULL,
            position    integer NOT NULL,
            PRIMARY KEY (consent_id, pid)
        );
        CREATE INDEX consent_grantors_pid_idx ON consent_grantors (pid);
        """)

    /// The append-only history of each consent: one `ConsentFact` (JSON) per row, in order. The
    /// trigger refuses updates and deletes, so the record cannot be rewritten.
    static let facts = Migration(version: 3, name: "consent facts", sql: """
        CREATE TABLE consent_facts (
            consent_id   uuid        NOT NULL REFERENCES consents (consent_id),
            position     integer     NOT NULL CHECK (position >= 0),
            kind         text        NOT NULL,
            at           timestamptz NOT NULL,
            fact         jsonb       NOT NULL,
            recorded_at  timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (consent_id, position)
        );
        CREATE FUNCTION consent_facts_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'consent_facts is append-only';
        END
        $$;
        CREATE TRIGGER consent_facts_append_only BEFORE UPDATE OR DELETE ON consent_facts
            FOR EACH ROW EXECUTE FUNCTION consent_facts_append_only();
        """)

    /// Legal bases other than consent, recorded by employees; kept apart from consents.
    static let legalBases = Migration(version: 4, name: "legal bases", sql: """
        CREATE TABLE legal_bases (
            legal_basis_id  uuid        PRIMARY KEY,
            kind            text        NOT NULL,
            case_id         uuid,
            child_pid       text        NOT NULL,
            from_service    text        NOT NULL,
            to_service      text        NOT NULL,
            categories      jsonb       NOT NULL,
            justification   text        NOT NULL,
            recorded_by     text        NOT NULL,
            recorded_at     timestamptz NOT NULL
        );
        CREATE INDEX legal_bases_child_idx ON legal_bases (child_pid, recorded_at);
        """)

    /// Answers to writes sent with an `Idempotency-Key`, per caller and operation: a SHA-256 of
    /// the request (computed by PostgreSQL) and the answer to send again.
    static let idempotency = Migration(version: 5, name: "consent idempotency keys", sql: """
        CREATE TABLE idempotency_keys (
            scope            text        NOT NULL,
            operation        text        NOT NULL,
            idempotency_key  text        NOT NULL,
            request_hash     bytea       NOT NULL,
            status           integer     NOT NULL,
            response         text        NOT NULL,
            created_at       timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (scope, operation, idempotency_key)
        );
        """)

    /// Every read or check of a consent's personal data through the API by a person (and every
    /// write), in the same transaction. `actor` is the caller's pseudonymous audit reference.
    static let auditLog = Migration(version: 6, name: "consent audit log", sql: """
        CREATE TABLE audit_log (
            id              bigserial   PRIMARY KEY,
            at              timestamptz NOT NULL DEFAULT now(),
            actor           text        NOT NULL,
            action          text        NOT NULL,
            consent_id      uuid,
            legal_basis_id  uuid,
            child_pid       text,
            outcome         text,
            request_id      text
        );
        CREATE INDEX audit_log_consent_idx ON audit_log (consent_id, at);
        CREATE INDEX audit_log_child_idx ON audit_log (child_pid, at);
        """)
}
