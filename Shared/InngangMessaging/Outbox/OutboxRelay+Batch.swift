import Foundation
import InngangKafka
import InngangPostgres
import Logging

extension OutboxRelay {
    /// Key of the transaction-scoped advisory lock that makes one relay per database publish at
    /// a time ("inngoutb" in ASCII).
    static let advisoryLockKey: Int64 = 0x696E_6E67_6F75_7462

    /// Claims this database's relay role for the transaction and pins the plan of
    /// ``claimSQL`` to an ordered scan of the partial index.
    ///
    /// Without statistics (a new or fast-growing table before autovacuum analysed it) the planner
    /// underestimates the unpublished rows and picks a bitmap scan plus a sort of *all* of them,
    /// tens of milliseconds per batch; turning those off for this transaction only leaves the
    /// `LIMIT`ed index scan in `id` order.
    static let beginSQL = """
        SELECT pg_try_advisory_xact_lock(\(advisoryLockKey)),
               set_config('enable_seqscan', 'off', true),
               set_config('enable_bitmapscan', 'off', true),
               set_config('enable_sort', 'off', true)
        """

    /// Locks the oldest unpublished rows after `$2` (rows this transaction already holds are
    /// skipped by id: `SKIP LOCKED` does not skip a transaction's own locks).
    static let claimSQL = """
        SELECT \(OutboxRecord.columns)
        FROM inngang_outbox
        WHERE published_at IS NULL AND id > $2
        ORDER BY id
        LIMIT $1
        FOR UPDATE SKIP LOCKED
        """

    static let markPublishedSQL = "UPDATE inngang_outbox SET published_at = now() WHERE id = ANY($1::bigint[])"

    /// Publishes one round in one transaction: lock the oldest unpublished rows (`batchSize` at a
    /// time, up to `batchesPerTransaction` batches), send each batch with one producer call, wait
    /// for every delivery report, mark the acknowledged rows published, commit. Rows the broker
    /// did not acknowledge stay unpublished for the next round.
    ///
    /// Batches are pipelined: while one batch is in flight, the next is read and the previous
    /// one marked, so PostgreSQL and Kafka work at the same time. A batch is handed to the
    /// producer only after the previous one was fully acknowledged, so events keep their order;
    /// after a failed delivery the round stops (the rest waits for the next round).
    ///
    /// Per batch: one `SELECT … FOR UPDATE SKIP LOCKED`, one producer call, one
    /// `UPDATE … WHERE id = ANY($1)`; per round add `BEGIN`, one setup statement and `COMMIT`.
    ///
    /// - Returns: the number of events published (0 when the outbox is empty or another relay of
    ///   the same database is publishing).
    /// - Throws: ``MessagingError/Code/publishFailed`` when rows were found but none was
    ///   acknowledged; database errors as `PostgresError`.
    @discardableResult
    public func relayOnce() async throws -> Int {
        try await relayRound(beforeCommit: nil)
    }

    /// ``relayOnce()`` with a hook between "broker acknowledged, rows marked in the transaction"
    /// and `COMMIT`, for tests that simulate a crash there: a hook that throws rolls the
    /// transaction back, exactly as a relay process dying at that point would (its connection
    /// closes and PostgreSQL rolls back).
    func relayRound(beforeCommit: (@Sendable (_ acknowledgedIDs: [Int64]) async throws -> Void)?) async throws -> Int {
        try await pool.withTransaction { connection in
            guard try await connection.query(Self.beginSQL).rows[0].decode(0, as: Bool.self) else {
                return 0  // another relay of this database is publishing
            }
            var round = RelayRound()
            do {
                try await publishPipelined(&round, on: connection)
            } catch {
                if let inFlight = round.inFlight { _ = await inFlight.reports.value }  // leave no task behind
                throw error
            }
            try await beforeCommit?(round.acknowledged)

            if let failure = round.firstFailure {
                logger.warning(
                    "Outbox relay: broker did not acknowledge some events; they stay unpublished",
                    metadata: [
                        MessagingLoggingKeys.published: "\(round.acknowledged.count)",
                        MessagingLoggingKeys.failed: "\(round.failedCount)",
                        MessagingLoggingKeys.error: "\(ErrorReason.describe(failure))",
                    ])
                if round.acknowledged.isEmpty {
                    throw MessagingError(
                        .publishFailed, "no event was acknowledged: \(ErrorReason.describe(failure))", isRetriable: true)
                }
            }
            if !round.acknowledged.isEmpty {
                logger.debug("Outbox relay published", metadata: [MessagingLoggingKeys.published: "\(round.acknowledged.count)"])
            }
            return round.acknowledged.count
        }
    }

