import Foundation
import InngangPostgres
import Logging

/// A job queue in the service's own PostgreSQL database.
///
/// Producers enqueue inside their own transaction (`enqueue(_:on:)`), so a job exists exactly when
/// the state change that asked for it committed. Workers (`JobWorker`, or this type's `lease`/
/// `complete`/`fail` directly) lease due jobs with `FOR UPDATE SKIP LOCKED`. Delivery is
/// at-least-once: handlers must be idempotent. The SQL lives in ``JobSQL``, the schema in
/// ``migrations``.
public struct JobQueue: Sendable {
    /// Where jobs live; worker-side calls take a connection from it per statement.
    public let pool: PostgresPool
    let logger: Logger

    /// Longest `last_error` stored, in characters.
    public static let maxErrorLength = 1000
    /// Most expired leases one `rescueExpiredLeases` statement handles.
    static let rescueBatchLimit = 1000

    public init(pool: PostgresPool, logger: Logger) {
        self.pool = pool
        self.logger = logger
    }

    // MARK: Enqueue

    /// Enqueues `job` inside the caller's open transaction on `connection`; it becomes visible (and
    /// wakes workers) when that transaction commits, and vanishes if it rolls back.
    /// - Returns: the job's id, or `nil` when `job.uniqueKey` is held by a queued or running job.
    @discardableResult
    public func enqueue(_ job: JobRequest, on connection: PostgresConnection) async throws -> Int64? {
        try job.validate()
        let result = try await connection.query(JobSQL.enqueue, Self.parameters(of: job))
        return try result.first?.decode(0, as: Int64.self)
    }

    /// Enqueues `job` in a transaction of its own.
    @discardableResult
    public func enqueue(_ job: JobRequest) async throws -> Int64? {
        try job.validate()
        let result = try await pool.query(JobSQL.enqueue, Self.parameters(of: job))
        return try result.first?.decode(0, as: Int64.self)
    }

    /// Enqueues many jobs with one statement inside the caller's transaction.
    /// - Returns: how many were inserted (jobs whose unique key was held are skipped).
    @discardableResult
    public func enqueue(batch: [JobRequest], on connection: PostgresConnection) async throws -> Int {
        guard !batch.isEmpty else { return 0 }
        let parameters = try Self.batchParameters(of: batch)
        return try await connection.query(JobSQL.enqueueBatch, parameters).affectedRows
    }

    /// Enqueues many jobs with one statement in a transaction of its own.
    @discardableResult
    public func enqueue(batch: [JobRequest]) async throws -> Int {
        guard !batch.isEmpty else { return 0 }
        let parameters = try Self.batchParameters(of: batch)
        return try await pool.query(JobSQL.enqueueBatch, parameters).affectedRows
    }

    /// Cancels the queued job holding `uniqueKey` (running jobs finish). Pass `connection` to
    /// cancel inside the caller's transaction.
    /// - Returns: the number of jobs cancelled (0 or 1).
    @discardableResult
    public func cancel(uniqueKey: String, on connection: PostgresConnection? = nil) async throws -> Int {
        let result = if let connection {
            try await connection.query(JobSQL.cancelByKey, [uniqueKey])
        } else {
            try await pool.query(JobSQL.cancelByKey, [uniqueKey])
        }
        return result.affectedRows
    }

    // MARK: Worker side

    /// Leases up to `limit` due jobs of `queue` for `leaseDuration`, in one statement.
    /// - Parameter completing: ids of succeeded jobs to complete in the same statement (and commit).
    public func lease(
        queue: String = "default", limit: Int, leaseDuration: Duration, worker: String, completing: [Int64] = []
    ) async throws -> [LeasedJob] {
        guard limit > 0 else {
            try await complete(ids: completing)
            return []
        }
        var parameters: [any PostgresEncodable] = [queue, limit, leaseDuration.seconds, worker]
        if !completing.isEmpty { parameters.append(PostgresArrayLiteral(ids: completing)) }
        let sql = completing.isEmpty ? JobSQL.lease : JobSQL.completeAndLease
        return try await pool.query(sql, parameters).map { row in
            LeasedJob(
                id: try row.decode(0, as: Int64.self),
                kind: try row.decode(1, as: String.self),
                payload: try row.decode(2, as: String.self),
                attempt: try row.decode(3, as: Int.self),
                maxAttempts: try row.decode(4, as: Int.self),
                uniqueKey: try row.decodeIfPresent(5, as: String.self),
                leaseExpiresAt: try row.decode(6, as: Date.self),
                queue: try row.decode(7, as: String.self)
            )
        }
    }

