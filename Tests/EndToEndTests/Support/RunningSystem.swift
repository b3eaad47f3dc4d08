import Foundation
import InngangModels
import InngangProcessTesting

/// Inngang services as real processes (by default intake, application-status and notification), each with its own fresh
/// database, sharing the real broker under a Kafka namespace of their own (so other tests and
/// earlier runs are invisible), with notifications going to a file sink of their own.
final class RunningSystem: @unchecked Sendable {
    struct Member {
        let name: String
        let port: Int
        let database: ScratchDatabase
        var process: ServiceProcess
    }

    let namespace = "e2e-" + UUID().uuidString.prefix(8).lowercased()
    let sinkPath = FileManager.default.temporaryDirectory.appendingPathComponent("inngang-e2e-\(UUID().uuidString).jsonl").path
    private let lock = NSLock()
    private var members: [String: Member] = [:]
    private var ports: [String: Int] = [:]

    var intake: JSONClient { client("intake") }
    var status: JSONClient { client("application-status") }
    var consent: JSONClient { client("consent") }
    var klage: JSONClient { client("klage") }
    var notification: JSONClient { client("notification") }

    static let journeyServices = ["intake", "application-status", "notification"]

    /// Starts `services` (each with a fresh database) and waits until every one is ready.
    static func start(_ services: [String] = journeyServices) async throws -> RunningSystem {
        let system = RunningSystem()
        var ports: [String: Int] = [:]
        for name in services { ports[name] = try FreePort.find() }
        system.lock.withLock { system.ports = ports }
        for name in services {
            let database = try await ScratchDatabase.create()
            let port = ports[name]!
            let member = Member(name: name, port: port, database: database,
                                process: try ServiceProcess.start(name, environment: system.environment(port: port, database: database)))
            system.lock.withLock { system.members[name] = member }
        }
        for name in services { try await system.waitUntilReady(name) }
        return system
    }

    /// What every member gets: its port and database, the shared namespace and sink, and an SMS
    /// window open all day so the test does not depend on the hour it runs at (the window rule
    /// has its own unit tests).
    private func environment(port: Int, database: ScratchDatabase) -> [String: String] {
        var environment = [
            "INNGANG_HTTP_PORT": "\(port)",
            "INNGANG_DATABASE_URL": database.url,
            "INNGANG_KAFKA_NAMESPACE": namespace,
            "INNGANG_NOTIFICATION_SINK_FILE": sinkPath,
            "INNGANG_NOTIFICATION_SMS_WINDOW_WEEKDAY": "00:00-24:00",
            "INNGANG_NOTIFICATION_SMS_WINDOW_WEEKEND": "00:00-24:00",
            "INNGANG_NOTIFICATION_SMS_WINDOW_HOLIDAY": "00:00-24:00",
            "INNGANG_LOG_FORMAT": "text",
        ]
        // Intake asks consent whether a referral is covered.
        if let consent = lock.withLock({ ports["consent"] }) { environment["INNGANG_CONSENT_URL"] = "http://127.0.0.1:\(consent)" }
        return environment
    }

    func client(_ name: String) -> JSONClient {
        JSONClient(port: lock.withLock { members[name]!.port })
    }

    func database(_ name: String) -> ScratchDatabase { lock.withLock { members[name]!.database } }

    func waitUntilReady(_ name: String) async throws {
        let (port, process) = lock.withLock { (members[name]!.port, members[name]!.process) }
        let ready = try await HTTPProbe.waitFor(port: port, path: "/readyz", status: 200, within: .seconds(90))
        guard ready else { throw Failure("\(name) did not become ready:\n\(process.output().suffix(4000))") }
    }

    /// SIGKILL: no graceful shutdown, whatever was in flight is cut off.
    func kill(_ name: String) async {
        let process = lock.withLock { members[name]!.process }
        process.kill()
        _ = await process.waitForExit(within: .seconds(20))
    }

    /// Starts `name` again on the same port and database.
    func restart(_ name: String) async throws {
        let member = lock.withLock { members[name]! }
        let process = try ServiceProcess.start(name, environment: environment(port: member.port, database: member.database))
        lock.withLock { members[name]!.process = process }
        try await waitUntilReady(name)
    }

    /// SIGTERM to every member; the exit statuses by name.
    func stop() async -> [String: Int32?] {
        var statuses: [String: Int32?] = [:]
        for member in lock.withLock({ Array(members.values) }) {
            member.process.terminate()
            statuses[member.name] = await member.process.waitForExit(within: .seconds(30))
        }
        return statuses
    }

    func output(_ name: String) -> String { lock.withLock { members[name]!.process.output() } }

    func dropDatabases() async {
        for member in lock.withLock({ Array(members.values) }) {
            member.process.kill()
            await member.database.drop()
        }
        try? FileManager.default.removeItem(atPath: sinkPath)
    }

    /// Every message the notification service handed to the file sink, in order.
    func sentMessages() -> [JSONValue] {
        guard let text = try? String(contentsOfFile: sinkPath, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) }
    }

    /// A development token from the real `inngang-token` tool (signed with the development issuer key).
    static func token(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestEnvironment.root + "/.build/debug/inngang-token")
        process.arguments = arguments + ["--key-dir", TestEnvironment.root + "/.local/jwt"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure("inngang-token \(arguments.first ?? "") failed") }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
