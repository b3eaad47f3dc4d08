import Foundation
import InngangModels

/// What the contact register (Kontakt- og reservasjonsregisteret, KRR, in production) holds for
/// a recipient, looked up right before sending. Addresses never travel in events.
public struct ContactAddresses: Sendable, Hashable {
    public var phone: String?
    public var email: String?
    /// The person has reserved against digital contact from the public sector (KRR
    /// *reservasjon*): no SMS or e-mail may be used.
    public var reservedAgainstDigitalContact: Bool

    public init(phone: String?, email: String?, reservedAgainstDigitalContact: Bool = false) {
        self.phone = phone
        self.email = email
        self.reservedAgainstDigitalContact = reservedAgainstDigitalContact
    }

    /// No entry in the register.
    public static let none = ContactAddresses(phone: nil, email: nil)

    /// A usable address for `channel`: non-blank, and for e-mail containing `@`, for SMS at
    /// least 8 digits (format checks beyond that are the provider's).
    public func address(for channel: Channel) -> String? {
        switch channel {
        case .sms:
            guard let p = phone?.trimmingCharacters(in: .whitespaces), p.filter(\.isNumber).count >= 8 else { return nil }
            return p
        case .email:
            guard let e = email?.trimmingCharacters(in: .whitespaces), e.contains("@"), e.count >= 3 else { return nil }
            return e
        }
    }
}
