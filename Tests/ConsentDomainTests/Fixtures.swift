import Foundation
import InngangModels
@testable import ConsentDomain

/// Shared test data: synthetic identity numbers (month + 80, never real people), fixed Oslo times.
enum Fixture {
    static func person(_ nin: String) -> PersonRef { PersonRef(nationalIdentityNumber: nin) }
    static func date(_ s: String) -> LocalDate { LocalDate(s)! }

    /// `hh:mm` Oslo time on `day`.
    static func at(_ day: String, _ hour: Int = 12, _ minute: Int = 0) -> Date {
        date(day).startOfDay(in: .oslo).addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
    }

    /// The day most tests happen: Monday 2 March 2026, noon.
    static let now = at("2026-03-02")

    /// Born 2017-01-20: 9 years old.
    static let child9 = person("20811751031")
    /// Born 2011-03-10: 14, turns 15 on 2026-03-10.
    static let child14 = person("10831151035")
    /// Born 2010-06-15: 15, turns 16 on 2026-06-15.
    static let child15 = person("15861051150")
    /// Born 2008-04-30: 17, turns 18 on 2026-04-30.
    static let child17 = person("30840851075")

    static let guardianA = person("02828011068")
    static let guardianB = person("05858211087")
    static let guardianC = person("09897911091")

    static let twoGuardians = [
        GuardianFact(person: guardianA, hasParentalResponsibility: true),
        GuardianFact(person: guardianB, hasParentalResponsibility: true),
    ]

    static let employee = "emp-coordinator-1"

    static func draft(child: PersonRef = child9, from: [ServiceCode] = ["skole", "helsestasjon"],
                      to: [ServiceCode] = ["ppt", "bup"], categories: [String] = ["school", "health"],
                      purpose: String = "coordination", purposeText: String? = nil, validUntil: String = "2026-12-31",
                      exceptions: [ConsentException] = [], childView: ChildView? = nil) -> ConsentRequestDraft {
        ConsentRequestDraft(caseID: CaseID(), child: child, sharingServices: from, receivingServices: to,
                            categories: categories, purpose: purpose, purposeText: purposeText, validUntil: date(validUntil),
                            exceptions: exceptions, childView: childView)
    }

    /// A requested consent (not yet given by anyone).
    static func requested(_ draft: ConsentRequestDraft = draft(), guardians: [GuardianFact] = twoGuardians,
                          at: Date = now) throws -> ConsentRecord {
        let facts = try ConsentRequestRules.makeRequest(draft, guardians: guardians, requestedBy: employee, now: at)
        return try ConsentLifecycle.fold(facts)
    }

    /// Applies `fact`, expecting a change.
    static func apply(_ fact: ConsentFact, _ record: ConsentRecord) throws -> ConsentRecord {
        try ConsentLifecycle.apply(fact, to: record).record
    }

    /// A consent every grantor gave, the last one at `at`.
    static func inForce(_ draft: ConsentRequestDraft = draft(), guardians: [GuardianFact] = twoGuardians,
                        at: Date = now.addingTimeInterval(3600)) throws -> ConsentRecord {
        var record = try requested(draft, guardians: guardians)
        for grantor in record.terms.grantors { record = try apply(.given(by: grantor.person, at: at), record) }
        return record
    }

    static func ask(_ records: [ConsentRecord], from: ServiceCode = "skole", category: String = "school",
                    child: PersonRef = child9, to: ServiceCode = "ppt", purpose: String = "coordination",
                    at: Date) -> ConsentDecision {
        ConsentCheck.decide(records, from: from, category: category, child: child, to: to, purpose: purpose, at: at)
    }
}
