import Foundation
import InngangModels

/// The appeal deadline of one decision (forvaltningsloven § 29), as shown to the family.
public struct AppealDeadline: Sendable, Equatable, Codable {
    public enum Basis: String, Sendable, Codable {
        /// Counted from the day the decision notice was delivered to the family: the legal start.
        case deliveryTime = "delivery-time"
        /// No delivery recorded yet: counted from the decision date. Provisional — the real
        /// deadline is the same or later, so the family is never told a date that is too late.
        case decisionDateProvisional = "decision-date-provisional"
    }

    public var decisionID: DecisionID
    /// The last day an appeal is in time (sent before the end of this day, Oslo time, § 30).
    public var lastDay: LocalDate
    public var basis: Basis
    /// The day counted from (delivery day or decision date).
    public var countedFrom: LocalDate
    /// After this day a late appeal can no longer be considered at all (§ 31: one year after
    /// the decision).
    public var absoluteLimit: LocalDate

    public var isProvisional: Bool { basis == .decisionDateProvisional }
}

/// Where the family stands with appealing one decision.
public enum AppealStatus: String, Sendable, Codable {
    /// The deadline has not passed.
    case open
    /// The deadline passed; a late appeal may still be considered (§ 31) until ``AppealDeadline/absoluteLimit``.
    case deadlinePassed = "deadline-passed"
    /// An appeal was filed.
    case filed
    /// The appeal was decided.
    case decided
}

/// forvaltningsloven § 29 (and § 31 third paragraph) in one place.
///
/// The deadline is **three weeks from when notice of the decision reached the party**. For
/// digital notice that is the delivery time of the decision notice (`notification.delivered`
/// with purpose `decision-made`), taken as a date in Oslo; with several guardians, the earliest
/// delivery. Counting and the move past Saturdays, Sundays and public holidays are
/// domstolloven §§ 148–149 (``LegalDeadline/weeks(_:from:calendar:)``). Until a delivery is
/// recorded, the deadline is computed from the decision date and marked provisional.
/// Granted decisions get none.
public enum AppealDeadlineRule {
    /// § 29 first paragraph.
    public static let weeks = 3
    /// § 31 third paragraph: no late appeal is considered more than one year after the decision.
    public static let absoluteLimitYears = 1

    /// The deadline for `decision`, or `nil` when it is granted or not yet known.
    public static func deadline(for decision: Decision, timeZone: TimeZone = .oslo) -> AppealDeadline? {
        guard let outcome = decision.outcome, outcome.isAppealable, let decisionDate = decision.decisionDate else { return nil }
        let from: LocalDate
        let basis: AppealDeadline.Basis
        if let delivered = decision.noticeDeliveredAt {
            from = LocalDate(delivered, in: timeZone)
            basis = .deliveryTime
        } else {
            from = decisionDate
            basis = .decisionDateProvisional
        }
        return AppealDeadline(
            decisionID: decision.decisionID,
            lastDay: LegalDeadline.weeks(weeks, from: from),
            basis: basis,
            countedFrom: from,
            absoluteLimit: LegalDeadline.years(absoluteLimitYears, from: decisionDate))
    }

    /// The family's appeal status for `decision` on `today`, or `nil` when it has no deadline.
    public static func status(of decision: Decision, today: LocalDate, timeZone: TimeZone = .oslo) -> AppealStatus? {
        if let appeal = decision.appeal, let stage = appeal.stage {
            // Any step but a decision (with nothing after it) means the appeal is being handled.
            return stage == .decided ? .decided : .filed
        }
        guard let deadline = deadline(for: decision, timeZone: timeZone) else { return nil }
        return today <= deadline.lastDay ? .open : .deadlinePassed
    }
}
