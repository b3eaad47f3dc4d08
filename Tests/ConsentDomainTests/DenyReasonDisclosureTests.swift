import Testing
import Foundation
import InngangModels
@testable import ConsentDomain

@Suite struct DenyReasonDisclosureTests {
    typealias F = Fixture

    @Test func aServiceOutsideEveryConsentLearnsOnlyThatNoConsentCoversIt() throws {
        let pending = try F.apply(.given(by: F.guardianA, at: F.now), try F.requested())
        // The default draft shares from skole and helsestasjon; barnevern is named nowhere.
        #expect(DenyReasonDisclosure.visibleReason(.notAllGiven, asking: "barnevern", consents: [pending]) == .noConsent)
        #expect(DenyReasonDisclosure.visibleReason(.withdrawn, asking: "barnevern", consents: [pending]) == .noConsent)
        #expect(DenyReasonDisclosure.visibleReason(.senderNotCovered, asking: "barnevern", consents: [pending]) == .noConsent)
    }

    @Test func aServiceNamedInAConsentSeesTheRealReason() throws {
        let pending = try F.apply(.given(by: F.guardianA, at: F.now), try F.requested())
        #expect(DenyReasonDisclosure.visibleReason(.notAllGiven, asking: "skole", consents: [pending]) == .notAllGiven)
    }

    @Test func reasonsAboutTheQuestionItselfAreAlwaysShown() {
        #expect(DenyReasonDisclosure.visibleReason(.unknownCategory, asking: "barnevern", consents: []) == .unknownCategory)
        #expect(DenyReasonDisclosure.visibleReason(.unknownPurpose, asking: "barnevern", consents: []) == .unknownPurpose)
    }
}
