import Foundation
import InngangModels

/// One line of `sent.jsonl`: exactly the keys `channel`, `recipient`, `language`, `text`,
/// `purpose`, `eventId`, `time`, `caseId`, `notificationId`, and `subject` for e-mail only.
struct FileSinkRecord: Encodable, Sendable {
    var notification: OutgoingNotification
    var time: Date

    enum CodingKeys: String, CodingKey {
        case channel, recipient, language, text, purpose, eventId, time, subject, caseId, notificationId
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(notification.channel, forKey: .channel)
        try container.encode(notification.recipientAddress, forKey: .recipient)
        try container.encode(notification.language, forKey: .language)
        try container.encode(notification.body, forKey: .text)
        try container.encode(notification.purpose, forKey: .purpose)
        try container.encode(notification.sourceEventID, forKey: .eventId)
        try container.encode(time.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true)), forKey: .time)
        if notification.channel == .email {
            try container.encode(notification.subject, forKey: .subject)
        }
        try container.encode(notification.caseID, forKey: .caseId)
        try container.encode(notification.id, forKey: .notificationId)
    }

    /// The record as one line of JSON with a trailing newline (no newline inside: JSON escapes it).
    func jsonLine() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [UInt8(ascii: "\n")]
    }
}
