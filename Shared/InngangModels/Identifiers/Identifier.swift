import Foundation

/// A UUID-based identifier tagged with a phantom type, so a `CaseID` cannot be passed where a
/// `ConsentID` is expected.
///
/// Encodes as a plain lowercase UUID string (`"3f2504e0-4f89-41d3-9a0c-0305e82c3301"`), parses
/// any case. `description` is the same lowercase string, which matches PostgreSQL's `uuid` output.
public struct Identifier<Tag>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    LosslessStringConvertible
{
    public let rawValue: UUID

    /// A new random (version 4) identifier.
    public init() { self.rawValue = UUID() }

    public init(_ uuid: UUID) { self.rawValue = uuid }

    /// Parses a UUID string (any case); `nil` when it is not a UUID.
    public init?(_ string: String) {
        guard let uuid = UUID(uuidString: string) else { return nil }
        self.rawValue = uuid
    }

    public var description: String { rawValue.uuidString.lowercased() }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let string = try container.decode(String.self)
        guard let uuid = UUID(uuidString: string) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected a UUID string for \(Tag.self) identifier")
        }
        self.rawValue = uuid
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Identifier: CodingKeyRepresentable {
    /// Lets `[CaseID: Value]` encode as a JSON object keyed by the id string.
    public var codingKey: any CodingKey { IdentifierCodingKey(stringValue: description) }

    public init?<T: CodingKey>(codingKey: T) {
        self.init(codingKey.stringValue)
    }
}

private struct IdentifierCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
