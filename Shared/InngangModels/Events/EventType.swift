/// A versioned event type. The CloudEvents `type` attribute is `"<name>.v<version>"`, e.g.
/// `no.inngang.intake.case-received.v1`.
///
/// A well-formed name is reverse-DNS style: dot-separated segments of lowercase ASCII letters,
/// digits and hyphens, at least two segments. Versions start at 1; a breaking change to a
/// payload is a new version, registered beside the old one.
public struct EventType: Hashable, Sendable, Codable, CustomStringConvertible {
    public var name: String
    public var version: Int

    public init(_ name: String, version: Int) {
        self.name = name
        self.version = version
    }

    /// Parses `"<name>.v<version>"`; `nil` when malformed.
    public init?(ceType: String) {
        guard let dot = ceType.lastIndex(of: ".") else { return nil }
        let suffix = ceType[ceType.index(after: dot)...]
        guard suffix.first == "v", suffix.count >= 2,
            suffix.dropFirst().allSatisfy(\.isASCIIDigit), suffix.dropFirst().first != "0",
            let version = Int(suffix.dropFirst())
        else { return nil }
        let type = EventType(String(ceType[..<dot]), version: version)
        guard type.isWellFormed else { return nil }
        self = type
    }

    /// The CloudEvents `type` attribute value.
    public var ceType: String { "\(name).v\(version)" }

    public var description: String { ceType }

    /// Whether the name and version follow the rules above.
    public var isWellFormed: Bool {
        guard version >= 1 else { return false }
        let segments = name.split(separator: ".", omittingEmptySubsequences: false)
        guard segments.count >= 2 else { return false }
        return segments.allSatisfy { segment in
            !segment.isEmpty && segment.first != "-" && segment.last != "-"
                && segment.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let type = EventType(ceType: try container.decode(String.self)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected <name>.v<version>")
        }
        self = type
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(ceType)
    }
}
