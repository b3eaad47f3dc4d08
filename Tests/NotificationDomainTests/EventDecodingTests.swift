import Foundation
import InngangModels
import Testing

@testable import NotificationDomain

/// Which consumed events notification reacts to: ``TriggeringEvent/decode(_:)``.
@Suite struct EventDecodingTests {
    @Test func decodesTheEventsNotificationReactsTo() throws {
        let payload = DecisionMadeV1(caseID: Fixture.caseID, service: "ppt", decisionID: DecisionID(), outcome: .refused,
                                     decisionDate: day(2026, 6, 9), reportedBy: "emp-1", reportedAt: oslo(2026, 6, 9, 10))
        let event = try CloudEvent(id: "evt-42", source: "/inngang/application-status", type: .statusDecisionMade, data: payload)
        let decoded = try #require(try TriggeringEvent.decode(event))
        #expect(decoded == TriggeringEvent(id: "evt-42", trigger: .decisionMade(payload)))
        #expect(decoded.trigger.caseID == Fixture.caseID)
    }

    @Test func ignoresEventsItDoesNotReactTo() throws {
        let payload = CaseRoutedV1(caseID: Fixture.caseID, service: "ppt", matchedCategories: [], routedAt: oslo(2026, 6, 9, 10))
        let event = try CloudEvent(source: "/inngang/intake", type: .intakeCaseRouted, data: payload)
        #expect(try TriggeringEvent.decode(event) == nil)
        let v2 = CloudEvent(id: "x", source: "/inngang/intake", type: "no.inngang.intake.case-received.v2", time: Date(), data: Array("{}".utf8))
        #expect(try TriggeringEvent.decode(v2) == nil)
    }

    @Test func malformedPayloadIsAnErrorWithoutPersonalData() throws {
        let event = CloudEvent(id: "x", source: "/inngang/intake", type: EventType.intakeCaseReceived.ceType, time: Date(),
                               data: Array(#"{"child":{"nationalIdentityNumber":"01011800001"}}"#.utf8))
        let error = try #require(throws: NotificationDomainError.self) { try TriggeringEvent.decode(event) }
        #expect(error.code == .undecodableEvent)
        #expect(!error.message.contains("01011800001"))
    }
}
