import Foundation

/// The one JSON object a subcommand prints on standard output.
struct Measurement: Encodable {
    /// Which benchmark, e.g. `jobqueue_drain`.
    var benchmark: String
    /// Which implementation, e.g. `inngang` or `raw_sql`.
    var system: String
    /// The headline figure (higher is better) and its unit.
    var value: Double
    var unit: String
    /// Further figures (counts, seconds, secondary rates).
    var details: [String: Double] = [:]
    /// The settings the figure was measured with.
    var parameters: [String: String] = [:]

    func emit() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var data = try encoder.encode(self)
        data.append(UInt8(ascii: "\n"))
        FileHandle.standardOutput.write(data)
    }
}

extension Duration {
    /// The duration in seconds.
    var inSeconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
