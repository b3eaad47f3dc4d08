import Foundation
import InngangModels
import Testing
@testable import IntakeDomain

@Suite("File-backed development population register")
struct PopulationRegisterFileTests {
    typealias F = DevelopmentFamilies

    @Test func embeddedFamiliesUseValidSyntheticNumbers() throws {
        let all = [F.TwoGuardians.child, F.TwoGuardians.guardianA, F.TwoGuardians.guardianB,
                   F.SingleGuardian.child, F.SingleGuardian.guardian,
                   F.OneWithoutResponsibility.child, F.OneWithoutResponsibility.withResponsibility, F.OneWithoutResponsibility.withoutResponsibility,
                   F.ProtectedAddress.child, F.ProtectedAddress.protectedGuardian, F.ProtectedAddress.restrictedGuardian, F.youngAdult]
        for s in all {
            let n = try NationalIdentityNumber(s)
            #expect(n.isSynthetic)
            #expect(n.kind == .fodselsnummer)
        }
        #expect(Set(all).count == all.count)
        #expect(try NationalIdentityNumber(F.ProtectedAddress.child).birthDate == LocalDate(year: 2016, month: 2, day: 29))
    }

    @Test func embeddedRegisterAnswersFromTheDocument() async throws {
        let register = FileBackedPopulationRegister.embedded()
        let child = Fixture.nid(F.ProtectedAddress.child)
        #expect(try await register.person(child)?.addressProtection == .strengtFortrolig)
        #expect(try await register.guardians(of: child).count == 2)
        #expect(try await register.guardians(of: Fixture.nid(F.youngAdult)).isEmpty)
        #expect(try await register.person(Fixture.nid("20811451089")) == nil)
    }

    @Test func readsAFileAtTheBoundary() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dev-families-\(UUID().uuidString).json")
        try Data(F.json.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let register = try FileBackedPopulationRegister(contentsOf: url)
        #expect(try await register.guardians(of: Fixture.nid(F.TwoGuardians.child)).count == 2)

        let missing = url.appendingPathExtension("missing")
        #expect { try FileBackedPopulationRegister(contentsOf: missing) } throws: {
            ($0 as? IntakeDomainError)?.code == .registerFileUnreadable
        }
    }

    @Test func realLookingOrInvalidNumbersAreRejected() {
        // 12036050002: valid but not synthetic (born 1860: nobody living); 01868511084: wrong check digit.
        let json = """
            { "families": [ { "label": "bad", "children": [ { "person": "12036050002" } ],
              "guardians": [ { "person": "01868511084", "hasParentalResponsibility": true } ] } ] }
            """
        do {
            _ = try FileBackedPopulationRegister(json: Data(json.utf8))
            Issue.record("should be rejected")
        } catch {
            #expect(error.code == .invalidRegisterData)
            #expect(error.problems.map(\.pointer) == ["/families/0/guardians/0/person", "/families/0/children/0/person"])
            #expect(!error.problems.map(\.message).joined().contains("0186851108"))
        }
    }
}
