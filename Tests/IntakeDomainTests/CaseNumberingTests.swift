import Foundation
import InngangModels
import Testing
@testable import IntakeDomain

@Suite("Case numbering")
struct CaseNumberingTests {
    @Test func yearIsTheOsloYearOfReceipt() throws {
        // 2026-12-31 23:30 UTC is 2027-01-01 00:30 in Oslo.
        let instant = Date(timeIntervalSince1970: 1_798_759_800)
        #expect(LocalDate(instant, in: TimeZone(identifier: "UTC")!) == Fixture.date("2026-12-31"))
        #expect(try CaseNumbering.caseNumber(receivedAt: instant, sequence: 1).description == "INN-2027-000001")
        #expect(try CaseNumbering.caseNumber(year: 2026, sequence: 123).description == "INN-2026-000123")
    }

    @Test func exhaustedSequenceIsAnError() {
        #expect { try CaseNumbering.caseNumber(year: 2026, sequence: 1_000_000) } throws: {
            ($0 as? IntakeDomainError)?.code == .caseNumberUnavailable
        }
        #expect { try CaseNumbering.caseNumber(year: 2026, sequence: 0) } throws: { $0 is IntakeDomainError }
    }
}
