import InngangPostgres

/// The notification service's tables (migration versions 1–7999; the bootstrap adds the outbox,
/// inbox and job queue). Never edit a released migration; add a new one.
///
/// National identity numbers are stored only where the service needs them to act (the case's
/// recipient list, the planned message, the coordinator's task); keys and joins use SHA-256
/// digests of them, so job-queue keys and log lines never carry one. A digest of an 11-digit
/// number can be reversed by trying numbers: it keeps ids out of places, it does not anonymise.
enum NotificationSchema {
    static let migrations: [Migration] = [
        Migration(version: 1, name: "notification_cases", sql: cases),
        Migration(version: 2, name: "notification_subject_facts", sql: facts),
        Migration(version: 3, name: "notification_planned_and_sent", sql: plannedAndSent),
        Migration(version: 4, name: "notification_coordinator_tasks_and_audit", sql: tasksAndAudit),
        Migration(version: 5, name: "notification_consent_facts", sql: consentFacts),
        Migration(version: 6, name: "notification_reasons_requests", sql: reasonsRequests),
        Migration(version: 7, name: "notification_task_facts_service", sql: taskFactsService),
    ]

    /// In-time requests for the reasons for a decision, per requester (forvaltningsloven § 24,
    /// § 29 third paragraph): while `given_at` is NULL the requester's deadline is interrupted
    /// and their appeal-deadline reminders are moot; once given, `appeal_deadlines` holds the new
    /// deadline.
    /// Which service asked for each documentation task, and whether a later decision of that
    /// service closed it (``SubjectFacts/Task/closedByDecision``). Tasks recorded before this
    /// migration have no service and are never closed by a decision (as before).
    static let taskFactsService = """
        ALTER TABLE task_facts
            ADD COLUMN service text,
            ADD COLUMN closed_by_decision boolean NOT NULL DEFAULT false;
        CREATE INDEX task_facts_open_by_service_idx ON task_facts (case_id, service)
            WHERE NOT received AND NOT closed_by_decision;
        """

    static let reasonsRequests = """
        CREATE TABLE reasons_requests (
            decision_id      uuid NOT NULL,
            recipient_digest text NOT NULL,
            case_id          uuid NOT NULL,
            requested_at     timestamptz,
            given_at         timestamptz,
            PRIMARY KEY (decision_id, recipient_digest)
        );
        """

    /// Who is told about each case (from case-received), which services it was routed to (for
    /// the employee API), and events that arrived before their case's recipient list.
    static let cases = """
        CREATE TABLE case_recipients (
            case_id         uuid PRIMARY KEY,
            child_pid       text NOT NULL,
            recipients      jsonb NOT NULL,
            source_event_id text NOT NULL,
            received_at     timestamptz NOT NULL,
            recorded_at     timestamptz NOT NULL DEFAULT now()
        );

        CREATE TABLE case_services (
            case_id   uuid NOT NULL,
            service   text NOT NULL,
            routed_at timestamptz NOT NULL,
            PRIMARY KEY (case_id, service)
        );

        -- Events of a case whose case-received has not been consumed yet (the intake and status
        -- topics are consumed independently). Replayed in arrival order, then deleted, when
        -- case-received arrives.
        CREATE TABLE parked_events (
            id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            case_id   uuid NOT NULL,
            event_id  text NOT NULL UNIQUE,
            event     jsonb NOT NULL,
            parked_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX parked_events_case_idx ON parked_events (case_id, id);
        """

    /// What the service knows now about the things reminders are about (``SubjectFacts``).
    static let facts = """
        CREATE TABLE meeting_facts (
            meeting_id      uuid PRIMARY KEY,
            case_id         uuid NOT NULL,
            starts_at       timestamptz NOT NULL,
            cancelled       boolean NOT NULL DEFAULT false,
            source_event_id text NOT NULL,
            updated_at      timestamptz NOT NULL DEFAULT now()
        );

        CREATE TABLE task_facts (
            task_id         uuid PRIMARY KEY,
            case_id         uuid NOT NULL,
            due_date        date NOT NULL,
            received        boolean NOT NULL DEFAULT false,
            source_event_id text NOT NULL,
            updated_at      timestamptz NOT NULL DEFAULT now()
        );

        CREATE TABLE decision_facts (
            decision_id     uuid PRIMARY KEY,
            case_id         uuid NOT NULL,
            outcome         text NOT NULL,
            decision_date   date NOT NULL,
            source_event_id text NOT NULL,
            appeal_filed    boolean NOT NULL DEFAULT false,
            updated_at      timestamptz NOT NULL DEFAULT now()
        );

        -- The appeal deadline runs per party: 3 weeks from when the decision notice reached
        -- that recipient (forvaltningsloven § 29).
        CREATE TABLE appeal_deadlines (
            decision_id         uuid NOT NULL,
            recipient_digest    text NOT NULL,
            case_id             uuid NOT NULL,
            deadline            date NOT NULL,
            notice_delivered_at timestamptz NOT NULL,
            PRIMARY KEY (decision_id, recipient_digest)
        );
        """

