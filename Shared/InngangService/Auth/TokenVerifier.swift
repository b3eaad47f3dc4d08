import Foundation
import JWTKit

/// Why a bearer token was not accepted. The reason is for logs and the problem detail; it never
/// contains claim values.
public struct AuthenticationError: Error, Sendable, CustomStringConvertible {
    public enum Reason: String, Sendable {
        case missingToken = "no bearer token"
        case malformed = "the token is not a well-formed JWT"
        case unknownIssuer = "the token's issuer is not trusted"
        case badSignature = "the token's signature or validity period did not verify"
        case wrongAudience = "the token was not issued for this audience"
        case callerKindNotAllowed = "this issuer may not vouch for this kind of caller"
        case missingClaims = "the token lacks the claims for a citizen (pid) or an employee (inngang_service, roles)"
    }
    public var reason: Reason
    public var description: String { reason.rawValue }
}

/// Verifies bearer tokens against the configured issuers (ES256) and turns them into a `Caller`.
public actor TokenVerifier {
    private var keysByIssuer: [String: (TrustedIssuer, JWTKeyCollection)] = [:]

    public init(configuration: AuthConfiguration) async throws {
        for issuer in configuration.issuers {
            let pem: String
            do {
                pem = try String(contentsOfFile: issuer.publicKeyFile, encoding: .utf8)
            } catch {
                throw ConfigurationError(service: "auth", problems: [
                    "cannot read the public key of issuer \(issuer.issuer) at \(issuer.publicKeyFile)"
                    + " (in development run `make dev-keys`)",
                ])
            }
            let key = try ES256PublicKey(pem: pem)
            let keys = JWTKeyCollection()
            await keys.add(ecdsa: key)
            keysByIssuer[issuer.issuer] = (issuer, keys)
        }
    }

    /// Verifies `token` and returns the caller it authenticates.
    public func verify(_ token: String) async throws(AuthenticationError) -> Caller {
        guard let unverifiedIssuer = Self.issuer(of: token) else { throw AuthenticationError(reason: .malformed) }
        guard let (issuer, keys) = keysByIssuer[unverifiedIssuer] else { throw AuthenticationError(reason: .unknownIssuer) }
        let claims: InngangClaims
        do {
            claims = try await keys.verify(token, as: InngangClaims.self)
        } catch {
            throw AuthenticationError(reason: .badSignature)
        }
        guard claims.iss.value == issuer.issuer else { throw AuthenticationError(reason: .unknownIssuer) }
        guard claims.aud.value.contains(issuer.audience) else { throw AuthenticationError(reason: .wrongAudience) }
        if let pid = claims.pid, !pid.isEmpty {
            guard issuer.callerKinds.contains(.citizen) else { throw AuthenticationError(reason: .callerKindNotAllowed) }
            return .citizen(.init(nationalIdentityNumber: pid, subject: claims.sub.value))
        }
        if let service = claims.service, !service.isEmpty, let roles = claims.roles, !roles.isEmpty {
            guard issuer.callerKinds.contains(.employee) else { throw AuthenticationError(reason: .callerKindNotAllowed) }
            return .employee(.init(subject: claims.sub.value, service: service, roles: Set(roles), name: claims.name))
        }
        throw AuthenticationError(reason: .missingClaims)
    }

    /// Reads `iss` from the unverified payload only to choose the key set; nothing else is trusted
    /// before the signature verifies.
    static func issuer(of token: String) -> String? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        var base64 = parts[1].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let iss = object["iss"] as? String else { return nil }
        return iss
    }
}
