import Foundation
import InngangModels
import Testing

@testable import NotificationDomain

/// Reading the consent and klage events with the tolerant readers (``ConsentTrigger``,
/// ``KlageTrigger``): the producers' payloads, fields notification does not use ignored.
@Suite struct ConsentAndKlageDecodingTests {
    let consentID = ConsentID()
    let appealID = AppealID()
    let decisionID = DecisionID()

    func cloudEvent(_ type: EventType, _ payload: [String: Any], id: String = "evt-7") throws -> CloudEvent {
        CloudEvent(id: id, source: "/inngang/test", type: type.ceType, time: Date(), data: Array(try JSONSerialization.data(withJSONObject: payload)))
    }

    func person(_ pid: String) -> [String: Any] { ["nationalIdentityNumber": pid] }
    var at: String { RFC3339.string(from: oslo(2026, 6, 10, 12)) }

    @Test func consentEventsDecodeWithOnlyTheFieldsNotificationUses() throws {
        let requested = try cloudEvent(.consentRequested, [
            "consentID": consentID.description, "caseID": Fixture.caseID.description, "child": person("01011800001"),
            "grantors": [["person": person("01018000001"), "role": "guardian"]], "sharingServices": ["ppt"], "receivingServices": ["bup"],
            "categories": ["health"], "purpose": "coordination", "exceptions": [], "validUntil": "2026-12-31",
            "requestedBy": "emp-1", "requestedAt": at,
        ])
        let decoded = try #require(try TriggeringEvent.decode(requested))
        #expect(decoded.trigger == .consentRequested(ConsentTrigger.Requested(
            consentID: consentID, caseID: Fixture.caseID, child: Fixture.child,
            grantors: [ConsentTrigger.Grantor(person: Fixture.mother, role: "guardian")], requestedAt: oslo(2026, 6, 10, 12))))

        let given = try cloudEvent(.consentGiven, [
            "consentID": consentID.description, "child": person("01011800001"), "grantors": [person("01018000001")],
            "validUntil": "2026-12-31", "inForceFrom": at,
        ])
        guard case .consentGiven(let g)? = try TriggeringEvent.decode(given)?.trigger else {
            Issue.record("consent-given not decoded")
            return
        }
        #expect(g.caseID == nil && g.validUntil == day(2026, 12, 31))
        #expect(try TriggeringEvent.decode(given)?.trigger.caseID == CaseID(consentID.rawValue))

        for type in [EventType.consentRefused, .consentRevoked, .consentExpired] {
            let ended = try cloudEvent(type, ["consentID": consentID.description, "caseID": Fixture.caseID.description, "reason": "x",
                                              "child": person("01011800001"), "grantors": []])
            #expect(try TriggeringEvent.decode(ended)?.trigger == .consentEnded(ConsentTrigger.Ended(consentID: consentID, caseID: Fixture.caseID)))
        }
    }

    @Test func klageEventsDecodeWithOnlyTheFieldsNotificationUses() throws {
        let common: [String: Any] = [
            "caseID": Fixture.caseID.description, "appealID": appealID.description, "decisionID": decisionID.description, "service": "ppt",
        ]
        let filed = try cloudEvent(.klageAppealFiled, common.merging([
            "appellant": person("01018000001"), "appellantRole": "guardian", "filedAt": at, "timeliness": "in-time",
            "missingParts": [], "klageinstans": "statsforvalteren", "interimReplyDueBy": "2026-07-10", "deadlineBasis": "delivery-time",
        ]) { a, _ in a })
        #expect(try TriggeringEvent.decode(filed)?.trigger == .appealFiled(KlageTrigger.AppealFiled(
            caseID: Fixture.caseID, appealID: appealID, decisionID: decisionID, appellant: Fixture.mother, appellantRole: "guardian",
            filedAt: oslo(2026, 6, 10, 12))))

        let step = KlageTrigger.AppealStep(caseID: Fixture.caseID, appealID: appealID, at: oslo(2026, 6, 10, 12))
        let completion = try cloudEvent(.klageAppealCompletionRequested, common.merging(["completeBy": "2026-06-20", "requestedAt": at, "missingParts": ["reasons"]]) { a, _ in a })
        #expect(try TriggeringEvent.decode(completion)?.trigger == .appealCompletionRequested(step))
        let forwarded = try cloudEvent(.klageAppealForwarded, common.merging(["klageinstans": "statsforvalteren", "forwardedAt": at]) { a, _ in a })
        #expect(try TriggeringEvent.decode(forwarded)?.trigger == .appealForwarded(step))
        let interim = try cloudEvent(.klageInterimReplySent, common.merging(["sentBy": "underinstans", "reason": "high-workload",
                                                                             "expectedBy": "2026-08-01", "sentAt": at]) { a, _ in a })
        #expect(try TriggeringEvent.decode(interim)?.trigger == .appealInterimReply(step))

        let newDecision = DecisionID()
        let decided = try cloudEvent(.klageAppealDecided, common.merging([
            "decidedBy": "underinstans", "result": "reversed", "scope": "full", "newDecisionID": newDecision.description, "decidedAt": at,
        ]) { a, _ in a })
        guard case .appealDecided(let d)? = try TriggeringEvent.decode(decided)?.trigger else {
            Issue.record("appeal-decided not decoded")
            return
        }
        #expect(d.newDecision?.id == newDecision && d.newDecision?.outcome == .granted)
        let withOutcome = try cloudEvent(.klageAppealDecided, common.merging([
            "decidedBy": "underinstans", "result": "rejected", "rejectionReason": "late", "newDecisionID": newDecision.description,
            "newDecisionOutcome": "dismissed", "newDecisionDate": "2026-06-10", "decidedAt": at,
        ]) { a, _ in a })
        guard case .appealDecided(let r)? = try TriggeringEvent.decode(withOutcome)?.trigger else {
            Issue.record("appeal-decided not decoded")
            return
        }
        #expect(r.newDecision?.id == newDecision && r.newDecision?.outcome == .dismissed)
    }

    @Test func appealCompletedAndPostponementTellTheFamilyNothing() throws {
        for type in [EventType.klageAppealCompleted, .klageExecutionPostponement] {
            #expect(try TriggeringEvent.decode(cloudEvent(type, ["caseID": Fixture.caseID.description])) == nil)
        }
    }

    @Test func consentPayloadMissingAFieldItNeedsIsAnErrorWithoutPersonalData() throws {
        let bad = try cloudEvent(.consentWithdrawn, ["consentID": consentID.description, "child": person("01011800001")])
        let error = try #require(throws: NotificationDomainError.self) { try TriggeringEvent.decode(bad) }
        #expect(error.code == .undecodableEvent && !error.message.contains("01011800001"))
    }
}
