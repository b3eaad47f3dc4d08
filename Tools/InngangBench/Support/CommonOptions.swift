import ArgumentParser
import Foundation
import Logging

/// Where the infrastructure is, shared by every subcommand.
struct CommonOptions: ParsableArguments {
    @Option(help: "Admin database URL; each benchmark creates (and drops) a fresh database next to it.")
    var databaseURL = ProcessInfo.processInfo.environment["INNGANG_BENCH_DATABASE_URL"]
        ?? "postgres://inngang:inngang@127.0.0.1:55432/inngang"

    @Option(help: "Kafka bootstrap servers.")
    var brokers = ProcessInfo.processInfo.environment["INNGANG_BENCH_KAFKA_BROKERS"] ?? "127.0.0.1:59092"

    @Flag(help: "Log progress at debug level (standard error).")
    var verbose = false

    /// A logger writing to standard error, so standard output carries only the result.
    func makeLogger(_ label: String) -> Logger {
        var logger = Logger(label: label) { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = verbose ? .debug : .warning
        return logger
    }
}

/// Progress lines for the person running the benchmark (standard error, not a `Logger`, so they
/// show at the default level without the libraries' debug output).
func progress(_ message: String) {
    FileHandle.standardError.write(Data("  · \(message)\n".utf8))
}
