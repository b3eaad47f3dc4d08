import InngangKafka
import InngangModels
import InngangPostgres
import Logging
import ServiceLifecycle

/// Handles one event inside the inbox transaction: whatever it writes through `connection`
/// commits together with the inbox entry, or not at all.
public typealias InboxHandler = @Sendable (_ event: CloudEvent, _ connection: PostgresConnection) async throws -> Void

/// Consumes a Kafka subscription with exactly-once *effects*: each event's id is recorded in
/// ``Inbox`` in the same transaction as the handler's effect, and the offset is committed to
/// Kafka only after that transaction committed. A redelivered event finds its id and changes nothing.
///
/// - A message that is not a valid CloudEvent goes to the dead-letter topic at once.
/// - A failing handler is retried with exponential back-off, up to `maxAttempts` runs; an error
///   that says retrying cannot help (`isRetriable == false` on `PostgresError`, `KafkaError`,
///   `InngangModelsError`, `MessagingError`, or a `DecodingError`) dead-letters at once. Errors
///   of other types count as transient. Then the message goes to `<topic>.dlq` (see
///   ``DeadLetter``) and its offset is committed, so consumption continues.
/// - While the database is unreachable (`PostgresError` `.connectionFailure`/`.poolTimeout`)
///   the message is retried without limit and never dead-lettered: the message is not at fault.
///
/// On graceful shutdown the message in hand is finished (unless it is waiting for a retry, in
/// which case it is left uncommitted for redelivery), then the consumer is closed.
public final class InboxConsumer: Service {
    let name: String
    let consumer: KafkaConsumer
    let pool: PostgresPool
    let producer: KafkaProducer
    let handler: InboxHandler
    let maxAttempts: Int
    let initialBackoff: Duration
    let logger: Logger
    /// Stopped by graceful shutdown; cuts retry back-offs short.
    let wakeup = Wakeup()

    /// - Parameters:
    ///   - name: the consumer's name, the inbox key (keep it stable; usually the consumer group id).
    ///   - consumer: the subscription to consume; ``run()`` closes it when done.
    ///   - pool: the service's database, where the inbox and the handler's effects live.
    ///   - producer: sends dead letters.
    ///   - handler: the effect of one event, in the inbox transaction.
    ///   - maxAttempts: how often the handler runs before the message is dead-lettered.
    ///   - initialBackoff: the delay before the second attempt; it doubles per attempt (max 5 s).
    public init(
        name: String,
        consumer: KafkaConsumer,
        pool: PostgresPool,
        producer: KafkaProducer,
        handler: @escaping InboxHandler,
        maxAttempts: Int = 5,
        initialBackoff: Duration = .milliseconds(100),
        logger: Logger
    ) {
        precondition(maxAttempts >= 1, "maxAttempts must be at least 1")
        self.name = name
        self.consumer = consumer
        self.pool = pool
        self.producer = producer
        self.handler = handler
        self.maxAttempts = maxAttempts
        self.initialBackoff = initialBackoff
        var logger = logger
        logger[metadataKey: MessagingLoggingKeys.consumer] = "\(name)"
        self.logger = logger
    }

    /// Consumes until graceful shutdown, cancellation, or a fatal error (consumer failure,
    /// closed pool), then closes the consumer.
    public func run() async throws {
        logger.info("Inbox consumer started")
        do {
            try await withGracefulShutdownHandler {
                for try await message in consumer.cancelOnGracefulShutdown() {
                    guard try await process(message) else { break }
                }
            } onGracefulShutdown: { [wakeup] in
                wakeup.stop()
            }
        } catch {
            logger.error("Inbox consumer failed", metadata: [MessagingLoggingKeys.error: "\(ErrorReason.describe(error))"])
            await consumer.close()
            throw error
        }
        await consumer.close()
        if let failure = consumer.terminationError {
            logger.error("Kafka consumer terminated", metadata: [MessagingLoggingKeys.error: "\(ErrorReason.describe(failure))"])
            throw failure
        }
        logger.info("Inbox consumer stopped")
    }
}
