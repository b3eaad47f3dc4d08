import Foundation
import InngangModels

/// Whether an appeal came in time. A code in events.
public enum Timeliness: String, Sendable, Codable, CaseIterable {
    /// Sent before the end of the deadline's last day (or while the deadline is interrupted).
    case inTime = "in-time"
    /// Late, but within one year of the decision: **flagged for assessment**, never rejected
    /// automatically. The underinstans may admit it (§ 31 first paragraph, see
    /// ``LateAdmissionGround``) or reject it.
    case lateForAssessment = "late-for-assessment"
    /// More than one year after the decision: cannot be considered (§ 31 third paragraph). Still
    /// registered and answered with a rejection (an appealable decision), never dropped.
    case beyondAbsoluteLimit = "beyond-absolute-limit"
}

/// Why a late appeal is admitted (*oppreisning*, forvaltningsloven § 31 first paragraph).
public enum LateAdmissionGround: String, Sendable, Codable, CaseIterable {
    /// Letter a: the party (or their representative) cannot be blamed for the delay.
    case partyNotToBlame = "party-not-to-blame"
    /// Letter b: there are special reasons why the appeal should be considered.
    case specialReasons = "special-reasons"
}

/// The timeliness of one appeal and the deadline it was measured against.
public struct TimelinessAssessment: Sendable, Equatable {
    public var timeliness: Timeliness
    public var deadline: AppealDeadline
}

/// **In time, late, or beyond the year** (forvaltningsloven §§ 30–31).
///
/// - § 30: it is enough that the appeal is *sent* before the deadline runs out (domstolloven
///   § 146 likewise: electronic communication interrupts a deadline when sent to the right
///   address). A deadline runs out at the end of its last day, Europe/Oslo
///   (``LegalDeadline/isInTime(_:deadline:in:)``): 23:59:59 on the last day is in time.
/// - § 31 first paragraph: a late appeal *may* be considered when the party cannot be blamed or
///   for special reasons → ``Timeliness/lateForAssessment``, a flag for the caseworker.
/// - § 31 third paragraph: not when more than one year has passed since the decision was made →
///   ``Timeliness/beyondAbsoluteLimit``. (Lovavdelingen, JD 2000/398, read the third paragraph as
///   applying only where a deadline was overrun; when no delivery is recorded we cannot tell, so
///   the flag stands and the caseworker decides.)
/// While a request for reasons keeps the deadline interrupted, every appeal is in time.
public enum TimelinessRule {
    public static func assess(sentAt: Date, notice: NoticeFacts, rules: KlageRules = .standard) -> TimelinessAssessment {
        let deadline = AppealDeadlineRule.deadline(for: notice, rules: rules)
        let timeliness: Timeliness
        if let lastDay = deadline.lastDay, !LegalDeadline.isInTime(sentAt, deadline: lastDay, in: rules.timeZone) {
            timeliness = LegalDeadline.isInTime(sentAt, deadline: deadline.absoluteLimit, in: rules.timeZone)
                ? .lateForAssessment : .beyondAbsoluteLimit
        } else {
            timeliness = .inTime
        }
        return TimelinessAssessment(timeliness: timeliness, deadline: deadline)
    }
}
