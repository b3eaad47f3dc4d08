import InngangKafka

/// A message a consumer gave up on, as sent to the dead-letter topic `<source topic>.dlq`.
///
/// The record keeps the original key, value and headers unchanged and adds `inngang_dlq_*`
/// headers saying where it came from and why it failed. The reason names an error type and code
/// only (e.g. `handler-failed: PostgresError.checkViolation[23514]`), never message text, so it
/// carries no personal data.
///
/// Dead-letter topics are declared like any other topic (a `KafkaTopic` per consumed topic).
public struct DeadLetter: Sendable, Equatable {
    /// Header names added to a dead-lettered record.
    public enum Header {
        public static let reason = "inngang_dlq_reason"
        public static let sourceTopic = "inngang_dlq_source_topic"
        public static let sourcePartition = "inngang_dlq_source_partition"
        public static let sourceOffset = "inngang_dlq_source_offset"
        public static let consumer = "inngang_dlq_consumer"
        public static let attempts = "inngang_dlq_attempts"
        /// The prefix shared by all of them.
        public static let prefix = "inngang_dlq_"
    }

    /// Why a message was dead-lettered: `<kind>: <error type and code>`.
    public struct Reason: Sendable, Hashable, CustomStringConvertible {
        public var rawValue: String

        public init(rawValue: String) { self.rawValue = rawValue }

        /// The message is not a valid CloudEvent (a "poison" message); it was never handled.
        public static func undecodable(_ error: any Error) -> Reason {
            Reason(rawValue: "undecodable: " + ErrorReason.describe(error))
        }

        /// The handler failed on every attempt, or with an error that retrying cannot fix.
        public static func handlerFailed(_ error: any Error) -> Reason {
            Reason(rawValue: "handler-failed: " + ErrorReason.describe(error))
        }

        public var description: String { rawValue }
    }

    /// The suffix appended to a topic name to get its dead-letter topic.
    public static let topicSuffix = ".dlq"

    /// The dead-letter topic of `sourceTopic`.
    public static func topic(for sourceTopic: String) -> String { sourceTopic + topicSuffix }

    public var reason: Reason
    public var sourceTopic: String
    public var sourcePartition: Int32
    public var sourceOffset: Int64
    /// The consumer (inbox name) that gave up.
    public var consumer: String
    /// How many times the handler ran (0 for an undecodable message).
    public var attempts: Int
    /// The original record's key, value and headers.
    public var key: [UInt8]?
    public var value: [UInt8]
    public var headers: [KafkaHeader]

    /// The dead letter for a consumed message.
    public init(message: KafkaIncomingMessage, reason: Reason, consumer: String, attempts: Int) {
        self.reason = reason
        self.sourceTopic = message.topic
        self.sourcePartition = message.partition
        self.sourceOffset = message.offset
        self.consumer = consumer
        self.attempts = attempts
        self.key = message.key
        self.value = message.value
        // A message re-driven from a dead-letter topic loses its previous verdict.
        self.headers = message.headers.filter { !$0.key.hasPrefix(Header.prefix) }
    }

    /// Reads a record consumed from a dead-letter topic; `nil` when the `inngang_dlq_*` headers
    /// are missing or malformed.
    public init?(deadLetterMessage message: KafkaIncomingMessage) {
        func text(_ key: String) -> String? { message.header(key).map { String(decoding: $0, as: UTF8.self) } }
        guard let reason = text(Header.reason),
            let sourceTopic = text(Header.sourceTopic),
            let partition = text(Header.sourcePartition).flatMap({ Int32($0) }),
            let offset = text(Header.sourceOffset).flatMap({ Int64($0) }),
            let consumer = text(Header.consumer),
            let attempts = text(Header.attempts).flatMap({ Int($0) })
        else { return nil }
        self.reason = Reason(rawValue: reason)
        self.sourceTopic = sourceTopic
        self.sourcePartition = partition
        self.sourceOffset = offset
        self.consumer = consumer
        self.attempts = attempts
        self.key = message.key
        self.value = message.value
        self.headers = message.headers.filter { !$0.key.hasPrefix(Header.prefix) }
    }

    /// The dead-letter topic this record goes to.
    public var topic: String { Self.topic(for: sourceTopic) }

    /// The record to produce: same key (same partitioning), value and headers, plus the
    /// `inngang_dlq_*` headers.
    public var outgoingMessage: KafkaOutgoingMessage {
        func header(_ key: String, _ value: String) -> KafkaHeader { KafkaHeader(key: key, value: Array(value.utf8)) }
        return KafkaOutgoingMessage(
            topic: topic,
            key: key,
            value: value,
            headers: headers + [
                header(Header.reason, reason.rawValue),
                header(Header.sourceTopic, sourceTopic),
                header(Header.sourcePartition, String(sourcePartition)),
                header(Header.sourceOffset, String(sourceOffset)),
                header(Header.consumer, consumer),
                header(Header.attempts, String(attempts)),
            ])
    }
}
