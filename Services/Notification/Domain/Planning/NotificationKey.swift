import InngangModels

/// **Uniqueness rule** (ISSUE 3 item 5, domain.md: "never sent twice for the same (event,
/// recipient, purpose)"): the canonical key of one message.
///
/// Format: `"<sourceEventID>:<recipient national identity number>:<purpose raw value>"`, e.g.
/// `"6f1c…-…:01010112345:meeting-reminder-day-before"`. The recipient part is 11 digits and the
/// purpose has no colon, so the key splits unambiguously from the right even if an event id
/// contains colons. The channel is deliberately *not* part of the key: a fallback from SMS to
/// e-mail is the same message.
///
/// The key contains a national identity number: store it only in the notification database
/// (which holds the recipient list anyway) and never log it.
public struct NotificationKey: Sendable, Hashable, Codable, CustomStringConvertible {
    public let sourceEventID: String
    public let recipient: PersonRef
    public let purpose: NotificationPurpose

    public init(sourceEventID: String, recipient: PersonRef, purpose: NotificationPurpose) {
        self.sourceEventID = sourceEventID
        self.recipient = recipient
        self.purpose = purpose
    }

    /// The canonical string (the job queue's unique key).
    public var rawValue: String { "\(sourceEventID):\(recipient.nationalIdentityNumber):\(purpose.rawValue)" }

    /// Parses a canonical key; `nil` when malformed.
    public init?(rawValue: String) {
        let parts = rawValue.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 3, let purpose = NotificationPurpose(rawValue: String(parts[parts.count - 1])) else { return nil }
        let person = String(parts[parts.count - 2])
        let event = parts[0..<(parts.count - 2)].joined(separator: ":")
        guard !event.isEmpty, !person.isEmpty else { return nil }
        self.init(sourceEventID: event, recipient: PersonRef(nationalIdentityNumber: person), purpose: purpose)
    }

    /// Never prints the national identity number.
    public var description: String { "NotificationKey(event: \(sourceEventID), purpose: \(purpose.rawValue))" }
}

/// A set of planned messages that become moot together, named by what they are about:
/// `meeting:<meetingID>` (meeting moved or cancelled), `task:<taskID>` (documentation received),
/// `appeal:<decisionID>` (appeal filed), `consent:<consentID>` (consent withdrawn, refused,
/// revoked or expired). The job queue cancels by exact unique key, so the
/// service records each planned message's group beside its key and cancels every member.
public struct CancellationGroup: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    public static func meeting(_ id: MeetingID) -> Self { Self(rawValue: "meeting:\(id)") }
    public static func task(_ id: TaskID) -> Self { Self(rawValue: "task:\(id)") }
    public static func appeal(_ id: DecisionID) -> Self { Self(rawValue: "appeal:\(id)") }
    public static func consent(_ id: ConsentID) -> Self { Self(rawValue: "consent:\(id)") }
}

/// "Cancel every queued message in ``group``, except those planned from ``exceptSourceEventID``",
/// and, when ``recipient`` is set, only that person's.
/// The exception lets a moved meeting cancel its old reminders while keeping the new ones
/// planned from the same event, in whatever order the caller applies the plan. The recipient
/// filter serves rules that concern one party (a request for reasons interrupts only the
/// requester's appeal deadline).
public struct Cancellation: Sendable, Hashable, Codable {
    public let group: CancellationGroup
    public let exceptSourceEventID: String?
    /// `nil`: every recipient's.
    public let recipient: PersonRef?

    public init(group: CancellationGroup, exceptSourceEventID: String? = nil, recipient: PersonRef? = nil) {
        self.group = group
        self.exceptSourceEventID = exceptSourceEventID
        self.recipient = recipient
    }

    /// Whether this cancellation applies to `planned`.
    public func cancels(_ planned: PlannedNotification) -> Bool {
        planned.cancellationGroup == group && planned.key.sourceEventID != exceptSourceEventID
            && (recipient.map { $0 == planned.recipient.person } ?? true)
    }
}
