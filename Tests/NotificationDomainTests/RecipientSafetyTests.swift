import Foundation
import InngangModels
import Testing

@testable import NotificationDomain

/// Safe recipients rule: ``RecipientSafety`` (and how dispatch acts on it).
@Suite struct RecipientSafetyTests {
    let recipient = Fixture.recipient()
    typealias Facts = RegisterFacts

    func dispatch(_ lookup: RegisterLookup) -> DispatchDecision {
        let planned = PlannedNotification(
            key: NotificationKey(sourceEventID: "evt", recipient: recipient.person, purpose: .receipt), caseID: Fixture.caseID,
            recipient: recipient, timing: .asSoonAsAllowed(notBefore: oslo(2026, 6, 9, 10)), sendAt: oslo(2026, 6, 9, 10),
            subject: .caseNews(Fixture.caseID))
        return NotificationDispatch().decide(planned, now: oslo(2026, 6, 9, 10), register: lookup, subject: .notNeeded,
                                             addresses: Fixture.bothPhoneAndEmail)
    }

    @Test func guardianWithoutParentalResponsibilityGetsNothing() {
        let facts = Facts(hasParentalResponsibility: false, hasRestrictedAccess: false, addressProtection: RegisterFacts.AddressProtection.none)
        #expect(RecipientSafety.check(recipient, .found(facts)) == .doNotSend(.noParentalResponsibility))
        #expect(dispatch(.found(facts)) == .drop(.recipientExcluded(.noParentalResponsibility)))
        // Known lack of responsibility wins even when other facts are missing.
        #expect(RecipientSafety.check(recipient, .found(Facts(hasParentalResponsibility: false, hasRestrictedAccess: nil, addressProtection: nil)))
                == .doNotSend(.noParentalResponsibility))
    }

    @Test func guardianWithRestrictedAccessGetsNothing() {
        let facts = Facts(hasParentalResponsibility: true, hasRestrictedAccess: true, addressProtection: RegisterFacts.AddressProtection.none)
        #expect(RecipientSafety.check(recipient, .found(facts)) == .doNotSend(.restrictedAccess))
        #expect(dispatch(.found(facts)) == .drop(.recipientExcluded(.restrictedAccess)))
    }

    @Test func protectedAddressGetsOnlySmsOrEmailAndNothingAboutPlace() {
        for protection in [Facts.AddressProtection.fortrolig, .strengtFortrolig, .strengtFortroligUtland] {
            let facts = Facts(hasParentalResponsibility: true, hasRestrictedAccess: false, addressProtection: protection)
            #expect(RecipientSafety.check(recipient, .found(facts)) == .send(allowedChannels: [.sms, .email], protectedAddress: true))
            guard case .send(let outgoing) = dispatch(.found(facts)) else {
                Issue.record("a protected guardian with parental responsibility is still told (\(protection))")
                continue
            }
            // The text names no place: not the municipality, not a service.
            #expect(MinimalContentPolicy.standard.violations(in: outgoing.message, alsoForbidding: ["Oslo", "kommune"]).isEmpty)
        }
        #expect(RecipientSafety.check(recipient, .found(Fixture.allowedFacts)) == .send(allowedChannels: [.sms, .email], protectedAddress: false))
    }

    @Test func unknownFactsDoNotSend() {
        let partial = [
            Facts(hasParentalResponsibility: nil, hasRestrictedAccess: false, addressProtection: RegisterFacts.AddressProtection.none),
            Facts(hasParentalResponsibility: true, hasRestrictedAccess: nil, addressProtection: RegisterFacts.AddressProtection.none),
            Facts(hasParentalResponsibility: true, hasRestrictedAccess: false, addressProtection: nil),
        ]
        for facts in partial {
            #expect(RecipientSafety.check(recipient, .found(facts)) == .doNotSend(.factsUnknown))
        }
        #expect(RecipientSafety.check(recipient, .notFound) == .doNotSend(.notInRegister))
        #expect(RecipientSafety.check(recipient, .unavailable) == .doNotSend(.factsUnknown))
        // Not sent; the coordinator hears about it instead of silence.
        guard case .fail(let failure) = dispatch(.unavailable) else {
            Issue.record("unverifiable recipient must fail to the coordinator")
            return
        }
        #expect(failure.reason == .recipientUnverifiable)
    }
}
