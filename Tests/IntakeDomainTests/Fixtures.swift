import Foundation
import InngangModels
@testable import IntakeDomain

/// Shared test data: the embedded development families, a complete valid submission, fixed dates.
enum Fixture {

    static func nid(_ s: String) -> NationalIdentityNumber { try! NationalIdentityNumber(s) }

    static func date(_ s: String) -> LocalDate { LocalDate(s)! }

    /// Noon Oslo time on `day`.
    static func instant(_ day: String) -> Date { date(day).startOfDay(in: .oslo).addingTimeInterval(12 * 3600) }

    static let today = date("2026-11-23")

    /// A valid application for the two-guardian family's child (aged 11 on ``today``).
    static func submission(
        categories: [String] = ["learning", "speech-language"], description: String = "Strever med lesing og skriving.",
        childView: ApplicationSubmission.ChildViewInput? = .init(mode: "own-words", text: "Jeg vil ha hjelp med lesing."),
        language: String = "nb", interpreter: ApplicationSubmission.InterpreterInput? = nil
    ) -> ApplicationSubmission {
        ApplicationSubmission(
            child: DevelopmentFamilies.TwoGuardians.child,
            needs: .init(categories: categories, description: description),
            childView: childView, language: language, interpreter: interpreter,
            contact: .init(preferredChannel: "sms", language: language, smsWindowStartMinute: 540, smsWindowEndMinute: 1080),
            existingServices: ["helsestasjon"])
    }

    static let rules = DevelopmentRouting.rules()
    static let pool = DevelopmentCoordinators.pool()
}

/// A register that cannot answer (network down, timeout).
struct FailingRegister: PopulationRegister {
    struct Down: Error {}
    func guardians(of child: NationalIdentityNumber) async throws -> [GuardianRecord] { throw Down() }
    func person(_ id: NationalIdentityNumber) async throws -> PersonRecord? { throw Down() }
}
