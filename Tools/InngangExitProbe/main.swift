// inngang-exit-probe: ends the process with exit(0) while tasks are opening PostgreSQL connections.
//
// A diagnostic for the PostgreSQL tests (ExitWhileConnectingTests), which run it many times and
// expect a clean exit every time: a process must be able to end while a pool or a listener is still
// connecting (see OpenSSLExitCleanup). Usage: inngang-exit-probe <postgres-url> [milliseconds]
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import InngangPostgres
import Logging

let arguments = CommandLine.arguments
guard arguments.count >= 2, let configuration = try? PostgresConfiguration(url: arguments[1]) else {
    print("usage: inngang-exit-probe <postgres-url> [milliseconds before exit]")
    exit(64)
}
let milliseconds = arguments.count >= 3 ? UInt32(arguments[2]) ?? 80 : 80
var logger = Logger(label: "inngang.exit-probe")
logger.logLevel = .critical

for _ in 0..<4 {
    Task.detached { [logger] in
        while true {
            if let connection = try? await PostgresConnection.connect(configuration, logger: logger) {
                connection.close()
            }
        }
    }
}
usleep(milliseconds * 1000)
exit(0)
