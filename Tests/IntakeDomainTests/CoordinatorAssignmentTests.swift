import Foundation
import Testing
@testable import IntakeDomain

@Suite("Coordinator assignment")
struct CoordinatorAssignmentTests {
    let pool = CoordinatorPool(municipality: "4601", coordinators: [
        Coordinator(id: "a", name: "A", languages: ["nb", "en"], capacity: 10),
        Coordinator(id: "b", name: "B", languages: ["nb", "ar"], capacity: 20),
        Coordinator(id: "c", name: "C", languages: ["nn", "so"], capacity: 10),
    ])

    func choose(_ loads: [String: Int], _ language: String) -> String? {
        CoordinatorAssignment.choose(pool: pool, currentLoads: loads, language: language)?.id
    }

    @Test func prefersFamilyLanguageThenLowestLoad() {
        // Only B speaks Arabic: chosen although A and C have lower loads.
        #expect(choose(["a": 0, "b": 15, "c": 0], "ar") == "b")
        // Norwegian: everyone (nb/nn are one language); lowest load relative to capacity:
        // A 5/10 = 0.5, B 8/20 = 0.4, C 6/10 = 0.6 → B.
        #expect(choose(["a": 5, "b": 8, "c": 6], "nb") == "b")
        #expect(choose(["a": 5, "b": 8, "c": 6], "nn") == "b")
    }

    @Test func speakerWhoIsFullGivesWayToAnyoneWithRoom() {
        #expect(choose(["b": 20, "a": 3, "c": 1], "ar") == "c")
    }

    @Test func tiesBreakStablyByLoadThenID() {
        // A 2/10 = B 4/20 = C 2/10 = 0.2: lower absolute load (A, C), then id.
        #expect(choose(["a": 2, "b": 4, "c": 2], "en") == "a")
        #expect(choose(["a": 2, "b": 4, "c": 2], "so") == "c")
        #expect(choose([:], "nb") == "a")
    }

    @Test func everyoneFullGivesNil() {
        #expect(choose(["a": 10, "b": 25, "c": 10], "nb") == nil)
        #expect(CoordinatorAssignment.choose(pool: CoordinatorPool(municipality: "4601", coordinators: []), currentLoads: [:], language: "nb") == nil)
        let zero = CoordinatorPool(municipality: "4601", coordinators: [Coordinator(id: "z", name: "Z", languages: ["nb"], capacity: 0)])
        #expect(CoordinatorAssignment.choose(pool: zero, currentLoads: [:], language: "nb") == nil)
    }
}

@Suite("Coordinator pool validation")
struct CoordinatorPoolTests {
    @Test func embeddedDevelopmentPoolIsValid() {
        #expect(DevelopmentCoordinators.pool().problems().isEmpty)
        #expect(DevelopmentCoordinators.pool().coordinators.count == 4)
    }

    @Test func reportsEveryProblem() {
        let pool = CoordinatorPool(municipality: "0301", coordinators: [
            Coordinator(id: "a", name: "A", phone: "+47 99", email: "a.example.no", languages: ["Norsk"], capacity: -1),
            Coordinator(id: "a", name: " ", languages: ["nb"], capacity: 5),
        ])
        #expect(pool.problems().map { "\($0.pointer) \($0.code)" } == [
            "/coordinators/0/languages/0 format", "/coordinators/0/capacity range", "/coordinators/0/email format",
            "/coordinators/0/phone format", "/coordinators/1/id duplicate", "/coordinators/1/name required",
        ])
    }
}
