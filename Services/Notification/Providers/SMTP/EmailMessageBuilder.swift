import Foundation
import InngangModels

/// Builds the RFC 5322 message (headers and body) for one notification.
struct EmailMessageBuilder: Sendable {
    enum TransferEncoding: String, Sendable {
        case eightBit = "8bit"
        case quotedPrintable = "quoted-printable"
    }

    var fromAddress: String
    var fromDisplayName: String?
    var messageIDDomain: String

    /// The `Message-ID` for a notification: stable, so a retried hand-over carries the same id.
    func messageID(for notification: OutgoingNotification) -> String {
        "<\(notification.id)@\(messageIDDomain)>"
    }

    /// The message with CRLF line breaks, not yet dot-stuffed. 8bit is used only when the server
    /// offers 8BITMIME and no line is too long; quoted-printable otherwise.
    func build(_ notification: OutgoingNotification, date: Date, serverSupports8BitMIME: Bool) -> (text: String, encoding: TransferEncoding) {
        let body = MIMEEncoding.normalizedLineBreaks(notification.body)
        let encoding: TransferEncoding = serverSupports8BitMIME && MIMEEncoding.fitsLineLimit(body) ? .eightBit : .quotedPrintable
        let from = fromDisplayName.map { "\(MIMEEncoding.headerValue(quotedIfNeeded($0))) <\(fromAddress)>" } ?? fromAddress
        var headers = [
            "From: \(from)",
            "To: \(notification.recipientAddress)",
        ]
        if let subject = notification.subject {
            headers.append("Subject: \(MIMEEncoding.headerValue(subject))")
        }
        headers += [
            "Date: \(Self.rfc5322Date(date))",
            "Message-ID: \(messageID(for: notification))",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: \(encoding.rawValue)",
            "Content-Language: \(Self.contentLanguage(notification.language))",
            "Auto-Submitted: auto-generated",
        ]
        let encodedBody = encoding == .eightBit ? body : MIMEEncoding.quotedPrintable(body)
        return (headers.joined(separator: "\r\n") + "\r\n\r\n" + encodedBody, encoding)
    }

    /// A display name with specials is sent as a quoted string when it stays ASCII.
    private func quotedIfNeeded(_ name: String) -> String {
        let specials = "()<>[]:;@\\,.\""
        guard name.utf8.allSatisfy({ $0 < 0x80 }), name.contains(where: { specials.contains($0) }) else { return name }
        return "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func contentLanguage(_ language: Language) -> String {
        switch language {
        case .nb: "nb"
        case .nn: "nn"
        case .en: "en"
        }
    }

    /// `Sun, 23 Nov 2025 09:30:00 +0000` (RFC 5322 § 3.3), in UTC.
    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
