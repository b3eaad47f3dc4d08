import Foundation
import InngangService
import Testing

@Suite struct AuthenticationTests {
    @Test func citizenTokenFromTrustedIssuerAuthenticatesCitizen() async throws {
        let keys = try TestIssuer()
        let verifier = try await TokenVerifier(configuration: keys.auth)
        let token = try await keys.issuer.citizenToken(nationalIdentityNumber: "01010112345")
        let caller = try await verifier.verify(token)
        guard case .citizen(let citizen) = caller else { Issue.record("expected a citizen, got \(caller)"); return }
        #expect(citizen.nationalIdentityNumber == "01010112345")
        #expect(!caller.auditReference.contains("01010112345"))
    }

    @Test func employeeTokenCarriesServiceAndRoles() async throws {
        let keys = try TestIssuer()
        let verifier = try await TokenVerifier(configuration: keys.auth)
        let token = try await keys.issuer.employeeToken(subject: "e1", service: "ppt", roles: ["caseworker", "coordinator"])
        let caller = try await verifier.verify(token)
        #expect(caller == .employee(.init(subject: "e1", service: "ppt", roles: ["caseworker", "coordinator"])))
    }

    @Test func tokenSignedByAnotherKeyIsRefused() async throws {
        let trusted = try TestIssuer()
        let impostor = try TestIssuer()   // same issuer name, different key
        let verifier = try await TokenVerifier(configuration: trusted.auth)
        let token = try await impostor.issuer.citizenToken(nationalIdentityNumber: "01010112345")
        await #expect(throws: AuthenticationError.self) { try await verifier.verify(token) }
    }

    @Test func expiredTokenIsRefused() async throws {
        let keys = try TestIssuer()
        let verifier = try await TokenVerifier(configuration: keys.auth)
        let token = try await keys.issuer.citizenToken(nationalIdentityNumber: "01010112345", lifetime: -60)
        do {
            _ = try await verifier.verify(token)
            Issue.record("an expired token was accepted")
        } catch {
            #expect(error.reason == .badSignature)
        }
    }

    @Test func issuerMayOnlyVouchForItsCallerKinds() async throws {
        let keys = try TestIssuer(callerKinds: [.citizen])
        let verifier = try await TokenVerifier(configuration: keys.auth)
        let token = try await keys.issuer.employeeToken(subject: "e1", service: "ppt", roles: ["caseworker"])
        do {
            _ = try await verifier.verify(token)
            Issue.record("an employee token from a citizen-only issuer was accepted")
        } catch {
            #expect(error.reason == .callerKindNotAllowed)
        }
    }

    @Test func garbageIsMalformed() async throws {
        let keys = try TestIssuer()
        let verifier = try await TokenVerifier(configuration: keys.auth)
        do {
            _ = try await verifier.verify("not-a-jwt")
            Issue.record("garbage accepted")
        } catch {
            #expect(error.reason == .malformed)
        }
    }
}
