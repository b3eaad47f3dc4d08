import InngangKafka
import InngangModels
import InngangPostgres
import Logging

extension InboxConsumer {
    /// What became of one event.
    enum Outcome {
        case handled
        case duplicate
        case failed(any Error, attempts: Int)
        /// Shutdown or cancellation came first; leave the message uncommitted.
        case stopped
    }

    /// Decodes, handles (or dead-letters) and commits one message.
    ///
    /// - Returns: `false` when shutdown interrupted it (the offset was not committed).
    func process(_ message: KafkaIncomingMessage) async throws -> Bool {
        var logger = logger
        logger[metadataKey: MessagingLoggingKeys.topic] = "\(message.topic)"
        logger[metadataKey: MessagingLoggingKeys.partition] = "\(message.partition)"
        logger[metadataKey: MessagingLoggingKeys.offset] = "\(message.offset)"

        let event: CloudEvent
        do {
            event = try CloudEvent(kafkaMessage: message)
            try event.validate()
        } catch {
            guard await deadLetter(message, reason: .undecodable(error), attempts: 0, logger: logger) else { return false }
            await commit(message, logger: logger)
            return true
        }

        logger[metadataKey: MessagingLoggingKeys.eventId] = "\(event.id)"
        logger[metadataKey: MessagingLoggingKeys.eventType] = "\(event.type)"
        switch try await handle(event, logger: logger) {
        case .handled:
            logger.trace("Event handled")
        case .duplicate:
            logger.debug("Duplicate event skipped")
        case .failed(let error, let attempts):
            guard await deadLetter(message, reason: .handlerFailed(error), attempts: attempts, logger: logger) else { return false }
        case .stopped:
            return false
        }
        await commit(message, logger: logger)
        return true
    }

    /// Runs the inbox transaction until it commits, the attempts are used up, or shutdown.
    func handle(_ event: CloudEvent, logger: Logger) async throws -> Outcome {
        var attempts = 0
        var outages = 0
        while true {
            do {
                let isNew = try await pool.withTransaction { connection in
                    guard try await Inbox.markReceived(eventID: event.id, consumer: name, on: connection) else {
                        return false
                    }
                    try await handler(event, connection)
                    return true
                }
                return isNew ? .handled : .duplicate
            } catch {
                if Task.isCancelled || error is CancellationError { return .stopped }
                if let error = error as? PostgresError, error.code == .poolClosed { throw error }

                let delay: Duration
                if Self.isDatabaseOutage(error) {
                    outages += 1
                    delay = Backoff.delay(attempt: outages, initial: .milliseconds(500), maximum: .seconds(30))
                    logger.warning(
                        "Database unavailable; retrying event",
                        metadata: [MessagingLoggingKeys.error: "\(ErrorReason.describe(error))", MessagingLoggingKeys.delay: "\(delay)"])
                } else {
                    attempts += 1
                    if attempts >= maxAttempts || !Self.isRetriable(error) {
                        return .failed(error, attempts: attempts)
                    }
                    delay = Backoff.delay(attempt: attempts, initial: initialBackoff, maximum: .seconds(5))
                    logger.warning(
                        "Event handler failed; retrying",
                        metadata: [
                            MessagingLoggingKeys.error: "\(ErrorReason.describe(error))",
                            MessagingLoggingKeys.attempt: "\(attempts)",
                            MessagingLoggingKeys.delay: "\(delay)",
                        ])
                }
                await wakeup.sleep(for: delay)
                if wakeup.isStopped || Task.isCancelled { return .stopped }
            }
        }
    }

    /// Sends the dead letter, retrying until the broker acknowledges it.
    ///
    /// - Returns: `false` when shutdown came first (the offset must not be committed).
    func deadLetter(_ message: KafkaIncomingMessage, reason: DeadLetter.Reason, attempts: Int, logger: Logger) async -> Bool {
        let letter = DeadLetter(message: message, reason: reason, consumer: name, attempts: attempts)
        var failures = 0
        while true {
            do {
                _ = try await producer.send(letter.outgoingMessage)
                logger.warning(
                    "Message dead-lettered",
                    metadata: [MessagingLoggingKeys.reason: "\(reason)", MessagingLoggingKeys.attempt: "\(attempts)"])
                return true
            } catch {
                failures += 1
                let delay = Backoff.delay(attempt: failures, initial: .milliseconds(500), maximum: .seconds(30))
                logger.error(
                    "Cannot send dead letter; retrying",
                    metadata: [MessagingLoggingKeys.error: "\(ErrorReason.describe(error))", MessagingLoggingKeys.delay: "\(delay)"])
                await wakeup.sleep(for: delay)
                if wakeup.isStopped || Task.isCancelled { return false }
            }
        }
    }

    /// Commits the message's offset. A failed commit is only logged: a later commit covers it,
    /// and a redelivery meets the inbox.
    func commit(_ message: KafkaIncomingMessage, logger: Logger) async {
        do {
            try await consumer.commit(message)
        } catch {
            logger.warning("Offset commit failed", metadata: [MessagingLoggingKeys.error: "\(ErrorReason.describe(error))"])
        }
    }

    /// The database itself is unreachable: not the message's fault, so it never counts as an attempt.
    static func isDatabaseOutage(_ error: any Error) -> Bool {
        guard let error = error as? PostgresError else { return false }
        return error.code == .connectionFailure || error.code == .poolTimeout
    }

    /// Whether running the handler again may succeed. Unknown error types count as transient.
    static func isRetriable(_ error: any Error) -> Bool {
        switch error {
        case let error as PostgresError: error.isRetriable
        case let error as KafkaError: error.isRetriable
        case let error as InngangModelsError: error.isRetriable
        case let error as MessagingError: error.isRetriable
        case is DecodingError, is EncodingError: false
        default: true
        }
    }
}
