import Foundation
import InngangProcessTesting
import Testing

/// A process must be able to end while connections are still being opened (a pool replacing one,
/// a listener reconnecting, a service shutting down): OpenSSL's exit-time cleanup used to crash
/// libpq's SCRAM exchange on another thread (SIGSEGV). See `OpenSSLExitCleanup`.
@Suite("Exit while connecting")
struct ExitWhileConnectingTests {
    /// Without the guard 5 of 30 such runs died of SIGSEGV here; 40 clean runs in a row would then
    /// happen less than once in a thousand.
    @Test func theProcessExitsCleanlyWhileTasksAreConnecting() throws {
        let url = TestEnvironment.databaseURL
        var outcomes: [String] = []
        for run in 0..<40 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: TestEnvironment.binary("inngang-exit-probe"))
            process.arguments = [url, "\(40 + (run % 6) * 15)"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            let reason = process.terminationReason == .uncaughtSignal ? "signal" : "exit"
            outcomes.append("\(reason) \(process.terminationStatus)")
        }
        #expect(outcomes.filter { $0 != "exit 0" } == [])
    }
}
