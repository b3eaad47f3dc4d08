import Foundation
import Logging

/// Where the test infrastructure lives (`make infra-up`); tests fail, not skip, when it is down.
enum TestEnvironment {
    static let databaseURL =
        ProcessInfo.processInfo.environment["INNGANG_TEST_DATABASE_URL"] ?? "postgres://inngang:inngang@127.0.0.1:55432/inngang"
    static let brokers = ProcessInfo.processInfo.environment["INNGANG_TEST_KAFKA_BROKERS"] ?? "127.0.0.1:59092"

    static let logger: Logger = {
        var logger = Logger(label: "inngang.messaging.tests")
        logger.logLevel = .warning
        return logger
    }()

    /// A short random lowercase suffix for database, topic and group names.
    static func uniqueSuffix() -> String {
        String(UUID().uuidString.lowercased().filter { $0 != "-" }.prefix(12))
    }
}

/// Polls `condition` every 50 ms until it holds; fails the test after `timeout`.
func eventually(
    timeout: Duration = .seconds(30),
    _ what: String,
    _ condition: () async throws -> Bool
) async throws {
    let deadline = ContinuousClock.now + timeout
    while true {
        if try await condition() { return }
        guard ContinuousClock.now < deadline else { throw TestTimeout(what: what) }
        try await Task.sleep(for: .milliseconds(50))
    }
}

struct TestTimeout: Error, CustomStringConvertible {
    var what: String
    var description: String { "timed out waiting for: \(what)" }
}
