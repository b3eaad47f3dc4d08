import InngangModels
import InngangPostgres
import NotificationDomain

/// `coordinator_tasks`: "reach this family another way" (``CoordinatorTaskRequest``), one per
/// failed message. The coordinator sees them through the employee API; a later issue can
/// forward them to the coordinator's work list.
enum CoordinatorTaskStore {
    /// Opens the task for `request` unless it exists. - Returns: `true` when opened now.
    @discardableResult
    static func open(_ request: CoordinatorTaskRequest, notificationID: NotificationID, on connection: PostgresConnection) async throws -> Bool {
        try await connection.query("""
            INSERT INTO coordinator_tasks (task_digest, kind, case_id, recipient_pid, purpose, reason, notification_id)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (task_digest) DO NOTHING
            """, [KeyDigest.of(task: request), CoordinatorTaskRequest.kind, request.caseID.rawValue,
                  request.recipient.nationalIdentityNumber, request.purpose.rawValue, request.reason.rawValue,
                  notificationID.rawValue]).affectedRows == 1
    }
}
