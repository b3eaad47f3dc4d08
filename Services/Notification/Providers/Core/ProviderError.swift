/// The one error type of NotificationProviders.
///
/// `message` never contains personal data: no addresses, no phone numbers, no message text and
/// no free text echoed by a peer (an SMTP reply often quotes the address), only stages, codes
/// and status numbers.
public struct ProviderError: Error, CustomStringConvertible, Sendable {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Backing: String, Hashable, Sendable {
            case rejected
            case unavailable
            case invalidAddress
            case timeout
        }

        private let backing: Backing
        private init(_ backing: Backing) { self.backing = backing }

        /// The peer refused the message for good (SMTP 5xx, HTTP 4xx), or the provider is
        /// misconfigured. Not retriable.
        public static let rejected = Code(.rejected)
        /// The peer could not take the message now (SMTP 4xx, HTTP 429/5xx, connection refused
        /// or dropped). Retriable with backoff.
        public static let unavailable = Code(.unavailable)
        /// The recipient address is malformed or does not exist. Not retriable: try another channel.
        public static let invalidAddress = Code(.invalidAddress)
        /// The peer did not answer in time. Retriable; note that a timeout after the message was
        /// handed over (SMTP end of DATA) may mean it was delivered anyway.
        public static let timeout = Code(.timeout)

        public var description: String { backing.rawValue }
    }

    public var code: Code
    /// Stage and status only; never personal data.
    public var message: String
    /// The peer's status when there was one: the SMTP reply code or the HTTP status.
    public var peerStatus: Int?
    public var file: String
    public var line: Int

    public init(code: Code, message: String, peerStatus: Int? = nil, file: String = #fileID, line: Int = #line) {
        self.code = code
        self.message = message
        self.peerStatus = peerStatus
        self.file = file
        self.line = line
    }

    /// Whether sending the same message again later may succeed.
    public var isRetriable: Bool { code == .unavailable || code == .timeout }

    public var description: String {
        "ProviderError.\(code): \(message)" + (peerStatus.map { " (peer status \($0))" } ?? "")
    }
}
