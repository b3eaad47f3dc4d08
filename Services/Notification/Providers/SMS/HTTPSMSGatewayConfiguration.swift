import NIOCore

/// How ``HTTPSMSGatewayProvider`` reaches the SMS gateway.
public struct HTTPSMSGatewayConfiguration: Sendable {
    /// The API root, e.g. `https://sms.example.no/v1`; messages are posted to `{baseURL}/messages`.
    public var baseURL: String
    /// The bearer API key. Never logged.
    public var apiKey: String
    /// Alphanumeric sender id shown on the phone (max 11 characters at most gateways), if any.
    public var senderID: String?
    /// The whole request, connection to response body, must finish within this time.
    public var timeout: TimeAmount
    /// Longer texts are refused before sending (a concatenated SMS of 10 parts holds ~1530 GSM characters).
    public var maximumTextLength: Int

    public init(baseURL: String, apiKey: String, senderID: String? = nil, timeout: TimeAmount = .seconds(15), maximumTextLength: Int = 1530) {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.senderID = senderID
        self.timeout = timeout
        self.maximumTextLength = maximumTextLength
    }

    var messagesURL: String {
        (baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL) + "/" + SMSGatewayContract.messagesPath
    }
}
