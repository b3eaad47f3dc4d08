import ArgumentParser
import Foundation
import InngangKafka

/// The producer benchmark's Inngang side: a fresh `KafkaProducer` sends N messages of S bytes
/// (no key, like `kcat -P`) and closes. `bench/run_bench.py` times this whole process, from
/// start to exit after the last delivery report, exactly as it times `kcat -P`; the figures
/// printed here (excluding process start-up) are for diagnosis.
struct ProduceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "produce",
        abstract: "Send N messages with Inngang's idempotent KafkaProducer to an existing topic.")

    @OptionGroup var common: CommonOptions

    @Option(help: "An existing topic (see create-topic).")
    var topic: String

    @Option(help: "Messages to send.")
    var messages = 200_000

    @Option(help: "Bytes per message value.")
    var size = 200

    @Option(name: .customLong("property"), help: "Extra librdkafka property key=value (diagnosis; repeatable).")
    var properties: [String] = []

    func run() async throws {
        let processStart = ContinuousClock.now
        let logger = common.makeLogger("inngang-bench.produce")
        var configuration = KafkaProducerConfiguration(bootstrapServers: common.brokers)
        for property in properties {
            let parts = property.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw ValidationError("--property expects key=value, got \(property)") }
            configuration.properties[parts[0]] = parts[1]
        }
        let producer = try KafkaProducer(configuration: configuration, logger: logger)
        let payload = [UInt8](repeating: UInt8(ascii: "x"), count: size)
        let batch = [KafkaOutgoingMessage](repeating: KafkaOutgoingMessage(topic: topic, key: nil, value: payload), count: messages)
        let sendStart = ContinuousClock.now
        let results = await producer.send(batch)
        let sendSeconds = (ContinuousClock.now - sendStart).inSeconds
        await producer.close()
        let failures = results.compactMap { result -> KafkaError? in
            if case .failure(let error) = result { error } else { nil }
        }
        if let first = failures.first {
            throw BenchError(.invalidResult, "\(failures.count) of \(messages) messages were not delivered; first: \(first)")
        }
        let inProcess = (ContinuousClock.now - processStart).inSeconds
        try Measurement(
            benchmark: "producer", system: "inngang", value: Double(messages) / sendSeconds, unit: "msgs/s",
            details: ["messages": Double(messages), "send_seconds": sendSeconds, "in_process_seconds": inProcess],
            parameters: ["message_bytes": "\(size)", "runtime": KafkaRuntime.versionString,
                         "properties": properties.joined(separator: ",")]
        ).emit()
    }
}
