import Foundation

/// Reads configuration from environment variables in one place and collects every problem, so a
/// misconfigured service reports all of them at once at start instead of failing on the first.
public struct EnvironmentReader: Sendable {
    public let values: [String: String]
    public private(set) var problems: [String] = []

    public init(_ values: [String: String] = ProcessInfo.processInfo.environment) {
        self.values = values
    }

    /// A string with a default; empty values count as unset.
    public func string(_ name: String, default defaultValue: String) -> String {
        guard let value = values[name], !value.isEmpty else { return defaultValue }
        return value
    }

    /// A required string; records a problem when missing.
    public mutating func requiredString(_ name: String, hint: String) -> String {
        guard let value = values[name], !value.isEmpty else {
            problems.append("\(name) is required: \(hint)")
            return ""
        }
        return value
    }

    public func optionalString(_ name: String) -> String? {
        guard let value = values[name], !value.isEmpty else { return nil }
        return value
    }

    /// An integer within a range; records a problem when malformed or out of range.
    public mutating func int(_ name: String, default defaultValue: Int, range: ClosedRange<Int>) -> Int {
        guard let raw = values[name], !raw.isEmpty else { return defaultValue }
        guard let value = Int(raw), range.contains(value) else {
            problems.append("\(name) must be an integer in \(range.lowerBound)...\(range.upperBound), got '\(raw)'")
            return defaultValue
        }
        return value
    }

    public mutating func bool(_ name: String, default defaultValue: Bool) -> Bool {
        guard let raw = values[name]?.lowercased(), !raw.isEmpty else { return defaultValue }
        switch raw {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default:
            problems.append("\(name) must be true or false, got '\(raw)'")
            return defaultValue
        }
    }

    /// One of a fixed set of values.
    public mutating func choice<T: RawRepresentable & CaseIterable>(_ name: String, default defaultValue: T) -> T where T.RawValue == String {
        guard let raw = values[name], !raw.isEmpty else { return defaultValue }
        guard let value = T(rawValue: raw.lowercased()) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            problems.append("\(name) must be one of \(allowed), got '\(raw)'")
            return defaultValue
        }
        return value
    }

    public mutating func record(_ problem: String) { problems.append(problem) }

    /// Throws a `ConfigurationError` listing every problem found so far.
    public func validate(service: String) throws(ConfigurationError) {
        if !problems.isEmpty { throw ConfigurationError(service: service, problems: problems) }
    }
}

/// A service refused to start because its configuration is invalid.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public var service: String
    public var problems: [String]
    public var description: String {
        "\(service): invalid configuration:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
    }
}
