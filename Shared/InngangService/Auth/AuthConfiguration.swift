import Foundation

/// Which kinds of caller an issuer may authenticate. ID-porten issues citizen tokens; the
/// municipality's employee identity provider issues employee tokens; the development issuer both.
public enum CallerKind: String, Codable, Sendable, CaseIterable {
    case citizen, employee
}

/// One trusted token issuer: its `iss`, the audience tokens must carry, its ES256 public key (PEM)
/// and the kinds of caller it may vouch for.
public struct TrustedIssuer: Codable, Sendable, Equatable {
    public var issuer: String
    public var audience: String
    public var publicKeyFile: String
    public var callerKinds: [CallerKind]

    public init(issuer: String, audience: String, publicKeyFile: String, callerKinds: [CallerKind]) {
        self.issuer = issuer
        self.audience = audience
        self.publicKeyFile = publicKeyFile
        self.callerKinds = callerKinds
    }
}

/// Token verification settings. `INNGANG_JWT_ISSUERS` is a JSON array of `TrustedIssuer`; in
/// development, when it is unset, the development issuer whose key `make dev-keys` creates under
/// `.local/jwt` is trusted for both kinds of caller.
public struct AuthConfiguration: Sendable {
    public static let developmentIssuer = "https://dev-issuer.inngang.local"
    public static let defaultAudience = "inngang"
    public var issuers: [TrustedIssuer]

    public init(issuers: [TrustedIssuer]) { self.issuers = issuers }

    /// Directory of the development issuer's keys: `INNGANG_DEV_JWT_DIR`, else `.local/jwt` under
    /// `INNGANG_ROOT` or the working directory.
    public static func developmentKeyDirectory(_ env: EnvironmentReader) -> String {
        if let dir = env.optionalString("INNGANG_DEV_JWT_DIR") { return dir }
        let root = env.optionalString("INNGANG_ROOT") ?? FileManager.default.currentDirectoryPath
        return root + "/.local/jwt"
    }

    static func read(environment: DeploymentEnvironment, from env: inout EnvironmentReader) -> AuthConfiguration {
        if let raw = env.optionalString("INNGANG_JWT_ISSUERS") {
            do {
                let issuers = try JSONDecoder().decode([TrustedIssuer].self, from: Data(raw.utf8))
                if issuers.isEmpty { env.record("INNGANG_JWT_ISSUERS must name at least one issuer") }
                return AuthConfiguration(issuers: issuers)
            } catch {
                env.record("INNGANG_JWT_ISSUERS must be a JSON array of {issuer, audience, publicKeyFile, callerKinds}")
                return AuthConfiguration(issuers: [])
            }
        }
        guard environment != .production else {
            env.record("INNGANG_JWT_ISSUERS is required in production (the development issuer is never trusted there)")
            return AuthConfiguration(issuers: [])
        }
        let dir = developmentKeyDirectory(env)
        return AuthConfiguration(issuers: [
            TrustedIssuer(issuer: developmentIssuer, audience: defaultAudience,
                          publicKeyFile: dir + "/dev-issuer-public.pem", callerKinds: CallerKind.allCases),
        ])
    }
}
