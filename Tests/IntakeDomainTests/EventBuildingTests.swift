import Foundation
import InngangModels
import Testing
@testable import IntakeDomain

@Suite("Accepted case and its events")
struct EventBuildingTests {
    typealias F = DevelopmentFamilies

    func accepted(loads: [String: Int] = [:], interpreter: ApplicationSubmission.InterpreterInput? = nil) async throws -> AcceptedCase {
        let receivedAt = Fixture.instant("2026-11-23")
        let app = try Fixture.submission(categories: ["learning", "child-welfare-concern"], interpreter: interpreter).validated(on: Fixture.today)
        let applicant = Fixture.nid(F.TwoGuardians.guardianA)
        let decision = await ApplicantEligibility.check(applicant: applicant, child: app.child, on: Fixture.today,
                                                        register: FileBackedPopulationRegister.embedded())
        let recipients = try #require(decision.recipients)
        return AcceptedCase.accept(
            caseID: CaseID(), caseNumber: try CaseNumbering.caseNumber(receivedAt: receivedAt, sequence: 7), receivedAt: receivedAt,
            applicant: applicant, application: app, recipients: recipients, rules: Fixture.rules, pool: Fixture.pool, currentLoads: loads)
    }

    @Test func caseReceivedCarriesCodesAndRecipientsNotFreeText() async throws {
        let c = try await accepted()
        let e = IntakeEventBuilder.caseReceived(c)
        #expect(e.caseID == c.caseID)
        #expect(e.caseNumber == "INN-2026-000007")
        #expect(e.municipality == "0301")
        #expect(e.kind == .application)
        #expect(e.child == PersonRef(nationalIdentityNumber: F.TwoGuardians.child))
        #expect(e.needCategories == ["learning", "child-welfare-concern"])
        #expect(e.interpreterNeeded == false)
        #expect(e.receivedAt == c.receivedAt)
        #expect(e.recipients.map(\.person.nationalIdentityNumber) == [F.TwoGuardians.guardianA, F.TwoGuardians.guardianB])
        #expect(e.recipients[0].contact == c.application.contact)
        #expect(e.recipients[1].contact == ContactPreference(preferredChannel: .sms, language: .nb))

        let json = String(decoding: try JSONEncoder().encode(e), as: UTF8.self)
        #expect(!json.contains("Strever"), "free text must not be in an event")
        #expect(!json.contains("lesing"), "the child's view must not be in an event")
    }

    @Test func oneCaseRoutedPerServiceInRoutingOrder() async throws {
        let c = try await accepted()
        let routed = IntakeEventBuilder.caseRouted(c)
        #expect(routed.map(\.service) == ["ppt", "skole", "barnevern"])
        #expect(routed.map(\.matchedCategories) == [["learning"], ["learning"], ["child-welfare-concern"]])
        #expect(routed.allSatisfy { $0.caseID == c.caseID && $0.routedAt == c.receivedAt })
        #expect(c.receipt.services == ["ppt", "skole", "barnevern"])
    }

    @Test func caseRoutedCarriesTheServicesPublishedProcessingTime() async throws {
        let c = try await accepted()
        let rules = DevelopmentRouting.rules()
        let routed = IntakeEventBuilder.events(for: c, processingTime: { rules.processingTime(for: $0) }).routed
        #expect(routed.map(\.processingTimeWorkingDays) == [40, 15, 5])
        #expect(IntakeEventBuilder.caseRouted(c).allSatisfy { $0.processingTimeWorkingDays == nil })
    }

    @Test func coordinatorAssignedInTheFamilysLanguage() async throws {
        let c = try await accepted(interpreter: .init(needed: true, language: "ar"))
        let e = try #require(IntakeEventBuilder.coordinatorAssigned(c))
        #expect(e.coordinatorID == "k-102")  // the Arabic speaker
        #expect(e.coordinatorName == "Amina Hassan")
        #expect(e.coordinatorPhone == "+4799000102")
        #expect(e.assignedAt == c.receivedAt)
        #expect(c.followUps.isEmpty)
        #expect(IntakeEventBuilder.caseReceived(c).interpreterNeeded)
        #expect(c.receipt.coordinatorName == "Amina Hassan")
    }

    @Test func fullPoolStillReceivesTheCaseAndRaisesATask() async throws {
        let full = Dictionary(uniqueKeysWithValues: Fixture.pool.coordinators.map { ($0.id, $0.capacity) })
        let c = try await accepted(loads: full)
        let events = IntakeEventBuilder.events(for: c)
        #expect(events.coordinatorAssigned == nil)
        #expect(c.followUps == [.assignCoordinatorManually])
        #expect(events.routed.count == 3)
        #expect(events.received.caseID == c.caseID)
        #expect(c.receipt.coordinatorName == nil)
    }
}
