import Dispatch
import Foundation

/// The outcome of a finished child process.
struct ProcessOutput {
    var status: Int32
    var standardOutput: String
    var standardError: String
    var seconds: Double
}

/// Runs `arguments[0]` (looked up on `PATH`) with the rest as arguments, waits on a Dispatch
/// thread (never the cooperative pool) and returns its output and wall time.
func runProcess(_ arguments: [String], environment extra: [String: String] = [:]) async throws -> ProcessOutput {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async {
            continuation.resume(with: Result { try runProcessBlocking(arguments, environment: extra) })
        }
    }
}

private func runProcessBlocking(_ arguments: [String], environment extra: [String: String]) throws -> ProcessOutput {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(extra) { _, new in new }
    let standardOutput = Pipe()
    let standardError = Pipe()
    process.standardOutput = standardOutput
    process.standardError = standardError
    let start = ContinuousClock.now
    try process.run()
    // Read both pipes to the end before waiting, so a chatty child cannot block on a full pipe.
    let group = DispatchGroup()
    nonisolated(unsafe) var errorData = Data()
    DispatchQueue.global().async(group: group) { errorData = standardError.fileHandleForReading.readDataToEndOfFile() }
    let outputData = standardOutput.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return ProcessOutput(
        status: process.terminationStatus,
        standardOutput: String(decoding: outputData, as: UTF8.self),
        standardError: String(decoding: errorData, as: UTF8.self),
        seconds: (ContinuousClock.now - start).inSeconds)
}
