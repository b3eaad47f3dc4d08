import Foundation
import InngangJobs
import InngangPostgres
import Testing

@Suite("Enqueue: transactions, unique keys, cancellation, batches")
struct EnqueueTests {
    struct Rollback: Error {}

    @Test func jobEnqueuedInRolledBackTransactionNeverRuns() async throws {
        try await TestDatabase.with { db in
            await #expect(throws: Rollback.self) {
                try await db.pool.withTransaction { connection in
                    let id = try await db.queue.enqueue(JobRequest(kind: "send-letter"), on: connection)
                    #expect(id != nil, "visible inside its own transaction")
                    throw Rollback()
                }
            }
            #expect(try await db.count() == 0)
            let leased = try await db.queue.lease(limit: 10, leaseDuration: .seconds(30), worker: "test")
            #expect(leased.isEmpty)

            // The same call in a committed transaction does produce a job.
            let committed = try await db.pool.withTransaction { connection in
                try await db.queue.enqueue(JobRequest(kind: "send-letter"), on: connection)
            }
            let again = try await db.queue.lease(limit: 10, leaseDuration: .seconds(30), worker: "test")
            #expect(again.map(\.id) == [try #require(committed)])
        }
    }

    @Test func uniqueKeyBlocksSecondJobUntilTheFirstFinished() async throws {
        try await TestDatabase.with { db in
            let request = JobRequest(kind: "remind", payload: #"{"case":1}"#, uniqueKey: "remind:case-1")
            let first = try #require(try await db.queue.enqueue(request))
            #expect(try await db.queue.enqueue(request) == nil, "held while queued")

            let leased = try await db.queue.lease(limit: 1, leaseDuration: .seconds(30), worker: "test")
            #expect(leased.map(\.id) == [first])
            #expect(leased.first?.uniqueKey == "remind:case-1")
            #expect(try await db.queue.enqueue(request) == nil, "held while running")

            try await db.queue.complete(try #require(leased.first))
            let second = try #require(try await db.queue.enqueue(request), "free once the first succeeded")
            #expect(second != first)
        }
    }

    @Test func uniqueKeyIsFreeAgainAfterTheHolderDied() async throws {
        try await TestDatabase.with { db in
            let request = JobRequest(kind: "remind", uniqueKey: "k", maxAttempts: 1)
            let first = try #require(try await db.queue.enqueue(request))
            let job = try #require(try await db.queue.lease(limit: 1, leaseDuration: .seconds(30), worker: "t").first)
            #expect(try await db.queue.fail(job, error: "boom", retry: RetryPolicy()) == .dead)
            #expect(try await db.queue.job(id: first)?.state == .dead)
            #expect(try await db.queue.enqueue(request) != nil)
        }
    }

    @Test func cancelByKeyWorks() async throws {
        try await TestDatabase.with { db in
            let id = try #require(try await db.queue.enqueue(JobRequest(kind: "remind", uniqueKey: "remind:7")))
            try await db.queue.enqueue(JobRequest(kind: "remind", uniqueKey: "remind:8"))

            #expect(try await db.queue.cancel(uniqueKey: "remind:7") == 1)
            let snapshot = try #require(try await db.queue.job(id: id))
            #expect(snapshot.state == .cancelled)
            #expect(snapshot.finishedAt != nil)
            #expect(try await db.queue.cancel(uniqueKey: "remind:7") == 0, "nothing left to cancel")

            let leased = try await db.queue.lease(limit: 10, leaseDuration: .seconds(30), worker: "t")
            #expect(leased.map(\.uniqueKey) == ["remind:8"], "the cancelled job is never leased")
            #expect(try await db.queue.cancel(uniqueKey: "remind:8") == 0, "running jobs are not cancelled")
            #expect(try await db.queue.enqueue(JobRequest(kind: "remind", uniqueKey: "remind:7")) != nil, "key free again")
        }
    }

    @Test func cancelInsideCallersTransactionRollsBackWithIt() async throws {
        try await TestDatabase.with { db in
            let id = try #require(try await db.queue.enqueue(JobRequest(kind: "remind", uniqueKey: "k")))
            await #expect(throws: Rollback.self) {
                try await db.pool.withTransaction { connection in
                    #expect(try await db.queue.cancel(uniqueKey: "k", on: connection) == 1)
                    throw Rollback()
                }
            }
            #expect(try await db.queue.job(id: id)?.state == .queued)
        }
    }

    @Test func batchEnqueueInsertsAllWithOneStatementAndKeepsPayloadsIntact() async throws {
        try await TestDatabase.with { db in
            let awkward = #"{"text":"a \"quoted\" \\ back\\slash, {braces}, NULL, æøå 🇳🇴","n":[1,2]}"#
            var batch = (0..<200).map { JobRequest(kind: "index", payload: #"{"n":\#($0)}"#) }
            batch.append(JobRequest(kind: "odd", payload: awkward, uniqueKey: "u\"1,{x}", maxAttempts: 3))
            batch.append(JobRequest(kind: "odd", payload: awkward, uniqueKey: "u\"1,{x}"))  // same key: skipped
            batch.append(JobRequest(kind: "later", runAt: Date().addingTimeInterval(3600)))
            let inserted = try await db.pool.withTransaction { connection in
                try await db.queue.enqueue(batch: batch, on: connection)
            }
            #expect(inserted == 202)

            let leased = try await db.queue.lease(limit: 500, leaseDuration: .seconds(30), worker: "t")
            #expect(leased.count == 201, "the job due in an hour is not leased")
            let odd = try #require(leased.first { $0.kind == "odd" })
            #expect(odd.payload == awkward)
            #expect(odd.uniqueKey == "u\"1,{x}")
            #expect(odd.maxAttempts == 3)
            #expect(Set(leased.filter { $0.kind == "index" }.map(\.payload)) == Set((0..<200).map { #"{"n":\#($0)}"# }))
        }
    }

    @Test func invalidRequestsAreRejectedBeforeReachingTheDatabase() async throws {
        try await TestDatabase.with { db async throws in
            await #expect(throws: JobsError.self) { try await db.queue.enqueue(JobRequest(kind: "x", maxAttempts: 0)) }
            await #expect(throws: JobsError.self) { try await db.queue.enqueue(JobRequest(kind: "")) }
            await #expect(throws: PostgresError.self) { try await db.queue.enqueue(JobRequest(kind: "x", payload: "not json")) }
            #expect(try await db.count() == 0)
        }
    }
}
