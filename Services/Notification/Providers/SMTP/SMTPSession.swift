import Foundation
import Logging
import NIOCore

/// The command sequence of one SMTP transaction on an open connection.
struct SMTPSession {
    let configuration: SMTPConfiguration
    let connection: SMTPConnection
    let logger: Logger

    /// The SMTP stages, named in errors and logs.
    enum Stage: String {
        case greeting, ehlo, auth, mailFrom = "mail-from", rcptTo = "rcpt-to", data, message
    }

    func deliver(_ message: OutgoingNotification, builder: EmailMessageBuilder, now: @Sendable () -> Date) async throws -> DeliveryReceipt {
        let timeouts = configuration.timeouts
        try expect(try await connection.readReply(timeout: timeouts.command), .greeting, 220)

        let capabilities = try await greet()
        if let credentials = configuration.credentials {
            try await authenticate(credentials, capabilities: capabilities)
        }

        let supports8Bit = capabilities.contains("8BITMIME")
        let (text, encoding) = builder.build(message, date: now(), serverSupports8BitMIME: supports8Bit)
        let bodyParameter = encoding == .eightBit ? " BODY=8BITMIME" : ""
        try expect(try await connection.command("MAIL FROM:<\(configuration.fromAddress)>\(bodyParameter)", timeout: timeouts.command),
                   .mailFrom, 250)

        let rcpt = try await connection.command("RCPT TO:<\(message.recipientAddress)>", timeout: timeouts.command)
        if [501, 553].contains(rcpt.code) {
            throw ProviderError(code: .invalidAddress, message: "SMTP server refused the recipient address at \(Stage.rcptTo.rawValue)\(detail(rcpt))",
                                peerStatus: rcpt.code)
        }
        try expect(rcpt, .rcptTo, 250, 251)

        try expect(try await connection.command("DATA", timeout: timeouts.command), .data, 354)
        var payload = ByteBuffer()
        payload.writeString(MIMEEncoding.dotStuffed(text))
        payload.writeString("\r\n.\r\n")
        let accepted = try await connection.send(payload, timeout: timeouts.dataTermination)
        try expect(accepted, .message, 250)
        let acceptedAt = now()

        // The message is accepted; a failing QUIT changes nothing.
        _ = try? await connection.command("QUIT", timeout: timeouts.command)
        return DeliveryReceipt(providerMessageID: builder.messageID(for: message), acceptedAt: acceptedAt)
    }

    /// `EHLO`, or `HELO` when the server does not know `EHLO`. Returns the upper-cased
    /// capability keywords (`8BITMIME`, `AUTH PLAIN LOGIN`, …).
    private func greet() async throws -> Set<String> {
        let name = configuration.clientName ?? configuration.fromDomain
        let ehlo = try await connection.command("EHLO \(name)", timeout: configuration.timeouts.command)
        if ehlo.isPositiveCompletion {
            return Set(ehlo.lines.dropFirst().map { $0.uppercased() }).union(
                ehlo.lines.dropFirst().compactMap { $0.split(separator: " ").first.map { String($0).uppercased() } })
        }
        guard [500, 502].contains(ehlo.code) else {
            try expect(ehlo, .ehlo, 250)
            return []
        }
        try expect(try await connection.command("HELO \(name)", timeout: configuration.timeouts.command), .ehlo, 250)
        return []
    }

    /// `AUTH PLAIN` (RFC 4616) with the initial response.
    private func authenticate(_ credentials: SMTPConfiguration.Credentials, capabilities: Set<String>) async throws {
        let offersPlain = capabilities.contains { $0.hasPrefix("AUTH ") && $0.split(separator: " ").contains("PLAIN") }
        guard offersPlain else {
            throw ProviderError(code: .rejected, message: "SMTP server does not offer AUTH PLAIN")
        }
        let token = Data("\u{0}\(credentials.username)\u{0}\(credentials.password)".utf8).base64EncodedString()
        try expect(try await connection.command("AUTH PLAIN \(token)", timeout: configuration.timeouts.command), .auth, 235)
    }

    /// Throws the mapped error unless `reply.code` is one of `accepted`.
    private func expect(_ reply: SMTPReply, _ stage: Stage, _ accepted: Int...) throws {
        guard !accepted.contains(reply.code) else { return }
        // 5xx is permanent; 4xx and any reply out of protocol are worth another try later.
        let code: ProviderError.Code = reply.isPermanentFailure ? .rejected : .unavailable
        let verb = reply.isPermanentFailure ? "refused" : reply.isTransientFailure ? "temporarily refused" : "answered unexpectedly"
        logger.debug("SMTP reply not accepted", metadata: [
            LoggingKeys.stage: "\(stage.rawValue)", LoggingKeys.peerStatus: "\(reply.code)",
        ])
        throw ProviderError(code: code, message: "SMTP server \(verb) at \(stage.rawValue)\(detail(reply))", peerStatus: reply.code)
    }

    /// The enhanced status code, if any — never the reply text, which may quote the address.
    private func detail(_ reply: SMTPReply) -> String {
        reply.enhancedStatus.map { " (\($0))" } ?? ""
    }
}
