import Foundation
import InngangModels
import Logging
import NIOCore
import NIOPosix

/// Delivers e-mail notifications over SMTP (RFC 5321) with SwiftNIO.
///
/// One session per message: greeting, `EHLO` (falling back to `HELO`), `AUTH PLAIN` when
/// credentials are configured, `MAIL FROM`, `RCPT TO`, `DATA` (dot-stuffed, 8bit with
/// `BODY=8BITMIME` when offered, quoted-printable otherwise), `QUIT`. Plain TCP only — see
/// ``SMTPConfiguration`` for how to run it safely in production.
///
/// Replies map to errors as: 4xx → ``ProviderError/Code/unavailable`` (retriable),
/// 5xx → ``ProviderError/Code/rejected``; a recipient refused as syntactically bad (501, 553)
/// → ``ProviderError/Code/invalidAddress``; no reply in time → ``ProviderError/Code/timeout``.
public struct SMTPProvider: NotificationProvider {
    public var channel: InngangModels.Channel { .email }

    private let configuration: SMTPConfiguration
    private let eventLoopGroup: any EventLoopGroup
    private let logger: Logger
    private let now: @Sendable () -> Date

    public init(
        configuration: SMTPConfiguration, eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        logger: Logger, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.configuration = configuration
        self.eventLoopGroup = eventLoopGroup
        self.logger = logger
        self.now = now
    }

    public func send(_ message: OutgoingNotification) async throws -> DeliveryReceipt {
        var logger = self.logger
        logger[metadataKey: LoggingKeys.notificationID] = "\(message.id)"
        logger[metadataKey: LoggingKeys.channel] = "\(InngangModels.Channel.email.rawValue)"
        logger[metadataKey: LoggingKeys.purpose] = "\(message.purpose.rawValue)"
        do {
            try validate(message)
            let connection = try await SMTPConnection.connect(
                host: configuration.host, port: configuration.port, group: eventLoopGroup, timeout: configuration.timeouts.connect)
            let receipt: DeliveryReceipt
            do {
                receipt = try await SMTPSession(configuration: configuration, connection: connection, logger: logger)
                    .deliver(message, builder: builder, now: now)
            } catch {
                await connection.close()
                throw error
            }
            await connection.close()
            logger.debug("e-mail accepted by SMTP server")
            return receipt
        } catch let error as ProviderError {
            logger.warning("e-mail not delivered", metadata: [
                LoggingKeys.errorCode: "\(error.code)", LoggingKeys.peerStatus: "\(error.peerStatus.map(String.init) ?? "-")",
            ])
            throw error
        }
    }

    private var builder: EmailMessageBuilder {
        EmailMessageBuilder(fromAddress: configuration.fromAddress, fromDisplayName: configuration.fromDisplayName,
                            messageIDDomain: configuration.fromDomain)
    }

    private func validate(_ message: OutgoingNotification) throws {
        guard message.channel == .email else {
            throw ProviderError(code: .rejected, message: "SMTP provider was given a \(message.channel.rawValue) message")
        }
        guard EmailAddress.isValid(message.recipientAddress) else {
            throw ProviderError(code: .invalidAddress, message: "recipient e-mail address is not valid")
        }
        guard EmailAddress.isValid(configuration.fromAddress) else {
            throw ProviderError(code: .rejected, message: "configured from address is not valid")
        }
        if configuration.credentials != nil && !configuration.isLoopbackHost && !configuration.allowsPlaintextAuthenticationOverNetwork {
            throw ProviderError(code: .rejected, message: "refusing to send SMTP credentials over an unencrypted non-loopback connection")
        }
    }
}
