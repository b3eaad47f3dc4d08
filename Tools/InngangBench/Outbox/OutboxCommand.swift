import ArgumentParser
import Foundation
import InngangKafka
import InngangMessaging
import InngangModels
import InngangPostgres
import Logging

/// The outbox benchmark: `concurrency` tasks fill a fresh outbox with `Outbox.append` batches
/// (the insert rate), then `OutboxRelay.relayOnce()` runs until the outbox is empty (the relay
/// rate) against a fresh topic.
struct OutboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox",
        abstract: "Measure the outbox insert rate and the relay's events/s to the broker.")

    @OptionGroup var common: CommonOptions

    @Option(help: "Events to append, then relay.")
    var events = 100_000

    @Option(help: "Concurrent appending tasks (one pooled connection each).")
    var concurrency = 4

    @Option(help: "Events per Outbox.append call (one transaction each).")
    var insertBatch = 500

    @Option(help: "OutboxRelay batchSize (events per producer call).")
    var relayBatch = 500

    @Option(help: "OutboxRelay batchesPerTransaction.")
    var batchesPerTransaction = 4

    @Option(help: "Partitions of the fresh topic.")
    var partitions = 4

    @Option(help: "Approximate bytes of each event's JSON data.")
    var payloadBytes = 200

    func run() async throws {
        let logger = common.makeLogger("inngang-bench.outbox")
        let measurement = try await ScratchDatabase.with(adminURL: common.databaseURL, prefix: "outbox", logger: logger) { database in
            try await withPool(database.configuration, maxConnections: concurrency, logger: logger) { pool in
                try await measure(database: database, pool: pool, logger: logger)
            }
        }
        progress(String(format: "inngang outbox: insert %.0f events/s, relay %.0f events/s",
                        measurement.details["insert_events_per_s"] ?? 0, measurement.value))
        try measurement.emit()
    }

    private func measure(database: ScratchDatabase, pool: PostgresPool, logger: Logger) async throws -> Measurement {
        try await MigrationRunner.apply(Outbox.migrations, pool: pool, logger: logger)
        let topic = "bench-outbox-\(database.name)"
        let admin = try KafkaAdmin(bootstrapServers: common.brokers, logger: logger)
        try await admin.createTopics([KafkaTopicSpecification(name: topic, partitions: partitions)])
        try await waitUntil("topic \(topic) is in the metadata", timeout: .seconds(30), interval: .milliseconds(50)) {
            try await admin.partitionCount(topic: topic) == partitions
        }
        let chunks = try makeEvents(topic: topic)
        try await pool.warmUp()

        progress("appending \(events) events with \(concurrency) tasks")
        let insertSeconds = try await append(chunks, pool: pool)
        let unpublished = try await pool.withConnection { try await Outbox.unpublishedCount(on: $0) }
        guard unpublished == events else { throw BenchError(.invalidResult, "outbox holds \(unpublished) of \(events) events") }

        let producer = try KafkaProducer(configuration: KafkaProducerConfiguration(bootstrapServers: common.brokers), logger: logger)
        do {
            // Connection and metadata first, as a long-running relay has them.
            _ = try await producer.send(KafkaOutgoingMessage(topic: topic, key: nil, value: [0]))
            let relay = OutboxRelay(
                pool: pool, producer: producer, listenerConfiguration: database.configuration,
                batchSize: relayBatch, batchesPerTransaction: batchesPerTransaction, logger: logger)
            progress("relaying")
            let start = ContinuousClock.now
            var relayed = 0
            while true {
                let published = try await relay.relayOnce()
                if published == 0 { break }
                relayed += published
            }
            let relaySeconds = (ContinuousClock.now - start).inSeconds
            await producer.close()
            let left = try await pool.withConnection { try await Outbox.unpublishedCount(on: $0) }
            guard relayed == events, left == 0 else {
                throw BenchError(.invalidResult, "relayed \(relayed) of \(events) events; \(left) left unpublished")
            }
            let insertRate = Double(events) / insertSeconds
            let relayRate = Double(events) / relaySeconds
            return Measurement(
                benchmark: "outbox", system: "inngang", value: relayRate, unit: "events/s",
                details: [
                    "events": Double(events), "relay_seconds": relaySeconds, "insert_seconds": insertSeconds,
                    "insert_events_per_s": insertRate, "relay_vs_insert_rate": relayRate / insertRate,
                ],
                parameters: [
                    "insert_concurrency": "\(concurrency)", "insert_batch": "\(insertBatch)",
                    "relay_batch": "\(relayBatch)", "batches_per_transaction": "\(batchesPerTransaction)",
                    "partitions": "\(partitions)", "payload_bytes": "\(payloadBytes)",
                ])
        } catch {
            await producer.close()
            throw error
        }
    }

    /// The events in `insertBatch`-sized chunks; keys spread over 1,000 cases.
    private func makeEvents(topic: String) throws -> [[(event: CloudEvent, topic: String, key: String)]] {
        struct Payload: Encodable { var caseId: String; var sequence: Int; var note: String }
        let type = EventType("no.inngang.bench.thing-happened", version: 1)
        let note = String(repeating: "x", count: max(0, payloadBytes - 60))
        let all = try (0..<events).map { index in
            let key = "case-\(index % 1000)"
            let event = try CloudEvent(source: "/inngang/bench", type: type, subject: key,
                                       data: Payload(caseId: key, sequence: index, note: note))
            return (event: event, topic: topic, key: key)
        }
        return stride(from: 0, to: all.count, by: insertBatch).map { Array(all[$0..<min($0 + insertBatch, all.count)]) }
    }

    /// Appends every chunk, one transaction each, from `concurrency` tasks; returns the seconds taken.
    private func append(_ chunks: [[(event: CloudEvent, topic: String, key: String)]], pool: PostgresPool) async throws -> Double {
        let next = Counter()
        let start = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<concurrency {
                group.addTask {
                    while true {
                        let index = next.next()
                        guard index < chunks.count else { return }
                        let chunk = chunks[index]
                        try await pool.withTransaction { try await Outbox.append(chunk, on: $0) }
                    }
                }
            }
            try await group.waitForAll()
        }
        return (ContinuousClock.now - start).inSeconds
    }
}
