import Foundation
import InngangModels
import NotificationProviders
import Testing

/// The embedded default provider: one JSON object per line in `sent.jsonl`.
@Suite("File sink provider")
struct FileSinkProviderTests {
    static let smsKeys: Set<String> = ["channel", "recipient", "language", "text", "purpose", "eventId", "time", "caseId", "notificationId"]
    static let emailKeys = smsKeys.union(["subject"])

    private func lines(_ path: String) throws -> [[String: Any]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasSuffix("\n"))
        return try text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line)")
        }
    }

    @Test("each field is written under exactly the specified key, subject only for e-mail; missing directories are created")
    func fieldsAreExactlyAsSpecified() async throws {
        let directory = try makeTemporaryDirectory("inngang-sink")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/.local/notifications/sent.jsonl"
        let fixed = Date(timeIntervalSince1970: 1_763_890_200.25)  // 2025-11-23T09:30:00.250Z
        let sms = FileSinkProvider(channel: .sms, path: path, logger: testLogger, now: { fixed })
        let email = FileSinkProvider(channel: .email, path: path, logger: testLogger, now: { fixed })
        let text = "Du har en ny melding.\nLogg inn for å lese den: «æøå»"
        let smsMessage = makeNotification(channel: .sms, to: "+4791234567", language: .nn, body: text, purpose: .meetingReminderDayBefore)
        let emailMessage = makeNotification(channel: .email, to: "forelder@example.no", language: .en, subject: "Ny melding – æøå",
                                            body: text, purpose: .decisionMade)

        let smsReceipt = try await sms.send(smsMessage)
        _ = try await email.send(emailMessage)

        let written = try lines(path)
        try #require(written.count == 2)
        #expect(Set(written[0].keys) == Self.smsKeys)
        #expect(written[0]["channel"] as? String == "sms")
        #expect(written[0]["recipient"] as? String == "+4791234567")
        #expect(written[0]["language"] as? String == "nn")
        #expect(written[0]["text"] as? String == text)
        #expect(written[0]["purpose"] as? String == "meeting-reminder-day-before")
        #expect(written[0]["eventId"] as? String == smsMessage.sourceEventID)
        #expect(written[0]["time"] as? String == "2025-11-23T09:30:00.250Z")
        #expect(written[0]["caseId"] as? String == smsMessage.caseID.description)
        #expect(written[0]["notificationId"] as? String == smsMessage.id.description)
        #expect(Set(written[1].keys) == Self.emailKeys)
        #expect(written[1]["channel"] as? String == "email")
        #expect(written[1]["subject"] as? String == "Ny melding – æøå")
        #expect(written[1]["purpose"] as? String == "decision-made")
        #expect(smsReceipt.acceptedAt == fixed)
        #expect(smsReceipt.providerMessageID == smsMessage.id.description)
    }

    @Test("two concurrent writers on one file produce only intact lines, none lost")
    func concurrentWritersProduceIntactLines() async throws {
        let directory = try makeTemporaryDirectory("inngang-sink")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/notifications/sent.jsonl"
        let writers = [FileSinkProvider(channel: .sms, path: path, logger: testLogger),
                       FileSinkProvider(channel: .email, path: path, logger: testLogger)]
        let perWriter = 150
        // Long texts make a torn or interleaved write visible.
        let longText = String(repeating: "Blåbærsyltetøy på skjærgården. ", count: 200)

        let sent = try await withThrowingTaskGroup(of: [String].self) { group in
            for writer in writers {
                group.addTask {
                    var ids: [String] = []
                    for index in 0..<perWriter {
                        let message = writer.channel == .sms
                            ? makeNotification(channel: .sms, to: "+4791234567", body: "\(index) \(longText)")
                            : makeNotification(channel: .email, to: "forelder@example.no", body: "\(index) \(longText)")
                        _ = try await writer.send(message)
                        ids.append(message.id.description)
                    }
                    return ids
                }
            }
            return try await group.reduce(into: [String]()) { $0 += $1 }
        }

        let written = try lines(path)
        #expect(written.count == 2 * perWriter)
        #expect(Set(written.compactMap { $0["notificationId"] as? String }) == Set(sent))
        for line in written {
            let expectedKeys = line["channel"] as? String == "email" ? Self.emailKeys : Self.smsKeys
            #expect(Set(line.keys) == expectedKeys)
            #expect((line["text"] as? String)?.hasSuffix(longText) == true)
        }
    }

    @Test("a sink refuses a message for the other channel and writes nothing")
    func wrongChannelIsRejected() async throws {
        let directory = try makeTemporaryDirectory("inngang-sink")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/sent.jsonl"

        let error = await providerError {
            _ = try await FileSinkProvider(channel: .sms, path: path, logger: testLogger)
                .send(makeNotification(channel: .email, to: "forelder@example.no"))
        }

        #expect(error?.code == .rejected)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("an unwritable location is unavailable (retriable)")
    func unwritableFileIsUnavailable() async throws {
        let directory = try makeTemporaryDirectory("inngang-sink")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // A directory where the file should be: open(2) fails for every user, root included.
        let path = directory + "/sent.jsonl"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)

        let error = await providerError {
            _ = try await FileSinkProvider(channel: .sms, path: path, logger: testLogger).send(makeNotification(channel: .sms, to: "+4791234567"))
        }

        #expect(error?.code == .unavailable)
        #expect(error?.isRetriable == true)
    }

    @Test("the default file is .local/notifications/sent.jsonl")
    func defaultPath() {
        #expect(FileSinkProvider.defaultPath == ".local/notifications/sent.jsonl")
        #expect(FileSinkProvider(channel: .sms, logger: testLogger).path == ".local/notifications/sent.jsonl")
    }
}
