import Foundation
import InngangModels
import Testing

@testable import ApplicationStatusDomain

/// Reading consumed CloudEvents into timeline events.
@Suite struct EventDecodingTests {
    let f = Fixture()

    @Test func decisionMadeCloudEventBecomesATimelineEventWithTheCloudEventID() throws {
        let payload = DecisionMadeV1(
            caseID: f.caseID, service: "ppt", decisionID: DecisionID(), outcome: .refused, decisionDate: day(2026, 3, 12),
            reportedBy: "emp-1", reportedAt: oslo(2026, 3, 12))
        let cloudEvent = try CloudEvent(id: "e-1", source: "/inngang/application-status", type: .statusDecisionMade, subject: f.caseID.description, data: payload)
        let recorded = try #require(try RecordedEvent(cloudEvent: cloudEvent))
        #expect(recorded.id == "e-1")
        #expect(recorded.event == .decisionMade(payload))
    }

    @Test func eventsTheTimelineDoesNotUseAreSkipped() throws {
        let consent = try CloudEvent(source: "/inngang/consent", type: .consentGiven, data: ["x": 1])
        #expect(try RecordedEvent(cloudEvent: consent) == nil)
        let receipt = NotificationDeliveredV1(
            notificationID: NotificationID(), caseID: f.caseID, purpose: .receipt, recipient: f.guardian, channel: .sms,
            sourceEventID: "x", decisionID: nil, deliveredAt: Date())
        let delivered = try CloudEvent(source: "/inngang/notification", type: .notificationDelivered, data: receipt)
        #expect(try RecordedEvent(cloudEvent: delivered) == nil)
    }

    @Test func unreadablePayloadThrowsWithoutValues() throws {
        let bad = CloudEvent(id: "e-2", source: "/x", type: EventType.statusDecisionMade.ceType, time: Date(), data: Array(#"{"secret":"Ola"}"#.utf8))
        let error = #expect(throws: ApplicationStatusDomainError.self) { try RecordedEvent(cloudEvent: bad) }
        #expect(error?.code == .unreadableEvent)
        #expect(error?.message.contains("Ola") == false)
    }
}
