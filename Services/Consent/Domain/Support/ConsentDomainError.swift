/// The one error type of `ConsentDomain`.
///
/// Messages never contain personal data or submitted free text: they say *what* is wrong, and
/// ``fields`` says *where* (JSON pointers into the request, e.g. `/categories/1`), so an HTTP
/// layer can answer with RFC 9457 `application/problem+json` without echoing what was typed.
public struct ConsentDomainError: Error, CustomStringConvertible, Sendable {
    /// A stable, machine-readable error code.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// A consent request failed validation; see ``ConsentDomainError/fields``.
        public static let invalidRequest = Code("invalidRequest")
        /// The register names no guardian with parental responsibility for a child who needs one.
        public static let noGuardianWithParentalResponsibility = Code("noGuardianWithParentalResponsibility")
        /// A guardian whose consent is required has restricted access and cannot be asked
        /// through Inngang (fail closed: the coordinator handles such a case outside Inngang).
        public static let guardianCannotBeAsked = Code("guardianCannotBeAsked")
        /// The categories need different grantors (e.g. health for a 16-year-old, whom the young
        /// person consents to alone, with school, which the guardians consent to): one request each.
        public static let categoriesNeedSeparateRequests = Code("categoriesNeedSeparateRequests")
        /// The person is not one of the consent's required grantors.
        public static let notAGrantor = Code("notAGrantor")
        /// The consent has ended (refused, withdrawn, revoked or expired) and cannot be given.
        public static let consentEnded = Code("consentEnded")
        /// A grantor who already gave consent refused; withdrawal is the way to take it back.
        public static let alreadyGiven = Code("alreadyGiven")
        /// An expiry was recorded before the consent had expired, or for a reason that does not apply.
        public static let notExpired = Code("notExpired")
        /// Information was recorded as shared where the consent did not allow it at that time.
        public static let sharingNotAllowed = Code("sharingNotAllowed")
        /// A history is malformed: it does not start with the request, starts twice, or a fact is
        /// dated before the one it follows.
        public static let invalidHistory = Code("invalidHistory")
        /// Configured age rules are inconsistent.
        public static let invalidAgeRules = Code("invalidAgeRules")
        /// A legal basis record failed validation; see ``ConsentDomainError/fields``.
        public static let invalidLegalBasis = Code("invalidLegalBasis")
    }

    public let code: Code
    /// Human-readable explanation without personal data.
    public let message: String
    /// JSON pointers to the request fields at fault (empty when not about fields).
    public let fields: [String]
    /// Whether retrying the same operation could succeed. Rule violations never are.
    public let isRetriable: Bool
    public let file: String
    public let line: Int

    public init(_ code: Code, _ message: String, fields: [String] = [], isRetriable: Bool = false,
                file: String = #fileID, line: Int = #line) {
        self.code = code
        self.message = message
        self.fields = fields
        self.isRetriable = isRetriable
        self.file = file
        self.line = line
    }

    public var description: String {
        "ConsentDomainError(\(code)): \(message)\(fields.isEmpty ? "" : " \(fields)") [\(file):\(line)]"
    }
}
