import InngangJobs
import InngangPostgres
import Logging


/// The job-queue settings every implementation is measured with.
struct QueueSettings {
    /// Workers, each with its own leases (the "4 workers" of the comparison).
    var workers: Int
    /// Database connections the workers share for queue statements.
    var connections: Int
    /// Jobs per lease (PgQueuer: `batch_size`; pgbench: `LIMIT`).
    var batchSize: Int
    /// Handlers one Inngang worker runs at once.
    var handlerConcurrency: Int

    var description: [String: String] {
        [
            "workers": "\(workers)", "connections": "\(connections)",
            "batch_size": "\(batchSize)", "handler_concurrency": "\(handlerConcurrency)",
        ]
    }
}

/// `settings.workers` ``JobWorker``s with a no-op handler for kind `noop` that counts its calls.
///
/// The benchmark target does not link swift-service-lifecycle, so the workers run outside a
/// `ServiceGroup` and are stopped by cancelling their tasks (which releases unstarted leases and
/// flushes pending completions).
struct JobWorkerFleet {
    static let jobKind = "noop"

    let handled = Counter()
    private let tasks: [Task<Void, Never>]

    init(queue: JobQueue, listenerConfiguration: PostgresConfiguration, settings: QueueSettings, logger: Logger) {
        let handled = handled
        let handlers: [String: JobHandler] = [Self.jobKind: { _ in handled.increment() }]
        tasks = (0..<settings.workers).map { _ in
            let worker = JobWorker(
                queue: queue, listenerConfiguration: listenerConfiguration, handlers: handlers,
                concurrency: settings.handlerConcurrency, batchSize: settings.batchSize, logger: logger)
            return Task {
                do {
                    try await worker.run()
                } catch {
                    logger.error("job worker failed", metadata: ["error": "\(error)"])
                }
            }
        }
    }

    /// Cancels every worker and waits until each has returned.
    func stop() async {
        for task in tasks { task.cancel() }
        for task in tasks { await task.value }
    }
}

extension PostgresPool {
    /// Opens all `maxConnections` connections now, so no benchmark times a connection set-up.
    func warmUp() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<maxConnections {
                group.addTask { try await self.query("SELECT pg_sleep(0.05)") }
            }
            try await group.waitForAll()
        }
    }
}

extension JobQueue {
    /// Enqueues `count` no-op jobs in batches of 1,000 (one statement each).
    func enqueueNoOps(_ count: Int) async throws {
        var remaining = count
        while remaining > 0 {
            let size = min(1000, remaining)
            let inserted = try await enqueue(batch: Array(repeating: JobRequest(kind: JobWorkerFleet.jobKind), count: size))
            precondition(inserted == size, "enqueued \(inserted) of \(size) jobs")
            remaining -= size
        }
    }
}

/// Polls `condition` every `interval` until it holds; throws after `timeout`.
func waitUntil(
    _ what: String, timeout: Duration, interval: Duration = .milliseconds(2),
    _ condition: () async throws -> Bool
) async throws {
    let deadline = ContinuousClock.now + timeout
    while try await !condition() {
        guard ContinuousClock.now < deadline else { throw BenchError(.timeout, "timed out after \(timeout) waiting until \(what)") }
        try await Task.sleep(for: interval)
    }
}
