import Foundation
import InngangModels
import Testing

@testable import KlageDomain

/// forvaltningsloven § 42: a request to postpone carrying out the decision, tracked.
@Suite struct PostponementTests {
    let request = ExecutionPostponement.requested(at: oslo(2026, 1, 20))

    @Test func postponementRequestIsTrackedUntilGranted() throws {
        #expect(request.status == .requested)
        let granted = try request.granted(by: .underinstans, at: oslo(2026, 1, 22))
        #expect(granted.status == .granted)
        #expect(granted.decidedBy == .underinstans)
        #expect(granted.decidedAt == oslo(2026, 1, 22))
    }

    @Test func postponementRequestCanBeRefused() throws {
        #expect(try request.refused(by: .klageinstans, at: oslo(2026, 2, 2)).status == .refused)
    }

    @Test func decidedPostponementCannotBeDecidedAgain() throws {
        let granted = try request.granted(by: .underinstans, at: oslo(2026, 1, 22))
        #expect { try granted.refused(by: .underinstans, at: oslo(2026, 1, 23)) } throws: {
            ($0 as? KlageDomainError)?.code == .illegalTransition
        }
    }
}
