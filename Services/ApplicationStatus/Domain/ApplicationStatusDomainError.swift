/// The one error type of `ApplicationStatusDomain`.
///
/// Messages and field problems name *what* is wrong and *where* (a JSON pointer), never the
/// submitted values: a report can carry free text about a child.
public struct ApplicationStatusDomainError: Error, CustomStringConvertible, Sendable {
    /// A stable, machine-readable error code. The HTTP layer maps codes to statuses.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// One or more fields of a report are missing or invalid (see ``problems``). HTTP 422.
        public static let invalidReport = Code("invalidReport")
        /// The case is not routed to the reporting service. HTTP 409 (the caller already passed
        /// access control, so existence is not a secret to it).
        public static let serviceNotRouted = Code("serviceNotRouted")
        /// The service's current state does not allow this kind of report. HTTP 409.
        public static let notAllowedInState = Code("notAllowedInState")
        /// A report refers to a meeting or task of the case that does not exist (or is done). HTTP 409.
        public static let unknownReference = Code("unknownReference")
        /// The viewer may not see the case, or it does not exist; the two are indistinguishable
        /// on purpose. HTTP 404.
        public static let notFound = Code("notFound")
        /// An event could not be read into the timeline (bad payload). Dead-letter it.
        public static let unreadableEvent = Code("unreadableEvent")
    }

    public let code: Code
    /// Human-readable explanation without personal data.
    public let message: String
    /// Field-level problems for ``Code/invalidReport`` (all of them, in field order).
    public let problems: [FieldProblem]
    /// Whether retrying the same operation could succeed. Domain rejections never are.
    public let isRetriable: Bool
    public let file: String
    public let line: Int

    public init(
        _ code: Code, _ message: String, problems: [FieldProblem] = [], isRetriable: Bool = false,
        file: String = #fileID, line: Int = #line
    ) {
        self.code = code
        self.message = message
        self.problems = problems
        self.isRetriable = isRetriable
        self.file = file
        self.line = line
    }

    public var description: String { "ApplicationStatusDomainError(\(code)): \(message) [\(file):\(line)]" }
}
