import Foundation
import InngangKafka
@testable import InngangMessaging
import InngangModels
import InngangPostgres
import Testing

@Suite("Outbox relay", .timeLimit(.minutes(2)))
struct OutboxRelayTests {
    struct Rollback: Error {}
    struct SimulatedCrash: Error {}

    static func relay(_ database: TestDatabase, _ producer: KafkaProducer, pollInterval: Duration = .seconds(2)) -> OutboxRelay {
        OutboxRelay(
            pool: database.pool, producer: producer, listenerConfiguration: database.configuration,
            pollInterval: pollInterval, logger: TestEnvironment.logger)
    }

    @Test func eventInRolledBackTransactionIsNeverPublished() async throws {
        try await TestDatabase.with { database in
            let topic = try await TestKafka.createTopic("rollback")
            let producer = try TestKafka.producer()
            let relay = Self.relay(database, producer)
            let rolledBack = try TestEvents.make(1)
            let committed = [try TestEvents.make(2), try TestEvents.make(3)]

            await #expect(throws: Rollback.self) {
                try await database.pool.withTransaction { connection in
                    try await Outbox.append(rolledBack, topic: topic, key: "case-1", on: connection)
                    throw Rollback()
                }
            }
            #expect(try await relay.relayOnce() == 0)
            #expect(try await database.count("SELECT count(*) FROM inngang_outbox") == 0)

            try await TestEvents.append([committed[0]], topic: topic, pool: database.pool)
            #expect(try await relay.relayOnce() == 1)
            try await TestEvents.append([committed[1]], topic: topic, pool: database.pool)
            #expect(try await relay.relayOnce() == 1)

            // One partition: the topic's complete content, in order, is the two committed events.
            let messages = try await TestKafka.collect(topic: topic, count: 2)
            #expect(try TestKafka.eventIDs(messages) == committed.map(\.id))
            #expect(!(try TestKafka.eventIDs(messages)).contains(rolledBack.id))
            await producer.close()
        }
    }

    @Test func relayKilledBetweenPublishAndMarkRepublishesAndInboxMakesEffectHappenOnce() async throws {
        try await TestDatabase.with { database in
            let topic = try await TestKafka.createTopic("crash")
            let producer = try TestKafka.producer()
            let relay = Self.relay(database, producer)
            try await EffectTable.create(database)
            try await database.pool.query("CREATE TABLE test_counter (n int NOT NULL)")
            try await database.pool.query("INSERT INTO test_counter VALUES (0)")

            let events = try (1...5).map { try TestEvents.make($0) }
            try await TestEvents.append(events, topic: topic, pool: database.pool)

            // The broker acknowledges the batch, then the relay "dies" before the transaction that
            // marks it commits: the hook throws, the transaction rolls back, as when the process
            // is killed there.
            await #expect(throws: SimulatedCrash.self) {
                try await relay.relayRound { acknowledged in
                    #expect(acknowledged.count == events.count)
                    throw SimulatedCrash()
                }
            }
            #expect(try await database.unpublishedCount() == events.count)

            // The next round (a restarted relay) publishes the same events again.
            #expect(try await relay.relayOnce() == events.count)
            #expect(try await database.unpublishedCount() == 0)
            let published = try TestKafka.eventIDs(try await TestKafka.collect(topic: topic, count: 2 * events.count))
            #expect(published == events.map(\.id) + events.map(\.id))

            // A sentinel after the duplicates: once it is handled, every earlier message was consumed.
            let sentinel = try TestEvents.make(6)
            try await TestEvents.append([sentinel], topic: topic, pool: database.pool)
            #expect(try await relay.relayOnce() == 1)

            let inbox = InboxConsumer(
                name: "crash-test", consumer: try TestKafka.consumer(topic: topic, group: "crash-" + TestEnvironment.uniqueSuffix()),
                pool: database.pool, producer: producer,
                handler: { event, connection in
                    try await connection.query("UPDATE test_counter SET n = n + 1")
                    try await EffectTable.record(event, on: connection)
                },
                logger: TestEnvironment.logger)
            try await withRunningInbox(inbox) {
                try await eventually("sentinel handled") { try await EffectTable.contains(sentinel.id, database) }
            }
            let distinct = events.count + 1
            #expect(try await database.count("SELECT n FROM test_counter") == distinct)
            #expect(try await database.count("SELECT count(*) FROM inngang_inbox WHERE consumer = 'crash-test'") == distinct)
            await producer.close()
        }
    }

    @Test func replayOfTimeRangeRepublishes() async throws {
        try await TestDatabase.with { database in
            let topic = try await TestKafka.createTopic("replay")
            let producer = try TestKafka.producer()
            let relay = Self.relay(database, producer)
            let events = try (1...3).map { try TestEvents.make($0) }
            try await TestEvents.append(events, topic: topic, pool: database.pool)
            // Spread the rows over three days: 1, 2 and 3 January 2026, midnight UTC.
            let day: TimeInterval = 86_400
            let january1 = Date(timeIntervalSince1970: 1_767_225_600)
            for (index, event) in events.enumerated() {
                try await database.pool.query(
                    "UPDATE inngang_outbox SET created_at = $1 WHERE event_id = $2",
                    [january1.addingTimeInterval(Double(index) * day), event.id])
            }
            #expect(try await relay.relayOnce() == 3)

            // [2 Jan, 3 Jan): the second event only; the third sits exactly on the open end.
            #expect(try await relay.replay(from: january1.addingTimeInterval(day), to: january1.addingTimeInterval(2 * day)) == 1)
            #expect(try await database.unpublishedCount() == 1)
            #expect(try await relay.relayOnce() == 1)

            let published = try TestKafka.eventIDs(try await TestKafka.collect(topic: topic, count: 4))
            #expect(published == [events[0].id, events[1].id, events[2].id, events[1].id])

            await #expect(throws: MessagingError.self) { try await relay.replay(from: january1, to: january1) }
            await producer.close()
        }
    }

    @Test func batchAppendPublishesInOrderWithExactAttributesAndBytes() async throws {
        try await TestDatabase.with { database in
            let topic = try await TestKafka.createTopic("exact")
            let producer = try TestKafka.producer()
            let relay = Self.relay(database, producer)
            let awkward = #"quote " backslash \ braces {} comma , NULL æøå"#
            let events = [
                CloudEvent(
                    id: "e-1", source: "/inngang/tests", type: "no.inngang.test.raw.v1",
                    time: Date(timeIntervalSince1970: 1_767_225_600.123456), subject: awkward,
                    datacontenttype: "application/octet-stream", data: Array(0...255)),
                CloudEvent(
                    id: #"e-2 "\"#, source: awkward, type: "no.inngang.test.raw.v1",
                    time: Date(timeIntervalSince1970: 1_767_225_601), subject: nil, data: []),
                try TestEvents.make(3),
            ]
            try await TestEvents.append(events, topic: topic, key: awkward, pool: database.pool)
            #expect(try await relay.relayOnce() == 3)

            let messages = try await TestKafka.collect(topic: topic, count: 3)
            #expect(try messages.map { try CloudEvent(kafkaMessage: $0) } == events)
            #expect(messages.allSatisfy { $0.key == Array(awkward.utf8) })
            await producer.close()
        }
    }

    @Test func pipelinedRoundPublishesSeveralBatchesInOrderAndNextRoundResumes() async throws {
        try await TestDatabase.with { database in
            let topic = try await TestKafka.createTopic("pipeline")
            let producer = try TestKafka.producer()
            let relay = OutboxRelay(
                pool: database.pool, producer: producer, listenerConfiguration: database.configuration,
                batchSize: 3, batchesPerTransaction: 3, logger: TestEnvironment.logger)
            let events = try (1...11).map { try TestEvents.make($0) }
            try await TestEvents.append(events, topic: topic, pool: database.pool)

            #expect(try await relay.relayOnce() == 9)  // three batches of three in one transaction
            #expect(try await database.unpublishedCount() == 2)
            #expect(try await relay.relayOnce() == 2)
            #expect(try await relay.relayOnce() == 0)

            let published = try TestKafka.eventIDs(try await TestKafka.collect(topic: topic, count: events.count))
            #expect(published == events.map(\.id))
            await producer.close()
        }
    }

    @Test func relayServicePublishesOnNotificationWithoutWaitingForThePoll() async throws {
        try await TestDatabase.with { database in
            let topic = try await TestKafka.createTopic("notify")
            let producer = try TestKafka.producer()
            let relay = Self.relay(database, producer, pollInterval: .seconds(600))
            let running = Task { try await relay.run() }

            let event = try TestEvents.make(1)
            try await TestEvents.append([event], topic: topic, pool: database.pool)
            try await eventually(timeout: .seconds(20), "event published") { try await database.unpublishedCount() == 0 }
            // A second event, certainly after the relay went back to waiting for NOTIFY.
            let second = try TestEvents.make(2)
            try await TestEvents.append([second], topic: topic, pool: database.pool)
            try await eventually(timeout: .seconds(20), "second event published") { try await database.unpublishedCount() == 0 }

            running.cancel()
            try await running.value
            #expect(try TestKafka.eventIDs(try await TestKafka.collect(topic: topic, count: 2)) == [event.id, second.id])
            await producer.close()
        }
    }

    @Test func onlyOneRelayPerDatabasePublishesAtATime() async throws {
        try await TestDatabase.with { database in
            let topic = try await TestKafka.createTopic("exclusive")
            let producer = try TestKafka.producer()
            let relay = Self.relay(database, producer)
            try await TestEvents.append([try TestEvents.make(1)], topic: topic, pool: database.pool)

            // While one relay's batch transaction is open, another relay finds nothing to do.
            let other = Self.relay(database, producer)
            let published = try await relay.relayRound { _ in
                let publishedByOther = try await other.relayOnce()
                #expect(publishedByOther == 0)
            }
            #expect(published == 1)
            await producer.close()
        }
    }
}
