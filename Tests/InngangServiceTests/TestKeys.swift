import Foundation
import InngangService
import JWTKit

/// A throwaway development issuer in a temporary directory, for tests.
struct TestIssuer {
    let directory: String
    let issuer: DevelopmentIssuer
    let auth: AuthConfiguration

    init(callerKinds: [CallerKind] = CallerKind.allCases) throws {
        directory = NSTemporaryDirectory() + "inngang-jwt-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let key = ES256PrivateKey()
        try key.pemRepresentation.write(toFile: directory + "/dev-issuer-private.pem", atomically: true, encoding: .utf8)
        try key.publicKey.pemRepresentation.write(toFile: directory + "/dev-issuer-public.pem", atomically: true, encoding: .utf8)
        issuer = DevelopmentIssuer(keyDirectory: directory)
        auth = AuthConfiguration(issuers: [TrustedIssuer(
            issuer: AuthConfiguration.developmentIssuer, audience: AuthConfiguration.defaultAudience,
            publicKeyFile: directory + "/dev-issuer-public.pem", callerKinds: callerKinds)])
    }
}
