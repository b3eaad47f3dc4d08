import Foundation
import HTTPTypes
import Hummingbird
import IntakeDomain
import InngangModels
import InngangService

extension HTTPField.Name {
    /// The client's key for a retry-safe `POST`.
    static let idempotencyKey = HTTPField.Name("Idempotency-Key")!
    /// `true` on an answer replayed from an earlier request with the same key.
    static let idempotentReplayed = HTTPField.Name("Idempotent-Replayed")!
}

/// Reading the parts of a request that are not the body — path ids, `lang`, `Idempotency-Key` —
/// and writing JSON answers. Problems never echo the value sent.
enum HTTPInputs {
    /// `{consentID}`; a malformed id is simply an unknown consent (404).
    static func consentID(_ context: InngangRequestContext) throws -> ConsentID {
        guard let raw = context.parameters.get("consentID"), let id = ConsentID(raw) else { throw ConsentProblems.noSuchConsent }
        return id
    }

    /// `?lang=nb|nn|en`, default `nb`.
    static func language(_ request: Request) throws -> Language {
        guard let raw = request.uri.queryParameters.get("lang") else { return .nb }
        guard let language = Language(rawValue: raw) else {
            throw ProblemDetails.badRequest("The query parameter lang must be one of nb, nn, en.")
        }
        return language
    }

    /// The optional `Idempotency-Key` header (the same rules as intake's: one header of 1–128
    /// characters `A–Z a–z 0–9 - _ . :`).
    static func idempotencyKey(_ request: Request) throws -> String? {
        let values = request.headers[values: .idempotencyKey]
        guard !values.isEmpty else { return nil }
        guard values.count == 1, let key = try? IdempotencyKey(values[0]) else {
            throw ProblemDetails.badRequest(
                "Send at most one Idempotency-Key header of 1–\(IdempotencyKey.maxLength) characters A–Z, a–z, 0–9, '-', '_', '.' or ':' (a UUID fits), and the same key when retrying.")
        }
        return key.rawValue
    }

    /// The token's service as a service code, or 403.
    static func service(of employee: Caller.Employee) throws -> ServiceCode {
        let service = ServiceCode(rawValue: employee.service)
        guard service.isWellFormed else { throw ProblemDetails.forbidden("The token's service is not a valid service code.") }
        return service
    }

    /// The citizen caller as a person.
    static func person(_ citizen: Caller.Citizen) -> PersonRef {
        PersonRef(nationalIdentityNumber: citizen.nationalIdentityNumber)
    }
}

extension HTTPInputs {
    /// A body that must be a JSON object (its members are ignored) or empty: `withdraw`'s `{}`.
    static func requireObjectBody(_ request: Request, _ context: InngangRequestContext) async throws {
        let buffer = try await request.body.collect(upTo: 64 * 1024)
        let data = Data(buffer: buffer)
        guard !data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return }
        guard (try? JSONSerialization.jsonObject(with: data)) is [String: Any] else {
            throw ProblemDetails.badRequest("The body must be a JSON object ({}).")
        }
    }
}
