import Foundation
import InngangJobs
import InngangPostgres
import Testing

@Suite("Leasing: run_at, SKIP LOCKED, expiry and rescue")
struct LeaseTests {
    @Test func runAtIsRespected() async throws {
        try await TestDatabase.with { db in
            let runAt = Date().addingTimeInterval(1.5)
            let id = try #require(try await db.queue.enqueue(JobRequest(kind: "later", runAt: runAt)))
            #expect(try await db.queue.lease(limit: 1, leaseDuration: .seconds(30), worker: "t").isEmpty,
                    "not leased before run_at")

            var leased: [LeasedJob] = []
            let becameDue = try await eventually(timeout: .seconds(10)) {
                leased = try await db.queue.lease(limit: 1, leaseDuration: .seconds(30), worker: "t")
                return !leased.isEmpty
            }
            #expect(becameDue)
            #expect(leased.map(\.id) == [id])
            #expect(Date() >= runAt.addingTimeInterval(-0.05), "leased only once run_at passed")
        }
    }

    @Test func leasesOldestDueFirstAndNeverHandOutAJobTwice() async throws {
        try await TestDatabase.with { db in
            let now = Date()
            let late = try #require(try await db.queue.enqueue(JobRequest(kind: "a", runAt: now.addingTimeInterval(-1))))
            let early = try #require(try await db.queue.enqueue(JobRequest(kind: "b", runAt: now.addingTimeInterval(-60))))
            for _ in 0..<8 { try await db.queue.enqueue(JobRequest(kind: "c")) }
            try await db.queue.enqueue(JobRequest(kind: "other-queue", queue: "mail"))

            let first = try await db.queue.lease(limit: 2, leaseDuration: .seconds(30), worker: "w1")
            #expect(Set(first.map(\.id)) == [early, late])
            #expect(first.allSatisfy { $0.attempt == 1 && $0.queue == "default" })

            // Concurrent leases split the rest without overlap.
            async let a = db.queue.lease(limit: 5, leaseDuration: .seconds(30), worker: "w2")
            async let b = db.queue.lease(limit: 5, leaseDuration: .seconds(30), worker: "w3")
            let (second, third) = try await (a, b)
            #expect(second.count + third.count == 8)
            #expect(Set(second.map(\.id)).isDisjoint(with: third.map(\.id)))

            let mail = try await db.queue.lease(queue: "mail", limit: 5, leaseDuration: .seconds(30), worker: "w4")
            #expect(mail.map(\.kind) == ["other-queue"])
        }
    }

    @Test func workerKilledMidJobLosesLeaseAndJobRunsAgain() async throws {
        try await TestDatabase.with { db in
            let id = try #require(try await db.queue.enqueue(JobRequest(kind: "slow", maxAttempts: 3)))
            let first = try #require(try await db.queue.lease(limit: 1, leaseDuration: .milliseconds(400), worker: "doomed").first)
            #expect(first.attempt == 1)
            // The "dead" worker never completes. Until the lease expires nothing is rescued.
            #expect(try await db.queue.rescueExpiredLeases() == 0)
            #expect(try await db.queue.lease(limit: 1, leaseDuration: .seconds(30), worker: "other").isEmpty)

            let rescued = try await eventually(timeout: .seconds(5)) { try await db.queue.rescueExpiredLeases() == 1 }
            #expect(rescued)
            let snapshot = try #require(try await db.queue.job(id: id))
            #expect(snapshot.state == .queued)
            #expect(snapshot.lastError?.contains("lease expired") == true)

            let second = try #require(try await db.queue.lease(limit: 1, leaseDuration: .seconds(30), worker: "other").first)
            #expect(second.id == id)
            #expect(second.attempt == 2)

            // The first worker waking up late cannot fail the new attempt.
            #expect(try await db.queue.fail(first, error: "late", retry: RetryPolicy()) == nil)
            #expect(try await db.queue.job(id: id)?.state == .running)
        }
    }

    @Test func expiredLeaseOnLastAttemptEndsDead() async throws {
        try await TestDatabase.with { db in
            let id = try #require(try await db.queue.enqueue(JobRequest(kind: "slow", maxAttempts: 1)))
            _ = try await db.queue.lease(limit: 1, leaseDuration: .milliseconds(200), worker: "doomed")
            #expect(try await eventually { try await db.queue.rescueExpiredLeases() == 1 })
            let snapshot = try #require(try await db.queue.job(id: id))
            #expect(snapshot.state == .dead)
            #expect(snapshot.attempts == 1)
        }
    }

    @Test func releasedJobsReturnWithoutSpendingAnAttempt() async throws {
        try await TestDatabase.with { db in
            let id = try #require(try await db.queue.enqueue(JobRequest(kind: "x")))
            let leased = try await db.queue.lease(limit: 1, leaseDuration: .seconds(30), worker: "w")
            #expect(try await db.queue.release(leased, worker: "someone-else") == 0)
            #expect(try await db.queue.release(leased, worker: "w") == 1)
            let snapshot = try #require(try await db.queue.job(id: id))
            #expect(snapshot.state == .queued && snapshot.attempts == 0)
        }
    }

    @Test func completedJobsAreGoneAndBatchCompletionTakesManyIds() async throws {
        try await TestDatabase.with { db in
            _ = try await db.queue.enqueue(batch: (0..<50).map { _ in JobRequest(kind: "x") })
            let leased = try await db.queue.lease(limit: 50, leaseDuration: .seconds(30), worker: "w")
            #expect(leased.count == 50)
            try await db.queue.complete(ids: leased.map(\.id))
            #expect(try await db.count() == 0)
            #expect(try await db.queue.job(id: leased[0].id) == nil)
        }
    }

    @Test func leaseCanCompleteThePreviousBatchInTheSameStatement() async throws {
        try await TestDatabase.with { db in
            _ = try await db.queue.enqueue(batch: (0..<10).map { _ in JobRequest(kind: "x") })
            let first = try await db.queue.lease(limit: 4, leaseDuration: .seconds(30), worker: "w")
            let second = try await db.queue.lease(limit: 4, leaseDuration: .seconds(30), worker: "w", completing: first.map(\.id))
            #expect(second.count == 4)
            #expect(Set(second.map(\.id)).isDisjoint(with: first.map(\.id)))
            #expect(try await db.count() == 6, "the first four are gone")
            #expect(try await db.count(state: .running) == 4)
            // With nothing left to lease, the completions still happen.
            let rest = try await db.queue.lease(limit: 0, leaseDuration: .seconds(30), worker: "w", completing: second.map(\.id))
            #expect(rest.isEmpty)
            #expect(try await db.count() == 2)
        }
    }

    @Test func leaseQueryWalksThePartialReadyIndex() async throws {
        try await TestDatabase.with { db in
            _ = try await db.queue.enqueue(batch: (0..<2000).map { _ in JobRequest(kind: "x") })
            try await db.pool.query("ANALYZE inngang_jobs")
            let plan = try await db.pool.withTransaction { connection in
                // Read-only EXPLAIN of the lease's inner SELECT with the statement's own text.
                let inner = "SELECT id FROM inngang_jobs WHERE queue = $1 AND state = 'queued' AND run_at <= now() ORDER BY run_at, id LIMIT $2 FOR UPDATE SKIP LOCKED"
                #expect(JobSQL.lease.contains("WHERE queue = $1 AND state = 'queued' AND run_at <= now()"))
                return try await connection.query("EXPLAIN " + inner, ["default", 16]).compactMap { $0[0] }.joined(separator: "\n")
            }
            #expect(plan.contains("inngang_jobs_ready"), "plan: \(plan)")
        }
    }
}