    /// One row per planned message (key = digest of the ``NotificationKey``) and one per message
    /// handed to a provider: the UNIQUE digest in `sent_notifications` is the "never twice" rule.
    static let plannedAndSent = """
        CREATE TABLE planned_notifications (
            key_digest         text PRIMARY KEY,
            case_id            uuid NOT NULL,
            source_event_id    text NOT NULL,
            purpose            text NOT NULL,
            recipient_digest   text NOT NULL,
            cancellation_group text,
            planned            jsonb NOT NULL,
            send_at            timestamptz NOT NULL,
            job_key            text NOT NULL,
            postponements      integer NOT NULL DEFAULT 0,
            state              text NOT NULL DEFAULT 'planned'
                               CHECK (state IN ('planned', 'sending', 'sent', 'cancelled', 'dropped', 'failed')),
            outcome_reason     text,
            notification_id    uuid,
            planned_at         timestamptz NOT NULL DEFAULT now(),
            updated_at         timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX planned_notifications_group_idx
            ON planned_notifications (case_id, cancellation_group) WHERE state = 'planned';
        CREATE INDEX planned_notifications_case_idx ON planned_notifications (case_id, planned_at);

        CREATE TABLE sent_notifications (
            notification_id     uuid PRIMARY KEY,
            key_digest          text NOT NULL UNIQUE REFERENCES planned_notifications (key_digest),
            case_id             uuid NOT NULL,
            channel             text NOT NULL CHECK (channel IN ('sms', 'email')),
            state               text NOT NULL DEFAULT 'claimed'
                                CHECK (state IN ('claimed', 'delivered', 'failed', 'abandoned')),
            attempts            integer NOT NULL DEFAULT 1,
            claimed_at          timestamptz NOT NULL DEFAULT now(),
            -- While set and in the future, a worker is handing the message over: others wait.
            in_flight_until     timestamptz,
            delivered_at        timestamptz,
            provider_message_id text,
            failure_reason      text
        );
        """

    /// "Contact this family another way" tasks for the case's coordinator, and the audit log of
    /// reads through the employee API.
    static let tasksAndAudit = """
        CREATE TABLE coordinator_tasks (
            task_digest     text PRIMARY KEY,
            kind            text NOT NULL,
            case_id         uuid NOT NULL,
            recipient_pid   text NOT NULL,
            purpose         text NOT NULL,
            reason          text NOT NULL,
            notification_id uuid NOT NULL,
            state           text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done')),
            created_at      timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX coordinator_tasks_case_idx ON coordinator_tasks (case_id, created_at);

        CREATE TABLE audit_log (
            id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at      timestamptz NOT NULL DEFAULT now(),
            actor   text NOT NULL,
            action  text NOT NULL,
            case_id uuid
        );
        CREATE INDEX audit_log_case_idx ON audit_log (case_id, at);
        """

    /// Where each consent stands (from the consent service's events), for the moot check of
    /// consent requests and expiry reminders. `case_id` is the case the consent's messages are
    /// filed under (its case, or the consent id when it has none). Once `ended`, it stays ended.
    static let consentFacts = """
        CREATE TABLE consent_facts (
            consent_id      uuid PRIMARY KEY,
            case_id         uuid NOT NULL,
            status          text NOT NULL CHECK (status IN ('requested', 'in-force', 'ended')),
            valid_until     date,
            source_event_id text NOT NULL,
            updated_at      timestamptz NOT NULL DEFAULT now()
        );
        """
}
