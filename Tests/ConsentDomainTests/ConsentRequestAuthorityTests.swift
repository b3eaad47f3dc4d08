import Testing
import InngangModels
@testable import ConsentDomain

@Suite struct ConsentRequestAuthorityTests {
    typealias F = Fixture

    @Test func aCaseworkerMayRequestConsentOnlyForSharingTheirOwnServiceTakesPartIn() {
        let draft = F.draft(from: ["skole", "helsestasjon"], to: ["ppt", "bup"])
        #expect(ConsentRequestAuthority.mayRequest(draft, requesterService: "skole", isCoordinator: false))
        #expect(ConsentRequestAuthority.mayRequest(draft, requesterService: "bup", isCoordinator: false))
        #expect(!ConsentRequestAuthority.mayRequest(draft, requesterService: "barnevern", isCoordinator: false))
    }

    @Test func theFamilysCoordinatorMayRequestConsentBetweenAnyServices() {
        let draft = F.draft(from: ["skole"], to: ["ppt"])
        #expect(ConsentRequestAuthority.mayRequest(draft, requesterService: "familielos", isCoordinator: true))
    }
}
