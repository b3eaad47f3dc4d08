import CRdKafka
import Synchronization

/// Owns one `rd_kafka_t` and the callback context it points to; destroys both exactly once.
///
/// The owner (producer, consumer, admin) decides *when* `destroy()` runs so it happens off Swift's
/// cooperative pool and after every thread using the handle has stopped; `deinit` is the safety net.
/// `@unchecked Sendable`: librdkafka handles are thread-safe; the pointers are immutable.
final class RDKafkaHandle: @unchecked Sendable {
    private let rk: OpaquePointer
    private let context: Unmanaged<RDKafkaClientContext>
    private let destroyed = Atomic<Bool>(false)

    /// Creates a client of `type` from `properties`; throws ``KafkaError/Code/configuration`` on bad properties.
    init(
        type: rd_kafka_type_t,
        properties: [String: String],
        context: RDKafkaClientContext,
        deliveryReports: Bool = false
    ) throws {
        let conf = try RDKafkaConfig.make(properties: properties, context: context, deliveryReportCallback: deliveryReports)
        let retainedContext = Unmanaged.passRetained(context)
        rd_kafka_conf_set_opaque(conf, retainedContext.toOpaque())
        var errstr = [CChar](repeating: 0, count: 512)
        guard let rk = rd_kafka_new(type, conf, &errstr, errstr.count) else {
            rd_kafka_conf_destroy(conf)
            retainedContext.release()
            let reason = errstr.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            throw KafkaError(.configuration, "rd_kafka_new failed: \(reason)")
        }
        self.rk = rk
        self.context = retainedContext
    }

    /// The handle; valid until ``destroy()``. Callers must not use it after destroying.
    var pointer: OpaquePointer { rk }

    var isDestroyed: Bool { destroyed.load(ordering: .acquiring) }

    /// `rd_kafka_name` (client id plus instance suffix), for logs.
    var name: String { String(cString: rd_kafka_name(rk)) }

    /// Blocking: `rd_kafka_destroy` joins librdkafka's threads. Call from a dedicated thread.
    func destroy() {
        guard !destroyed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        rd_kafka_destroy(rk)
        context.release()
    }

    deinit {
        destroy()
    }
}
