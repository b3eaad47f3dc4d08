import Foundation
import InngangModels

/// What is known about the notice of the decision to the appellant — the facts the appeal
/// deadline is counted from.
public struct NoticeFacts: Sendable, Equatable {
    /// The date of the decision (*vedtaksdato*). The one-year limit (§ 31) counts from it, and the
    /// deadline does too when no delivery is recorded.
    public var decisionDate: LocalDate
    /// When the decision notice reached the appellant: notification's `delivered` time for the
    /// decision notice (purpose `decision-made`) to this person; with several deliveries (SMS and
    /// e-mail), the earliest. `nil` when no delivery is recorded.
    public var noticeDeliveredAt: Date?
    /// A request for the reasons for the decision (§ 24 second paragraph), if any.
    public var reasonsRequest: ReasonsRequest?

    public init(decisionDate: LocalDate, noticeDeliveredAt: Date?, reasonsRequest: ReasonsRequest? = nil) {
        self.decisionDate = decisionDate
        self.noticeDeliveredAt = noticeDeliveredAt
        self.reasonsRequest = reasonsRequest
    }
}

/// A party's request for the reasons for a decision that was made without them
/// (forvaltningsloven § 24 second paragraph), and when the reasons reached the party.
public struct ReasonsRequest: Sendable, Equatable {
    /// When the party asked for the reasons.
    public var requestedAt: Date
    /// When the reasons reached the party; `nil` while they have not been given.
    public var reasonsDeliveredAt: Date?

    public init(requestedAt: Date, reasonsDeliveredAt: Date? = nil) {
        self.requestedAt = requestedAt
        self.reasonsDeliveredAt = reasonsDeliveredAt
    }
}
