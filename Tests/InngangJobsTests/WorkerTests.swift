import Foundation
import InngangJobs
import InngangPostgres
import Testing

@Suite("JobWorker: exactly-once under contention, wake-ups, shutdown")
struct WorkerTests {
    @Test func nWorkersOnMJobsRunEachExactlyOnce() async throws {
        try await TestDatabase.with(maxConnections: 30) { db in
            try await db.pool.query("CREATE TABLE executions (job_id bigint PRIMARY KEY, worker int NOT NULL)")
            let jobCount = 500
            let runs = Recorder<[Int64: Int]>([:])
            let workers = (0..<4).map { index in
                JobWorker(
                    queue: db.queue, listenerConfiguration: db.configuration,
                    handlers: ["record": { job in
                        runs.update { $0[job.id, default: 0] += 1 }
                        // A second execution of the same job would violate the primary key.
                        try await db.pool.query("INSERT INTO executions (job_id, worker) VALUES ($1, $2)", [job.id, index])
                    }],
                    concurrency: 4, batchSize: 8, logger: db.logger)
            }
            try await withRunningWorkers(workers, logger: db.logger) {
                let inserted = try await db.pool.withTransaction { connection in
                    try await db.queue.enqueue(batch: (0..<jobCount).map { JobRequest(kind: "record", payload: #"{"i":\#($0)}"#) }, on: connection)
                }
                #expect(inserted == jobCount)
                #expect(try await eventually(timeout: .seconds(30)) { try await db.count() == 0 }, "all completed")
            }
            let recorded = runs.current
            #expect(recorded.count == jobCount)
            #expect(recorded.values.allSatisfy { $0 == 1 }, "no job ran twice")
            let rows = try await db.pool.query("SELECT count(*), count(DISTINCT worker) FROM executions")
            #expect(try rows[0].decode(0, as: Int.self) == jobCount)
            #expect(try rows[0].decode(1, as: Int.self) > 1, "the work was shared")
        }
    }

    @Test func listenNotifyWakesIdleWorkerPromptly() async throws {
        try await TestDatabase.with { db in
            let ran = Recorder<[String: ContinuousClock.Instant]>([:])
            let worker = JobWorker(
                queue: db.queue, listenerConfiguration: db.configuration,
                handlers: ["mark": { job in ran.update { $0[job.payload] = .now } }],
                pollInterval: .seconds(60), logger: db.logger)
            try await withRunningWorkers([worker], logger: db.logger) {
                try await db.queue.enqueue(JobRequest(kind: "mark", payload: #""warm-up""#))
                #expect(try await eventually { ran.current[#""warm-up""#] != nil })
                // Let the worker fall idle: past its post-notification polling (500 ms), its next
                // poll is 60 s away, so only a notification can wake it within the bound below.
                try await Task.sleep(for: .seconds(1.2))

                let enqueued = ContinuousClock.now
                _ = try await db.pool.withTransaction { connection in
                    try await db.queue.enqueue(JobRequest(kind: "mark", payload: #""probe""#), on: connection)
                }
                #expect(try await eventually(timeout: .seconds(15)) { ran.current[#""probe""#] != nil })
                let latency = try #require(ran.current[#""probe""#]) - enqueued
                // Far below the 60 s poll interval: only the notification can explain it. The bound
                // is loose because CI machines are shared and slow.
                #expect(latency < .seconds(10), "latency \(latency)")
            }
        }
    }

    @Test func coalescedNotificationsStillWakeWorkerForEveryJob() async throws {
        try await TestDatabase.with { db in
            let ran = Recorder<Set<String>>([])
            let worker = JobWorker(
                queue: db.queue, listenerConfiguration: db.configuration,
                handlers: ["mark": { job in _ = ran.update { $0.insert(job.payload) } }],
                pollInterval: .seconds(60), logger: db.logger)
            try await withRunningWorkers([worker], logger: db.logger) {
                try await db.queue.enqueue(JobRequest(kind: "mark", payload: "0"))
                #expect(try await eventually { ran.current.contains("0") })
                try await Task.sleep(for: .seconds(1.2))  // idle, as above

                // A burst of single-job transactions: most notifications are coalesced away.
                for index in 1...40 {
                    try await db.queue.enqueue(JobRequest(kind: "mark", payload: "\(index)"))
                    if index % 10 == 0 { try await Task.sleep(for: .milliseconds(150)) }
                }
                // Well under the 60 s poll interval, loose enough for a loaded CI machine.
                #expect(try await eventually(timeout: .seconds(15)) { ran.current.count == 41 }, "\(ran.current.count) ran")
            }
        }
    }

    @Test func gracefulShutdownFinishesRunningJobsAndReleasesUnstartedOnes() async throws {
        try await TestDatabase.with { db in
            let (gate, opener) = AsyncStream.makeStream(of: Void.self)
            let started = Recorder<[Int64]>([])
            let worker = JobWorker(
                queue: db.queue, listenerConfiguration: db.configuration,
                handlers: ["block": { job in
                    started.update { $0.append(job.id) }
                    for await _ in gate { break }
                }],
                concurrency: 1, batchSize: 4, logger: db.logger)
            let ids = try await db.pool.withTransaction { connection in
                var ids: [Int64] = []
                for _ in 0..<3 {
                    ids.append(try #require(try await db.queue.enqueue(JobRequest(kind: "block"), on: connection)))
                }
                return ids
            }
            let group = ServiceGroupHandle(worker: worker, logger: db.logger)
            #expect(try await eventually { started.current.count == 1 })
            #expect(try await db.count(state: .running) == 3, "one running, two leased and waiting")

            await group.triggerGracefulShutdown()
            // The released jobs go back to the queue while the running one is still running.
            #expect(try await eventually { try await db.count(state: .queued) == 2 })
            #expect(!group.hasFinished)
            opener.yield()
            try await group.wait()

            let running = try #require(started.current.first)
            #expect(started.current.count == 1, "nothing new starts after shutdown began")
            #expect(try await db.queue.job(id: running) == nil, "the running job completed")
            for id in ids where id != running {
                let snapshot = try #require(try await db.queue.job(id: id))
                #expect(snapshot.state == .queued && snapshot.attempts == 0)
            }
        }
    }

    @Test func unknownKindFailsWithReason() async throws {
        try await TestDatabase.with { db in
            let id = try #require(try await db.queue.enqueue(JobRequest(kind: "mystery", maxAttempts: 1)))
            let worker = JobWorker(
                queue: db.queue, listenerConfiguration: db.configuration,
                handlers: ["known": { _ in }], logger: db.logger)
            try await withRunningWorkers([worker], logger: db.logger) { () async throws in
                #expect(try await eventually { try await db.queue.job(id: id)?.state == .dead })
            }
            let snapshot = try #require(try await db.queue.job(id: id))
            #expect(snapshot.lastError?.contains("no handler for job kind 'mystery'") == true, "\(snapshot.lastError ?? "nil")")
        }
    }
}
