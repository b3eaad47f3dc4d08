import Foundation
import InngangModels

/// Why a message could not be delivered: the `reason` code of `NotificationFailedV1`.
public struct FailureReason: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// The contact register has no usable address on any allowed channel.
    public static let noContactAddress = FailureReason(rawValue: "no-contact-address")
    /// The person reserved against digital contact (KRR).
    public static let digitalContactReserved = FailureReason(rawValue: "digital-contact-reserved")
    /// The register could not confirm that this person may be told (fail closed).
    public static let recipientUnverifiable = FailureReason(rawValue: "recipient-unverifiable")
    /// The provider refused the message (set by the sending code, not by these rules).
    public static let providerRejected = FailureReason(rawValue: "provider-rejected")
}

/// **Unreachable family rule**: a message that cannot be delivered becomes a published
/// `NotificationFailedV1` and a task for the case's coordinator, never silence.
public struct NotificationFailure: Sendable, Hashable {
    public let key: NotificationKey
    public let caseID: CaseID
    public let reason: FailureReason
    public let coordinatorTask: CoordinatorTaskRequest

    public init(planned: PlannedNotification, reason: FailureReason) {
        self.key = planned.key
        self.caseID = planned.caseID
        self.reason = reason
        self.coordinatorTask = CoordinatorTaskRequest(caseID: planned.caseID, recipient: planned.recipient.person,
                                                      purpose: planned.purpose, reason: reason, notificationKey: planned.key)
    }

    /// The event to publish.
    public func event(notificationID: NotificationID, failedAt: Date) -> NotificationFailedV1 {
        NotificationFailedV1(notificationID: notificationID, caseID: caseID, purpose: key.purpose,
                             recipient: key.recipient, reason: reason.rawValue, failedAt: failedAt)
    }
}

/// "Contact this guardian another way": a task for the case's coordinator. Carries ids and
/// codes only; the coordinator sees the person in the case view.
public struct CoordinatorTaskRequest: Sendable, Hashable, Codable {
    /// The task kind, stable for code.
    public static let kind = "reach-family"

    public let caseID: CaseID
    public let recipient: PersonRef
    public let purpose: NotificationPurpose
    public let reason: FailureReason
    /// One task per failed message: `reach-family:<notification key>`.
    public let uniqueKey: String

    public init(caseID: CaseID, recipient: PersonRef, purpose: NotificationPurpose, reason: FailureReason, notificationKey: NotificationKey) {
        self.caseID = caseID
        self.recipient = recipient
        self.purpose = purpose
        self.reason = reason
        self.uniqueKey = "\(Self.kind):\(notificationKey.rawValue)"
    }
}
