/// The one error type of `IntakeDomain`.
///
/// Messages never contain personal data or submitted values: they say *what* is wrong, and
/// ``problems`` says *where* (JSON pointers), so an HTTP layer can answer with RFC 9457
/// `application/problem+json` and an `errors` list without echoing what the user typed.
public struct IntakeDomainError: Error, CustomStringConvertible, Sendable {
    /// A stable, machine-readable error code.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// An ``ApplicationSubmission`` failed validation; see ``IntakeDomainError/problems``.
        public static let invalidSubmission = Code("invalidSubmission")
        /// A routing rules document is malformed or inconsistent.
        public static let invalidRoutingRules = Code("invalidRoutingRules")
        /// A coordinator pool document is malformed or inconsistent.
        public static let invalidCoordinatorPool = Code("invalidCoordinatorPool")
        /// A development-families register document is malformed or inconsistent.
        public static let invalidRegisterData = Code("invalidRegisterData")
        /// The development-families register file could not be read.
        public static let registerFileUnreadable = Code("registerFileUnreadable")
        /// An `Idempotency-Key` is empty, too long or has characters outside the safe alphabet.
        public static let invalidIdempotencyKey = Code("invalidIdempotencyKey")
        /// A case number cannot be formed (sequence exhausted for the year, or year out of range).
        public static let caseNumberUnavailable = Code("caseNumberUnavailable")
    }

    public let code: Code
    /// Human-readable explanation without personal data.
    public let message: String
    /// Every field problem found (empty for errors that are not about fields).
    public let problems: [FieldProblem]
    /// Whether retrying the same operation could succeed. Validation errors never are.
    public let isRetriable: Bool
    /// The error this one wraps, if any.
    public let underlying: (any Error)?
    public let file: String
    public let line: Int

    public init(
        _ code: Code, _ message: String, problems: [FieldProblem] = [], isRetriable: Bool = false,
        underlying: (any Error)? = nil, file: String = #fileID, line: Int = #line
    ) {
        self.code = code
        self.message = message
        self.problems = problems
        self.isRetriable = isRetriable
        self.underlying = underlying
        self.file = file
        self.line = line
    }

    public var description: String {
        "IntakeDomainError(\(code)): \(message)\(problems.isEmpty ? "" : " \(problems.count) problem(s)") [\(file):\(line)]"
    }
}
