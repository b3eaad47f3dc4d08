import Foundation
import InngangPostgres
import Logging
import ServiceLifecycle

/// Runs one leased job. Throwing fails the attempt: the job is retried with backoff, or ends `dead`
/// after its last attempt with `String(describing: error)` (truncated) as `last_error` — so throw
/// errors whose description contains no personal data. Handlers must be idempotent: a job can run
/// more than once (lease expiry, a crash before its completion was recorded).
public typealias JobHandler = @Sendable (LeasedJob) async throws -> Void

/// A swift-service-lifecycle `Service` that works one queue.
///
/// - Leases due jobs in batches of `batchSize` (one statement each) whenever a handler slot is free
///   and no leased job waits for one, and runs them with at most `concurrency` handlers at once.
///   Leased jobs wait for a slot with their lease running: keep
///   `batchSize / concurrency × typical job duration` well under `leaseDuration`.
/// - Completes succeeded jobs in batches, folded into the next lease statement when one is due
///   (see ``JobSQL/completeAndLease``).
/// - Sleeps while the queue is empty, woken by `LISTEN` (see ``JobSchema``) or after
///   `pollInterval` (or earlier, when a scheduled job falls due sooner). After a notification it
///   keeps polling every 20 ms for 500 ms, which covers jobs whose notification was coalesced.
/// - Every `rescueInterval`, returns jobs whose lease expired to the queue.
/// - On graceful shutdown it stops leasing, hands leased jobs it has not started back to the queue,
///   lets running handlers finish, flushes completions, and returns. Task cancellation cancels
///   running handlers.
/// - A job whose kind has no handler fails its attempt with a reason (a newer worker may know it).
public final class JobWorker: Service, Sendable {
    public let queue: JobQueue
    public let queueName: String
    /// Identifies this worker in `inngang_jobs.leased_by` (host, process, random suffix).
    public let workerID: String
    let listenerConfiguration: PostgresConfiguration
    let handlers: [String: JobHandler]
    let concurrency: Int
    let batchSize: Int
    let leaseDuration: Duration
    let pollInterval: Duration
    let rescueInterval: Duration
    let retry: RetryPolicy
    let logger: Logger

    /// How long to keep polling after a notification; longer than the trigger's 100 ms window.
    static let lingerDuration: Duration = .milliseconds(500)
    static let lingerPollInterval: Duration = .milliseconds(20)

    public init(
        queue: JobQueue,
        listenerConfiguration: PostgresConfiguration,
        queueName: String = "default",
        handlers: [String: JobHandler],
        concurrency: Int = 4,
        batchSize: Int = 16,
        leaseDuration: Duration = .seconds(60),
        pollInterval: Duration = .seconds(5),
        rescueInterval: Duration = .seconds(15),
        retry: RetryPolicy = .init(),
        logger: Logger
    ) {
        self.queue = queue
        self.listenerConfiguration = listenerConfiguration
        self.queueName = queueName
        self.handlers = handlers
        self.concurrency = max(1, concurrency)
        self.batchSize = max(1, batchSize)
        self.leaseDuration = leaseDuration
        self.pollInterval = pollInterval
        self.rescueInterval = rescueInterval
        self.retry = retry
        let host = ProcessInfo.processInfo.hostName
        let suffix = UUID().uuidString.prefix(8).lowercased()
        self.workerID = "\(host)/\(ProcessInfo.processInfo.processIdentifier)/\(suffix)"
        var logger = logger
        logger[metadataKey: JobsLogKey.queue] = "\(queueName)"
        logger[metadataKey: JobsLogKey.worker] = "\(workerID)"
        self.logger = logger
    }

