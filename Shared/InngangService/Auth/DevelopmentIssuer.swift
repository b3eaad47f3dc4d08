import Foundation
import JWTKit

/// The development token issuer: signs tokens with the ES256 key `make dev-keys` writes to
/// `.local/jwt/dev-issuer-private.pem`. Never trusted in production (see `AuthConfiguration`).
public struct DevelopmentIssuer: Sendable {
    public let keyDirectory: String

    public init(keyDirectory: String) { self.keyDirectory = keyDirectory }

    public func sign(_ claims: InngangClaims) async throws -> String {
        let pem = try String(contentsOfFile: keyDirectory + "/dev-issuer-private.pem", encoding: .utf8)
        let keys = JWTKeyCollection()
        await keys.add(ecdsa: try ES256PrivateKey(pem: pem))
        return try await keys.sign(claims)
    }

    /// A citizen token for `nationalIdentityNumber`, valid for `lifetime`.
    public func citizenToken(nationalIdentityNumber: String, lifetime: TimeInterval = 3600) async throws -> String {
        try await sign(InngangClaims(
            iss: AuthConfiguration.developmentIssuer, sub: "dev-citizen-" + String(nationalIdentityNumber.suffix(5)),
            aud: AuthConfiguration.defaultAudience, exp: Date().addingTimeInterval(lifetime),
            pid: nationalIdentityNumber, acr: "idporten-loa-high"))
    }

    /// An employee token for `subject` in `service` with `roles`.
    public func employeeToken(subject: String, service: String, roles: [String], name: String? = nil,
                              lifetime: TimeInterval = 3600) async throws -> String {
        try await sign(InngangClaims(
            iss: AuthConfiguration.developmentIssuer, sub: subject, aud: AuthConfiguration.defaultAudience,
            exp: Date().addingTimeInterval(lifetime), service: service, roles: roles, name: name))
    }
}