    private func publishPipelined(_ round: inout RelayRound, on connection: PostgresConnection) async throws {
        var lastClaimedID: Int64 = 0
        var batches = 0
        var mayClaimMore = true
        while true {
            // Read the next batch while the previous one is in flight.
            var next: [OutboxRecord] = []
            if mayClaimMore && batches < batchesPerTransaction {
                next = try await claim(after: lastClaimedID, on: connection)
                batches += 1
                mayClaimMore = next.count == batchSize
                lastClaimedID = next.last?.id ?? lastClaimedID
            }
            var acknowledgedNow: [Int64] = []
            if let previous = round.inFlight {
                round.inFlight = nil
                acknowledgedNow = await round.collect(previous)
                if round.firstFailure != nil { next = [] }  // keep order: send nothing after a failure
            }
            if !next.isEmpty {
                round.inFlight = InFlightBatch(next, producer: producer)
            }
            if !acknowledgedNow.isEmpty {
                try await connection.query(Self.markPublishedSQL, [PostgresArrayLiteral.bigint(acknowledgedNow)])
            }
            if round.inFlight == nil { return }
        }
    }

    private func claim(after id: Int64, on connection: PostgresConnection) async throws -> [OutboxRecord] {
        let rows = try await connection.query(Self.claimSQL, [batchSize, id])
        return try rows.map { row in
            do {
                return try OutboxRecord(row: row)
            } catch {
                throw MessagingError(.corruptOutboxRow, "an outbox row cannot be read: \(ErrorReason.describe(error))")
            }
        }
    }

    /// Marks the published events created in `[from, to)` unpublished again, so that the relay
    /// sends them once more in their original order: after a broker lost its topics (memory
    /// storage), or for a consumer that needs history. Consumers' inboxes ignore the events they
    /// already handled.
    ///
    /// - Returns: the number of events queued for re-publication.
    @discardableResult
    public func replay(from: Date, to: Date) async throws -> Int {
        guard from < to else {
            throw MessagingError(.invalidArgument, "replay range is empty: from must be before to")
        }
        let count = try await pool.withTransaction { connection in
            let result = try await connection.query(
                """
                UPDATE inngang_outbox SET published_at = NULL
                WHERE created_at >= $1 AND created_at < $2 AND published_at IS NOT NULL
                """,
                [from, to])
            // Wake every relay of this database, not only this one.
            try await connection.query("SELECT pg_notify($1, '')", [Outbox.notificationChannel])
            return result.affectedRows
        }
        logger.notice("Outbox events queued for replay", metadata: [MessagingLoggingKeys.replayed: "\(count)"])
        wakeup.signal()
        return count
    }
}

/// A batch handed to the producer, its delivery reports still to come.
struct InFlightBatch: Sendable {
    let ids: [Int64]
    let reports: Task<[Result<KafkaDeliveryReport, KafkaError>], Never>

    init(_ records: [OutboxRecord], producer: KafkaProducer) {
        ids = records.map(\.id)
        let messages = records.map(\.message)
        reports = Task { await producer.send(messages) }
    }
}

/// What one relay round has achieved so far.
struct RelayRound {
    var inFlight: InFlightBatch?
    var acknowledged: [Int64] = []
    var failedCount = 0
    var firstFailure: KafkaError?

    /// Waits for `batch`'s delivery reports; returns the acknowledged ids.
    mutating func collect(_ batch: InFlightBatch) async -> [Int64] {
        var acknowledgedNow: [Int64] = []
        acknowledgedNow.reserveCapacity(batch.ids.count)
        for (id, report) in zip(batch.ids, await batch.reports.value) {
            switch report {
            case .success:
                acknowledgedNow.append(id)
            case .failure(let error):
                failedCount += 1
                firstFailure = firstFailure ?? error
            }
        }
        acknowledged += acknowledgedNow
        return acknowledgedNow
    }
}
