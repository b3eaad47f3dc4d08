/// The wire contract of the HTTP SMS gateway, modelled on typical Norwegian SMS gateways
/// (bulk-SMS APIs offered to municipalities).
///
/// ```
/// POST {baseURL}/messages
/// Authorization: Bearer {apiKey}
/// Content-Type: application/json
/// Idempotency-Key: {notification id}
///
/// {"to": "+4791234567", "text": "Du har en ny melding …", "reference": "{notification id}", "from": "Kommunen"}
/// ```
/// `from` (the alphanumeric sender id) is sent only when configured.
///
/// | answer | meaning | provider result |
/// |---|---|---|
/// | `202` (or `200`/`201`) `{"id": "…"}` | accepted | receipt with the gateway's id |
/// | `409` `{"id": "…"}` | a message with this `reference` was already accepted | receipt (idempotent retry) |
/// | `400` `{"code": "invalid-recipient", "message": "…"}` | the number cannot receive SMS | `invalidAddress` |
/// | other `4xx` (`400`, `401`, `403`, `404`, `413`, `422`) | refused | `rejected` |
/// | `408`, `429`, `5xx` | not now | `unavailable` (retriable) |
/// | no complete answer within the timeout | — | `timeout` (retriable) |
enum SMSGatewayContract {
    static let messagesPath = "messages"
    static let invalidRecipientCode = "invalid-recipient"

    struct SendRequest: Codable, Sendable, Equatable {
        var to: String
        var text: String
        var reference: String
        var from: String?
    }

    struct Accepted: Codable, Sendable {
        var id: String
    }

    struct Problem: Codable, Sendable {
        var code: String?
        var message: String?
    }
}
