import Foundation
import InngangModels
import KlageDomain

/// The family's texts about one appeal (``KlageTexts``, nb/nn/en), rebuilt from what is stored:
/// the receipt from the facts the appeal was filed on, the later steps from their codes.
struct AppealWording: Sendable {
    let rules: KlageRules
    let language: Language

    /// The receipt as the rules gave it at filing (``AppealReception``), with the completeness
    /// of `changeWantedGiven` (at filing, or now).
    func receipt(_ appeal: StoredAppeal, changeWantedGiven: Bool) throws(KlageDomainError) -> AppealReceipt {
        let submission = AppealSubmission(
            caseID: appeal.caseID, service: appeal.service, decisionID: appeal.decisionID,
            changeWanted: changeWantedGiven ? "given" : nil, reasons: appeal.reasons, sentAt: appeal.filedAt)
        return try AppealReception.receive(submission, appellant: appeal.appellant, notice: appeal.notice, rules: rules)
    }

    func receiptText(_ appeal: StoredAppeal, changeWantedGiven: Bool) throws(KlageDomainError) -> String {
        KlageTexts.appealReceived(try receipt(appeal, changeWantedGiven: changeWantedGiven), serviceName: nil, language: language)
    }

    /// Where the appeal stands now, in the family's words.
    func statusText(_ appeal: StoredAppeal) throws(KlageDomainError) -> String {
        let klageinstans = appeal.state.klageinstans ?? appeal.klageinstans
        switch appeal.state.stage {
        case .awaitingCompletion, .underPreparation:
            return try receiptText(appeal, changeWantedGiven: !appeal.missingParts.contains(.changeWanted))
        case .forwarded:
            return KlageTexts.appealForwarded(to: klageinstans, language: language)
        case .partlyReversed: return KlageTexts.appealDecided(.reversed(.partial), language: language)
        case .reversed: return KlageTexts.appealDecided(.reversed(.full), language: language)
        case .rejected: return KlageTexts.appealDecided(.rejected, language: language)
        case .upheld: return KlageTexts.appealDecided(.upheld, klageinstans: klageinstans, language: language)
        case .changed: return KlageTexts.appealDecided(.changed, klageinstans: klageinstans, language: language)
        case .quashed: return KlageTexts.appealDecided(.quashed, klageinstans: klageinstans, language: language)
        case .rejectedByKlageinstans: return KlageTexts.appealDecided(.rejectedByKlageinstans, klageinstans: klageinstans, language: language)
        }
    }

    /// The text of one history step, where the family has one.
    func stepText(_ step: AppealStep, of appeal: StoredAppeal) -> String? {
        let codes = step.codes
        let klageinstans = codes.klageinstans ?? appeal.state.klageinstans ?? appeal.klageinstans
        switch step.kind {
        case .filed:
            var asFiled = appeal
            asFiled.noticeDeliveredAt = codes.noticeDeliveredAt
            asFiled.reasonsRequestedAt = codes.reasonsRequestedAt
            asFiled.reasonsGivenAt = codes.reasonsGivenAt
            return try? receiptText(asFiled, changeWantedGiven: !(codes.missingParts ?? []).contains(.changeWanted))
        case .forwarded:
            return KlageTexts.appealForwarded(to: klageinstans, language: language)
        case .reversed:
            return KlageTexts.appealDecided(.reversed(codes.scope ?? .full), language: language)
        case .rejected:
            return KlageTexts.appealDecided(.rejected, language: language)
        case .klageinstansOutcome:
            guard let outcome = codes.klageinstansOutcome,
                  let decided = AppealOutcome(.recordKlageinstansOutcome(outcome, newDecisionID: codes.newDecisionID))
            else { return nil }
            return KlageTexts.appealDecided(decided, klageinstans: klageinstans, language: language)
        case .interimReply:
            guard let reason = codes.interimReplyReason, let expectedBy = codes.expectedBy,
                  let reply = try? InterimReply(reason: reason, expectedBy: expectedBy, sentAt: step.at, timeZone: rules.timeZone)
            else { return nil }
            return KlageTexts.interimReply(reply, language: language)
        case .postponementRequested: return KlageTexts.postponement(.requested, language: language)
        case .postponementGranted: return KlageTexts.postponement(.granted, language: language)
        case .postponementRefused: return KlageTexts.postponement(.refused, language: language)
        case .completionRequested, .completed, .lateAdmitted, .deadlineReassessed: return nil
        }
    }
}
