import Foundation
import InngangKafka
import InngangModels
import Testing

@Suite("CloudEvents Kafka binding (binary mode)")
struct CloudEventBindingTests {
    static let event = CloudEvent(
        id: "4d7f1c9e-1111-4222-8333-944445555666",
        source: "/inngang/intake",
        type: "no.inngang.application.submitted.v1",
        time: Date(timeIntervalSince1970: 1_767_225_600.123456),
        subject: "case-42",
        data: Array(#"{"caseId":"case-42"}"#.utf8)
    )

    static func incoming(from outgoing: KafkaOutgoingMessage) -> KafkaIncomingMessage {
        KafkaIncomingMessage(topic: outgoing.topic, partition: 0, offset: 7, key: outgoing.key, value: outgoing.value, headers: outgoing.headers)
    }

    @Test func outgoingMessageCarriesAttributesAsHeaders() throws {
        let message = KafkaOutgoingMessage(cloudEvent: Self.event, topic: "t", key: "case-42")
        func header(_ name: String) -> String? {
            message.headers.first { $0.key == name }?.value.flatMap { String(bytes: $0, encoding: .utf8) }
        }
        #expect(header("ce_specversion") == "1.0")
        #expect(header("ce_id") == Self.event.id)
        #expect(header("ce_source") == "/inngang/intake")
        #expect(header("ce_type") == "no.inngang.application.submitted.v1")
        #expect(header("ce_time") == "2026-01-01T00:00:00.123456Z")
        #expect(header("ce_subject") == "case-42")
        #expect(header("content-type") == "application/json")
        #expect(message.key == Array("case-42".utf8))
        #expect(message.value == Self.event.data)
        #expect(try CloudEvent(kafkaMessage: Self.incoming(from: message)) == Self.event)
    }

    @Test func eventWithoutSubjectHasNoSubjectHeader() throws {
        var event = Self.event
        event.subject = nil
        let message = KafkaOutgoingMessage(cloudEvent: event, topic: "t", key: "k")
        #expect(!message.headers.contains { $0.key == "ce_subject" })
        #expect(try CloudEvent(kafkaMessage: Self.incoming(from: message)) == event)
    }

    @Test(arguments: ["ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time"])
    func cloudEventBindingRejectsMissingAttributes(header: String) {
        var message = Self.incoming(from: KafkaOutgoingMessage(cloudEvent: Self.event, topic: "t", key: "k"))
        message.headers.removeAll { $0.key == header }
        let error = #expect(throws: KafkaError.self) { try CloudEvent(kafkaMessage: message) }
        #expect(error?.code == .cloudEventBinding)
        #expect(error?.message.contains("missing attribute \(header)") == true)
    }

    @Test(arguments: [("ce_time", "yesterday"), ("ce_specversion", "0.3")])
    func cloudEventBindingRejectsInvalidAttributes(header: String, value: String) {
        var message = Self.incoming(from: KafkaOutgoingMessage(cloudEvent: Self.event, topic: "t", key: "k"))
        message.headers = message.headers.map { $0.key == header ? KafkaHeader(key: header, value: Array(value.utf8)) : $0 }
        let error = #expect(throws: KafkaError.self) { try CloudEvent(kafkaMessage: message) }
        #expect(error?.code == .cloudEventBinding)
        #expect(error?.message.contains("invalid attribute \(header)") == true)
        #expect(error?.message.contains(value) == false, "attribute values are not echoed")
    }

    @Test func missingContentTypeMeansJSON() throws {
        var message = Self.incoming(from: KafkaOutgoingMessage(cloudEvent: Self.event, topic: "t", key: "k"))
        message.headers.removeAll { $0.key == "content-type" }
        #expect(try CloudEvent(kafkaMessage: message).datacontenttype == "application/json")
    }
}
