import Foundation
import InngangModels

/// Forming the human-readable case number (`INN-2026-000123`, see `CaseNumber`).
///
/// The year is the **Oslo** calendar year of receipt (an application sent 31 December 23:30
/// UTC+1 belongs to that year, one sent 00:30 on 1 January to the next). The sequence is per year
/// and comes from the caller's store (e.g. a PostgreSQL sequence or counter row per year,
/// incremented in the same transaction that creates the case); this function only formats and
/// checks it.
public enum CaseNumbering {
    /// The case number for the `sequence`th case received in the Oslo year of `receivedAt`.
    /// Throws ``IntakeDomainError/Code/caseNumberUnavailable`` when `sequence` is outside
    /// 1…999 999 (the year's numbers are exhausted) or the year is out of range.
    public static func caseNumber(receivedAt: Date, sequence: Int) throws(IntakeDomainError) -> CaseNumber {
        try caseNumber(year: LocalDate(receivedAt, in: .oslo).year, sequence: sequence)
    }

    /// The case number for `year` and `sequence`.
    public static func caseNumber(year: Int, sequence: Int) throws(IntakeDomainError) -> CaseNumber {
        guard let number = CaseNumber(year: year, sequence: sequence) else {
            throw IntakeDomainError(.caseNumberUnavailable,
                                    "No case number for year \(year) and sequence \(sequence): allowed are years \(CaseNumber.yearRange) and sequences \(CaseNumber.sequenceRange).")
        }
        return number
    }
}
