/// The one error type of `NotificationDomain`.
///
/// Messages never contain personal data (no national identity numbers, no addresses, no text
/// of messages): they say *what* is wrong, with ids and codes at most.
public struct NotificationDomainError: Error, CustomStringConvertible, Sendable {
    /// A stable, machine-readable error code.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The case's recipient list (from `case-received`) is not known yet. Retriable: the
        /// case-received event may still be on its way on the intake topic.
        public static let recipientsUnknown = Code("recipientsUnknown")
        /// The recipient list given belongs to another case than the event.
        public static let caseMismatch = Code("caseMismatch")
        /// An event this service reacts to could not be decoded.
        public static let undecodableEvent = Code("undecodableEvent")
    }

    public let code: Code
    /// Human-readable explanation without personal data.
    public let message: String
    /// Whether retrying the same operation later could succeed.
    public let isRetriable: Bool
    public let file: String
    public let line: Int

    public init(_ code: Code, _ message: String, isRetriable: Bool = false, file: String = #fileID, line: Int = #line) {
        self.code = code
        self.message = message
        self.isRetriable = isRetriable
        self.file = file
        self.line = line
    }

    public var description: String { "NotificationDomainError(\(code)): \(message) [\(file):\(line)]" }
}
