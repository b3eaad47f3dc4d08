import InngangModels

/// Delivers one message on one channel: SMTP for e-mail, an HTTP SMS gateway, or the local
/// file sink (the embedded default).
///
/// A provider only hands a message over; deciding *whether* and *when* to send (quiet hours,
/// moot reminders, de-duplication) is the notification service's job. Implementations never log
/// addresses or message text, and their errors are always ``ProviderError``.
public protocol NotificationProvider: Sendable {
    /// The channel this provider delivers on.
    var channel: Channel { get }

    /// Hands `message` to the provider's peer.
    ///
    /// - Returns: the receipt once the peer has accepted responsibility for the message.
    /// - Throws: ``ProviderError``; check ``ProviderError/isRetriable`` before retrying.
    func send(_ message: OutgoingNotification) async throws -> DeliveryReceipt
}
