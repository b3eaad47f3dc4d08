import CRdKafka

/// The one error type of `InngangKafka`.
///
/// `code` says which operation failed; `rdKafkaError` carries librdkafka's `rd_kafka_resp_err_t`
/// when the failure came from librdkafka; `isRetriable` tells whether trying again later can succeed.
public struct KafkaError: Error, Sendable, CustomStringConvertible {
    /// What kind of operation failed.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// The librdkafka found at run time is older than ``KafkaRuntime/minimumVersion``.
        public static let runtimeTooOld = Code("runtimeTooOld")
        /// A configuration property was rejected (by us or by librdkafka).
        public static let configuration = Code("configuration")
        /// A message could not be enqueued for production.
        public static let produce = Code("produce")
        /// The broker did not acknowledge a message (delivery report carried an error).
        public static let delivery = Code("delivery")
        /// Consuming (subscribing, polling, rebalancing) failed.
        public static let consume = Code("consume")
        /// Committing an offset failed.
        public static let commit = Code("commit")
        /// An admin operation (create topics, metadata) failed.
        public static let admin = Code("admin")
        /// An operation did not finish in time.
        public static let timeout = Code("timeout")
        /// The client was closed.
        public static let closed = Code("closed")
        /// A Kafka message does not carry a valid CloudEvent (binary mode).
        public static let cloudEventBinding = Code("cloudEventBinding")

        public var description: String { name }
    }

    public var code: Code
    public var message: String
    /// librdkafka's `rd_kafka_resp_err_t`, when librdkafka reported the failure.
    public var rdKafkaError: Int32?
    public var isRetriable: Bool
    public var file: String
    public var line: Int

    public init(
        _ code: Code,
        _ message: String,
        rdKafkaError: Int32? = nil,
        isRetriable: Bool = false,
        file: String = #fileID,
        line: Int = #line
    ) {
        self.code = code
        self.message = message
        self.rdKafkaError = rdKafkaError
        self.isRetriable = isRetriable
        self.file = file
        self.line = line
    }

    public var description: String {
        var text = "KafkaError.\(code): \(message)"
        if let rdKafkaError {
            text += " [rd_kafka_resp_err \(rdKafkaError) \(RDKafkaErrorCode.name(rdKafkaError))]"
        }
        return text + " (\(file):\(line))"
    }
}

extension KafkaError {
    /// An error built from a librdkafka response code, with librdkafka's own text.
    static func rdKafka(
        _ code: Code,
        _ context: String,
        error: rd_kafka_resp_err_t,
        isRetriable: Bool? = nil,
        file: String = #fileID,
        line: Int = #line
    ) -> KafkaError {
        KafkaError(
            code,
            "\(context): \(RDKafkaErrorCode.text(error.rawValue))",
            rdKafkaError: error.rawValue,
            isRetriable: isRetriable ?? RDKafkaErrorCode.isRetriable(error.rawValue),
            file: file,
            line: line
        )
    }
}
