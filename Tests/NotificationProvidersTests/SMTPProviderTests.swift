import Foundation
import InngangModels
import NIOCore
import NotificationProviders
import Testing

/// The SMTP provider against a real SMTP server (aiosmtpd) started by the test.
@Suite("SMTP provider against a real SMTP server")
struct SMTPProviderTests {
    static let subject = "Påminnelse: Du har en ny melding i saken din – æøå ÆØÅ"
    static let body = """
        Hei!
        Du har fått en ny melding. Logg inn på Min side for å lese den.
        .Denne linjen starter med punktum og må dot-stuffes.
        ..
        Blåbærsyltetøy, skjærgård, ÆØÅ.
        """

    private func provider(port: Int, credentials: SMTPConfiguration.Credentials? = nil) -> SMTPProvider {
        SMTPProvider(configuration: SMTPConfiguration(
            host: "127.0.0.1", port: port, fromAddress: "varsel@inngang.kommune.no", fromDisplayName: "Bærum kommune",
            credentials: credentials, timeouts: .init(connect: .seconds(5), command: .seconds(10), dataTermination: .seconds(10))),
            logger: testLogger)
    }

    @Test("a Norwegian message arrives with the right recipient, decoded subject and body (8BITMIME)")
    func norwegianMessageArrivesIntact() async throws {
        let server = try await TestSMTPServer()
        defer { server.stop() }
        let message = makeNotification(channel: .email, to: "forelder@example.no", subject: Self.subject, body: Self.body)

        let receipt = try await provider(port: server.port).send(message)

        let stored = try await server.waitForMessages(count: 1)
        let mail = try #require(stored.first, "no message stored; server log:\n\(server.log)")
        #expect(mail.rcptTos == ["forelder@example.no"])
        #expect(mail.mailFrom == "varsel@inngang.kommune.no")
        #expect(mail.subject == Self.subject)
        #expect(normalized(mail.body) == Self.body)
        #expect(mail.mailOptions.contains("BODY=8BITMIME"))
        #expect(mail.rawHeaders["Content-Transfer-Encoding"] == "8bit")
        #expect(mail.rawHeaders["Content-Type"] == "text/plain; charset=utf-8")
        #expect(mail.rawHeaders["MIME-Version"] == "1.0")
        #expect(mail.rawHeaders["To"] == "forelder@example.no")
        #expect(mail.rawHeaders["Subject"]?.hasPrefix("=?UTF-8?B?") == true, "subject must be an RFC 2047 encoded-word")
        #expect(mail.rawHeaders["From"]?.hasSuffix("<varsel@inngang.kommune.no>") == true)
        #expect(mail.rawHeaders["Date"].map { $0.hasSuffix("+0000") } == true)
        #expect(mail.rawHeaders["Message-ID"] == "<\(message.id)@inngang.kommune.no>")
        #expect(receipt.providerMessageID == "<\(message.id)@inngang.kommune.no>")
        #expect(abs(receipt.acceptedAt.timeIntervalSinceNow) < 60)
    }

    @Test("without 8BITMIME the body is sent quoted-printable and still decodes to the same text")
    func quotedPrintableWithout8BitMIME() async throws {
        let server = try await TestSMTPServer(offers8BitMIME: false)
        defer { server.stop() }
        let message = makeNotification(channel: .email, to: "forelder@example.no", subject: Self.subject, body: Self.body)

        _ = try await provider(port: server.port).send(message)

        let mail = try #require(try await server.waitForMessages(count: 1).first, "server log:\n\(server.log)")
        #expect(mail.rawHeaders["Content-Transfer-Encoding"] == "quoted-printable")
        #expect(!mail.mailOptions.contains("BODY=8BITMIME"))
        #expect(mail.raw.utf8.allSatisfy { $0 < 0x80 }, "a quoted-printable message is pure ASCII")
        #expect(mail.subject == Self.subject)
        #expect(normalized(mail.body) == Self.body)
    }

    @Test("a recipient refused with 550 is a permanent rejection whose message names no address")
    func refusedRecipientIsRejected() async throws {
        let server = try await TestSMTPServer()
        defer { server.stop() }
        let message = makeNotification(channel: .email, to: "rejected@example.no")

        let error = await providerError { _ = try await provider(port: server.port).send(message) }

        #expect(error?.code == .rejected)
        #expect(error?.isRetriable == false)
        #expect(error?.peerStatus == 550)
        #expect(error?.message.contains("5.1.1") == true)
        #expect(error?.message.contains("rejected@example.no") == false)
        #expect(error?.description.contains("example.no") == false)
        #expect(try server.messages().isEmpty)
    }

    @Test("a recipient refused with 451 is transient and retriable")
    func temporaryRefusalIsRetriable() async throws {
        let server = try await TestSMTPServer()
        defer { server.stop() }

        let error = await providerError {
            _ = try await provider(port: server.port).send(makeNotification(channel: .email, to: "busy@example.no"))
        }

        #expect(error?.code == .unavailable)
        #expect(error?.isRetriable == true)
        #expect(error?.peerStatus == 451)
    }

    @Test("with credentials configured the provider authenticates with AUTH PLAIN")
    func authenticatesWithAuthPlain() async throws {
        let server = try await TestSMTPServer(credentials: ("inngang", "hemmelig-æøå"))
        defer { server.stop() }
        let message = makeNotification(channel: .email, to: "forelder@example.no")

        _ = try await provider(port: server.port, credentials: .init(username: "inngang", password: "hemmelig-æøå")).send(message)

        let mail = try #require(try await server.waitForMessages(count: 1).first, "server log:\n\(server.log)")
        #expect(mail.authenticatedAs == "inngang")
        #expect(mail.rcptTos == ["forelder@example.no"])
    }

    @Test("wrong credentials are a permanent rejection, and a server requiring AUTH refuses a client without")
    func wrongCredentialsAreRejected() async throws {
        let server = try await TestSMTPServer(credentials: ("inngang", "riktig"))
        defer { server.stop() }
        let message = makeNotification(channel: .email, to: "forelder@example.no")

        let wrong = await providerError {
            _ = try await provider(port: server.port, credentials: .init(username: "inngang", password: "feil")).send(message)
        }
        let missing = await providerError { _ = try await provider(port: server.port).send(message) }

        #expect(wrong?.code == .rejected)
        #expect(wrong?.peerStatus == 535)
        #expect(missing?.code == .rejected)
        #expect(missing?.peerStatus == 530)
        #expect(try server.messages().isEmpty)
    }

    private func normalized(_ text: String) -> String {
        var text = text.replacingOccurrences(of: "\r\n", with: "\n")
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
