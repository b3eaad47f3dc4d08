import Testing
import Foundation
import InngangModels
@testable import ConsentDomain

@Suite struct ConsentRequestRulesTests {
    typealias F = Fixture

    private func problems(_ draft: ConsentRequestDraft, guardians: [GuardianFact] = F.twoGuardians) -> [String] {
        do {
            _ = try ConsentRequestRules.makeRequest(draft, guardians: guardians, requestedBy: F.employee, now: F.now)
            return []
        } catch { return error.code == .invalidRequest ? error.fields : ["code:\(error.code)"] }
    }

    @Test func aValidRequestNamesItsGrantorsAndStartsTheHistory() throws {
        let id = ConsentID()
        let facts = try ConsentRequestRules.makeRequest(F.draft(from: ["skole", "helsestasjon", "skole"]), consentID: id,
                                                        guardians: F.twoGuardians, requestedBy: F.employee, now: F.now)
        #expect(facts.count == 1)
        guard case .requested(let terms) = facts[0] else { Issue.record("first fact must be the request"); return }
        #expect(terms.consentID == id)
        #expect(terms.childBirthDate == F.date("2017-01-20"))
        #expect(terms.sharingServices == ["helsestasjon", "skole"])
        #expect(terms.categories == [.health, .school])
        #expect(terms.grantors.map(\.person) == [F.guardianA, F.guardianB])
        #expect(terms.requestedBy == F.employee && terms.requestedAt == F.now)
    }

    @Test func unknownCategoryAndPurposeAreFieldProblems() {
        #expect(problems(F.draft(categories: ["school", "horoscope"], purpose: "marketing")) == ["/categories/1", "/purpose"])
        #expect(problems(F.draft(categories: [])) == ["/categories"])
    }

    @Test func servicesMustBeListedAndWellFormed() {
        #expect(problems(F.draft(from: [], to: ["Not A Code"])) == ["/sharingServices", "/receivingServices/0"])
    }

    @Test func aLastValidDayInThePastIsRejected() {
        #expect(problems(F.draft(validUntil: "2026-03-01")) == ["/validUntil"])
        #expect(problems(F.draft(validUntil: "2026-03-02")) == [])
    }

    @Test func anExceptionMustNameAListedServiceOrCategory() {
        #expect(problems(F.draft(exceptions: [.recipient(to: "nav")])) == ["/exceptions/0"])
        #expect(problems(F.draft(exceptions: [.categoryToRecipient(category: .childWelfare, to: "ppt")])) == ["/exceptions/0"])
        #expect(problems(F.draft(exceptions: [.pair(from: "skole", to: "bup")])) == [])
    }

    @Test func exceptionsThatLeaveNothingToShareAreRejected() {
        #expect(problems(F.draft(exceptions: [.recipient(to: "ppt"), .recipient(to: "bup")])) == ["/exceptions"])
        #expect(problems(F.draft(from: ["ppt"], to: ["ppt"])) == ["/receivingServices"])
    }

    @Test func anInvalidChildIdentityNumberIsRejected() {
        #expect(problems(F.draft(child: F.person("12345678901"))) == ["/child"])
    }

    @Test func aPurposeTextIsTrimmedAndBlankMeansNone() throws {
        let blank = try F.requested(F.draft(purposeText: "   "))
        #expect(blank.terms.purposeText == nil)
        let text = try F.requested(F.draft(purposeText: "  Møte i ansvarsgruppen.  "))
        #expect(text.terms.purposeText == "Møte i ansvarsgruppen.")
        #expect(problems(F.draft(purposeText: String(repeating: "x", count: 1001))) == ["/purposeText"])
    }

    @Test func theGrantorRulesApplyToTheRequest() {
        #expect(problems(F.draft(), guardians: []) == ["code:noGuardianWithParentalResponsibility"])
        #expect(problems(F.draft(child: F.child15, categories: ["health"]), guardians: F.twoGuardians) == [])
    }

    @Test func theChildsViewGivenWithTheRequestIsRecordedBesideIt() throws {
        let view = ChildView(stance: .agrees, note: "Vil at skolen og PPT snakker sammen.", recordedBy: F.employee, recordedAt: F.now)
        let facts = try ConsentRequestRules.makeRequest(F.draft(childView: view), guardians: F.twoGuardians,
                                                        requestedBy: F.employee, now: F.now)
        #expect(facts.count == 2)
        #expect(facts.last == .childViewRecorded(view: view))
        let record = try ConsentLifecycle.fold(facts)
        #expect(record.childView == view)
        #expect(!record.childViewMissing(at: F.now))
        #expect(try F.requested().childViewMissing(at: F.now))  // aged 9: the view is expected
    }
}
