/// The one error type of `InngangMessaging`.
///
/// `message` never contains event payloads or other personal data: only codes, counts, topic names
/// and error type names.
public struct MessagingError: Error, Sendable, CustomStringConvertible {
    /// What kind of operation failed.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// A batch of outbox rows was selected but the broker acknowledged none of its messages.
        public static let publishFailed = Code("publishFailed")
        /// A record could not be written to a dead-letter topic.
        public static let deadLetterFailed = Code("deadLetterFailed")
        /// An argument was outside its allowed range (e.g. an empty replay range).
        public static let invalidArgument = Code("invalidArgument")
        /// An outbox row could not be turned back into a CloudEvent.
        public static let corruptOutboxRow = Code("corruptOutboxRow")

        public var description: String { name }
    }

    public var code: Code
    public var message: String
    public var isRetriable: Bool
    public var file: String
    public var line: Int

    public init(_ code: Code, _ message: String, isRetriable: Bool = false, file: String = #fileID, line: Int = #line) {
        self.code = code
        self.message = message
        self.isRetriable = isRetriable
        self.file = file
        self.line = line
    }

    public var description: String { "MessagingError.\(code): \(message) (\(file):\(line))" }
}
