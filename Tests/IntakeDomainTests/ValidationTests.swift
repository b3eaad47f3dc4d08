import Foundation
import InngangModels
import Testing
@testable import IntakeDomain

@Suite("Application validation")
struct ValidationTests {
    @Test func completeSubmissionBecomesTypedApplication() throws {
        let app = try Fixture.submission(categories: ["speech-language", "learning"]).validated(on: Fixture.today)
        #expect(app.child.value == DevelopmentFamilies.TwoGuardians.child)
        #expect(app.needCategories == [.learning, .speechLanguage])  // catalogue order
        #expect(app.childView == ChildView(mode: .ownWords, text: "Jeg vil ha hjelp med lesing."))
        #expect(app.language == .nb)
        #expect(app.interpreter == nil)
        #expect(app.contact == ContactPreference(preferredChannel: .sms, language: .nb, smsWindowStartMinute: 540, smsWindowEndMinute: 1080))
        #expect(app.existingServices == ["helsestasjon"])
        // Storable as JSON by the store, and read back unchanged.
        let stored = try JSONEncoder().encode(app)
        #expect(try JSONDecoder().decode(ValidApplication.self, from: stored) == app)
    }

    @Test func reportsEveryProblemWithoutEchoingValues() {
        let secretText = "HEMMELIG-TEKST"
        let badNumber = "12831551088"  // wrong second check digit
        let s = ApplicationSubmission(
            child: badNumber,
            needs: .init(categories: ["learning", "astrology-\(secretText)", "learning"], description: String(repeating: "x", count: 4001)),
            childView: .init(mode: "telepathy-\(secretText)"),
            language: "de",
            interpreter: .init(needed: true, language: "Arabic-\(secretText)"),
            contact: .init(preferredChannel: "pigeon", language: nil, smsWindowStartMinute: 1100, smsWindowEndMinute: 600),
            existingServices: ["PPT!", "nav", "nav"])
        let problems = s.problems(on: Fixture.today)
        let byPointer = Dictionary(grouping: problems, by: \.pointer).mapValues { $0.map(\.code) }
        #expect(byPointer["/child"] == [.invalidNationalIdentityNumber])
        #expect(byPointer["/needs/categories/1"] == [.unknownCategory])
        #expect(byPointer["/needs/categories/2"] == [.duplicate])
        #expect(byPointer["/needs/description"] == [.length])
        #expect(byPointer["/childView/mode"] == [.unknownCode])
        #expect(byPointer["/language"] == [.unknownCode])
        #expect(byPointer["/interpreter/language"] == [.format])
        #expect(byPointer["/contact/preferredChannel"] == [.unknownCode])
        #expect(byPointer["/contact/language"] == [.required])
        #expect(byPointer["/contact/smsWindowEndMinute"] == [.inconsistent])
        #expect(byPointer["/existingServices/0"] == [.format])
        #expect(byPointer["/existingServices/2"] == [.duplicate])
        #expect(problems.count == 12)
        let everything = problems.map { "\($0.pointer) \($0.message)" }.joined(separator: "\n")
        for leaked in [secretText, badNumber, "astrology", "telepathy", "Arabic", "pigeon", "PPT!", "xxxx"] {
            #expect(!everything.contains(leaked), "problem text echoes a submitted value")
        }
        #expect(throws: IntakeDomainError.self) { try s.validated(on: Fixture.today) }
        do {
            _ = try s.validated(on: Fixture.today)
        } catch {
            #expect(error.code == .invalidSubmission)
            #expect(error.problems == problems)
            #expect(!error.isRetriable)
        }
    }

    @Test func emptyBodyReportsEachRequiredField() {
        let problems = ApplicationSubmission().problems(on: Fixture.today)
        #expect(problems.map(\.pointer) == ["/child", "/needs/categories", "/needs/description", "/language", "/contact"])
        #expect(problems.allSatisfy { $0.code == .required })
    }

    @Test func unknownCategoryIsAnError() {
        let problems = Fixture.submission(categories: ["learning", "astrology"]).problems(on: Fixture.today)
        #expect(problems == [FieldProblem("/needs/categories/1", .unknownCategory, "Not a need category in the catalogue.")])
    }

