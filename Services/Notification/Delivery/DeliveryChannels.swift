import Foundation
import InngangModels
import Logging
import NotificationProviders

/// The provider for each channel, chosen by `INNGANG_NOTIFICATION_PROVIDER`, and — for the file
/// sink — a ledger that tells whether a message was already handed over before a crash.
struct DeliveryChannels: Sendable {
    let providers: [Channel: any NotificationProvider]
    /// `nil` when the peers de-duplicate by notification id themselves (SMTP `Message-ID`, the
    /// SMS gateway's `Idempotency-Key`).
    let ledger: (any DeliveryLedger)?
    /// A name for logs and the start-up line.
    let kind: NotificationSettings.ProviderKind

    func provider(for channel: Channel) -> any NotificationProvider {
        guard let provider = providers[channel] else {
            preconditionFailure("DeliveryChannels: no provider for \(channel.rawValue)")  // make(settings:) covers every channel
        }
        return provider
    }

    static func make(settings: NotificationSettings, logger: Logger) -> DeliveryChannels {
        switch settings.provider {
        case .file:
            return DeliveryChannels(
                providers: [
                    .sms: FileSinkProvider(channel: .sms, path: settings.sinkPath, logger: logger),
                    .email: FileSinkProvider(channel: .email, path: settings.sinkPath, logger: logger),
                ],
                ledger: FileSinkLedger(path: settings.sinkPath), kind: .file)
        case .smtpSMS:
            guard let smtp = settings.smtp, let sms = settings.smsGateway else {
                preconditionFailure("NotificationSettings.read sets both for smtp-sms")
            }
            return DeliveryChannels(
                providers: [
                    .email: SMTPProvider(configuration: smtp, logger: logger),
                    .sms: HTTPSMSGatewayProvider(configuration: sms, logger: logger),
                ],
                ledger: nil, kind: .smtpSMS)
        }
    }
}

/// Answers "was the message with this id handed over already?" for a provider whose peer does
/// not de-duplicate by itself.
protocol DeliveryLedger: Sendable {
    /// When the message `id` was accepted, or `nil` when it never was.
    func acceptance(of id: NotificationID) async throws -> Date?
}

/// The file sink's ledger: the sink file itself. Each line is written with one `write(2)`, so a
/// line is either there in full or not at all; a crash after the write and before the
/// service recorded the delivery leaves the line, which this finds by its `notificationId`.
/// Reads the whole file, so it is asked only when resuming a message claimed by an earlier
/// attempt (rare), on a dispatch queue rather than the cooperative pool.
struct FileSinkLedger: DeliveryLedger {
    let path: String

    func acceptance(of id: NotificationID) async throws -> Date? {
        let path = self.path
        let needle = Array(#""notificationId":"\#(id)""#.utf8)
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .utility).async {
                continuation.resume(with: Result { try Self.scan(path: path, for: needle) })
            }
        }
    }

    private static func scan(path: String, for needle: [UInt8]) throws -> Date? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw NotificationServiceError(.providerUnavailable, "the notification sink file cannot be read", isRetriable: true)
        }
        for line in data.split(separator: UInt8(ascii: "\n")) where line.firstRange(of: needle) != nil {
            struct Stamp: Decodable { var time: String }
            let time = (try? JSONDecoder().decode(Stamp.self, from: Data(line))).flatMap { RFC3339.date(from: $0.time) }
            return time ?? Date()
        }
        return nil
    }
}
