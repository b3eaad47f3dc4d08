import ApplicationStatusDomain
import HTTPTypes
import Hummingbird
import InngangModels
import InngangService

/// Reading the parts of a request that are not the body: path ids, `lang`, `Idempotency-Key`.
/// Problems never echo the value sent.
enum RequestInputs {
    /// `{caseID}`; a malformed id is simply an unknown case (404).
    static func caseID(_ context: InngangRequestContext) throws -> CaseID {
        guard let caseID = context.parameters.get("caseID", as: CaseID.self) else { throw ProblemDetails.noSuchCase }
        return caseID
    }

    /// `?lang=nb|nn|en`, default `nb`.
    static func language(_ request: Request) throws -> Language {
        guard let raw = request.uri.queryParameters.get("lang") else { return .nb }
        guard let language = Language(rawValue: raw) else {
            throw ProblemDetails.badRequest("The query parameter lang must be one of nb, nn, en.")
        }
        return language
    }

    static let idempotencyKeyField = HTTPField.Name("Idempotency-Key")!

    /// The optional `Idempotency-Key` header: 1–255 visible ASCII characters.
    static func idempotencyKey(_ request: Request) throws -> String? {
        guard let value = request.headers[idempotencyKeyField] else { return nil }
        let ok = (1...255).contains(value.unicodeScalars.count)
            && value.unicodeScalars.allSatisfy { (0x21...0x7E).contains($0.value) }
        guard ok else {
            throw ProblemDetails.badRequest("The Idempotency-Key header must be 1–255 visible ASCII characters.")
        }
        return value
    }
}

extension Caller {
    /// The domain's view of the caller: a citizen is a guardian (by national identity number),
    /// an employee a caseworker of the token's service.
    var viewer: Viewer {
        switch self {
        case .citizen(let citizen): .guardian(PersonRef(nationalIdentityNumber: citizen.nationalIdentityNumber))
        case .employee(let employee): .caseworker(service: ServiceCode(rawValue: employee.service), employeeID: employee.subject)
        }
    }
}
