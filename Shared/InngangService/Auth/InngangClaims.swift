import Foundation
import JWTKit

/// The claims Inngang reads from a bearer token. Citizen tokens (ID-porten style) carry `pid`;
/// employee tokens carry `inngang_service` and `roles`.
public struct InngangClaims: JWTPayload, Equatable {
    public var iss: IssuerClaim
    public var sub: SubjectClaim
    public var aud: AudienceClaim
    public var exp: ExpirationClaim
    public var iat: IssuedAtClaim?
    public var nbf: NotBeforeClaim?
    /// Citizen: national identity number (ID-porten's `pid`).
    public var pid: String?
    /// Citizen: level of assurance, e.g. `idporten-loa-high`.
    public var acr: String?
    /// Employee: the service the employee works in.
    public var service: String?
    /// Employee: roles, e.g. `caseworker`, `coordinator`, `underinstans`.
    public var roles: [String]?
    /// Employee: display name (shown to families as their contact; never logged).
    public var name: String?

    enum CodingKeys: String, CodingKey {
        case iss, sub, aud, exp, iat, nbf, pid, acr, roles, name
        case service = "inngang_service"
    }

    public init(iss: String, sub: String, aud: String, exp: Date, iat: Date? = Date(), pid: String? = nil, acr: String? = nil,
                service: String? = nil, roles: [String]? = nil, name: String? = nil) {
        self.iss = IssuerClaim(value: iss)
        self.sub = SubjectClaim(value: sub)
        self.aud = AudienceClaim(value: aud)
        self.exp = ExpirationClaim(value: exp)
        self.iat = iat.map { IssuedAtClaim(value: $0) }
        self.pid = pid
        self.acr = acr
        self.service = service
        self.roles = roles
        self.name = name
    }

    public func verify(using algorithm: some JWTAlgorithm) async throws {
        try exp.verifyNotExpired()
        try nbf?.verifyNotBefore()
    }
}
