import Hummingbird
import Logging

/// Builds the router every Inngang service starts from: request ids, problem+json errors,
/// request metrics, authentication, `/healthz`, `/readyz` and `/metrics`. The service adds its
/// own routes to the returned router.
public enum InngangRouter {
    public static func make(
        verifier: TokenVerifier, health: HealthRoutes, metrics: PrometheusMetrics?
    ) -> Router<InngangRequestContext> {
        let router = Router(context: InngangRequestContext.self)
        router.add(middleware: RequestIDMiddleware())
        router.add(middleware: ProblemMiddleware())
        router.add(middleware: MetricsMiddleware())
        router.add(middleware: AuthenticationMiddleware(verifier: verifier))
        health.register(on: router)
        metrics?.register(on: router)
        return router
    }
}
