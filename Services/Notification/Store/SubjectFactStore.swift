import Foundation
import InngangModels
import InngangPostgres
import NotificationDomain

/// The service's projection of the facts reminders depend on (``SubjectFacts``): meetings
/// (scheduled at / cancelled), documentation tasks (due / received), decisions (outcome, appeal
/// filed), each recipient's appeal deadline and consents (requested / in force until / ended). Updated from every consumed event in its inbox
/// transaction; read by the job handler right before sending (``MootCheck``).
enum SubjectFactStore {
    /// Updates the projection with `event` (events of one case arrive in order on their topic).
    /// - Returns: groups of queued messages the new facts made moot beyond what the planner knows
    ///   from the event alone (a decision closing the service's open documentation tasks).
    @discardableResult
    static func apply(_ event: TriggeringEvent, on connection: PostgresConnection) async throws -> [CancellationGroup] {
        switch event.trigger {
        case .meetingScheduled(let e):
            try await connection.query("""
                INSERT INTO meeting_facts (meeting_id, case_id, starts_at, cancelled, source_event_id)
                VALUES ($1, $2, $3, false, $4)
                ON CONFLICT (meeting_id) DO UPDATE
                   SET starts_at = EXCLUDED.starts_at, cancelled = false, source_event_id = EXCLUDED.source_event_id, updated_at = now()
                """, [e.meetingID.rawValue, e.caseID.rawValue, e.startsAt, event.id])
        case .meetingCancelled(let e):
            // A cancellation of a meeting never scheduled here changes nothing: its reminders
            // cannot exist, and an unknown meeting fails closed anyway.
            try await connection.query(
                "UPDATE meeting_facts SET cancelled = true, source_event_id = $2, updated_at = now() WHERE meeting_id = $1",
                [e.meetingID.rawValue, event.id])
        case .documentationRequested(let e):
            try await connection.query("""
                INSERT INTO task_facts (task_id, case_id, due_date, received, source_event_id, service)
                VALUES ($1, $2, $3::date, false, $4, $5)
                ON CONFLICT (task_id) DO UPDATE
                   SET due_date = EXCLUDED.due_date, received = false, closed_by_decision = false, service = EXCLUDED.service,
                       source_event_id = EXCLUDED.source_event_id, updated_at = now()
                """, [e.taskID.rawValue, e.caseID.rawValue, e.dueDate.description, event.id, e.service.rawValue])
        case .documentationReceived(let e):
            try await connection.query(
                "UPDATE task_facts SET received = true, source_event_id = $2, updated_at = now() WHERE task_id = $1",
                [e.taskID.rawValue, event.id])
        case .decisionMade(let e):
            try await connection.query("""
                INSERT INTO decision_facts (decision_id, case_id, outcome, decision_date, source_event_id)
                VALUES ($1, $2, $3, $4::date, $5)
                ON CONFLICT (decision_id) DO UPDATE
                   SET outcome = EXCLUDED.outcome, decision_date = EXCLUDED.decision_date,
                       source_event_id = EXCLUDED.source_event_id, updated_at = now()
                """, [e.decisionID.rawValue, e.caseID.rawValue, e.outcome.rawValue, e.decisionDate.description, event.id])
            return try await closeOpenTasks(caseID: e.caseID, service: e.service, event: event, on: connection).map(CancellationGroup.task)
        case .appealFiled(let e):
            try await connection.query("""
                INSERT INTO decision_facts (decision_id, case_id, outcome, decision_date, source_event_id, appeal_filed)
                VALUES ($1, $2, 'unknown', CURRENT_DATE, $3, true)
                ON CONFLICT (decision_id) DO UPDATE SET appeal_filed = true, updated_at = now()
                """, [e.decisionID.rawValue, e.caseID.rawValue, event.id])
        case .consentRequested(let e):
            try await recordConsent(e.consentID, caseID: event.trigger.caseID, status: "requested", validUntil: nil, event, on: connection)
        case .consentGiven(let e):
            try await recordConsent(e.consentID, caseID: event.trigger.caseID, status: "in-force", validUntil: e.validUntil, event, on: connection)
        case .consentWithdrawn(let e):
            try await recordConsent(e.consentID, caseID: event.trigger.caseID, status: "ended", validUntil: nil, event, on: connection)
        case .consentEnded(let e):
            try await recordConsent(e.consentID, caseID: event.trigger.caseID, status: "ended", validUntil: nil, event, on: connection)
        case .reasonsRequested(let e):
            guard e.inTime else { break }
            try await connection.query("""
                INSERT INTO reasons_requests (decision_id, recipient_digest, case_id, requested_at)
                VALUES ($1, $2, $3, $4)
                ON CONFLICT (decision_id, recipient_digest) DO UPDATE SET requested_at = EXCLUDED.requested_at
                """, [e.decisionID.rawValue, KeyDigest.of(person: e.requester), e.caseID.rawValue, e.requestedAt])
        case .reasonsGiven(let e):
            guard e.startsNewDeadline else { break }
            let digest = KeyDigest.of(person: e.requester)
            try await connection.query("""
                INSERT INTO reasons_requests (decision_id, recipient_digest, case_id, given_at)
                VALUES ($1, $2, $3, $4)
                ON CONFLICT (decision_id, recipient_digest) DO UPDATE SET given_at = EXCLUDED.given_at
                """, [e.decisionID.rawValue, digest, e.caseID.rawValue, e.givenAt])
            // The requester's deadline is now the new one (a notice delivery recorded later keeps it:
            // recordAppealDeadline does not overwrite).
            try await connection.query("""
                INSERT INTO appeal_deadlines (decision_id, recipient_digest, case_id, deadline, notice_delivered_at)
                VALUES ($1, $2, $3, $4::date, $5)
                ON CONFLICT (decision_id, recipient_digest) DO UPDATE SET deadline = EXCLUDED.deadline
                """, [e.decisionID.rawValue, digest, e.caseID.rawValue, e.newDeadline.description, e.givenAt])
        case .caseReceived, .coordinatorAssigned, .appealCompletionRequested, .appealForwarded, .appealInterimReply, .appealDecided:
            break
        }
        return []
    }

