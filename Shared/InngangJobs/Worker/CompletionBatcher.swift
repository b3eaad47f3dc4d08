import Logging
import Synchronization

/// Collects ids of succeeded jobs and completes them in batches: while one `complete` statement
/// runs, ids that arrive meanwhile wait and go out together in the next, so the batch size adapts
/// to the completion rate with no timer.
final class CompletionBatcher: Sendable {
    private let queue: JobQueue
    private let logger: Logger
    private let pending = Mutex<[Int64]>([])
    private let signal: AsyncStream<Void>
    private let signalSink: AsyncStream<Void>.Continuation

    /// Attempts per batch before giving up on it (its jobs then run again after their lease expires).
    private static let attemptsPerBatch = 5

    init(queue: JobQueue, logger: Logger) {
        self.queue = queue
        self.logger = logger
        (signal, signalSink) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Queues `id` for the next batch.
    func add(_ id: Int64) {
        pending.withLock { $0.append(id) }
        signalSink.yield()
    }

    /// No more ids will come; `run` flushes what is pending and returns.
    func finish() {
        signalSink.finish()
    }

    /// Completes batches until `finish()`; call once.
    func run() async {
        for await _ in signal {
            await flush()
        }
        await flush()
    }

    private func flush() async {
        let ids = pending.withLock { pending in
            defer { pending.removeAll(keepingCapacity: true) }
            return pending
        }
        guard !ids.isEmpty else { return }
        var backoff: Duration = .milliseconds(50)
        for attempt in 1...Self.attemptsPerBatch {
            do {
                try await queue.complete(ids: ids)
                return
            } catch {
                logger.warning("completing jobs failed", metadata: [
                    JobsLogKey.count: "\(ids.count)", JobsLogKey.attempt: "\(attempt)",
                    JobsLogKey.error: "\(JobWorker.safeDescription(of: error))",
                ])
                guard attempt < Self.attemptsPerBatch else { break }
                try? await Task.sleep(for: backoff)
                backoff *= 2
            }
        }
        logger.error("giving up completing jobs; they will run again after their lease expires", metadata: [
            JobsLogKey.count: "\(ids.count)",
        ])
    }
}
