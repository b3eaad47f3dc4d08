import AsyncHTTPClient
import Foundation
import InngangModels
import Logging
import NIOCore

/// Delivers SMS notifications through an HTTP SMS gateway; the contract is documented on
/// `SMSGatewayContract` (POST `{baseURL}/messages` with a bearer key, `202 {"id": …}`).
///
/// The notification id travels as `reference` and `Idempotency-Key`, so a retry after a timeout
/// cannot send the text twice at a gateway that honours them. Never logs the number or the text.
public struct HTTPSMSGatewayProvider: NotificationProvider {
    public var channel: InngangModels.Channel { .sms }

    private let configuration: HTTPSMSGatewayConfiguration
    private let httpClient: HTTPClient
    private let logger: Logger
    private let now: @Sendable () -> Date

    /// - Parameter httpClient: shared client; the caller owns its lifecycle (`HTTPClient.shared` by default).
    public init(
        configuration: HTTPSMSGatewayConfiguration, httpClient: HTTPClient = .shared, logger: Logger,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.configuration = configuration
        self.httpClient = httpClient
        self.logger = logger
        self.now = now
    }

    public func send(_ message: OutgoingNotification) async throws -> DeliveryReceipt {
        var logger = self.logger
        logger[metadataKey: LoggingKeys.notificationID] = "\(message.id)"
        logger[metadataKey: LoggingKeys.channel] = "\(InngangModels.Channel.sms.rawValue)"
        logger[metadataKey: LoggingKeys.purpose] = "\(message.purpose.rawValue)"
        do {
            try validate(message)
            let response = try await post(message)
            let receipt = try interpret(response.status, body: response.body)
            logger.debug("SMS accepted by gateway", metadata: [LoggingKeys.peerStatus: "\(response.status)"])
            return receipt
        } catch let error as ProviderError {
            logger.warning("SMS not delivered", metadata: [
                LoggingKeys.errorCode: "\(error.code)", LoggingKeys.peerStatus: "\(error.peerStatus.map(String.init) ?? "-")",
            ])
            throw error
        }
    }

    private func validate(_ message: OutgoingNotification) throws {
        guard message.channel == .sms else {
            throw ProviderError(code: .rejected, message: "SMS provider was given a \(message.channel.rawValue) message")
        }
        guard configuration.baseURL.hasPrefix("https://") || configuration.baseURL.hasPrefix("http://") else {
            throw ProviderError(code: .rejected, message: "SMS gateway URL must be http or https")
        }
        guard PhoneNumber.isE164(message.recipientAddress) else {
            throw ProviderError(code: .invalidAddress, message: "recipient phone number is not in E.164 form")
        }
        guard !message.body.isEmpty, message.body.count <= configuration.maximumTextLength else {
            throw ProviderError(code: .rejected, message: "SMS text is empty or longer than \(configuration.maximumTextLength) characters")
        }
    }

    private func post(_ message: OutgoingNotification) async throws -> (status: UInt, body: ByteBuffer) {
        let payload = SMSGatewayContract.SendRequest(
            to: message.recipientAddress, text: message.body, reference: message.id.description, from: configuration.senderID)
        var request = HTTPClientRequest(url: configuration.messagesURL)
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(configuration.apiKey)")
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Accept", value: "application/json")
        request.headers.add(name: "Idempotency-Key", value: message.id.description)
        request.body = .bytes(ByteBuffer(bytes: Array(try JSONEncoder().encode(payload))))

        let deadline = NIODeadline.now() + configuration.timeout
        do {
            let response = try await httpClient.execute(request, deadline: deadline, logger: nil)
            let body = try await response.body.collect(upTo: 64 * 1024)
            return (response.status.code, body)
        } catch let error as HTTPClientError {
            throw Self.map(error)
        } catch is NIOTooManyBytesError {
            throw ProviderError(code: .unavailable, message: "SMS gateway answered with an oversized body")
        } catch is CancellationError {
            throw ProviderError(code: .unavailable, message: "SMS gateway request was cancelled")
        } catch {
            throw ProviderError(code: .unavailable, message: "SMS gateway request failed (\(type(of: error)))")
        }
    }

    private static func map(_ error: HTTPClientError) -> ProviderError {
        switch error {
        case .deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout:
            ProviderError(code: .timeout, message: "SMS gateway did not answer in time")
        case .invalidURL, .emptyHost, .emptyScheme:
            ProviderError(code: .rejected, message: "SMS gateway URL is not valid")
        default:
            ProviderError(code: .unavailable, message: "SMS gateway request failed (\(error.shortDescription))")
        }
    }

    private func interpret(_ status: UInt, body: ByteBuffer) throws -> DeliveryReceipt {
        let code = Int(status)
        switch code {
        case 200, 201, 202, 409:
            // Accepted (409: already accepted under this reference). A missing id does not undo that.
            let id = try? JSONDecoder().decode(SMSGatewayContract.Accepted.self, from: Data(body.readableBytesView)).id
            if id == nil { logger.notice("SMS gateway accepted the message without an id") }
            return DeliveryReceipt(providerMessageID: id, acceptedAt: now())
        case 400:
            let problem = try? JSONDecoder().decode(SMSGatewayContract.Problem.self, from: Data(body.readableBytesView))
            if problem?.code == SMSGatewayContract.invalidRecipientCode {
                throw ProviderError(code: .invalidAddress, message: "SMS gateway refused the recipient number", peerStatus: code)
            }
            throw ProviderError(code: .rejected, message: "SMS gateway refused the request (\(Self.safeCode(problem?.code)))", peerStatus: code)
        case 408, 429, 500...599:
            throw ProviderError(code: .unavailable, message: "SMS gateway cannot take the message now", peerStatus: code)
        case 401, 403:
            throw ProviderError(code: .rejected, message: "SMS gateway refused the API key", peerStatus: code)
        default:
            throw ProviderError(code: .rejected, message: "SMS gateway refused the message", peerStatus: code)
        }
    }

    /// A gateway error code is echoed only when it looks like a code (`[a-z0-9._-]`, ≤ 40), never free text.
    private static func safeCode(_ code: String?) -> String {
        guard let code, !code.isEmpty, code.count <= 40,
              code.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || "-_.".contains($0)) })
        else { return "no code" }
        return code
    }
}
