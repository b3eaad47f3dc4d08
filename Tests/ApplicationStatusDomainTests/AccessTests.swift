import Foundation
import InngangModels
import Testing

@testable import ApplicationStatusDomain

/// Guardians see their own children's cases; caseworkers only cases routed to their service;
/// everything else is "not found".
@Suite struct AccessTests {
    let f = Fixture()
    var timeline: CaseTimeline { f.timeline(at: oslo(2026, 3, 2), routedTo: ["ppt", "bup"]) }

    func code(_ viewer: Viewer, _ timeline: CaseTimeline?) -> ApplicationStatusDomainError.Code? {
        do {
            _ = try CaseAccess.require(viewer, timeline)
            return nil
        } catch { return error.code }
    }

    @Test func guardianOfAnotherChildGetsNotFound() {
        let stranger = PersonRef(nationalIdentityNumber: "31129912345")
        #expect(!CaseAccess.canView(.guardian(stranger), timeline))
        #expect(code(.guardian(stranger), timeline) == .notFound)
        #expect(code(.guardian(stranger), timeline) == code(.guardian(stranger), nil))
    }

    @Test func recipientGuardianSeesTheCaseAndEveryRoutedService() {
        #expect(code(.guardian(f.guardian), timeline) == nil)
        #expect(CaseAccess.visibleServices(to: .guardian(f.guardian), in: timeline) == ["bup", "ppt"])
    }

    @Test func guardianNotAmongRecipientsGetsNotFound() {
        // The other guardian exists in the fixture but intake did not name them as a recipient.
        #expect(code(.guardian(f.otherGuardian), timeline) == .notFound)
    }

    @Test func beforeTheCaseIsReceivedNobodyIsARecipient() {
        let onlyRouted = CaseTimeline.fold(caseID: f.caseID, [f.routed("ppt", oslo(2026, 3, 2))])
        #expect(code(.guardian(f.guardian), onlyRouted) == .notFound)
    }

    @Test func caseworkerOfServiceNotRoutedGetsNotFound() {
        #expect(code(.caseworker(service: "barnevern", employeeID: "emp-9"), timeline) == .notFound)
        let unrouted = f.timeline(at: oslo(2026, 3, 2), routedTo: ["ppt"], [f.progress("barnevern", oslo(2026, 3, 3))])
        #expect(code(.caseworker(service: "barnevern", employeeID: "emp-9"), unrouted) == .notFound)
    }

    @Test func caseworkerSeesOnlyTheirOwnService() {
        let viewer = Viewer.caseworker(service: "ppt", employeeID: "emp-1")
        #expect(code(viewer, timeline) == nil)
        #expect(CaseAccess.visibleServices(to: viewer, in: timeline) == ["ppt"])
    }

    @Test func renderingForAStrangerIsNotFound() {
        let renderer = CitizenViewRenderer(processingTimes: [:])
        #expect(throws: ApplicationStatusDomainError.self) {
            try renderer.render(timeline, for: .guardian(PersonRef(nationalIdentityNumber: "31129912345")), language: .nb, now: oslo(2026, 3, 3))
        }
    }
}
