import Foundation

/// Proof that a provider's peer accepted a message.
public struct DeliveryReceipt: Sendable, Equatable {
    /// The peer's id for the message when it gives one (the SMS gateway's message id, the
    /// e-mail's `Message-ID`, the file sink's notification id).
    public var providerMessageID: String?
    /// When the peer accepted the message. For a decision notice this is the moment notice
    /// reached the family, which the appeal deadline counts from.
    public var acceptedAt: Date

    public init(providerMessageID: String?, acceptedAt: Date) {
        self.providerMessageID = providerMessageID
        self.acceptedAt = acceptedAt
    }
}
