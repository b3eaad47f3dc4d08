import Testing
import Foundation
import InngangModels
@testable import ConsentDomain

@Suite struct ConsentEventPayloadTests {
    typealias F = Fixture

    private func json(_ event: ConsentEvent) throws -> String {
        String(decoding: try EventJSON.encoder.encode(event.payload), as: UTF8.self)
    }

    @Test func eventsCarryIdsAndCodesOnlyNeverFreeText() throws {
        let view = ChildView(stance: .disagrees, note: "Barnets egne ord", recordedBy: F.employee, recordedAt: F.now)
        let facts = try ConsentRequestRules.makeRequest(F.draft(purposeText: "Formålstekst fra saksbehandler", childView: view),
                                                        guardians: F.twoGuardians, requestedBy: F.employee, now: F.now)
        guard case .requested(let terms) = facts[0] else { Issue.record("no request"); return }
        var events = ConsentLifecycle.start(terms).events
        var record = try ConsentLifecycle.fold(facts)
        for g in terms.grantors {
            let t = try ConsentLifecycle.apply(.given(by: g.person, at: F.now.addingTimeInterval(60)), to: record)
            record = t.record
            events += t.events
        }
        events += try ConsentLifecycle.apply(.withdrawn(by: F.guardianA, at: F.now.addingTimeInterval(120)), to: record).events
        #expect(events.map(\.type) == [.consentRequested, .consentGiven, .consentWithdrawn])
        for event in events {
            let text = try json(event)
            #expect(!text.contains("Formålstekst") && !text.contains("Barnets egne ord"))
            #expect(event.key == terms.consentID.description)
        }
        #expect(try json(events[0]).contains("\"purpose\":\"coordination\""))
    }

    @Test func everyConsentEventTypeIsInTheCatalogue() {
        for type in [EventType.consentRequested, .consentGiven, .consentRefused, .consentWithdrawn, .consentRevoked, .consentExpired] {
            #expect(EventTypeRegistry.inngang.topic(for: type) == InngangTopic.consent)
        }
    }

    @Test func payloadsRoundTripThroughTheEventCoders() throws {
        let payload = ConsentWithdrawnV1(consentID: ConsentID(), caseID: nil, child: F.child9, withdrawnBy: F.guardianA,
                                         grantors: [F.guardianA, F.guardianB], wasInForce: true, informedServices: ["ppt"],
                                         withdrawnAt: RFC3339.normalized(F.now))
        let data = try EventJSON.encoder.encode(payload)
        #expect(try EventJSON.decoder.decode(ConsentWithdrawnV1.self, from: data) == payload)
    }
}
