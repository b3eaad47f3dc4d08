/// The one error type of the notification service layer (stores, consumer, job handler, wiring).
///
/// Messages never contain personal data: no national identity numbers, addresses or message
/// text; ids, codes and counts at most. `isRetriable` tells the job worker and the inbox whether
/// running the same work again may succeed.
struct NotificationServiceError: Error, CustomStringConvertible, Sendable {
    struct Code: Hashable, Sendable, CustomStringConvertible {
        let rawValue: String
        init(_ rawValue: String) { self.rawValue = rawValue }
        var description: String { rawValue }

        /// A stored row (planned notification, recipient list, parked event) cannot be decoded.
        static let corruptRow = Code("corruptRow")
        /// A job's payload is not what this service enqueues.
        static let badJobPayload = Code("badJobPayload")
        /// Another worker is handing the same message to its provider right now.
        static let deliveryInFlight = Code("deliveryInFlight")
        /// A provider could not take the message now; the job retries with backoff.
        static let providerUnavailable = Code("providerUnavailable")
        /// A register (population or contact) could not answer now.
        static let registerUnavailable = Code("registerUnavailable")
        /// A development register file cannot be read or parsed.
        static let invalidRegisterFile = Code("invalidRegisterFile")
    }

    let code: Code
    let message: String
    let isRetriable: Bool
    let file: String
    let line: Int

    init(_ code: Code, _ message: String, isRetriable: Bool = false, file: String = #fileID, line: Int = #line) {
        self.code = code
        self.message = message
        self.isRetriable = isRetriable
        self.file = file
        self.line = line
    }

    var description: String { "NotificationServiceError(\(code)): \(message) [\(file):\(line)]" }
}
