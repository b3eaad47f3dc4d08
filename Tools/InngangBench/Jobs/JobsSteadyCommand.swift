import ArgumentParser
import InngangJobs
import InngangPostgres
import Logging

/// Steady state: producers enqueue continuously while the workers drain; completed jobs/s over a
/// window that starts after a warm-up.
struct JobsSteadyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobs-steady",
        abstract: "Measure Inngang's completed jobs/s while producers enqueue continuously.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var queueOptions: QueueOptions

    @Option(help: "Length of the measured window in seconds.")
    var seconds = 30.0

    @Option(help: "Seconds of load before the window starts.")
    var warmup = 3.0

    @Option(help: "Producer tasks, each with its own connection.")
    var producers = 1

    @Option(help: "Jobs per enqueue statement.")
    var enqueueBatch = 10

    func run() async throws {
        let logger = common.makeLogger("inngang-bench.jobs-steady")
        let measurement = try await ScratchDatabase.with(adminURL: common.databaseURL, prefix: "steady", logger: logger) { database in
            try await withPool(database.configuration, maxConnections: queueOptions.connections, logger: logger) { pool in
                try await withPool(database.configuration, maxConnections: producers, logger: logger) { producerPool in
                    try await measure(database: database, pool: pool, producerPool: producerPool, logger: logger)
                }
            }
        }
        progress(String(format: "inngang steady: %.0f jobs/s completed", measurement.value))
        try measurement.emit()
    }

    private func measure(
        database: ScratchDatabase, pool: PostgresPool, producerPool: PostgresPool, logger: Logger
    ) async throws -> Measurement {
        let settings = queueOptions.settings
        try await MigrationRunner.apply(JobQueue.migrations, pool: pool, logger: logger)
        let queue = JobQueue(pool: pool, logger: logger)
        let producerQueue = JobQueue(pool: producerPool, logger: logger)
        try await pool.warmUp()
        try await producerPool.warmUp()

        let fleet = JobWorkerFleet(queue: queue, listenerConfiguration: database.configuration, settings: settings, logger: logger)
        let enqueued = Counter()
        let stop = StopSignal()
        let batch = Array(repeating: JobRequest(kind: JobWorkerFleet.jobKind), count: enqueueBatch)
        let producerTasks = (0..<producers).map { _ in
            Task {
                while !stop.isSet {
                    do {
                        enqueued.increment(by: try await producerQueue.enqueue(batch: batch))
                    } catch {
                        logger.error("enqueue failed", metadata: ["error": "\(error)"])
                        return
                    }
                }
            }
        }
        progress("steady load: \(warmup) s warm-up, then \(seconds) s measured")
        try await Task.sleep(for: .seconds(warmup))
        let (handled0, enqueued0, start) = (fleet.handled.count, enqueued.count, ContinuousClock.now)
        try await Task.sleep(for: .seconds(seconds))
        let (handled1, enqueued1, end) = (fleet.handled.count, enqueued.count, ContinuousClock.now)
        stop.set()
        for task in producerTasks { await task.value }
        await fleet.stop()
        let backlog = try await pool.query("SELECT count(*) FROM inngang_jobs")[0].decode(0, as: Int.self)

        let elapsed = (end - start).inSeconds
        var parameters = settings.description
        parameters["producers"] = "\(producers)"
        parameters["enqueue_batch"] = "\(enqueueBatch)"
        parameters["window_seconds"] = "\(seconds)"
        return Measurement(
            benchmark: "jobqueue_steady", system: "inngang", value: Double(handled1 - handled0) / elapsed, unit: "jobs/s",
            details: [
                "completed": Double(handled1 - handled0), "enqueued": Double(enqueued1 - enqueued0),
                "enqueued_per_s": Double(enqueued1 - enqueued0) / elapsed, "seconds": elapsed,
                "backlog_at_end": Double(backlog),
            ],
            parameters: parameters)
    }
}
