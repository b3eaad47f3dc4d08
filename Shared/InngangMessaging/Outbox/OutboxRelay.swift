import InngangKafka
import InngangPostgres
import Logging
import ServiceLifecycle

/// Publishes the rows of ``Outbox`` to Kafka and marks them published.
///
/// ``run()`` relays rounds (``relayOnce()``: one transaction, up to `batchesPerTransaction`
/// pipelined producer batches) until the outbox is empty, then waits for `NOTIFY inngang_outbox`
/// (sent on every committed insert) or `pollInterval`, whichever comes first; polling covers a
/// lost listener connection. Errors (database or broker down) are logged and retried with
/// exponential back-off; they never end the service.
///
/// Delivery is at least once: a relay that dies after the broker acknowledged a batch but before
/// the transaction marking it committed publishes that batch again on the next round. Rows are
/// published in `id` order; after a failed delivery the round stops and sends no further batch.
/// Within one producer call librdkafka may still fail a message and deliver later ones of the
/// same key (it does not promise a gapless sequence); the failed one then follows on the next
/// round, so consumers must not assume strict order after a broker failure.
///
/// Only one relay per database publishes at a time (a transaction-scoped advisory lock taken by
/// each round), so the events of a partition key reach Kafka in outbox order even when a service
/// runs several replicas; the others stand by.
///
/// On graceful shutdown the round in flight is finished (published and marked) and ``run()`` returns.
/// Call ``run()`` once per instance.
public final class OutboxRelay: Service {
    let pool: PostgresPool
    let producer: KafkaProducer
    let listenerConfiguration: PostgresConfiguration
    let batchSize: Int
    let batchesPerTransaction: Int
    let pollInterval: Duration
    let logger: Logger
    /// Woken by notifications and ``replay(from:to:)``; stopped by graceful shutdown.
    let wakeup = Wakeup()

    /// - Parameters:
    ///   - pool: the service's pool (the relay holds one connection during a round).
    ///   - producer: an idempotent producer (``KafkaProducer`` always is).
    ///   - listenerConfiguration: the database to `LISTEN` on (a dedicated connection).
    ///   - batchSize: events per producer call (and per `SELECT`/`UPDATE`).
    ///   - batchesPerTransaction: how many batches one round (one transaction, see
    ///     ``relayOnce()``) pipelines at most.
    ///   - pollInterval: the longest wait between two rounds when no notification comes.
    public init(
        pool: PostgresPool,
        producer: KafkaProducer,
        listenerConfiguration: PostgresConfiguration,
        batchSize: Int = 500,
        batchesPerTransaction: Int = 4,
        pollInterval: Duration = .seconds(2),
        logger: Logger
    ) {
        precondition(batchSize > 0, "batchSize must be positive")
        precondition(batchesPerTransaction > 0, "batchesPerTransaction must be positive")
        self.pool = pool
        self.producer = producer
        self.listenerConfiguration = listenerConfiguration
        self.batchSize = batchSize
        self.batchesPerTransaction = batchesPerTransaction
        self.pollInterval = pollInterval
        self.logger = logger
    }

    /// Relays until graceful shutdown or cancellation.
    public func run() async throws {
        logger.info("Outbox relay started", metadata: [MessagingLoggingKeys.batchSize: "\(batchSize)"])
        await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await self.listenForNotifications() }
                await self.relayUntilStopped()
                group.cancelAll()
            }
        } onGracefulShutdown: { [wakeup] in
            wakeup.stop()
        }
        logger.info("Outbox relay stopped")
    }

    private func relayUntilStopped() async {
        var consecutiveFailures = 0
        while !wakeup.isStopped && !Task.isCancelled {
            do {
                let published = try await relayOnce()
                consecutiveFailures = 0
                if published == batchSize * batchesPerTransaction { continue }  // a full round: probably more waiting
                await wakeup.wait(timeout: pollInterval)
            } catch {
                consecutiveFailures += 1
                let delay = Backoff.delay(attempt: consecutiveFailures, initial: .milliseconds(200), maximum: .seconds(30))
                logger.error(
                    "Outbox relay round failed; retrying",
                    metadata: [
                        MessagingLoggingKeys.error: "\(ErrorReason.describe(error))",
                        MessagingLoggingKeys.delay: "\(delay)",
                    ])
                await wakeup.sleep(for: delay)
            }
        }
    }

    /// Keeps a `LISTEN inngang_outbox` connection open, turning notifications into wake-ups;
    /// reconnects after a lost connection.
    private func listenForNotifications() async {
        while !Task.isCancelled && !wakeup.isStopped {
            do {
                let listener = try await PostgresListener.listen(
                    listenerConfiguration, channels: [Outbox.notificationChannel], logger: logger)
                wakeup.signal()  // rows may have been committed while nobody listened
                for await _ in listener.notifications {
                    wakeup.signal()
                }
                listener.close()
            } catch {
                logger.warning(
                    "Outbox relay cannot listen for notifications; polling meanwhile",
                    metadata: [MessagingLoggingKeys.error: "\(ErrorReason.describe(error))"])
            }
            await wakeup.sleep(for: .seconds(1))
        }
    }
}