    /// Marks `job` succeeded (deletes it; see ``JobSQL/complete``).
    public func complete(_ job: LeasedJob) async throws {
        try await complete(ids: [job.id])
    }

    /// Marks many jobs succeeded with one statement.
    public func complete(ids: [Int64]) async throws {
        guard !ids.isEmpty else { return }
        try await pool.query(JobSQL.complete, [PostgresArrayLiteral(ids: ids)])
    }

    /// Records a failed attempt: the job is queued again after `retry`'s backoff while attempts
    /// remain, else it becomes `dead`. `error` is stored (truncated to ``maxErrorLength``); it must not
    /// contain personal data.
    /// - Returns: the job's new state, or `nil` if this lease was lost (expired and rescued) already.
    @discardableResult
    public func fail(_ job: LeasedJob, error: String, retry: RetryPolicy) async throws -> JobState? {
        let delay = retry.delay(forAttempt: job.attempt).seconds
        let reason = String(error.prefix(Self.maxErrorLength))
        let result = try await pool.query(JobSQL.fail, [job.id, job.attempt, delay, reason])
        return try result.first.map { try Self.state(from: $0.decode(0, as: String.self)) }
    }

    /// Hands leased jobs that `worker` never started back to the queue; their attempt is not counted.
    /// - Returns: how many were released (jobs whose lease was lost meanwhile are skipped).
    @discardableResult
    public func release(_ jobs: [LeasedJob], worker: String) async throws -> Int {
        guard !jobs.isEmpty else { return 0 }
        return try await pool.query(JobSQL.release, [PostgresArrayLiteral(ids: jobs.map(\.id)), worker]).affectedRows
    }

    /// Returns running jobs whose lease expired to the queue (or to `dead` if that was their last
    /// attempt). Safe to run from every worker at once.
    /// - Returns: how many jobs were rescued.
    @discardableResult
    public func rescueExpiredLeases() async throws -> Int {
        var total = 0
        while true {
            let count = try await pool.query(JobSQL.rescueExpiredLeases, [Self.rescueBatchLimit]).affectedRows
            total += count
            if count < Self.rescueBatchLimit { return total }
        }
    }

    /// Seconds until the earliest queued job of `queue` is due (negative if overdue), `nil` if none.
    func secondsUntilNextDue(queue: String) async throws -> Double? {
        try await pool.query(JobSQL.secondsUntilNextDue, [queue]).first?.decodeIfPresent(0, as: Double.self)
    }

    // MARK: Operations

    /// The stored job `id`, or `nil` if there is none (never enqueued, or succeeded and deleted).
    public func job(id: Int64) async throws -> JobSnapshot? {
        guard let row = try await pool.query(JobSQL.snapshot, [id]).first else { return nil }
        return JobSnapshot(
            id: try row.decode(0, as: Int64.self),
            queue: try row.decode(1, as: String.self),
            kind: try row.decode(2, as: String.self),
            state: try Self.state(from: row.decode(3, as: String.self)),
            attempts: try row.decode(4, as: Int.self),
            maxAttempts: try row.decode(5, as: Int.self),
            runAt: try row.decode(6, as: Date.self),
            uniqueKey: try row.decodeIfPresent(7, as: String.self),
            lastError: try row.decodeIfPresent(8, as: String.self),
            createdAt: try row.decode(9, as: Date.self),
            finishedAt: try row.decodeIfPresent(10, as: Date.self)
        )
    }

    /// Deletes dead and cancelled jobs that finished before `date` (retention).
    /// - Returns: how many were deleted.
    @discardableResult
    public func purge(finishedBefore date: Date) async throws -> Int {
        try await pool.query(JobSQL.purgeFinished, [date]).affectedRows
    }

    // MARK: Helpers

    private static func parameters(of job: JobRequest) -> [any PostgresEncodable] {
        [job.queue, job.kind, job.payload, job.runAt, job.uniqueKey, job.maxAttempts]
    }

    private static func batchParameters(of batch: [JobRequest]) throws -> [any PostgresEncodable] {
        for job in batch { try job.validate() }
        return [
            PostgresArrayLiteral(batch.map { $0.queue }),
            PostgresArrayLiteral(batch.map { $0.kind }),
            PostgresArrayLiteral(batch.map { $0.payload }),
            PostgresArrayLiteral(batch.map { $0.runAt?.postgresText }),
            PostgresArrayLiteral(batch.map { $0.uniqueKey }),
            PostgresArrayLiteral(ids: batch.map { Int64($0.maxAttempts) }),
        ]
    }

    static func state(from text: String) throws -> JobState {
        guard let state = JobState(rawValue: text) else {
            throw PostgresError(code: .decoding, message: "unknown job state in inngang_jobs")
        }
        return state
    }
}
