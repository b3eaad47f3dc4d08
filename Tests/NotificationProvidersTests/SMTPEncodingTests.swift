import Foundation
@testable import NotificationProviders
import Testing

@Suite("SMTP reply parsing")
struct SMTPReplyParserTests {
    @Test("a multi-line reply is one reply with every line's text")
    func multiLineReply() throws {
        var parser = SMTPReplyParser()
        #expect(try parser.consume(line: "250-mail.example.no Hello") == nil)
        #expect(try parser.consume(line: "250-8BITMIME") == nil)
        #expect(try parser.consume(line: "250-AUTH PLAIN LOGIN") == nil)
        let reply = try #require(try parser.consume(line: "250 SMTPUTF8"))
        #expect(reply == SMTPReply(code: 250, lines: ["mail.example.no Hello", "8BITMIME", "AUTH PLAIN LOGIN", "SMTPUTF8"]))
        // The parser is ready for the next reply.
        #expect(try parser.consume(line: "354 End data with <CR><LF>.<CR><LF>")?.code == 354)
    }

    @Test("a bare code is a complete reply with empty text")
    func bareCode() throws {
        var parser = SMTPReplyParser()
        #expect(try parser.consume(line: "250") == SMTPReply(code: 250, lines: [""]))
    }

    @Test("lines that are not replies, or a code changing mid-reply, are malformed", arguments: ["", "hello", "25", "2500 x", "199 x", "650 x"])
    func malformedLines(line: String) {
        var parser = SMTPReplyParser()
        #expect(throws: SMTPReplyParser.MalformedReply.self) { try parser.consume(line: Substring(line)) }
    }

    @Test("a continuation with a different code is malformed")
    func codeChangeMidReply() throws {
        var parser = SMTPReplyParser()
        _ = try parser.consume(line: "250-first")
        #expect(throws: SMTPReplyParser.MalformedReply.self) { try parser.consume(line: "251 second") }
    }

    @Test("the enhanced status code is read from the first line, the text is not")
    func enhancedStatus() {
        #expect(SMTPReply(code: 550, lines: ["5.1.1 <x@example.no>: unknown"]).enhancedStatus == "5.1.1")
        #expect(SMTPReply(code: 550, lines: ["User unknown"]).enhancedStatus == nil)
        #expect(SMTPReply(code: 550, lines: ["<a.b.c@example.no> unknown"]).enhancedStatus == nil)
    }
}

@Suite("MIME and SMTP encodings")
struct MIMEEncodingTests {
    private func decodeEncodedWords(_ header: String) throws -> String {
        var octets: [UInt8] = []
        for word in header.components(separatedBy: "\r\n ") {
            #expect(word.count <= 75, "RFC 2047 limits an encoded-word to 75 characters")
            #expect(word.hasPrefix("=?UTF-8?B?") && word.hasSuffix("?="))
            let base64 = word.dropFirst("=?UTF-8?B?".count).dropLast(2)
            let data = try #require(Data(base64Encoded: String(base64)))
            // Each word must be valid UTF-8 on its own: no character split across words.
            #expect(String(data: data, encoding: .utf8) != nil)
            octets += data
        }
        return String(decoding: octets, as: UTF8.self)
    }

    @Test("a non-ASCII subject becomes encoded-words of at most 75 characters that decode to the original")
    func encodedWordsRoundTrip() throws {
        let subject = "Påminnelse: møte i morgen – ÆØÅ æøå " + String(repeating: "ø", count: 60)
        let header = MIMEEncoding.headerValue(subject)
        #expect(header.components(separatedBy: "\r\n ").count > 1)
        #expect(try decodeEncodedWords(header) == subject)
    }

    @Test("a printable ASCII subject stays as it is; line breaks cannot inject headers")
    func asciiSubjectAndInjection() throws {
        #expect(MIMEEncoding.headerValue("New message") == "New message")
        #expect(MIMEEncoding.headerValue("Hi\r\nBcc: x@example.no") == "Hi Bcc: x@example.no")
        #expect(try decodeEncodedWords(MIMEEncoding.headerValue("Hei\nBcc: æ")) == "Hei Bcc: æ")
    }

    @Test("quoted-printable encodes non-ASCII, '=' and trailing space and keeps lines within 76 characters")
    func quotedPrintable() {
        #expect(MIMEEncoding.quotedPrintable("Blåbær = godt ") == "Bl=C3=A5b=C3=A6r =3D godt=20")
        #expect(MIMEEncoding.quotedPrintable("a\nb") == "a\r\nb")
        let encoded = MIMEEncoding.quotedPrintable(String(repeating: "æøå ", count: 40))
        for line in encoded.components(separatedBy: "\r\n") { #expect(line.count <= 76) }
        #expect(encoded.replacingOccurrences(of: "=\r\n", with: "").hasPrefix("=C3=A6=C3=B8=C3=A5 =C3=A6"))
    }

    @Test("a line starting with a dot gets one more dot")
    func dotStuffing() {
        #expect(MIMEEncoding.dotStuffed(".\r\nHei\r\n..to\r\n. x") == "..\r\nHei\r\n...to\r\n.. x")
    }

    @Test("the Date header is RFC 5322 in UTC")
    func rfc5322Date() {
        #expect(EmailMessageBuilder.rfc5322Date(Date(timeIntervalSince1970: 1_763_890_200)) == "Sun, 23 Nov 2025 09:30:00 +0000")
    }

    @Test("a long 8bit line falls back to quoted-printable even when the server offers 8BITMIME")
    func longLineFallsBackToQuotedPrintable() {
        let builder = EmailMessageBuilder(fromAddress: "varsel@kommune.no", fromDisplayName: nil, messageIDDomain: "kommune.no")
        let long = makeNotification(channel: .email, to: "a@example.no", body: String(repeating: "å", count: 600))
        let short = makeNotification(channel: .email, to: "a@example.no", body: "Hei")
        #expect(builder.build(long, date: Date(), serverSupports8BitMIME: true).encoding == .quotedPrintable)
        #expect(builder.build(short, date: Date(), serverSupports8BitMIME: true).encoding == .eightBit)
        #expect(builder.build(short, date: Date(), serverSupports8BitMIME: false).encoding == .quotedPrintable)
    }
}
