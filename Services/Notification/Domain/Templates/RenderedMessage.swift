/// A message's text, ready for a channel: ``subject`` is the e-mail subject (SMS ignores it),
/// ``body`` the SMS text or the e-mail body (plain text).
public struct RenderedMessage: Sendable, Hashable, Codable {
    public let subject: String
    public let body: String

    public init(subject: String, body: String) {
        self.subject = subject
        self.body = body
    }
}
