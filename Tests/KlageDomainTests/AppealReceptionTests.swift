import Foundation
import InngangModels
import Testing

@testable import KlageDomain

/// Filing: party rule, form, timeliness and the interim-reply clock at once.
@Suite struct AppealReceptionTests {
    let f = Filing()

    @Test func completeTimelyAppealGoesStraightToTheUnderinstans() throws {
        let receipt = try AppealReception.receive(f.submission(), appellant: f.guardian, notice: Refusal.delivered)
        #expect(receipt.role == .guardian)
        #expect(receipt.state == AppealState(stage: .underPreparation, timeliness: .inTime))
        #expect(receipt.timeliness?.deadline.lastDay == day(2026, 2, 2))
        #expect(receipt.completeBy == nil)
        #expect(receipt.klageinstans == .statsforvalteren)
        #expect(receipt.interimReplyDueBy == day(2026, 2, 20))
    }

    @Test func missingPartsRegisterTheAppealAsIncompleteWithACompletionDeadline() throws {
        let receipt = try AppealReception.receive(
            f.submission(change: nil, sentAt: oslo(2026, 3, 3)), appellant: f.guardian, notice: Refusal.delivered)
        #expect(receipt.state.stage == .awaitingCompletion)
        #expect(receipt.form.missing == [.changeWanted])
        #expect(receipt.completeBy == day(2026, 3, 17))
        #expect(receipt.state.timeliness == .lateForAssessment)
    }

    @Test func appealWithoutItsDecisionHasUndeterminedTimelinessUntilCompleted() throws {
        let receipt = try AppealReception.receive(f.submission(decision: false), appellant: f.guardian, notice: nil)
        #expect(receipt.state == AppealState(stage: .awaitingCompletion, timeliness: nil))
        #expect(receipt.timeliness == nil)
        #expect(receipt.completeBy == day(2026, 2, 3))
    }

    @Test func lateAppealIsRegisteredAndFlagged() throws {
        let receipt = try AppealReception.receive(f.submission(sentAt: oslo(2026, 4, 1)), appellant: f.guardian, notice: Refusal.delivered)
        #expect(receipt.state == AppealState(stage: .underPreparation, timeliness: .lateForAssessment))
    }

    @Test func nonPartyCannotFile() {
        let stranger = AppellantFacts(relation: .guardian(hasParentalResponsibility: false), childBirthDate: day(2015, 5, 15))
        #expect { try AppealReception.receive(f.submission(), appellant: stranger, notice: Refusal.delivered) } throws: {
            ($0 as? KlageDomainError)?.code == .notAParty
        }
    }

    @Test func klageinstansIsConfigurablePerService() throws {
        let rules = KlageRules(klageinstansByService: ["fritid": .kommunalKlagenemnd])
        let receipt = try AppealReception.receive(f.submission(service: "fritid"), appellant: f.guardian, notice: Refusal.delivered, rules: rules)
        #expect(receipt.klageinstans == .kommunalKlagenemnd)
        #expect(rules.klageinstans(for: "ppt") == .statsforvalteren)
    }
}
