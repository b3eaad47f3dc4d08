import Foundation
import Logging

/// Inngang's log handler. `.json` writes one JSON object per line (`time`, `level`, `service`,
/// `message`, then the metadata), what log collectors expect; `.text` writes human-readable lines
/// (`time level [service] message key=value …`) for `make run`. Writes are serialised so
/// concurrent lines never interleave.
public struct InngangLogHandler: LogHandler {
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    let label: String
    let format: LogFormat
    let output: LogOutput

    public init(label: String, level: Logger.Level, format: LogFormat, output: LogOutput = .standardOutput) {
        self.label = label
        self.logLevel = level
        self.format = format
        self.output = output
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { $1 } }
        if let explicit = event.metadata { merged.merge(explicit) { $1 } }
        switch format {
        case .json: writeJSON(event, merged)
        case .text: writeText(event, merged)
        }
    }

    private func writeJSON(_ event: LogEvent, _ merged: Logger.Metadata) {
        var object: [String: Any] = [
            "time": LogTime.now(),
            "level": event.level.rawValue,
            "service": label,
            "message": event.message.description,
        ]
        for (key, value) in merged where object[key] == nil { object[key] = Self.json(value) }
        guard var data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return }
        data.append(0x0A)
        output.write(data)
    }

    private func writeText(_ event: LogEvent, _ merged: Logger.Metadata) {
        let fields = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let level = event.level.rawValue.uppercased().padding(toLength: 7, withPad: " ", startingAt: 0)
        let line = "\(LogTime.now()) \(level) [\(label)] \(event.message)\(fields.isEmpty ? "" : " " + fields)\n"
        output.write(Data(line.utf8))
    }

    static func json(_ value: Logger.Metadata.Value) -> Any {
        switch value {
        case .string(let s): s
        case .stringConvertible(let c): c.description
        case .array(let a): a.map(json)
        case .dictionary(let d): d.mapValues(json)
        }
    }
}

/// Where log lines go; a lock keeps lines whole.
public final class LogOutput: @unchecked Sendable {
    public static let standardOutput = LogOutput(handle: FileHandle.standardOutput)
    private let handle: FileHandle
    private let lock = NSLock()
    public init(handle: FileHandle) { self.handle = handle }
    func write(_ data: Data) {
        lock.lock(); defer { lock.unlock() }
        handle.write(data)
    }
}

enum LogTime {
    static func now() -> String {
        Date().formatted(.iso8601.year().month().day().timeZone(separator: .omitted).time(includingFractionalSeconds: true).timeSeparator(.colon))
    }
}