    /// Marks the service's open documentation tasks of the case closed by its decision
    /// (``SubjectFacts/Task/closedByDecision``); the events of a case arrive in order, so these are
    /// exactly the tasks requested before the decision. Idempotent.
    /// - Returns: the tasks it closed now (their queued reminders are moot).
    @discardableResult
    static func closeOpenTasks(caseID: CaseID, service: ServiceCode, event: TriggeringEvent, on connection: PostgresConnection) async throws -> [TaskID] {
        let rows = try await connection.query("""
            UPDATE task_facts SET closed_by_decision = true, source_event_id = $3, updated_at = now()
             WHERE case_id = $1 AND service = $2 AND NOT received AND NOT closed_by_decision
            RETURNING task_id
            """, [caseID.rawValue, service.rawValue, event.id])
        return try rows.map { TaskID(try $0.decode(0, as: UUID.self)) }
    }

    /// Moves a consent to `status`. A request never overwrites a later state; `ended` is final
    /// (a late `given` cannot revive a withdrawn consent).
    private static func recordConsent(
        _ consentID: ConsentID, caseID: CaseID, status: String, validUntil: LocalDate?, _ event: TriggeringEvent,
        on connection: PostgresConnection
    ) async throws {
        try await connection.query("""
            INSERT INTO consent_facts (consent_id, case_id, status, valid_until, source_event_id)
            VALUES ($1, $2, $3, $4::date, $5)
            ON CONFLICT (consent_id) DO UPDATE
               SET status = CASE WHEN consent_facts.status = 'ended' OR EXCLUDED.status = 'requested'
                                 THEN consent_facts.status ELSE EXCLUDED.status END,
                   valid_until = CASE WHEN consent_facts.status = 'ended' OR EXCLUDED.status = 'requested'
                                      THEN consent_facts.valid_until ELSE COALESCE(EXCLUDED.valid_until, consent_facts.valid_until) END,
                   source_event_id = EXCLUDED.source_event_id, updated_at = now()
            """, [consentID.rawValue, caseID.rawValue, status, validUntil?.description, event.id])
    }

