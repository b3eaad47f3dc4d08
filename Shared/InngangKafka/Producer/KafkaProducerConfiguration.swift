/// Producer settings. The producer is always idempotent with `acks=all`; ``properties`` that would
/// weaken that are refused.
public struct KafkaProducerConfiguration: Sendable {
    /// Comma separated `host:port` list.
    public var bootstrapServers: String
    public var clientId: String = "inngang"
    /// How long librdkafka waits to fill a batch (`linger.ms`).
    public var lingerMs: Int = 5
    /// Extra librdkafka properties (applied last; see `CONFIGURATION.md` of librdkafka).
    public var properties: [String: String] = [:]

    public init(bootstrapServers: String) {
        self.bootstrapServers = bootstrapServers
    }

    /// The librdkafka properties for this configuration, or ``KafkaError/Code/configuration``
    /// when ``properties`` would weaken idempotence or acknowledgements.
    func rdKafkaProperties() throws -> [String: String] {
        for key in ["enable.idempotence"] where properties[key].map({ $0.lowercased() != "true" }) ?? false {
            throw KafkaError(.configuration, "\(key) must stay true for Inngang producers (got \(properties[key]!))")
        }
        for key in ["acks", "request.required.acks"] {
            if let value = properties[key], !["all", "-1"].contains(value.lowercased()) {
                throw KafkaError(.configuration, "\(key) must stay all for Inngang producers (got \(value))")
            }
        }
        var result: [String: String] = [
            "bootstrap.servers": bootstrapServers,
            "client.id": clientId,
            "linger.ms": String(lingerMs),
            "batch.num.messages": "10000",
            "queue.buffering.max.messages": "500000",
            "compression.codec": "none",
        ]
        result.merge(properties) { _, new in new }
        result["enable.idempotence"] = "true"
        result["acks"] = "all"
        result.removeValue(forKey: "request.required.acks")
        return result
    }
}
