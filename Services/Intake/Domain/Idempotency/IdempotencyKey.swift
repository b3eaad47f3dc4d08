/// The client's `Idempotency-Key` header value (IETF draft *The Idempotency-Key HTTP Header
/// Field*): 1–128 characters of `A–Z a–z 0–9 - _ . :` (UUIDs and ULIDs fit). Anything else is
/// refused before it reaches the store, so a key is always safe to log and to index.
///
/// Keys are scoped to the applicant: the store looks a key up together with the authenticated
/// person, so two families choosing the same key never meet.
public struct IdempotencyKey: Hashable, Sendable, Codable, CustomStringConvertible {
    public static let maxLength = 128
    public let rawValue: String

    /// Throws ``IntakeDomainError/Code/invalidIdempotencyKey``; the message never echoes the value.
    public init(_ rawValue: String) throws(IntakeDomainError) {
        guard (1...Self.maxLength).contains(rawValue.unicodeScalars.count) else {
            throw IntakeDomainError(.invalidIdempotencyKey, "An Idempotency-Key has 1–\(Self.maxLength) characters.",
                                    problems: [FieldProblem("", .length, "1–\(Self.maxLength) characters.")])
        }
        guard rawValue.unicodeScalars.allSatisfy(Self.isAllowed) else {
            throw IntakeDomainError(.invalidIdempotencyKey, "An Idempotency-Key uses only A–Z, a–z, 0–9, '-', '_', '.' and ':'.",
                                    problems: [FieldProblem("", .format, "Only A–Z, a–z, 0–9, '-', '_', '.' and ':'.")])
        }
        self.rawValue = rawValue
    }

    static func isAllowed(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) || s == "-" || s == "_" || s == "." || s == ":"
    }

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        do { self = try IdempotencyKey(try container.decode(String.self)) } catch let error as IntakeDomainError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
