import Foundation
import InngangModels

/// What the job handler does with a due ``PlannedNotification``.
public enum DispatchDecision: Sendable, Hashable {
    /// Hand ``OutgoingMessage`` to the channel's provider now.
    case send(OutgoingMessage)
    /// Not now (SMS outside the window): run the job again at `until`.
    case postpone(until: Date)
    /// Do not send, deliberately; record the reason. No coordinator task.
    case drop(DropReason)
    /// Cannot be delivered: publish `NotificationFailedV1` and create the coordinator task.
    case fail(NotificationFailure)
}

/// Why a message is deliberately not sent.
public enum DropReason: Sendable, Hashable {
    case moot(MootCheck.Reason)
    /// The moot check could not be made (fail closed).
    case factsUnavailable
    /// The register says this person must not be told.
    case recipientExcluded(RecipientSafety.Reason)
    /// A reminder whose every remaining SMS slot is after its last useful moment.
    case tooLate
    /// The rendered text broke ``MinimalContentPolicy`` (a template bug; fail closed).
    case unsafeContent
}

/// One message ready for a provider. Holds an address and a national identity number (in
/// ``key``): never log it; the file sink and the providers are the only consumers.
///
/// Maps one-to-one onto the providers' `OutgoingNotification` (plus a fresh `NotificationID`;
/// the providers normalise the phone number to E.164).
public struct OutgoingMessage: Sendable, Hashable {
    public let key: NotificationKey
    public let caseID: CaseID
    public let channel: Channel
    public let address: String
    public let language: Language
    public let message: RenderedMessage
    /// The preferred channel had no usable address.
    public let isFallback: Bool

    public init(key: NotificationKey, caseID: CaseID, channel: Channel, address: String, language: Language, message: RenderedMessage, isFallback: Bool) {
        self.key = key
        self.caseID = caseID
        self.channel = channel
        self.address = address
        self.language = language
        self.message = message
        self.isFallback = isFallback
    }
}
