import Foundation
import Testing

@testable import InngangModels

@Suite struct CaseNumberTests {
    @Test func formatsWithZeroPaddedSequence() {
        #expect(CaseNumber(year: 2026, sequence: 123)?.description == "INN-2026-000123")
        #expect(CaseNumber(year: 2026, sequence: 999_999)?.description == "INN-2026-999999")
    }

    @Test func parsesOnlyTheExactFormat() {
        #expect(CaseNumber("INN-2026-000123") == CaseNumber(year: 2026, sequence: 123))
        for bad in ["inn-2026-000123", "INN-2026-123", "INN-26-000123", "INN-2026-0001234", "INN-2026-000000",
                    "INN-2026-00012a", "INN 2026 000123", "INN-2026-000123-", "ABC-2026-000123", "INN-1999-000001"] {
            #expect(CaseNumber(bad) == nil, "\(bad)")
        }
        #expect(CaseNumber(year: 2026, sequence: 1_000_000) == nil)
    }

    @Test func ordersByYearThenSequence() throws {
        let a = try #require(CaseNumber("INN-2025-999999")), b = try #require(CaseNumber("INN-2026-000001"))
        #expect(a < b)
        let json = try JSONEncoder().encode([b])
        #expect(try JSONDecoder().decode([CaseNumber].self, from: json) == [b])
    }
}
