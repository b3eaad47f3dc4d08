/// Metadata keys used in this module's log records (dotted, one place).
enum MessagingLoggingKeys {
    static let batchSize = "outbox.batch.size"
    static let published = "outbox.published"
    static let failed = "outbox.failed"
    static let replayed = "outbox.replayed"
    static let consumer = "inbox.consumer"
    static let eventId = "cloudevents.id"
    static let eventType = "cloudevents.type"
    static let topic = "kafka.topic"
    static let partition = "kafka.partition"
    static let offset = "kafka.offset"
    static let attempt = "inbox.attempt"
    static let reason = "dlq.reason"
    static let error = "error"
    static let errorType = "error.type"
    static let delay = "retry.delay"
}
