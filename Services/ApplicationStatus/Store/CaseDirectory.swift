import Foundation
import InngangModels
import InngangPostgres

/// One line of a guardian's case list.
struct CaseSummary: Sendable, Codable, Equatable {
    var caseID: CaseID
    var caseNumber: String
    var receivedAt: Date
}

/// The received cases (`cases`) and who was told about them (`case_recipients`), from
/// `case-received`. A case without a row here is unknown to the API (not received yet).
enum CaseDirectory {
    /// Records a received case and its recipients. Idempotent.
    static func register(_ received: CaseReceivedV1, on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            INSERT INTO cases (case_id, case_number, received_at) VALUES ($1, $2, $3)
            ON CONFLICT (case_id) DO UPDATE SET case_number = EXCLUDED.case_number, received_at = EXCLUDED.received_at
            """,
            [received.caseID.rawValue, received.caseNumber, received.receivedAt])
        for recipient in received.recipients {
            try await connection.query(
                "INSERT INTO case_recipients (case_id, pid) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                [received.caseID.rawValue, recipient.person.nationalIdentityNumber])
        }
    }

    /// Whether the case has been received.
    static func exists(_ caseID: CaseID, on connection: PostgresConnection) async throws -> Bool {
        try await !connection.query("SELECT 1 FROM cases WHERE case_id = $1", [caseID.rawValue]).isEmpty
    }

    /// Locks the case's row until the transaction ends (the per-case lock reports take).
    ///
    /// - Returns: `false` when the case has not been received (no row to lock).
    static func lock(_ caseID: CaseID, on connection: PostgresConnection) async throws -> Bool {
        try await !connection.query("SELECT 1 FROM cases WHERE case_id = $1 FOR UPDATE", [caseID.rawValue]).isEmpty
    }

    /// The cases `nationalIdentityNumber` was told about, newest first.
    static func cases(ofRecipient nationalIdentityNumber: String, on connection: PostgresConnection) async throws -> [CaseSummary] {
        let rows = try await connection.query(
            """
            SELECT c.case_id, c.case_number, c.received_at FROM cases c
            JOIN case_recipients r ON r.case_id = c.case_id
            WHERE r.pid = $1
            ORDER BY c.received_at DESC, c.case_id
            """,
            [nationalIdentityNumber])
        return try rows.map { row in
            CaseSummary(
                caseID: CaseID(try row.decode(0, as: UUID.self)), caseNumber: try row.decode(1, as: String.self),
                receivedAt: try row.decode(2, as: Date.self))
        }
    }
}
