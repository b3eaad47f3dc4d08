import Foundation
import InngangJobs
import InngangPostgres
import Testing

@Suite("Retries: backoff and the dead state")
struct RetryTests {
    struct HandlerFailure: Error, CustomStringConvertible {
        let attempt: Int
        var description: String { "remote service unavailable (attempt \(attempt))" }
    }

    @Test func retriesBackOffAndEndInDeadState() async throws {
        try await TestDatabase.with { db in
            let id = try #require(try await db.queue.enqueue(JobRequest(kind: "flaky", maxAttempts: 3)))
            let retry = RetryPolicy(baseDelay: .seconds(2), maxDelay: .seconds(60), jitter: 0)
            var waits: [TimeInterval] = []

            for attempt in 1...3 {
                var job: LeasedJob?
                #expect(try await eventually {
                    job = try await db.queue.lease(limit: 1, leaseDuration: .seconds(30), worker: "w").first
                    return job != nil
                })
                let leased = try #require(job)
                #expect(leased.id == id && leased.attempt == attempt)
                let failedAt = Date()
                let state = try await db.queue.fail(leased, error: HandlerFailure(attempt: attempt).description, retry: retry)
                let snapshot = try #require(try await db.queue.job(id: id))
                if attempt < 3 {
                    #expect(state == .queued && snapshot.state == .queued)
                    waits.append(snapshot.runAt.timeIntervalSince(failedAt))
                    #expect(try await db.queue.lease(limit: 1, leaseDuration: .seconds(30), worker: "w").isEmpty,
                            "not leased again before the backoff passed")
                } else {
                    #expect(state == .dead && snapshot.state == .dead)
                    #expect(snapshot.attempts == 3)
                    #expect(snapshot.lastError == "remote service unavailable (attempt 3)")
                }
            }
            // 2 s then 4 s (jitter 0) after the server ran `fail`, which is at or after `failedAt`
            // (one machine, one clock); the upper bounds leave room for a slow round trip on a
            // loaded machine, and the backoff is long enough that the immediate re-lease above
            // cannot race it.
            #expect(waits.count == 2)
            #expect(waits[0] >= 1.99 && waits[0] < 3.5, "\(waits)")
            #expect(waits[1] >= 3.99 && waits[1] < 5.5, "\(waits)")
            #expect(waits[1] > waits[0])
            #expect(try await db.queue.lease(limit: 1, leaseDuration: .seconds(30), worker: "w").isEmpty)
        }
    }

    @Test func workerRetriesFailingHandlerWithGrowingDelaysUntilDead() async throws {
        try await TestDatabase.with { db in
            let id = try #require(try await db.queue.enqueue(JobRequest(kind: "flaky", maxAttempts: 3)))
            let starts = Recorder<[(Int, ContinuousClock.Instant)]>([])
            let worker = JobWorker(
                queue: db.queue, listenerConfiguration: db.configuration,
                handlers: ["flaky": { job in
                    starts.update { $0.append((job.attempt, .now)) }
                    throw HandlerFailure(attempt: job.attempt)
                }],
                pollInterval: .seconds(30),
                retry: RetryPolicy(baseDelay: .milliseconds(250), maxDelay: .seconds(60), jitter: 0),
                logger: db.logger)
            let run = Task { try await worker.run() }
            defer { run.cancel() }

            #expect(try await eventually { try await db.queue.job(id: id)?.state == .dead })
            let snapshot = try #require(try await db.queue.job(id: id))
            #expect(snapshot.attempts == 3)
            #expect(snapshot.lastError == "remote service unavailable (attempt 3)")

            let recorded = starts.current
            #expect(recorded.map(\.0) == [1, 2, 3])
            let gaps = zip(recorded.dropFirst(), recorded).map { later, earlier in later.1 - earlier.1 }
            #expect(gaps.count == 2)
            // The worker sleeps until the retry is due (not the 30 s poll interval).
            #expect(gaps[0] >= .milliseconds(240) && gaps[0] < .seconds(3), "\(gaps)")
            #expect(gaps[1] >= .milliseconds(490) && gaps[1] < .seconds(3), "\(gaps)")
            // No `gaps[1] > gaps[0]` here: on a loaded machine the first retry can start late, so
            // wall-clock gaps need not grow; the growing backoff itself is asserted from the
            // server's run_at in `retriesBackOffAndEndInDeadState` above.
        }
    }
}
