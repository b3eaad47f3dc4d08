import Logging
import Synchronization

/// The worker's path for its hot statements. The dispatch loop asks it to lease; handlers hand it
/// the ids of succeeded jobs. Pending completions ride along with the next lease
/// (``JobSQL/completeAndLease``: one round trip and one commit for both). Completions that no lease
/// picks up within ``completionDelay`` go out on their own (``JobSQL/complete``), on another
/// connection, so they never hold up a lease. Whatever arrives while a statement runs goes into the
/// next one, so batches grow with the load.
final class LeasePump: Sendable {
    private struct State {
        var completions: [Int64] = []
        var leaseRequest: Int?
    }

    private let queue: JobQueue
    private let queueName: String
    private let leaseDuration: Duration
    private let workerID: String
    private let events: AsyncStream<WorkerEvent>.Continuation
    private let logger: Logger
    private let state = Mutex(State())
    private let leaseSignal: AsyncStream<Void>
    private let leaseSignalSink: AsyncStream<Void>.Continuation
    private let completionSignal: AsyncStream<Void>
    private let completionSignalSink: AsyncStream<Void>.Continuation

    /// How long a completion waits for a lease to carry it before it is sent alone.
    static let completionDelay: Duration = .milliseconds(10)
    /// Attempts per completion batch before giving up on it (its jobs then run again after their
    /// lease expires).
    private static let completionAttempts = 5

    init(
        queue: JobQueue, queueName: String, leaseDuration: Duration, workerID: String,
        events: AsyncStream<WorkerEvent>.Continuation, logger: Logger
    ) {
        self.queue = queue
        self.queueName = queueName
        self.leaseDuration = leaseDuration
        self.workerID = workerID
        self.events = events
        self.logger = logger
        (leaseSignal, leaseSignalSink) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        (completionSignal, completionSignalSink) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Queues a succeeded job for completion.
    func complete(_ id: Int64) {
        state.withLock { $0.completions.append(id) }
        completionSignalSink.yield()
    }

    /// Asks for one lease of up to `limit` jobs; the answer arrives as `WorkerEvent.leased`.
    /// At most one request may be outstanding.
    func requestLease(limit: Int) {
        state.withLock { $0.leaseRequest = limit }
        leaseSignalSink.yield()
    }

    /// No more requests will come; `run` completes what is pending and returns.
    func finish() {
        leaseSignalSink.finish()
        completionSignalSink.finish()
    }

    /// Serves requests until `finish()`; call once.
    func run() async {
        async let leases: Void = serveLeases()
        for await _ in completionSignal {
            try? await Task.sleep(for: Self.completionDelay)
            await completePending()
        }
        await leases
        await completePending()
    }

    private func serveLeases() async {
        for await _ in leaseSignal {
            let request: (limit: Int, ids: [Int64])? = state.withLock { state in
                guard let limit = state.leaseRequest else { return nil }
                defer {
                    state.leaseRequest = nil
                    state.completions.removeAll(keepingCapacity: true)
                }
                return (limit, state.completions)
            }
            guard let (limit, ids) = request else { continue }
            do {
                let jobs = try await queue.lease(
                    queue: queueName, limit: limit, leaseDuration: leaseDuration, worker: workerID, completing: ids)
                events.yield(.leased(requested: limit, .success(jobs)))
            } catch {
                // The statement failed as a whole: its completions go out on their own.
                if !ids.isEmpty {
                    state.withLock { $0.completions.insert(contentsOf: ids, at: 0) }
                    completionSignalSink.yield()
                }
                events.yield(.leased(requested: limit, .failure(error)))
            }
        }
    }

    private func completePending() async {
        let ids = state.withLock { state in
            defer { state.completions.removeAll(keepingCapacity: true) }
            return state.completions
        }
        guard !ids.isEmpty else { return }
        var backoff: Duration = .milliseconds(50)
        for attempt in 1...Self.completionAttempts {
            do {
                try await queue.complete(ids: ids)
                return
            } catch {
                logger.warning("completing jobs failed", metadata: [
                    JobsLogKey.count: "\(ids.count)", JobsLogKey.attempt: "\(attempt)",
                    JobsLogKey.error: "\(JobWorker.safeDescription(of: error))",
                ])
                guard attempt < Self.completionAttempts else { break }
                try? await Task.sleep(for: backoff)
                backoff *= 2
            }
        }
        logger.error("giving up completing jobs; they will run again after their lease expires", metadata: [
            JobsLogKey.count: "\(ids.count)",
        ])
    }
}
