import Foundation
import HTTPTypes
import Hummingbird
import InngangModels
import InngangService

/// Reading the parts of a request that are not the body — path ids, `lang`, `Idempotency-Key` —
/// and writing JSON answers. Problems never echo the value sent.
enum RequestInputs {
    static let idempotencyKeyField = HTTPField.Name("Idempotency-Key")!
    static let replayedField = HTTPField.Name("Idempotent-Replayed")!

    /// `{appealID}`; a malformed id is simply an unknown appeal (404).
    static func appealID(_ context: InngangRequestContext) throws -> AppealID {
        guard let appealID = context.parameters.get("appealID", as: AppealID.self) else { throw ProblemDetails.noSuchAppeal }
        return appealID
    }

    /// `?lang=nb|nn|en`, default `nb`.
    static func language(_ request: Request) throws -> Language {
        guard let raw = request.uri.queryParameters.get("lang") else { return .nb }
        guard let language = Language(rawValue: raw) else {
            throw ProblemDetails.badRequest("The query parameter lang must be one of nb, nn, en.")
        }
        return language
    }

    /// The optional `Idempotency-Key` header: one value of 1–255 visible ASCII characters.
    static func idempotencyKey(_ request: Request) throws -> String? {
        let values = request.headers[values: idempotencyKeyField]
        guard let value = values.first else { return nil }
        let ok = values.count == 1 && (1...255).contains(value.unicodeScalars.count)
            && value.unicodeScalars.allSatisfy { (0x21...0x7E).contains($0.value) }
        guard ok else {
            throw ProblemDetails.badRequest("Send at most one Idempotency-Key header of 1–255 visible ASCII characters (a UUID fits).")
        }
        return value
    }

    /// A JSON body, decoded leniently: an empty body counts as `{}`; malformed JSON or a field of
    /// the wrong type is a 400 naming the field by path, never its value.
    static func body<T: Decodable>(_ request: Request, as type: T.Type, context: InngangRequestContext) async throws -> T {
        let buffer = try await request.body.collect(upTo: maxBodyBytes)
        var data = Data(buffer: buffer)
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { data = Data("{}".utf8) }
        // A DecodingError becomes a 400 problem in the shared ProblemMiddleware (path only).
        return try JSONDecoder().decode(T.self, from: data)
    }

    /// Largest body accepted: two texts of at most 20 000 characters, attachments and room to spare.
    static let maxBodyBytes = 256 * 1024
}

