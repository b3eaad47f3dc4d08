import Foundation
import InngangModels

/// One message the service intends to send: to one recipient, for one purpose, at one time.
/// `Codable`, so the job queue can carry it as the job's payload. It holds a national identity
/// number (in ``recipient`` and ``key``): never log it.
public struct PlannedNotification: Sendable, Equatable, Codable {
    /// The uniqueness key; ``NotificationKey/rawValue`` is the job's unique key.
    public let key: NotificationKey
    public let caseID: CaseID
    public let recipient: Recipient
    /// The timing rule it was planned under (re-applied at send time).
    public let timing: NotificationTiming
    /// When to run the job: ``timing`` with the quiet hours of the recipient's *preferred*
    /// channel applied. A fallback channel is checked again at send time.
    public let sendAt: Date
    /// What it is about; checked by ``MootCheck`` before sending.
    public let subject: NotificationSubject

    public init(key: NotificationKey, caseID: CaseID, recipient: Recipient, timing: NotificationTiming, sendAt: Date, subject: NotificationSubject) {
        self.key = key
        self.caseID = caseID
        self.recipient = recipient
        self.timing = timing
        self.sendAt = sendAt
        self.subject = subject
    }

    public var purpose: NotificationPurpose { key.purpose }
    /// `key.rawValue`: the job queue's unique key.
    public var uniqueKey: String { key.rawValue }
    public var cancellationGroup: CancellationGroup? { subject.cancellationGroup }
}
