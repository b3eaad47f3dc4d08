import Foundation

/// One problem with one field of a JSON document, located by a JSON pointer (RFC 6901), e.g.
/// `/needs/categories/0`. Designed for the `errors` member of an RFC 9457 problem+json answer.
///
/// **Never echoes values**: ``message`` is a fixed text chosen by ``code`` (and limits from the
/// rule), never what was submitted, so a rejected national identity number or free text cannot
/// reach a log or an error page.
public struct FieldProblem: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A stable, machine-readable problem code (`required`, `unknown-category`, …).
    public struct Code: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The field is missing (or empty where a value is required).
        public static let required = Code("required")
        /// The field must be absent in this combination (e.g. an interpreter language without an interpreter).
        public static let notAllowed = Code("not-allowed")
        /// Shorter or longer than allowed (characters or items).
        public static let length = Code("length")
        /// Not in the expected format (e.g. a language code, a service code).
        public static let format = Code("format")
        /// A number outside its allowed range.
        public static let range = Code("range")
        /// A value repeated in a list that must hold distinct values.
        public static let duplicate = Code("duplicate")
        /// Contains control characters other than line breaks and tabs.
        public static let invalidCharacters = Code("invalid-characters")
        /// A need category code that is not in ``NeedCategory``'s catalogue.
        public static let unknownCategory = Code("unknown-category")
        /// A value outside a fixed list of codes (language, channel, mode, reason).
        public static let unknownCode = Code("unknown-code")
        /// Not a valid national identity number (length, digits, check digits or date).
        public static let invalidNationalIdentityNumber = Code("invalid-national-identity-number")
        /// The child's age is outside what intake serves (0–24).
        public static let ageOutOfRange = Code("age-out-of-range")
        /// The JSON value has the wrong type (e.g. a number where text is expected).
        public static let type = Code("type")
        /// Two fields contradict each other (e.g. an SMS window that ends before it starts).
        public static let inconsistent = Code("inconsistent")
        /// Something a document refers to is not defined (e.g. a service without a processing time).
        public static let undefined = Code("undefined")
        /// Something defined but never used (likely a typo).
        public static let unused = Code("unused")
    }

    /// JSON pointer (RFC 6901) to the field, `""` for the whole document.
    public let pointer: String
    public let code: Code
    /// Fixed explanation; never contains the submitted value.
    public let message: String

    public init(_ pointer: String, _ code: Code, _ message: String) {
        self.pointer = pointer
        self.code = code
        self.message = message
    }

    public var description: String { "\(pointer): \(code) — \(message)" }
}

/// Builds JSON pointers (RFC 6901), escaping `~` and `/` in member names.
public struct JSONPointer: Hashable, Sendable, CustomStringConvertible {
    public let tokens: [String]
    public init(_ tokens: [String] = []) { self.tokens = tokens }

    /// The pointer to a member of this object.
    public func appending(_ member: String) -> JSONPointer { JSONPointer(tokens + [member]) }
    /// The pointer to an element of this array.
    public func appending(_ index: Int) -> JSONPointer { JSONPointer(tokens + [String(index)]) }

    public static func / (lhs: JSONPointer, rhs: String) -> JSONPointer { lhs.appending(rhs) }
    public static func / (lhs: JSONPointer, rhs: Int) -> JSONPointer { lhs.appending(rhs) }

    public var description: String {
        tokens.map { "/" + $0.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1") }.joined()
    }

    /// The root pointer `""`.
    public static let root = JSONPointer()

    /// The pointer for a `DecodingError`'s coding path, so a type mismatch in a request body can
    /// be reported like any other field problem.
    public init(codingPath: [any CodingKey]) {
        self.init(codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue })
    }
}

extension FieldProblem {
    /// A problem for a request body that could not be decoded at all. Uses the coding path of
    /// the `DecodingError` and a fixed message: Foundation's debug descriptions are not shown, so
    /// nothing submitted is echoed.
    public init(decodingError: DecodingError) {
        switch decodingError {
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            self.init(JSONPointer(codingPath: context.codingPath).description, .type, "The value has the wrong type.")
        case .keyNotFound(let key, let context):
            self.init(JSONPointer(codingPath: context.codingPath + [key]).description, .required, "This field is required.")
        case .dataCorrupted(let context):
            self.init(JSONPointer(codingPath: context.codingPath).description, .format, "The document or value is malformed.")
        @unknown default:
            self.init("", .format, "The document is malformed.")
        }
    }
}
