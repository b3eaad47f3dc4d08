import Foundation
import IntakeDomain
import InngangModels

/// The body intake answers a submission with (201, and 200 on an idempotent replay) and
/// `GET /v1/applications/{caseID}` returns:
///
/// ```json
/// { "caseID": "…", "caseNumber": "INN-2026-000123", "receivedAt": "2026-03-02T09:15:00.123Z",
///   "receipt": { "language": "nb", "title": "…", "lines": ["…"] },
///   "services": ["ppt", "skole"],
///   "coordinator": { "name": "…", "phone": "+47…", "email": "…" } }
/// ```
/// `coordinator` is `null` while none is assigned; its `phone` and `email` are `null` when the
/// pool has none. Always built from the stored case (``CaseStore/answer(caseID:on:)``) and
/// encoded with ``EventJSON/encoder`` (sorted keys), so every answer for a case is byte-identical.
struct ApplicationAnswer: Codable, Sendable, Equatable {
    /// The receipt text in the family's language.
    struct ReceiptText: Codable, Sendable, Equatable {
        var language: Language
        var title: String
        var lines: [String]
    }

    /// The coordinator's work contact, shown to the family.
    struct CoordinatorContact: Codable, Sendable, Equatable {
        var name: String
        var phone: String?
        var email: String?

        init(name: String, phone: String?, email: String?) {
            self.name = name
            self.phone = phone
            self.email = email
        }

        init(_ coordinator: Coordinator) {
            self.init(name: coordinator.name, phone: coordinator.phone, email: coordinator.email)
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(phone, forKey: .phone)  // explicit null
            try c.encode(email, forKey: .email)
        }
    }

    var caseID: CaseID
    var caseNumber: CaseNumber
    var receivedAt: Date
    var receipt: ReceiptText
    var services: [ServiceCode]
    var coordinator: CoordinatorContact?

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(caseID, forKey: .caseID)
        try c.encode(caseNumber, forKey: .caseNumber)
        try c.encode(receivedAt, forKey: .receivedAt)
        try c.encode(receipt, forKey: .receipt)
        try c.encode(services, forKey: .services)
        try c.encode(coordinator, forKey: .coordinator)  // explicit null
    }

    /// The JSON bytes of the answer.
    func json() throws -> [UInt8] { Array(try EventJSON.encoder.encode(self)) }
}
