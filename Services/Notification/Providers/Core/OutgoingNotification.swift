import InngangModels

/// One rendered message to one recipient on one channel.
///
/// The text is already rendered from a template in the recipient's language and, by the
/// project's rule, carries no child name, no service name, no details and no links.
public struct OutgoingNotification: Sendable, Equatable {
    /// Unique per message; used as the SMTP `Message-ID` and the SMS gateway `reference`,
    /// so a retried hand-over can be de-duplicated by the peer.
    public var id: NotificationID
    public var channel: Channel
    /// A phone number in E.164 (`+4791234567`) for SMS, an e-mail address for e-mail.
    public var recipientAddress: String
    public var language: Language
    /// The e-mail subject; ignored for SMS.
    public var subject: String?
    public var body: String
    public var purpose: NotificationPurpose
    /// The id of the event the message is about.
    public var sourceEventID: String
    public var caseID: CaseID

    public init(
        id: NotificationID, channel: Channel, recipientAddress: String, language: Language, subject: String? = nil,
        body: String, purpose: NotificationPurpose, sourceEventID: String, caseID: CaseID
    ) {
        self.id = id
        self.channel = channel
        self.recipientAddress = recipientAddress
        self.language = language
        self.subject = subject
        self.body = body
        self.purpose = purpose
        self.sourceEventID = sourceEventID
        self.caseID = caseID
    }
}
