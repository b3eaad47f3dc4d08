import Foundation

/// A Swift value that can be read from a column's text-format value.
public protocol PostgresDecodable: Sendable {
    /// Parses PostgreSQL's text output; throws `PostgresError(.decoding)` when it does not fit.
    init(postgresText: String) throws
}

extension PostgresError {
    /// A decoding error that names the type, never the offending value.
    static func decoding(_ type: Any.Type, file: String = #fileID, line: Int = #line) -> PostgresError {
        PostgresError(code: .decoding, message: "value is not a valid \(type)", file: file, line: line)
    }
}

extension String: PostgresDecodable {
    public init(postgresText: String) { self = postgresText }
}

extension Int: PostgresDecodable {
    public init(postgresText: String) throws {
        guard let value = Int(postgresText) else { throw PostgresError.decoding(Int.self) }
        self = value
    }
}

extension Int32: PostgresDecodable {
    public init(postgresText: String) throws {
        guard let value = Int32(postgresText) else { throw PostgresError.decoding(Int32.self) }
        self = value
    }
}

extension Int64: PostgresDecodable {
    public init(postgresText: String) throws {
        guard let value = Int64(postgresText) else { throw PostgresError.decoding(Int64.self) }
        self = value
    }
}

extension Double: PostgresDecodable {
    public init(postgresText: String) throws {
        switch postgresText {
        case "NaN": self = .nan
        case "Infinity": self = .infinity
        case "-Infinity": self = -.infinity
        default:
            guard let value = Double(postgresText) else { throw PostgresError.decoding(Double.self) }
            self = value
        }
    }
}

extension Bool: PostgresDecodable {
    public init(postgresText: String) throws {
        switch postgresText {
        case "t", "true", "TRUE", "on", "1", "y", "yes": self = true
        case "f", "false", "FALSE", "off", "0", "n", "no": self = false
        default: throw PostgresError.decoding(Bool.self)
        }
    }
}

extension Date: PostgresDecodable {
    /// Parses `timestamptz`/`timestamp`/`date` text as PostgreSQL prints it in ISO style.
    public init(postgresText: String) throws {
        guard let date = PostgresTimestamp.parse(postgresText) else { throw PostgresError.decoding(Date.self) }
        self = date
    }
}

extension UUID: PostgresDecodable {
    public init(postgresText: String) throws {
        guard let value = UUID(uuidString: postgresText) else { throw PostgresError.decoding(UUID.self) }
        self = value
    }
}

extension Array: PostgresDecodable where Element == UInt8 {
    /// Parses `bytea` hex output (`\x0a1b`).
    public init(postgresText: String) throws {
        guard let bytes = PostgresBytea.decode(postgresText) else { throw PostgresError.decoding([UInt8].self) }
        self = bytes
    }
}
