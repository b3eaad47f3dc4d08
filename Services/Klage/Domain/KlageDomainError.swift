/// The one error type of `KlageDomain`.
///
/// Messages name *what* is wrong (codes, stages, counts), never submitted text or personal data:
/// an appeal's reasons can say anything about a child.
public struct KlageDomainError: Error, CustomStringConvertible, Sendable {
    /// A stable, machine-readable error code. The HTTP layer maps codes to statuses.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        // Filing
        /// The person filing is not a party to the decision (see ``PartyRule``). HTTP 403.
        public static let notAParty = Code("notAParty")
        /// A text field is longer than ``AppealFormRule/maxTextLength``. HTTP 422.
        public static let textTooLong = Code("textTooLong")
        /// More attachments than ``AppealFormRule/maxAttachments``. HTTP 422.
        public static let tooManyAttachments = Code("tooManyAttachments")

        // Handling (state machine)
        /// The transition is not allowed from the appeal's current stage. HTTP 409.
        public static let illegalTransition = Code("illegalTransition")
        /// A late appeal must be admitted (§ 31) or rejected before it is reversed or forwarded. HTTP 409.
        public static let lateAppealNotAdmitted = Code("lateAppealNotAdmitted")
        /// More than one year after the decision: the appeal cannot be considered (§ 31 third
        /// paragraph); only a rejection is possible. HTTP 409.
        public static let cannotBeConsidered = Code("cannotBeConsidered")
        /// An admission of a late appeal was recorded for an appeal that is not late. HTTP 409.
        public static let notLate = Code("notLate")
        /// A late appeal was already admitted. HTTP 409.
        public static let alreadyAdmitted = Code("alreadyAdmitted")
        /// Timeliness is not known yet (the appeal does not name its decision). HTTP 409.
        public static let timelinessUndetermined = Code("timelinessUndetermined")

        // Interim reply / postponement
        /// The date an answer is expected must be after the day the interim reply is sent. HTTP 422.
        public static let expectedDateNotInFuture = Code("expectedDateNotInFuture")
    }

    public let code: Code
    /// Human-readable explanation without personal data.
    public let message: String
    /// Whether retrying the same operation later could succeed (never, for pure rules).
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

    public var description: String { "KlageDomainError(\(code)): \(message) [\(file):\(line)]" }
}
