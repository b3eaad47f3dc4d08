import Foundation
import Hummingbird
import InngangModels
import InngangPostgres
import InngangService
import NotificationDomain

/// `GET /v1/cases/{caseID}/notifications` — for employees of a service the case was routed to
/// (the coordinator and caseworkers): what the family was told and when, and the open
/// "reach the family" tasks. Purpose, state, channel and times only: **never an address, a
/// national identity number or a message text**; recipients are numbered in the case's order
/// (1 = the applicant). Every read is audit-logged (`audit_log`) in the same transaction.
/// Unknown case, or not routed to the caller's service → 404.
struct CaseNotificationsRoute: Sendable {
    let pool: PostgresPool

    struct Body: Encodable, Sendable {
        var caseID: CaseID
        var notifications: [Entry]
        var coordinatorTasks: [Task]
    }

    struct Entry: Encodable, Sendable {
        var purpose: String
        /// 1-based position in the case's recipient list.
        var recipient: Int?
        /// `planned`, `sending`, `sent`, `cancelled`, `dropped`, `failed`.
        var state: String
        var plannedFor: Date
        var channel: String?
        var notificationID: String?
        var deliveredAt: Date?
        /// Why it was cancelled, not sent or failed (a code).
        var reason: String?
    }

    struct Task: Encodable, Sendable {
        var kind: String
        var purpose: String
        var recipient: Int?
        var reason: String
        var state: String
        var createdAt: Date
    }

    func register(on router: Router<InngangRequestContext>) {
        router.get("/v1/cases/:caseID/notifications") { request, context -> Response in
            let employee = try context.requireEmployee()
            guard let raw = context.parameters.get("caseID"), let caseID = CaseID(raw) else {
                throw ProblemDetails.badRequest("caseID must be a UUID.")
            }
            let actor = try context.requireCaller().auditReference
            let body = try await pool.withTransaction { connection -> Body? in
                guard try await CaseStore.isRouted(caseID, to: employee.service, on: connection) else { return nil }
                try await AuditLogStore.record(actor: actor, .readCaseNotifications, caseID: caseID, on: connection)
                return try await load(caseID, on: connection)
            }
            guard let body else { throw ProblemDetails.notFound("No such case.") }
            let data = try EventJSON.encoder.encode(body)
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
    }

    func load(_ caseID: CaseID, on connection: PostgresConnection) async throws -> Body {
        var numbers: [String: Int] = [:]
        if let known = try await CaseStore.recipients(of: caseID, on: connection) {
            for (index, recipient) in known.list.recipients.enumerated() {
                numbers[KeyDigest.of(person: recipient.person)] = index + 1
            }
        }
        let rows = try await connection.query("""
            SELECT p.purpose, p.recipient_digest, p.state, p.send_at, s.channel, p.notification_id::text, s.delivered_at, p.outcome_reason
              FROM planned_notifications p LEFT JOIN sent_notifications s ON s.key_digest = p.key_digest
             WHERE p.case_id = $1 ORDER BY p.send_at, p.planned_at
            """, [caseID.rawValue])
        let entries = try rows.map { row -> Entry in
            Entry(purpose: try row.decode(0, as: String.self), recipient: numbers[try row.decode(1, as: String.self)],
                  state: try row.decode(2, as: String.self), plannedFor: try row.decode(3, as: Date.self),
                  channel: try row.decodeIfPresent(4, as: String.self), notificationID: try row.decodeIfPresent(5, as: String.self),
                  deliveredAt: try row.decodeIfPresent(6, as: Date.self),
                  reason: (try row.decodeIfPresent(7, as: String.self)).map(Self.publicReason))
        }
        .sorted { ($0.plannedFor, $0.recipient ?? .max) < ($1.plannedFor, $1.recipient ?? .max) }
        let taskRows = try await connection.query("""
            SELECT kind, purpose, recipient_pid, reason, state, created_at FROM coordinator_tasks WHERE case_id = $1 ORDER BY created_at
            """, [caseID.rawValue])
        let tasks = try taskRows.map { row in
            Task(kind: try row.decode(0, as: String.self), purpose: try row.decode(1, as: String.self),
                 recipient: numbers[KeyDigest.of(person: PersonRef(nationalIdentityNumber: try row.decode(2, as: String.self)))],
                 reason: try row.decode(3, as: String.self), state: try row.decode(4, as: String.self), createdAt: try row.decode(5, as: Date.self))
        }
        return Body(caseID: caseID, notifications: entries, coordinatorTasks: tasks)
    }

    /// Register-based exclusions are reported without saying which register fact applied.
    static func publicReason(_ code: String) -> String {
        code.hasPrefix("recipient-excluded") ? "recipient-excluded" : code
    }
}
