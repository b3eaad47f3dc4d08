import Foundation

/// A job this worker holds a lease on. Run it, then `complete` or `fail` it before
/// `leaseExpiresAt`; after that the lease may be rescued and the job run again elsewhere.
public struct LeasedJob: Sendable, Hashable {
    public var id: Int64
    public var kind: String
    /// JSON text, as enqueued.
    public var payload: String
    /// 1 on the first run, incremented by every lease.
    public var attempt: Int
    public var maxAttempts: Int
    public var uniqueKey: String?
    /// By the database server's clock.
    public var leaseExpiresAt: Date
    public var queue: String

    public init(
        id: Int64, kind: String, payload: String, attempt: Int, maxAttempts: Int,
        uniqueKey: String?, leaseExpiresAt: Date, queue: String
    ) {
        self.id = id
        self.kind = kind
        self.payload = payload
        self.attempt = attempt
        self.maxAttempts = maxAttempts
        self.uniqueKey = uniqueKey
        self.leaseExpiresAt = leaseExpiresAt
        self.queue = queue
    }

    /// Whether a failure of this attempt ends the job in `dead`.
    public var isLastAttempt: Bool { attempt >= maxAttempts }
}

/// Where a job stands. A job that succeeds is deleted (see `JobQueue.complete`), so
/// `JobQueue.job(id:)` returns `nil` for it; there is no stored "succeeded" state.
public enum JobState: String, Sendable, Hashable, CaseIterable {
    /// Waiting for `runAt` and a free worker (also between retries).
    case queued
    /// Leased by a worker.
    case running
    /// Failed its last attempt (or its last lease expired); kept with `lastError` for operators.
    case dead
    /// Cancelled by key while queued.
    case cancelled
}

/// A read-only view of one stored job, for tests and operations.
public struct JobSnapshot: Sendable, Hashable {
    public var id: Int64
    public var queue: String
    public var kind: String
    public var state: JobState
    /// Attempts started so far.
    public var attempts: Int
    public var maxAttempts: Int
    public var runAt: Date
    public var uniqueKey: String?
    /// The most recent failure reason (truncated), if any.
    public var lastError: String?
    public var createdAt: Date
    /// When the job reached `dead` or `cancelled`.
    public var finishedAt: Date?
}
