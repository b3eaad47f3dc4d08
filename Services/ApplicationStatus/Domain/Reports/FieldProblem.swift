/// One problem with one field of a report, for an RFC 9457 problem's `errors` list.
///
/// Names the field by JSON pointer (RFC 6901, e.g. `/dueDate`) and says what is wrong; it never
/// repeats the submitted value (free text can be about a child).
public struct FieldProblem: Sendable, Hashable, Codable {
    public struct Code: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The field is missing, `null` or blank.
        public static let required = Code(rawValue: "required")
        /// Not in the expected format (date, date-time, code, id).
        public static let invalidFormat = Code(rawValue: "invalid-format")
        /// Not one of the allowed values.
        public static let unknownValue = Code(rawValue: "unknown-value")
        /// Longer than allowed.
        public static let tooLong = Code(rawValue: "too-long")
        /// A date or time that must not be in the past is.
        public static let inPast = Code(rawValue: "in-past")
        /// A date or time that must not be in the future is.
        public static let inFuture = Code(rawValue: "in-future")
        /// Too far from today to be plausible (typing error).
        public static let outOfRange = Code(rawValue: "out-of-range")
    }

    /// JSON pointer to the field, e.g. `/dueDate`.
    public var pointer: String
    public var code: Code
    /// What is wrong, in English, without the value.
    public var detail: String

    public init(pointer: String, code: Code, detail: String) {
        self.pointer = pointer
        self.code = code
        self.detail = detail
    }
}
