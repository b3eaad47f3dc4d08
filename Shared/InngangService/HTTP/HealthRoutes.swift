import Foundation
import Hummingbird
import Synchronization

/// A dependency the service needs to serve traffic (the database, the broker).
public struct ReadinessCheck: Sendable {
    public var name: String
    public var check: @Sendable () async throws -> Void
    public init(name: String, check: @escaping @Sendable () async throws -> Void) {
        self.name = name
        self.check = check
    }
}

/// Whether the service takes traffic. Turned off first on graceful shutdown so Kubernetes stops
/// routing requests before the server closes.
public final class ReadinessState: Sendable {
    private let ready = Mutex(true)
    public init() {}
    public var isAcceptingTraffic: Bool { ready.withLock { $0 } }
    public func stopAcceptingTraffic() { ready.withLock { $0 = false } }
}

/// `/healthz` (the process is alive) and `/readyz` (every dependency answers within its timeout).
public struct HealthRoutes: Sendable {
    let checks: [ReadinessCheck]
    let state: ReadinessState
    let timeout: Duration

    public init(checks: [ReadinessCheck], state: ReadinessState, timeout: Duration = .seconds(2)) {
        self.checks = checks
        self.state = state
        self.timeout = timeout
    }

    struct Status: ResponseEncodable {
        var status: String
        var checks: [String: String]
    }

    public func register(on router: Router<InngangRequestContext>) {
        router.get("/healthz") { _, _ in Status(status: "ok", checks: [:]) }
        router.get("/readyz") { _, _ -> Response in
            var results: [String: String] = [:]
            var allOK = state.isAcceptingTraffic
            if !allOK { results["shutdown"] = "draining" }
            await withTaskGroup(of: (String, Bool).self) { group in
                for check in checks {
                    group.addTask {
                        let ok = await Self.run(check, timeout: timeout)
                        return (check.name, ok)
                    }
                }
                for await (name, ok) in group {
                    results[name] = ok ? "ok" : "unavailable"
                    if !ok { allOK = false }
                }
            }
            let body = try JSONEncoder().encode(Status(status: allOK ? "ready" : "not ready", checks: results))
            return Response(status: allOK ? .ok : .serviceUnavailable, headers: [.contentType: "application/json"],
                            body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
    }

    static func run(_ check: ReadinessCheck, timeout: Duration) async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask { (try? await check.check()) != nil }
            group.addTask { try? await Task.sleep(for: timeout); return false }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
    }
}
