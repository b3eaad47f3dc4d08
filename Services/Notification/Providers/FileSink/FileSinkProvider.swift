import Foundation
import InngangModels
import Logging
import NIOPosix

/// The embedded default provider: appends one JSON object per message to a local file
/// (`.local/notifications/sent.jsonl` by default, relative to the working directory), so the
/// system runs without an SMTP server or SMS gateway and the demo and end-to-end tests can read
/// what was "sent".
///
/// Line format (keys exactly): `channel`, `recipient`, `language`, `text`, `purpose`, `eventId`,
/// `time` (ISO 8601, UTC), `caseId`, `notificationId`, and `subject` for e-mail only, e.g.
/// `{"caseId":"…","channel":"sms","eventId":"…","language":"nb","notificationId":"…","purpose":"receipt","recipient":"+4791234567","text":"…","time":"2025-11-23T09:30:00.000Z"}`.
///
/// One instance serves one channel; use two instances (they may share the file) for SMS and
/// e-mail. Lines are written whole (see `AppendOnlyFile`) on NIO's blocking thread pool.
public struct FileSinkProvider: NotificationProvider {
    /// `.local/notifications/sent.jsonl`
    public static let defaultPath = ".local/notifications/sent.jsonl"

    public let channel: Channel
    /// The file appended to.
    public let path: String

    private let file: AppendOnlyFile
    private let threadPool: NIOThreadPool
    private let logger: Logger
    private let now: @Sendable () -> Date

    public init(
        channel: Channel, path: String = FileSinkProvider.defaultPath, threadPool: NIOThreadPool = .singleton, logger: Logger,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.channel = channel
        self.path = path
        self.file = AppendOnlyFile(path: path)
        self.threadPool = threadPool
        self.logger = logger
        self.now = now
    }

    public func send(_ message: OutgoingNotification) async throws -> DeliveryReceipt {
        guard message.channel == channel else {
            throw ProviderError(code: .rejected, message: "\(channel.rawValue) file sink was given a \(message.channel.rawValue) message")
        }
        let time = now()
        let line: [UInt8]
        do {
            line = try FileSinkRecord(notification: message, time: time).jsonLine()
        } catch {
            throw ProviderError(code: .rejected, message: "notification could not be encoded as JSON")
        }
        let file = self.file
        do {
            try await threadPool.runIfActive {
                try file.prepare()
                try file.append(line: line)
            }
        } catch let failure as AppendOnlyFile.WriteFailure {
            logger.error("notification sink write failed", metadata: [
                LoggingKeys.notificationID: "\(message.id)", "provider.errno": "\(failure.errno)",
            ])
            throw ProviderError(code: .unavailable, message: "could not \(failure.operation) the notification sink file (errno \(failure.errno))")
        } catch {
            throw ProviderError(code: .unavailable, message: "notification sink is not available (\(type(of: error)))")
        }
        logger.debug("notification written to file sink", metadata: [
            LoggingKeys.notificationID: "\(message.id)", LoggingKeys.channel: "\(channel.rawValue)",
            LoggingKeys.purpose: "\(message.purpose.rawValue)",
        ])
        return DeliveryReceipt(providerMessageID: message.id.description, acceptedAt: time)
    }
}
