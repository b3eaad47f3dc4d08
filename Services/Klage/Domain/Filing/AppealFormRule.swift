import Foundation
import InngangModels

/// A part § 32 requires in an appeal. A code in events and texts.
public enum AppealPart: String, Codable, Sendable, CaseIterable {
    /// Which decision is appealed ("nevne det vedtak det klages over").
    case decision
    /// The change wanted ("den eller de endringer som ønskes").
    case changeWanted = "change-wanted"
}

/// The result of ``AppealFormRule/check(_:)``.
public struct FormCheck: Sendable, Equatable {
    /// Required parts that are missing, in ``AppealPart`` order; empty when complete.
    public var missing: [AppealPart]
    /// Whether reasons were given (only advice: § 32 says the appeal *should* give reasons).
    public var reasonsGiven: Bool
    public var isComplete: Bool { missing.isEmpty }
}

/// **Form and completeness of an appeal** (forvaltningsloven § 32).
///
/// § 32 first paragraph: the appeal is sent to the body that made the decision, in writing,
/// signed; it shall name the decision appealed and the change(s) wanted, and *should* give the
/// reasons. When something is missing the body gives the appellant a short deadline ("kort
/// frist") to correct or complete it (§ 32, the paragraph on errors and omissions — recalled from
/// the act; the content rules are confirmed by municipal guidance we read: Narvik, Sandefjord and
/// Hjelmeland kommune's appeal pages; the full Lovdata text was not reachable here).
///
/// So a missing required part is **not a rejection**: the appeal is registered as incomplete,
/// keeps the time it was sent (that is what § 30 measures), and gets a completion deadline.
/// Only an appeal still incomplete after that deadline may be rejected (avvisning, appealable).
/// Empty or whitespace-only text counts as missing.
public enum AppealFormRule {
    /// Upper bound for each free-text field (characters); input beyond it is refused, not cut.
    public static let maxTextLength = 20_000
    /// Upper bound for attachment references on one appeal.
    public static let maxAttachments = 50

    /// Checks the required parts; throws only for input beyond the limits above.
    public static func check(_ submission: AppealSubmission) throws(KlageDomainError) -> FormCheck {
        for text in [submission.changeWanted, submission.reasons].compactMap({ $0 }) where text.count > maxTextLength {
            throw KlageDomainError(.textTooLong, "A text field is longer than \(maxTextLength) characters")
        }
        guard submission.attachments.count <= maxAttachments else {
            throw KlageDomainError(.tooManyAttachments, "An appeal can have at most \(maxAttachments) attachments")
        }
        var missing: [AppealPart] = []
        if submission.decisionID == nil { missing.append(.decision) }
        if isBlank(submission.changeWanted) { missing.append(.changeWanted) }
        return FormCheck(missing: missing, reasonsGiven: !isBlank(submission.reasons))
    }

    /// The last day to complete an incomplete appeal: ``KlageRules/completionWeeks`` after the
    /// day it was sent (counted as a week deadline, domstolloven §§ 148–149), but never before the
    /// appeal deadline's last day — while the appeal deadline runs the party could file a
    /// complete appeal anyway.
    public static func completionDeadline(filedAt: Date, appealDeadline: LocalDate?, rules: KlageRules = .standard) -> LocalDate {
        let filedOn = LocalDate(filedAt, in: rules.timeZone)
        let short = LegalDeadline.weeks(rules.completionWeeks, from: filedOn, calendar: rules.calendar)
        guard let appealDeadline else { return short }
        return max(short, appealDeadline)
    }

    static func isBlank(_ text: String?) -> Bool {
        text.map { $0.allSatisfy(\.isWhitespace) } ?? true
    }
}
