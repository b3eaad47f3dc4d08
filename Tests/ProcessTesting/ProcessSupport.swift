import AsyncHTTPClient
import NIOCore
import Foundation
import InngangPostgres
import Logging
import Synchronization

/// Test support for running the real service executables as processes (shared by the service
/// process tests and the end-to-end test).
public enum TestEnvironment {
    public static var root: String {
        ProcessInfo.processInfo.environment["INNGANG_ROOT"]
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
    }
    public static var databaseURL: String {
        ProcessInfo.processInfo.environment["INNGANG_TEST_DATABASE_URL"] ?? "postgres://inngang:inngang@127.0.0.1:55432/inngang"
    }
    /// A built executable of this package (`INNGANG_BIN_DIR`, else `.build/debug`).
    public static func binary(_ name: String) -> String {
        ProcessInfo.processInfo.environment["INNGANG_BIN_DIR"].map { $0 + "/" + name } ?? root + "/.build/debug/" + name
    }
    public static var kafkaBrokers: String {
        ProcessInfo.processInfo.environment["INNGANG_TEST_KAFKA_BROKERS"] ?? "127.0.0.1:59092"
    }
}

/// A fresh database for one test, dropped afterwards.
public struct ScratchDatabase: Sendable {
    public let name: String
    public let url: String
    public let pool: PostgresPool
    public let admin: PostgresConfiguration

    public static func create() async throws -> ScratchDatabase {
        let admin = try PostgresConfiguration(url: TestEnvironment.databaseURL)
        let name = "t_svc_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        let connection = try await PostgresConnection.connect(admin, logger: Logger(label: "test"))
        try await connection.execute("CREATE DATABASE \(name)")
        connection.close()
        let configuration = admin.withDatabase(name)
        let url = "postgres://\(admin.user):\(admin.password ?? "")@\(admin.host):\(admin.port)/\(name)"
        return ScratchDatabase(name: name, url: url, pool: PostgresPool(configuration: configuration, maxConnections: 2, logger: Logger(label: "test")), admin: admin)
    }

    public func drop() async {
        await pool.close()
        guard let connection = try? await PostgresConnection.connect(admin, logger: Logger(label: "test")) else { return }
        try? await connection.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        connection.close()
    }
}

public enum FreePort {
    /// Asks the kernel for a free loopback port.
    public static func find() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// A service executable from .build/debug running as a child process, its output captured.
public final class ServiceProcess: Sendable {
    public let process: Process
    private let captured: Mutex<Data> = Mutex(Data())

    public static func start(_ name: String, environment: [String: String]) throws -> ServiceProcess {
        let binary = TestEnvironment.binary(name)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        var env = ProcessInfo.processInfo.environment
        env["INNGANG_ROOT"] = TestEnvironment.root
        env["INNGANG_ENV"] = "development"
        env["INNGANG_KAFKA_BROKERS"] = TestEnvironment.kafkaBrokers
        env["INNGANG_LOG_LEVEL"] = "info"
        env["LD_LIBRARY_PATH"] = TestEnvironment.root + "/.local/lib"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let service = ServiceProcess(process: process)
        pipe.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            service.captured.withLock { $0.append(data) }
        }
        try process.run()
        return service
    }

    private init(process: Process) { self.process = process }

    public func output() -> String { captured.withLock { String(decoding: $0, as: UTF8.self) } }
    public func terminate() { if process.isRunning { process.terminate() } }
    public func kill() { if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) } }

    /// The exit status, or nil if it did not exit in time.
    public func waitForExit(within timeout: Duration) async -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now > deadline { return nil }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return process.terminationStatus
    }
}

public enum HTTPProbe {
    public struct Reply: Sendable { public var status: Int; public var body: String; public var contentType: String? }

    /// A GET on the loopback interface with AsyncHTTPClient (SwiftNIO). Not URLSession: libcurl's
    /// global TLS/GSSAPI state has crashed the test process at exit.
    public static func get(port: Int, path: String, headers: [String: String] = [:]) async throws -> Reply {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
        for (k, v) in headers { request.headers.add(name: k, value: v) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(5))
        let body = try await response.body.collect(upTo: 16 << 20)
        return Reply(status: Int(response.status.code), body: String(buffer: body),
                     contentType: response.headers.first(name: "Content-Type"))
    }

    public static func waitFor(port: Int, path: String, status: Int, within timeout: Duration) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let reply = try? await get(port: port, path: path), reply.status == status { return true }
            try await Task.sleep(for: .milliseconds(200))
        }
        return false
    }
}
