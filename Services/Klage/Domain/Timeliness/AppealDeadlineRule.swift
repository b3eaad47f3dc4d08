import Foundation
import InngangModels

/// The appeal deadline of one appellant, with the basis it was counted from (so the family can
/// be told *why* it is this date).
public struct AppealDeadline: Sendable, Equatable, Codable {
    /// What the deadline is counted from. A code in events and texts.
    public enum Basis: String, Sendable, Codable, CaseIterable {
        /// The day the decision notice was delivered to the appellant: the legal start (§ 29).
        case deliveryTime = "delivery-time"
        /// No delivery is recorded: counted from the decision date, and the result says so. This
        /// is the earliest possible start, so the real deadline is the same or later — a late
        /// flag on this basis needs a look at when the notice really arrived.
        case decisionDateNoDeliveryRecorded = "decision-date-no-delivery-recorded"
        /// A request for reasons interrupted the deadline; it runs anew from the day the reasons
        /// reached the appellant (§ 29 third paragraph).
        case reasonsDelivered = "reasons-delivered"
        /// A request for reasons interrupted the deadline and the reasons have not been given
        /// yet: no deadline runs (``AppealDeadline/lastDay`` is `nil`).
        case awaitingReasons = "awaiting-reasons"
    }

    /// The last day an appeal is in time (sent before the end of this day, Oslo time, § 30);
    /// `nil` while the deadline is interrupted and the reasons are not given.
    public var lastDay: LocalDate?
    public var basis: Basis
    /// The day counted from; `nil` while awaiting reasons.
    public var countedFrom: LocalDate?
    /// When a request for reasons interrupted the deadline: the last day it had before.
    public var interruptedLastDay: LocalDate?
    /// After this day a late appeal cannot be considered at all (§ 31 third paragraph).
    public var absoluteLimit: LocalDate

    public var isInterrupted: Bool { interruptedLastDay != nil }
}

/// **The appeal deadline** (*klagefrist*, forvaltningsloven § 29).
///
/// - § 29 first paragraph: **three weeks from when notice of the decision reached the party**.
///   For digital notice that is the delivery of the decision notice, taken as a date in Oslo;
///   the decision date is used only when no delivery is recorded, and the result says so
///   (``AppealDeadline/Basis/decisionDateNoDeliveryRecorded``).
/// - Counting (same weekday three weeks later) and the move past Saturdays, Sundays and public
///   holidays: domstolloven §§ 148–149 through ``LegalDeadline/weeks(_:from:calendar:)`` — the one
///   place for the calendar rule (24 and 31 December do not move it).
/// - § 29 third paragraph with § 24 second paragraph: a party who asks for the reasons **before
///   the deadline has run out** interrupts it; a new three-week deadline runs from when the
///   reasons reach the party. A request after the deadline changes nothing. (Verified against
///   municipal appeal guidance quoting the rule: Narvik kommune — "Klagefristen blir i disse
///   tilfellene avbrutt, og ny klagefrist (3 uker) begynner å løpe fra det tidspunkt du mottar
///   begrunnelsen"; Sandefjord and Hjelmeland kommune say the same. Lovdata was not reachable.)
/// - § 31 third paragraph: the one-year limit counts from the decision date (*"siden vedtaket ble
///   truffet"*), as a year deadline (§ 148) moved like the others (§ 149).
public enum AppealDeadlineRule {
    public static func deadline(for notice: NoticeFacts, rules: KlageRules = .standard) -> AppealDeadline {
        let weeks = rules.appealDeadlineWeeks
        let absoluteLimit = LegalDeadline.years(rules.absoluteLimitYears, from: notice.decisionDate, calendar: rules.calendar)
        let (from, basis): (LocalDate, AppealDeadline.Basis) = notice.noticeDeliveredAt.map {
            (LocalDate($0, in: rules.timeZone), .deliveryTime)
        } ?? (notice.decisionDate, .decisionDateNoDeliveryRecorded)
        let ordinary = LegalDeadline.weeks(weeks, from: from, calendar: rules.calendar)

        guard let request = notice.reasonsRequest,
            LegalDeadline.isInTime(request.requestedAt, deadline: ordinary, in: rules.timeZone)
        else {
            return AppealDeadline(lastDay: ordinary, basis: basis, countedFrom: from, interruptedLastDay: nil, absoluteLimit: absoluteLimit)
        }
        guard let reasonsDelivered = request.reasonsDeliveredAt else {
            return AppealDeadline(lastDay: nil, basis: .awaitingReasons, countedFrom: nil, interruptedLastDay: ordinary, absoluteLimit: absoluteLimit)
        }
        let anew = LocalDate(reasonsDelivered, in: rules.timeZone)
        return AppealDeadline(
            lastDay: LegalDeadline.weeks(weeks, from: anew, calendar: rules.calendar), basis: .reasonsDelivered,
            countedFrom: anew, interruptedLastDay: ordinary, absoluteLimit: absoluteLimit)
    }
}
