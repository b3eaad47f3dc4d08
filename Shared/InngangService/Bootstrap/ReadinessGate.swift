import ServiceLifecycle

/// The first service to hear about graceful shutdown: it fails `/readyz` so the load balancer
/// stops sending traffic, waits `drainPeriod` for that to take effect, and only then lets the
/// group continue shutting down the HTTP server, consumers and relay.
public struct ReadinessGate: Service {
    let state: ReadinessState
    let drainPeriod: Duration

    public init(state: ReadinessState, drainPeriod: Duration) {
        self.state = state
        self.drainPeriod = drainPeriod
    }

    public func run() async throws {
        // Sleeps until graceful shutdown (or cancellation) begins.
        try? await gracefulShutdown()
        state.stopAcceptingTraffic()
        if drainPeriod > .zero { try? await Task.sleep(for: drainPeriod) }
    }
}
