import Foundation
import InngangModels
import InngangPostgres

/// What klage knows about a case: the child and the parties (the case-received recipients:
/// guardians with parental responsibility, or the young person).
struct CaseFacts: Sendable {
    var caseID: CaseID
    var childPID: String
    var parties: [String]
}

/// A decision appeals can be filed against.
struct DecisionFacts: Sendable {
    var decisionID: DecisionID
    var caseID: CaseID
    var service: ServiceCode
    var outcome: DecisionOutcome
    var decisionDate: LocalDate
}

/// Who the decision notice's delivery that the deadline counts from was delivered to.
enum NoticeRecipient: String, Codable, Sendable {
    /// The appellant's own notice (the legal start, § 29).
    case appellant
    /// No delivery to the appellant is recorded: the earliest delivery to another recipient.
    case otherRecipient = "other-recipient"
}

/// The projection the inbox consumer keeps (`cases`, `case_parties`, `decisions`,
/// `notice_deliveries`) and the reads the API makes of it. Every write is idempotent, and each
/// table stands on its own, so events may arrive in any order and more than once.
enum CaseProjection {
    // MARK: writes (inbox consumer; klage's own new decisions)

    static func recordCase(_ received: CaseReceivedV1, on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            INSERT INTO cases (case_id, child_pid, received_at) VALUES ($1, $2, $3)
            ON CONFLICT (case_id) DO NOTHING
            """,
            [received.caseID.rawValue, received.child.nationalIdentityNumber, received.receivedAt])
        for (position, recipient) in received.recipients.enumerated() {
            try await connection.query(
                "INSERT INTO case_parties (case_id, pid, position) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                [received.caseID.rawValue, recipient.person.nationalIdentityNumber, position])
        }
    }

    static func recordDecision(_ decision: DecisionFacts, madeAt: Date, source: String, appealID: AppealID? = nil,
                               on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            INSERT INTO decisions (decision_id, case_id, service, outcome, decision_date, made_at, source, appeal_id)
            VALUES ($1, $2, $3, $4, $5::date, $6, $7, $8)
            ON CONFLICT (decision_id) DO NOTHING
            """,
            [decision.decisionID.rawValue, decision.caseID.rawValue, decision.service.rawValue, decision.outcome.rawValue,
             decision.decisionDate.description, madeAt, source, appealID?.rawValue])
    }

    static func recordDelivery(_ delivered: NotificationDeliveredV1, decisionID: DecisionID, on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            INSERT INTO notice_deliveries (notification_id, case_id, decision_id, recipient_pid, channel, delivered_at)
            VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (notification_id) DO NOTHING
            """,
            [delivered.notificationID.rawValue, delivered.caseID.rawValue, decisionID.rawValue,
             delivered.recipient.nationalIdentityNumber, delivered.channel.rawValue, delivered.deliveredAt])
    }

    // MARK: reads

    /// The case, or `nil` when its case-received has not arrived.
    static func caseFacts(_ caseID: CaseID, on connection: PostgresConnection) async throws -> CaseFacts? {
        let rows = try await connection.query("SELECT child_pid FROM cases WHERE case_id = $1", [caseID.rawValue])
        guard let row = rows.first else { return nil }
        let parties = try await connection.query(
            "SELECT pid FROM case_parties WHERE case_id = $1 ORDER BY position", [caseID.rawValue])
        return CaseFacts(caseID: caseID, childPID: try row.decode(0, as: String.self),
                         parties: try parties.map { try $0.decode(0, as: String.self) })
    }

    /// Locks the case's row until the transaction ends: klage's writes are serialised per case,
    /// so its events leave the outbox in the order they were made (the partition key is the case).
    static func lock(_ caseID: CaseID, on connection: PostgresConnection) async throws -> Bool {
        try await !connection.query("SELECT 1 FROM cases WHERE case_id = $1 FOR UPDATE", [caseID.rawValue]).isEmpty
    }

    /// The decision, when it belongs to `caseID`.
    static func decision(_ decisionID: DecisionID, of caseID: CaseID, on connection: PostgresConnection) async throws -> DecisionFacts? {
        let rows = try await connection.query(
            "SELECT service, outcome, decision_date::text FROM decisions WHERE decision_id = $1 AND case_id = $2",
            [decisionID.rawValue, caseID.rawValue])
        guard let row = rows.first else { return nil }
        guard let outcome = DecisionOutcome(rawValue: try row.decode(1, as: String.self)),
              let date = LocalDate(try row.decode(2, as: String.self))
        else { throw PostgresError(code: .decoding, message: "decisions row with an unknown outcome or date") }
        return DecisionFacts(decisionID: decisionID, caseID: caseID, service: ServiceCode(rawValue: try row.decode(0, as: String.self)),
                             outcome: outcome, decisionDate: date)
    }

    /// When the decision notice reached `appellant` (the earliest delivery on any channel); when
    /// none is recorded for them, the earliest delivery to anyone; `nil` when none is recorded.
    static func noticeDelivery(of decisionID: DecisionID, to appellant: String,
                               on connection: PostgresConnection) async throws -> (at: Date, to: NoticeRecipient)? {
        let rows = try await connection.query(
            """
            SELECT delivered_at, recipient_pid = $2 FROM notice_deliveries WHERE decision_id = $1
            ORDER BY (recipient_pid = $2) DESC, delivered_at ASC LIMIT 1
            """,
            [decisionID.rawValue, appellant])
        guard let row = rows.first else { return nil }
        return (try row.decode(0, as: Date.self), try row.decode(1, as: Bool.self) ? .appellant : .otherRecipient)
    }
}