    @Test func catalogueCodesAreStable() {
        #expect(NeedCategory.allCases.map(\.rawValue) == [
            "learning", "speech-language", "mental-health", "physical-health", "behaviour", "family-support",
            "respite", "leisure", "school-support", "kindergarten-support", "welfare-nav", "child-welfare-concern",
        ])
    }

    @Test func childViewRequiredFromAgeSeven() throws {
        // The single-guardian family's child turns 7 on 2026-11-05.
        var s = Fixture.submission(childView: nil)
        s.child = DevelopmentFamilies.SingleGuardian.child
        #expect(s.problems(on: Fixture.date("2026-11-04")).isEmpty)
        let problems = s.problems(on: Fixture.date("2026-11-05"))
        #expect(problems.map(\.pointer) == ["/childView"])
        #expect(problems.first?.code == .required)
        // 18 and over: the young person's application is their own view.
        s.child = DevelopmentFamilies.youngAdult
        #expect(s.problems(on: Fixture.today).isEmpty)
    }

    @Test func childNotAskedNeedsAReasonAndNoText() {
        let missingReason = Fixture.submission(childView: .init(mode: "not-asked", text: "x")).problems(on: Fixture.today)
        #expect(Set(missingReason.map(\.pointer)) == ["/childView/notAskedReason", "/childView/text"])
        let ok = Fixture.submission(childView: .init(mode: "not-asked", notAskedReason: "will-be-heard-later"))
        #expect(ok.problems(on: Fixture.today).isEmpty)
        let withHelpWithoutText = Fixture.submission(childView: .init(mode: "with-help", text: "   "))
        #expect(withHelpWithoutText.problems(on: Fixture.today) == [FieldProblem("/childView/text", .required, "This text is required.")])
    }

    @Test func interpreterLanguageRequiredOnlyWhenNeeded() throws {
        #expect(Fixture.submission(interpreter: .init(needed: true)).problems(on: Fixture.today).map(\.pointer) == ["/interpreter/language"])
        #expect(Fixture.submission(interpreter: .init(needed: false, language: "ar")).problems(on: Fixture.today).map(\.code) == [.notAllowed])
        let app = try Fixture.submission(interpreter: .init(needed: true, language: "ar")).validated(on: Fixture.today)
        #expect(app.interpreter == InterpreterNeed(language: "ar"))
        #expect(app.preferredCoordinatorLanguage == "ar")
    }

    @Test func childOutsideZeroToTwentyFourIsRefused() {
        var s = Fixture.submission()
        s.child = "03837911027"  // born 1979
        #expect(s.problems(on: Fixture.today) == [FieldProblem("/child", .ageOutOfRange, "Intake serves children and young people aged 0–24.")])
    }

    @Test func controlCharactersInFreeTextAreRejected() {
        let problems = Fixture.submission(description: "Hei\u{0}der").problems(on: Fixture.today)
        #expect(problems.map(\.code) == [.invalidCharacters])
        #expect(Fixture.submission(description: "Linje 1\nLinje 2\tmed tab").problems(on: Fixture.today).isEmpty)
    }

    @Test func smsWindowNeedsBothEnds() {
        var s = Fixture.submission()
        s.contact?.smsWindowEndMinute = nil
        #expect(s.problems(on: Fixture.today) == [
            FieldProblem("/contact/smsWindowEndMinute", .required, "Give both ends of the SMS window, or neither.")
        ])
    }

    @Test func undecodableBodyBecomesAProblemWithPointerAndNoValue() throws {
        let body = #"{"needs": {"categories": ["learning", 42]}}"#
        do {
            _ = try JSONDecoder().decode(ApplicationSubmission.self, from: Data(body.utf8))
            Issue.record("decoding should fail")
        } catch let error as DecodingError {
            let problem = FieldProblem(decodingError: error)
            #expect(problem.pointer == "/needs/categories/1")
            #expect(problem.code == .type)
            #expect(!problem.message.contains("42"))
        }
    }

    @Test func jsonPointerEscapesSlashAndTilde() {
        #expect((JSONPointer.root / "processingTimes" / "a/b~c" / 3).description == "/processingTimes/a~1b~0c/3")
    }
}
