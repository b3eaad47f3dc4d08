import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process started by a test, killed (SIGKILL, then reaped) when the test is done.
///
/// SIGKILL, not SIGTERM: Foundation spawns children with the spawning thread's signal mask, and
/// that thread (a Dispatch or NIO thread) may block SIGTERM, so a terminated child would live on.
final class ChildProcess {
    private let process: Process
    let outputPath: String

    /// Starts `executable` with `arguments`; stdout and stderr go to a log file for diagnostics.
    init(executable: String, arguments: [String], environment: [String: String] = [:], logDirectory: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        outputPath = logDirectory + "/process-\(UUID().uuidString.prefix(8)).log"
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        self.process = process
    }

    var isRunning: Bool { process.isRunning }

    /// The process's output so far (for failure messages).
    var output: String { (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "" }

    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Runs a command to completion without blocking a cooperative thread; returns status and output.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) async throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let logPath = NSTemporaryDirectory() + "run-\(UUID().uuidString).log"
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: logPath) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        process.standardOutput = handle
        process.standardError = handle
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        try? handle.close()
        return (status, (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "")
    }
}

/// Polls `condition` every 50 ms until it returns a value or `seconds` pass.
func poll<T>(for seconds: Double, _ condition: () throws -> T?) async throws -> T? {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if let value = try condition() { return value }
        try await Task.sleep(for: .milliseconds(50))
    }
    return try condition()
}

/// A fresh temporary directory for one test.
func makeTemporaryDirectory(_ prefix: String) throws -> String {
    let path = NSTemporaryDirectory() + "\(prefix)-\(UUID().uuidString.prefix(12))"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// The repository root (the real one, when the test folder is reached through a symlink).
let repositoryRoot: String = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

/// `python3` on the PATH (or `INNGANG_TEST_PYTHON`).
func pythonExecutable() throws -> String {
    if let configured = ProcessInfo.processInfo.environment["INNGANG_TEST_PYTHON"] { return configured }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
        let candidate = "\(directory)/python3"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    throw TestSupportError("python3 not found on PATH; the SMTP and SMS gateway tests need it")
}

struct TestSupportError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
