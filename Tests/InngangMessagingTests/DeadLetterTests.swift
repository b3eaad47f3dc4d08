import InngangKafka
@testable import InngangMessaging
import InngangPostgres
import Testing

@Suite("Dead letters")
struct DeadLetterTests {
    enum Refusal: Error {
        case tooOld(name: String)
        case closed
    }

    @Test func deadLetterRecordRoundTripsThroughHeaders() throws {
        let original = KafkaIncomingMessage(
            topic: "intake.events", partition: 2, offset: 41, key: Array("case-7".utf8), value: [1, 2, 3],
            headers: [KafkaHeader(key: "ce_id", value: Array("x".utf8)), KafkaHeader(key: "inngang_dlq_reason", value: Array("old".utf8))])
        let letter = DeadLetter(message: original, reason: .handlerFailed(Refusal.closed), consumer: "consent", attempts: 5)
        let outgoing = letter.outgoingMessage
        #expect(outgoing.topic == "intake.events.dlq")
        #expect(outgoing.key == original.key)
        #expect(outgoing.value == original.value)
        // A previous verdict is replaced, not duplicated.
        #expect(outgoing.headers.filter { $0.key == DeadLetter.Header.reason }.count == 1)

        let consumed = KafkaIncomingMessage(
            topic: outgoing.topic, partition: 0, offset: 0, key: outgoing.key, value: outgoing.value, headers: outgoing.headers)
        #expect(DeadLetter(deadLetterMessage: consumed) == letter)
        #expect(letter.headers == [KafkaHeader(key: "ce_id", value: Array("x".utf8))])
    }

    @Test func deadLetterReasonNamesTheErrorTypeAndCodeNeverItsData() {
        let personal = "01010112345"
        #expect(DeadLetter.Reason.handlerFailed(Refusal.tooOld(name: personal)).rawValue
            == "handler-failed: InngangMessagingTests.DeadLetterTests.Refusal.tooOld")
        #expect(DeadLetter.Reason.handlerFailed(Refusal.closed).rawValue
            == "handler-failed: InngangMessagingTests.DeadLetterTests.Refusal.closed")
        let postgres = PostgresError(code: .checkViolation, message: "value \(personal) violates", sqlState: "23514")
        #expect(DeadLetter.Reason.handlerFailed(postgres).rawValue == "handler-failed: PostgresError.checkViolation[23514]")
        let kafka = KafkaError(.cloudEventBinding, "missing attribute ce_id in \(personal)")
        #expect(DeadLetter.Reason.undecodable(kafka).rawValue == "undecodable: KafkaError.cloudEventBinding")
    }

    @Test func arrayLiteralQuotesEveryElementAndEscapesQuotesAndBackslashes() {
        #expect(PostgresArrayLiteral.text(["a", nil, #"b"c\d"#, "", "{x,y}"]) == #"{"a",NULL,"b\"c\\d","","{x,y}"}"#)
        #expect(PostgresArrayLiteral.bigint([1, -2, 3]) == "{1,-2,3}")
        #expect(PostgresArrayLiteral.bytea([[0x0a, 0xff], []]) == #"{"\\x0aff","\\x"}"#)
        #expect(PostgresArrayLiteral.text([String?]()) == "{}")
    }
}
