/// The one error type of `InngangModels`.
///
/// Messages never contain personal data: a rejected national identity number is described by
/// *what* is wrong (length, check digit, date), never by its digits.
public struct InngangModelsError: Error, CustomStringConvertible, Sendable {
    /// A stable, machine-readable error code.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        // National identity numbers
        /// Not exactly 11 characters.
        public static let invalidLength = Code("invalidLength")
        /// Contains something other than the ASCII digits 0–9.
        public static let nonDigit = Code("nonDigit")
        /// The first check digit (k1) does not match.
        public static let invalidFirstCheckDigit = Code("invalidFirstCheckDigit")
        /// The second check digit (k2) does not match.
        public static let invalidSecondCheckDigit = Code("invalidSecondCheckDigit")
        /// The date part (after removing D-number / synthetic offsets) is not a calendar date.
        public static let invalidBirthDate = Code("invalidBirthDate")
        /// The individual number does not map to a century for the two-digit year.
        public static let invalidIndividualNumber = Code("invalidIndividualNumber")
        /// A synthetic (test) number was given where synthetic numbers are not accepted.
        public static let syntheticNotAllowed = Code("syntheticNotAllowed")

        // Events
        /// An event type was registered twice, or is malformed.
        public static let invalidEventType = Code("invalidEventType")
        public static let duplicateEventType = Code("duplicateEventType")
        /// Encoding an event payload to JSON failed.
        public static let encodingFailed = Code("encodingFailed")
        /// Decoding an event payload or envelope failed.
        public static let decodingFailed = Code("decodingFailed")
        /// A CloudEvent misses a required attribute or has an unsupported specversion.
        public static let invalidCloudEvent = Code("invalidCloudEvent")
    }

    public let code: Code
    /// Human-readable explanation without personal data.
    public let message: String
    /// Whether retrying the same operation could succeed. Validation errors never are.
    public let isRetriable: Bool
    /// The error this one wraps, if any (e.g. a `DecodingError`).
    public let underlying: (any Error)?
    public let file: String
    public let line: Int

    public init(
        _ code: Code, _ message: String, isRetriable: Bool = false, underlying: (any Error)? = nil,
        file: String = #fileID, line: Int = #line
    ) {
        self.code = code
        self.message = message
        self.isRetriable = isRetriable
        self.underlying = underlying
        self.file = file
        self.line = line
    }

    public var description: String { "InngangModelsError(\(code)): \(message) [\(file):\(line)]" }
}

/// The error thrown by ``NationalIdentityNumber/init(_:allowSynthetic:)``; the module has one
/// error type, this name is kept for readability at call sites.
public typealias NationalIdentityNumberError = InngangModelsError
