import Foundation

/// A service in the municipality that a case can be routed to, by code (`ppt`, `barnevern`,
/// `helsestasjon`, `barnehage`, `skole`, `nav`, `bup`, `avlastning`, `fritid`, …). Codes, not
/// names, travel in events: a service name read on a shared phone can harm.
public struct ServiceCode: RawRepresentable, Hashable, Codable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    /// Lowercase letters, digits and `-`, 2–40 characters.
    public var isWellFormed: Bool {
        (2...40).contains(rawValue.count) && rawValue.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }
}

/// The language a family wants to be addressed in.
public enum Language: String, Codable, Sendable, CaseIterable {
    /// Norwegian bokmål.
    case nb
    /// Norwegian nynorsk.
    case nn
    /// English.
    case en
}

/// A notification channel.
public enum Channel: String, Codable, Sendable, CaseIterable {
    case sms, email
}

/// How a guardian wants to be contacted. Addresses come from the contact register
/// (Kontakt- og reservasjonsregisteret in production), never from events.
public struct ContactPreference: Codable, Sendable, Equatable {
    public var preferredChannel: Channel
    public var language: Language
    /// Optional narrower SMS window, e.g. 09:00–18:00 (minutes after midnight, Oslo time).
    public var smsWindowStartMinute: Int?
    public var smsWindowEndMinute: Int?
    public init(preferredChannel: Channel, language: Language, smsWindowStartMinute: Int? = nil, smsWindowEndMinute: Int? = nil) {
        self.preferredChannel = preferredChannel
        self.language = language
        self.smsWindowStartMinute = smsWindowStartMinute
        self.smsWindowEndMinute = smsWindowEndMinute
    }
}

/// A person in an event: the national identity number is the key other registers use (contact
/// register, population register). Events carry no names.
public struct PersonRef: Codable, Sendable, Hashable {
    public var nationalIdentityNumber: String
    public init(nationalIdentityNumber: String) { self.nationalIdentityNumber = nationalIdentityNumber }
}

/// A guardian to be told about the case, with how they want to be told.
public struct Recipient: Codable, Sendable, Equatable {
    public var person: PersonRef
    public var contact: ContactPreference
    public init(person: PersonRef, contact: ContactPreference) {
        self.person = person
        self.contact = contact
    }
}
