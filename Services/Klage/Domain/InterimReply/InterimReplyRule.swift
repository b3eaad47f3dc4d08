import Foundation
import InngangModels

/// Where an appeal stands with its interim reply (*foreløpig svar*).
public enum InterimReplyStatus: Sendable, Equatable {
    /// No interim reply is needed: the appeal was answered, or one was already sent.
    case notNeeded(InterimReplyNotNeeded)
    /// The month is still running: answer or send an interim reply by the end of `dueBy`.
    case pending(dueBy: LocalDate)
    /// The month has run out without an answer or an interim reply: send one now.
    case overdue(dueBy: LocalDate)
}

public enum InterimReplyNotNeeded: String, Sendable, Codable {
    /// The appeal was answered (reversed, rejected or forwarded; or decided by the klageinstans).
    case answered
    /// An interim reply was already sent.
    case alreadySent = "already-sent"
}

/// **Interim reply** (*foreløpig svar*, forvaltningsloven § 11 a).
///
/// § 11 a third paragraph (quoted by jusinfo.no): "I saker som gjelder enkeltvedtak, skal det gis
/// foreløpig svar etter annet ledd dersom en henvendelse ikke kan besvares i løpet av en måned
/// etter at den er mottatt." Second paragraph: the reply says why the request cannot be handled
/// earlier and, as far as possible, when an answer can be expected (see ``InterimReply``).
///
/// **How the month is counted — a decision, documented:** one *plain calendar month* from the
/// day the appeal was received (Oslo): the same day number next month, or the month's last day
/// when it is shorter (31 January → 28/29 February) — the month arithmetic of domstolloven § 148
/// second paragraph, **without** the § 149 move past weekends and holidays
/// (not ``LegalDeadline/months(_:from:calendar:)``). Reasons: § 11 a sets no counting rule of its
/// own; the forskrift om beregning av saksbehandlingsfrister (2000, now forvaltningslovforskriften
/// ch. 9) counts *processing* deadlines fixed under § 11 b, not § 11 a; and § 149 extends a
/// deadline in favour of the one who must act — here the administration — whereas the family
/// is better served by the reply coming no later than the month. Earlier is the safe side.
///
/// The clock the service tracks is the municipality's: from receipt until the appeal is
/// reversed, rejected or forwarded. Once forwarded, the klageinstans owes its own interim reply
/// from its receipt; the service records it when told (``AppealInterimReplySentV1/sentBy``).
public enum InterimReplyRule {
    /// The last day to answer or send an interim reply: one calendar month after receipt.
    public static func dueBy(receivedAt: Date, rules: KlageRules = .standard) -> LocalDate {
        LocalDate(receivedAt, in: rules.timeZone).adding(months: rules.interimReplyMonths)
    }

    /// The status at `now`, given when the appeal was received, answered (if it was) and when an
    /// interim reply was sent (if one was).
    public static func status(
        receivedAt: Date, answeredAt: Date?, interimReplySentAt: Date?, now: Date, rules: KlageRules = .standard
    ) -> InterimReplyStatus {
        let due = dueBy(receivedAt: receivedAt, rules: rules)
        if answeredAt.map({ $0 <= now }) ?? false { return .notNeeded(.answered) }
        if interimReplySentAt.map({ $0 <= now }) ?? false { return .notNeeded(.alreadySent) }
        return LegalDeadline.isInTime(now, deadline: due, in: rules.timeZone) ? .pending(dueBy: due) : .overdue(dueBy: due)
    }
}
