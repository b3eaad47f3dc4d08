/// The human-readable case number shown on receipts and in letters: `INN-2026-000123`.
///
/// Format: the prefix `INN`, the four-digit year the case was received, and a six-digit sequence
/// number (000001–999999) per year, separated by hyphens. Parsing is strict (upper-case prefix,
/// exact digit counts) so a number read back from a letter is unambiguous.
public struct CaseNumber: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    LosslessStringConvertible
{
    public static let prefix = "INN"
    public static let sequenceRange = 1...999_999
    public static let yearRange = 2000...9999

    public let year: Int
    public let sequence: Int

    /// `nil` when the year or sequence is out of range.
    public init?(year: Int, sequence: Int) {
        guard Self.yearRange.contains(year), Self.sequenceRange.contains(sequence) else { return nil }
        self.year = year
        self.sequence = sequence
    }

    /// Parses `INN-YYYY-NNNNNN`; `nil` for anything else.
    public init?(_ string: String) {
        let parts = string.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == Self.prefix,
            parts[1].count == 4, parts[2].count == 6,
            parts[1].allSatisfy(\.isASCIIDigit), parts[2].allSatisfy(\.isASCIIDigit),
            let year = Int(parts[1]), let sequence = Int(parts[2])
        else { return nil }
        self.init(year: year, sequence: sequence)
    }

    public var description: String {
        let seq = String(sequence)
        return "\(Self.prefix)-\(year)-\(String(repeating: "0", count: 6 - seq.count))\(seq)"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.year, lhs.sequence) < (rhs.year, rhs.sequence)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let value = Self(try container.decode(String.self)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected INN-YYYY-NNNNNN")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Character {
    /// `0`–`9` only (not other Unicode digits).
    var isASCIIDigit: Bool { ("0"..."9").contains(self) && unicodeScalars.count == 1 }
}
