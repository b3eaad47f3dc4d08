import Foundation
import InngangModels

/// What the rules say about an appeal the moment it is filed: the receipt the family sees and
/// the facts of the ``AppealFiledV1`` event.
public struct AppealReceipt: Sendable, Equatable {
    public var role: PartyRole
    public var form: FormCheck
    /// `nil` while the appeal does not name its decision.
    public var timeliness: TimelinessAssessment?
    /// The completion deadline when a required part is missing (§ 32).
    public var completeBy: LocalDate?
    /// Where the appeal goes if the municipality upholds the decision.
    public var klageinstans: Klageinstans
    /// The last day to answer the appeal or send an interim reply (§ 11 a).
    public var interimReplyDueBy: LocalDate
    /// The handling state to store.
    public var state: AppealState
    public var sentAt: Date
}

/// **Filing an appeal**: the party rule (§ 28), the form rule (§ 32), timeliness (§§ 29–31) and
/// the interim-reply clock (§ 11 a) in one call — the entry point the klage service uses when a
/// guardian or young person sends an appeal.
///
/// - Not a party → throws ``KlageDomainError/Code/notAParty`` (the portal only offers appeals to
///   parties; the message carries the ``NotAPartyReason`` code).
/// - Missing required parts → **registered**, stage ``AppealStage/awaitingCompletion``, with a
///   completion deadline. Never a rejection.
/// - Late → registered and flagged (``Timeliness/lateForAssessment``); beyond the year →
///   registered and flagged ``Timeliness/beyondAbsoluteLimit``. Never rejected automatically.
public enum AppealReception {
    /// - Parameters:
    ///   - notice: the notice facts of `submission.decisionID`; `nil` when the appeal does not
    ///     name its decision (timeliness is then computed on completion, from `sentAt`).
    public static func receive(
        _ submission: AppealSubmission, appellant: AppellantFacts, notice: NoticeFacts?, rules: KlageRules = .standard
    ) throws(KlageDomainError) -> AppealReceipt {
        let sentOn = LocalDate(submission.sentAt, in: rules.timeZone)
        let role: PartyRole
        switch rules.party.standing(of: appellant, service: submission.service, on: sentOn) {
        case .party(let r): role = r
        case .notAParty(let reason):
            throw KlageDomainError(.notAParty, "The appellant is not a party to this decision (\(reason.rawValue))")
        }
        let form = try AppealFormRule.check(submission)
        let timeliness = notice.map { TimelinessRule.assess(sentAt: submission.sentAt, notice: $0, rules: rules) }
        let completeBy = form.isComplete ? nil
            : AppealFormRule.completionDeadline(filedAt: submission.sentAt, appealDeadline: timeliness?.deadline.lastDay, rules: rules)
        return AppealReceipt(
            role: role, form: form, timeliness: timeliness, completeBy: completeBy,
            klageinstans: rules.klageinstans(for: submission.service),
            interimReplyDueBy: InterimReplyRule.dueBy(receivedAt: submission.sentAt, rules: rules),
            state: .filed(complete: form.isComplete, timeliness: timeliness?.timeliness),
            sentAt: submission.sentAt)
    }
}