    /// Records the appeal deadline of `recipient` for `decisionID` (from when the notice reached them).
    static func recordAppealDeadline(
        decisionID: DecisionID, caseID: CaseID, recipient: PersonRef, deadline: LocalDate, noticeDeliveredAt: Date,
        on connection: PostgresConnection
    ) async throws {
        try await connection.query("""
            INSERT INTO appeal_deadlines (decision_id, recipient_digest, case_id, deadline, notice_delivered_at)
            VALUES ($1, $2, $3, $4::date, $5)
            ON CONFLICT (decision_id, recipient_digest) DO NOTHING
            """, [decisionID.rawValue, KeyDigest.of(person: recipient), caseID.rawValue, deadline.description, noticeDeliveredAt])
    }

    /// The current facts about what `planned` is about. No record → ``SubjectFacts/unavailable``
    /// (the rule then fails closed); database errors propagate (the job retries).
    static func facts(for planned: PlannedNotification, on connection: PostgresConnection) async throws -> SubjectFacts {
        switch planned.subject {
        case .caseNews, .decision, .consentNews:
            return .notNeeded
        case .consentRequest(let id, _), .consentExpiry(let id, _, _):
            guard let row = try await connection.query(
                "SELECT status, to_char(valid_until, 'YYYY-MM-DD') FROM consent_facts WHERE consent_id = $1", [id.rawValue]).first
            else { return .unavailable }
            switch try row.decode(0, as: String.self) {
            case "requested": return .consent(.requested)
            case "ended": return .consent(.ended)
            case "in-force":
                guard let text = try row.decodeIfPresent(1, as: String.self), let until = LocalDate(text) else { return .unavailable }
                return .consent(.inForce(validUntil: until))
            default: return .unavailable
            }
        case .meeting(let id, _):
            guard let row = try await connection.query(
                "SELECT starts_at, cancelled FROM meeting_facts WHERE meeting_id = $1", [id.rawValue]).first
            else { return .unavailable }
            if try row.decode(1, as: Bool.self) { return .meeting(.cancelled) }
            // Same microsecond rounding as the event's and the planned message's JSON.
            return .meeting(.scheduled(startsAt: RFC3339.normalized(try row.decode(0, as: Date.self))))
        case .task(let id, _):
            guard let row = try await connection.query(
                "SELECT to_char(due_date, 'YYYY-MM-DD'), received, closed_by_decision FROM task_facts WHERE task_id = $1", [id.rawValue]).first
            else { return .unavailable }
            if try row.decode(1, as: Bool.self) { return .task(.received) }
            if try row.decode(2, as: Bool.self) { return .task(.closedByDecision) }
            guard let due = LocalDate(try row.decode(0, as: String.self)) else { return .unavailable }
            return .task(.open(dueDate: due))
        case .appealDeadline(let decisionID, _):
            let filed = try await connection.query(
                "SELECT appeal_filed FROM decision_facts WHERE decision_id = $1", [decisionID.rawValue]).first
            if try filed?.decode(0, as: Bool.self) == true { return .appeal(.filed) }
            let awaiting = try await connection.query(
                "SELECT 1 FROM reasons_requests WHERE decision_id = $1 AND recipient_digest = $2 AND given_at IS NULL",
                [decisionID.rawValue, KeyDigest.of(person: planned.recipient.person)]).first
            if awaiting != nil { return .appeal(.awaitingReasons) }
            guard let row = try await connection.query(
                "SELECT to_char(deadline, 'YYYY-MM-DD') FROM appeal_deadlines WHERE decision_id = $1 AND recipient_digest = $2",
                [decisionID.rawValue, KeyDigest.of(person: planned.recipient.person)]).first,
                let deadline = LocalDate(try row.decode(0, as: String.self))
            else { return .unavailable }
            return .appeal(.open(deadline: deadline))
        }
    }
}
