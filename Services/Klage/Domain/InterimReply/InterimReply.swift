import Foundation
import InngangModels

/// Why an appeal could not be answered within a month (§ 11 a second paragraph: the reply
/// "gjør rede for grunnen"). A code in events; the texts explain it in plain language.
public enum InterimReplyReason: String, Sendable, Codable, CaseIterable {
    /// Many cases at the moment.
    case highWorkload = "high-workload"
    /// Waiting for information the case needs.
    case awaitingInformation = "awaiting-information"
    /// Waiting for statements from others (e.g. another service, an expert).
    case awaitingStatements = "awaiting-statements"
    /// The case needs a thorough assessment.
    case complexCase = "complex-case"
}

/// An interim reply: why, and when an answer can be expected.
public struct InterimReply: Sendable, Equatable {
    public let reason: InterimReplyReason
    /// When an answer can be expected (§ 11 a: "såvidt mulig angis når svar kan ventes").
    public let expectedBy: LocalDate
    public let sentAt: Date

    /// Throws ``KlageDomainError/Code/expectedDateNotInFuture`` unless `expectedBy` is after the
    /// day the reply is sent: an interim reply that promises the past is no answer.
    public init(reason: InterimReplyReason, expectedBy: LocalDate, sentAt: Date, timeZone: TimeZone = .oslo) throws(KlageDomainError) {
        guard expectedBy > LocalDate(sentAt, in: timeZone) else {
            throw KlageDomainError(.expectedDateNotInFuture, "The expected answer date must be after the day the interim reply is sent")
        }
        self.reason = reason
        self.expectedBy = expectedBy
        self.sentAt = sentAt
    }
}
