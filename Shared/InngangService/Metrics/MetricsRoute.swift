import Hummingbird
import Metrics
import Prometheus

/// Prometheus metrics: bootstraps swift-metrics with a Prometheus registry and serves it at `/metrics`.
public struct PrometheusMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry

    /// Bootstraps the process-wide metrics system. Call once per process.
    public static func bootstrap() -> PrometheusMetrics {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return PrometheusMetrics(registry: registry)
    }

    public init(registry: PrometheusCollectorRegistry) { self.registry = registry }

    public func register(on router: Router<InngangRequestContext>) {
        router.get("/metrics") { _, _ -> Response in
            var buffer: [UInt8] = []
            buffer.reserveCapacity(8192)
            registry.emit(into: &buffer)
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: buffer)))
        }
    }
}
