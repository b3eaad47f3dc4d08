import Foundation
import InngangPostgres
import InngangProcessTesting
import Logging
import Testing

/// Runs the real service executables as processes against the real PostgreSQL and broker:
/// each starts, migrates its own database, reports ready, serves metrics and stops cleanly on
/// SIGTERM. Needs `swift build` output in .build/debug (make test builds it first).
@Suite(.serialized) struct ServiceProcessTests {
    static let services = ["intake", "consent", "notification", "application-status", "klage"]

    @Test(arguments: services)
    func serviceStartsMigratesReportsReadyAndStopsOnSIGTERM(_ name: String) async throws {
        let database = try await ScratchDatabase.create()
        defer { Task { await database.drop() } }
        let port = try FreePort.find()
        let process = try ServiceProcess.start(name, environment: [
            "INNGANG_HTTP_PORT": "\(port)",
            "INNGANG_DATABASE_URL": database.url,
        ])
        defer { process.kill() }

        let ready = try await HTTPProbe.waitFor(port: port, path: "/readyz", status: 200, within: .seconds(60))
        #expect(ready, "\(name) did not become ready; output:\n\(process.output())")
        let health = try await HTTPProbe.get(port: port, path: "/healthz")
        #expect(health.status == 200)
        _ = try await HTTPProbe.get(port: port, path: "/nope")
        let metrics = try await HTTPProbe.get(port: port, path: "/metrics")
        #expect(metrics.status == 200)
        #expect(metrics.body.contains("hb_requests"), "request metrics missing from /metrics")

        let applied = try await database.pool.query("SELECT count(*) FROM inngang_schema_migrations")
        #expect(try applied[0].decode(0, as: Int.self) > 0)

        process.terminate()   // SIGTERM
        let status = await process.waitForExit(within: .seconds(20))
        #expect(status == 0, "\(name) did not exit cleanly on SIGTERM; output:\n\(process.output())")
    }

    @Test func invalidConfigurationStopsWithEveryProblemListed() async throws {
        let process = try ServiceProcess.start("intake", environment: [
            "INNGANG_HTTP_PORT": "not-a-port", "INNGANG_LOG_LEVEL": "loud",
        ])
        let status = await process.waitForExit(within: .seconds(20))
        #expect(status == 2)
        let output = process.output()
        #expect(output.contains("INNGANG_HTTP_PORT"))
        #expect(output.contains("INNGANG_LOG_LEVEL"))
    }

    @Test func unauthenticatedCallerGetsProblemJSON() async throws {
        let database = try await ScratchDatabase.create()
        defer { Task { await database.drop() } }
        let port = try FreePort.find()
        let process = try ServiceProcess.start("klage", environment: ["INNGANG_HTTP_PORT": "\(port)", "INNGANG_DATABASE_URL": database.url])
        defer { process.kill() }
        #expect(try await HTTPProbe.waitFor(port: port, path: "/healthz", status: 200, within: .seconds(60)))
        let response = try await HTTPProbe.get(port: port, path: "/readyz", headers: ["Authorization": "Bearer forged.token.value"])
        #expect(response.status == 401)
        #expect(response.contentType == "application/problem+json")
        process.terminate()
        _ = await process.waitForExit(within: .seconds(20))
    }
}
