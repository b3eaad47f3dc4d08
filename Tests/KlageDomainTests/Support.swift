import Foundation
import InngangModels

@testable import KlageDomain

/// `LocalDate` from literal parts (traps on an invalid date, which is a test bug).
func day(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
    guard let d = LocalDate(year: year, month: month, day: day) else { fatalError("bad test date \(year)-\(month)-\(day)") }
    return d
}

/// An instant given as Oslo wall-clock time (not on a DST switch day).
func oslo(_ year: Int, _ month: Int, _ d: Int, _ hour: Int = 12, _ minute: Int = 0, _ second: Int = 0) -> Date {
    day(year, month, d).startOfDay(in: .oslo).addingTimeInterval(TimeInterval(hour * 3600 + minute * 60 + second))
}

/// A refusal dated Thursday 8 January 2026, whose notice was delivered Monday 12 January 10:00
/// (deadline: Monday 2 February 2026).
enum Refusal {
    static let decisionDate = day(2026, 1, 8)
    static let deliveredAt = oslo(2026, 1, 12, 10)
    static var delivered: NoticeFacts { NoticeFacts(decisionDate: decisionDate, noticeDeliveredAt: deliveredAt) }
    static var notDelivered: NoticeFacts { NoticeFacts(decisionDate: decisionDate, noticeDeliveredAt: nil) }
}

/// Filings by a guardian of a 10-year-old, against a PPT decision.
struct Filing {
    let caseID = CaseID()
    let decisionID = DecisionID()
    let guardian = AppellantFacts(relation: .guardian(hasParentalResponsibility: true), childBirthDate: day(2015, 5, 15))

    func submission(decision: Bool = true, change: String? = "Innvilg spesialundervisning", reasons: String? = "Barnet trenger det",
                    service: ServiceCode = "ppt", sentAt: Date = oslo(2026, 1, 20)) -> AppealSubmission {
        AppealSubmission(caseID: caseID, service: service, decisionID: decision ? decisionID : nil, changeWanted: change,
                         reasons: reasons, attachments: [AttachmentID()], sentAt: sentAt)
    }
}

extension AppealState {
    /// A complete appeal with the underinstans.
    static func preparing(_ timeliness: Timeliness = .inTime) -> AppealState {
        .filed(complete: true, timeliness: timeliness)
    }
}