    public func run() async throws {
        let (events, eventSink) = AsyncStream.makeStream(of: WorkerEvent.self)
        let pump = LeasePump(
            queue: queue, queueName: queueName, leaseDuration: leaseDuration, workerID: workerID,
            events: eventSink, logger: logger)
        logger.info("job worker started", metadata: [JobsLogKey.count: "\(concurrency)"])
        async let pumping: Void = pump.run()
        await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { background in
                background.addTask { await self.listen(into: eventSink) }
                background.addTask { await self.rescueExpiredLeasesPeriodically() }
                await self.dispatch(events: events, eventSink: eventSink, pump: pump)
                background.cancelAll()
            }
        } onGracefulShutdown: {
            eventSink.yield(.shutdown)
        }
        eventSink.finish()
        pump.finish()
        await pumping
        logger.info("job worker stopped")
    }

    // MARK: Running one job

    func execute(_ job: LeasedJob, pump: LeasePump) async {
        guard let handler = handlers[job.kind] else {
            let error = JobsError(code: .noHandler, message: "no handler for job kind '\(job.kind)' on queue '\(queueName)'")
            await recordFailure(of: job, reason: error.description, errorType: "JobsError.noHandler")
            return
        }
        do {
            try await handler(job)
            pump.complete(job.id)
        } catch {
            await recordFailure(of: job, reason: String(describing: error), errorType: Self.safeDescription(of: error))
        }
    }

    private func recordFailure(of job: LeasedJob, reason: String, errorType: String) async {
        var metadata: Logger.Metadata = [
            JobsLogKey.jobID: "\(job.id)", JobsLogKey.jobKind: "\(job.kind)",
            JobsLogKey.attempt: "\(job.attempt)", JobsLogKey.error: "\(errorType)",
        ]
        do {
            let state = try await queue.fail(job, error: reason, retry: retry)
            metadata["job.state"] = "\(state?.rawValue ?? "lease-lost")"
            if state == .dead {
                logger.error("job failed its last attempt", metadata: metadata)
            } else {
                logger.warning("job attempt failed", metadata: metadata)
            }
        } catch {
            metadata["job.fail_error"] = "\(Self.safeDescription(of: error))"
            logger.error("recording a job failure failed; the job runs again after its lease expires", metadata: metadata)
        }
    }

    // MARK: Background loops

    /// Forwards notifications for this queue as wake-ups; retries the first connection with backoff
    /// (the listener reconnects by itself after that). Polling covers the time without a listener.
    func listen(into events: AsyncStream<WorkerEvent>.Continuation) async {
        var backoff: Duration = .milliseconds(200)
        while !Task.isCancelled {
            let listener: PostgresListener
            do {
                listener = try await PostgresListener.listen(
                    listenerConfiguration, channels: [JobSQL.notificationChannel], logger: logger)
            } catch {
                logger.warning("job worker cannot LISTEN; polling only until it can", metadata: [
                    JobsLogKey.error: "\(Self.safeDescription(of: error))",
                ])
                try? await Task.sleep(for: backoff)
                backoff = min(backoff * 2, .seconds(30))
                continue
            }
            backoff = .milliseconds(200)
            // Jobs enqueued before LISTEN took effect sent their notification to nobody.
            events.yield(.notified)
            await withTaskCancellationHandler {
                for await notification in listener.notifications
                where notification.isReconnect || notification.payload == queueName {
                    events.yield(.notified)
                }
            } onCancel: {
                listener.close()
            }
            listener.close()
            guard !Task.isCancelled else { return }
            logger.warning("job worker's LISTEN connection ended; reconnecting")
            try? await Task.sleep(for: backoff)
        }
    }

    func rescueExpiredLeasesPeriodically() async {
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: rescueInterval)
            } catch {
                return
            }
            do {
                let rescued = try await queue.rescueExpiredLeases()
                if rescued > 0 {
                    logger.warning("rescued jobs with expired leases", metadata: [JobsLogKey.count: "\(rescued)"])
                }
            } catch {
                logger.warning("rescuing expired leases failed", metadata: [JobsLogKey.error: "\(Self.safeDescription(of: error))"])
            }
        }
    }

    /// A description of `error` that is safe to log: its type and code, never its message.
    static func safeDescription(of error: any Error) -> String {
        switch error {
        case let error as PostgresError:
            "PostgresError.\(error.code)" + (error.sqlState.map { " [\($0)]" } ?? "")
        case let error as JobsError:
            "JobsError.\(error.code)"
        default:
            String(reflecting: type(of: error))
        }
    }
}

/// What the dispatch loop waits for.
enum WorkerEvent: Sendable {
    /// A notification for this queue (or the listener reconnected).
    case notified
    /// A handler finished; a concurrency slot is free.
    case slotFreed
    /// Graceful shutdown began.
    case shutdown
    /// The timer with this generation fired.
    case timer(UInt64)
    /// A lease asked for `requested` jobs finished.
    case leased(requested: Int, Result<[LeasedJob], any Error>)
}
