import Foundation
import InngangModels
import Testing

@testable import NotificationDomain

/// Channel fallback rule: ``ChannelChoice`` and the failure it leads to.
@Suite struct ChannelTests {
    @Test func usesThePreferredChannelWhenItHasAnAddress() {
        #expect(ChannelChoice.choose(preferred: .sms, addresses: Fixture.bothPhoneAndEmail) == .use(.sms, address: "+47 400 00 000", isFallback: false))
        #expect(ChannelChoice.choose(preferred: .email, addresses: Fixture.bothPhoneAndEmail) == .use(.email, address: "guardian@example.invalid", isFallback: false))
    }

    @Test func fallsBackToEmailWhenNoPhone() {
        let addresses = ContactAddresses(phone: nil, email: "guardian@example.invalid")
        #expect(ChannelChoice.choose(preferred: .sms, addresses: addresses) == .use(.email, address: "guardian@example.invalid", isFallback: true))
    }

    @Test func fallsBackToSmsWhenNoEmail() {
        let addresses = ContactAddresses(phone: "40000000", email: "  ")
        #expect(ChannelChoice.choose(preferred: .email, addresses: addresses) == .use(.sms, address: "40000000", isFallback: true))
    }

    @Test func blankOrMalformedAddressesDoNotCount() {
        let addresses = ContactAddresses(phone: "  ", email: "not-an-address")
        #expect(ChannelChoice.choose(preferred: .sms, addresses: addresses) == .unreachable(.noContactAddress))
        #expect(ChannelChoice.choose(preferred: .sms, addresses: ContactAddresses(phone: "12", email: nil)) == .unreachable(.noContactAddress))
    }

    @Test func onlyAllowedChannelsAreUsed() {
        #expect(ChannelChoice.choose(preferred: .sms, addresses: Fixture.bothPhoneAndEmail, allowed: [.email])
                == .use(.email, address: "guardian@example.invalid", isFallback: true))
    }

    @Test func reservationAgainstDigitalContactIsUnreachable() {
        let reserved = ContactAddresses(phone: "40000000", email: "a@b.invalid", reservedAgainstDigitalContact: true)
        #expect(ChannelChoice.choose(preferred: .sms, addresses: reserved) == .unreachable(.digitalContactReserved))
    }

    @Test func noAddressFailsWithNotificationFailedAndACoordinatorTask() throws {
        let recipient = Fixture.recipient()
        let planned = PlannedNotification(
            key: NotificationKey(sourceEventID: "evt-1", recipient: recipient.person, purpose: .decisionMade), caseID: Fixture.caseID,
            recipient: recipient, timing: .asSoonAsAllowed(notBefore: oslo(2026, 6, 9, 10)), sendAt: oslo(2026, 6, 9, 10),
            subject: .decision(DecisionID(), outcome: .refused))
        let decision = NotificationDispatch().decide(planned, now: oslo(2026, 6, 9, 10), register: .found(Fixture.allowedFacts),
                                                     subject: .notNeeded, addresses: .none)
        guard case .fail(let failure) = decision else {
            Issue.record("expected a failure, got \(decision)")
            return
        }
        #expect(failure.reason == .noContactAddress)
        let event = failure.event(notificationID: NotificationID(), failedAt: oslo(2026, 6, 9, 10))
        #expect(event.reason == "no-contact-address")
        #expect(event.purpose == .decisionMade && event.caseID == Fixture.caseID && event.recipient == recipient.person)
        #expect(failure.coordinatorTask.caseID == Fixture.caseID)
        #expect(failure.coordinatorTask.uniqueKey == "reach-family:evt-1:01018000001:decision-made")
    }
}
