/// The one error type of InngangJobs. Database failures surface as `PostgresError` unchanged;
/// this type covers the queue's own rules.
public struct JobsError: Error, CustomStringConvertible, Sendable {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Backing: String, Hashable, Sendable {
            case invalidRequest
            case noHandler
        }

        private let backing: Backing
        private init(_ backing: Backing) { self.backing = backing }

        /// A `JobRequest` breaks a rule (empty kind, `maxAttempts` < 1, …). Never retriable.
        public static let invalidRequest = Code(.invalidRequest)
        /// A leased job's kind has no handler in this worker.
        public static let noHandler = Code(.noHandler)

        public var description: String { backing.rawValue }
    }

    public var code: Code
    /// Human-readable reason; never contains payloads or other personal data.
    public var message: String
    public var file: String
    public var line: Int

    public init(code: Code, message: String, file: String = #fileID, line: Int = #line) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
    }

    /// Whether repeating the operation may succeed. A missing handler may appear after a rolling deploy.
    public var isRetriable: Bool { code == .noHandler }

    public var description: String { "JobsError.\(code): \(message)" }
}
