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
        /// A party asked for the reasons in time (forvaltningsloven § 24, § 29 third paragraph):
        /// no deadline runs until the reasons are given (``AppealDeadline/lastDay`` is `nil`).
        case awaitingReasons = "awaiting-reasons"
        /// Counted anew from the day (Oslo) the reasons were given.
        case reasonsGiven = "reasons-given"
    }

    public var decisionID: DecisionID
    /// The last day an appeal is in time (sent before the end of this day, Oslo time, § 30);
    /// `nil` while the deadline is interrupted (``Basis/awaitingReasons``).
    public var lastDay: LocalDate?
    public var basis: Basis
    /// The day counted from (delivery day, decision date or the day the reasons were given;
    /// while awaiting reasons, the original start).
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
    /// The deadline is interrupted by a request for reasons; it runs anew when they are given.
    case awaitingReasons = "awaiting-reasons"
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
///
/// **Requests for reasons** (§ 24 second paragraph, § 29 third paragraph): a request made in
/// time interrupts the deadline (basis ``AppealDeadline/Basis/awaitingReasons``, no last day);
/// once the reasons are given a new deadline of three weeks runs from that day in Oslo (basis
/// ``AppealDeadline/Basis/reasonsGiven``). The request used is
/// ``Decision/governingReasonsRequest`` — the requester's facts (one deadline per decision).
/// A late request changes nothing. The absolute limit (§ 31) stays one year after the decision.
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
        let absoluteLimit = LegalDeadline.years(absoluteLimitYears, from: decisionDate)
        if let request = decision.governingReasonsRequest {
            guard let given = request.givenAt else {
                return AppealDeadline(decisionID: decision.decisionID, lastDay: nil, basis: .awaitingReasons,
                                      countedFrom: decision.noticeDeliveredAt.map { LocalDate($0, in: timeZone) } ?? decisionDate,
                                      absoluteLimit: absoluteLimit)
            }
            let givenOn = LocalDate(given, in: timeZone)
            return AppealDeadline(decisionID: decision.decisionID, lastDay: LegalDeadline.weeks(weeks, from: givenOn),
                                  basis: .reasonsGiven, countedFrom: givenOn, absoluteLimit: absoluteLimit)
        }
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
            absoluteLimit: absoluteLimit)
    }

    /// The family's appeal status for `decision` on `today`, or `nil` when it has no deadline.
    public static func status(of decision: Decision, today: LocalDate, timeZone: TimeZone = .oslo) -> AppealStatus? {
        if let appeal = decision.appeal, let stage = appeal.stage {
            // Any step but a decision (with nothing after it) means the appeal is being handled.
            return stage == .decided ? .decided : .filed
        }
        guard let deadline = deadline(for: decision, timeZone: timeZone) else { return nil }
        guard let lastDay = deadline.lastDay else { return .awaitingReasons }
        return today <= lastDay ? .open : .deadlinePassed
    }
}
