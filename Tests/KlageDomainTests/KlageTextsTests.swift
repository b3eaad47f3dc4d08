import Foundation
import InngangModels
import Testing

@testable import KlageDomain

/// Texts for the family in nb, nn and en: receipt (with timeliness and the deadline's basis),
/// forwarded, decided, interim reply, postponement.
@Suite struct KlageTextsTests {
    let f = Filing()

    func receipt(sentAt: Date = oslo(2026, 1, 20), notice: NoticeFacts? = Refusal.delivered, change: String? = "x", decision: Bool = true) throws -> AppealReceipt {
        try AppealReception.receive(f.submission(decision: decision, change: change, sentAt: sentAt), appellant: f.guardian, notice: notice)
    }

    @Test func receiptInTimeStatesTheDeadlineAndItsBasis() throws {
        let r = try receipt()
        let nb = KlageTexts.appealReceived(r, serviceName: "PPT", language: .nb)
        #expect(nb.contains("Vi har mottatt klagen din på vedtaket fra PPT."))
        #expect(nb.contains("Klagen kom innen fristen."))
        #expect(nb.contains("2. februar 2026"))
        #expect(nb.contains("regnet fra 12. januar 2026, da du fikk vedtaket"))
        #expect(KlageTexts.appealReceived(r, serviceName: "PPT", language: .nn).contains("Klaga kom innan fristen."))
        #expect(KlageTexts.appealReceived(r, serviceName: "PPT", language: .en).contains("2 February 2026"))
    }

    @Test func receiptCountedFromTheDecisionDateSaysNoDeliveryIsRecorded() throws {
        let r = try receipt(notice: Refusal.notDelivered)
        #expect(KlageTexts.appealReceived(r, serviceName: nil, language: .nb).contains("fordi vi ikke har registrert når du fikk det"))
        #expect(KlageTexts.appealReceived(r, serviceName: nil, language: .nn).contains("fordi vi ikkje har registrert når du fekk det"))
        #expect(KlageTexts.appealReceived(r, serviceName: nil, language: .en).contains("because we have no record of when you received it"))
    }

    @Test func lateReceiptIsCalmAndInvitesAnExplanation() throws {
        let r = try receipt(sentAt: oslo(2026, 4, 1))
        let alarming = ["avvis", "for sent", "for seint", "reject", "dismiss", "too late"]
        let invitations: [Language: String] = [
            .nb: "Skriv gjerne hvorfor", .nn: "Skriv gjerne kvifor", .en: "Please tell us why",
        ]
        for language in Language.allCases {
            let text = KlageTexts.appealReceived(r, serviceName: "PPT", language: language)
            #expect(!alarming.contains { text.lowercased().contains($0) }, "\(language): \(text)")
            #expect(text.contains(invitations[language]!))
            #expect(text.contains(language == .en ? "2 February 2026" : "2. februar 2026"))
        }
    }

    @Test func receiptBeyondTheYearSaysItCannotAsARuleBeDealtWith() throws {
        let r = try receipt(sentAt: oslo(2027, 2, 1))
        let nb = KlageTexts.appealReceived(r, serviceName: nil, language: .nb)
        #expect(nb.contains("mer enn ett år"))
        #expect(!nb.contains("sendes klagen til"))
    }

    @Test func incompleteReceiptNamesWhatIsMissingAndTheDate() throws {
        let r = try receipt(change: nil, decision: false)
        #expect(KlageTexts.appealReceived(r, serviceName: nil, language: .nb)
            .contains("hvilket vedtak du klager på og hva du ønsker endret. Send dette innen 3. februar 2026."))
        #expect(KlageTexts.appealReceived(r, serviceName: nil, language: .en)
            .contains("which decision you are appealing and what change you want. Please send this by 3 February 2026."))
    }

    @Test func receiptWithoutServiceNameDoesNotNameOne() throws {
        #expect(KlageTexts.appealReceived(try receipt(), serviceName: nil, language: .nb).hasPrefix("Vi har mottatt klagen din på vedtaket."))
    }

    @Test func forwardedNamesTheKlageinstans() {
        #expect(KlageTexts.appealForwarded(to: .statsforvalteren, language: .nb).contains("sendt til Statsforvalteren"))
        #expect(KlageTexts.appealForwarded(to: .statsforvalteren, language: .nn).contains("send til Statsforvaltaren"))
        #expect(KlageTexts.appealForwarded(to: .kommunalKlagenemnd, language: .en).contains("the municipal appeals board"))
    }

    @Test func everyOutcomeHasItsOwnTextInEveryLanguage() {
        let outcomes: [AppealOutcome] = [.reversed(.full), .reversed(.partial), .rejected, .upheld, .changed, .quashed, .rejectedByKlageinstans]
        for language in Language.allCases {
            let texts = outcomes.map { KlageTexts.appealDecided($0, language: language) }
            #expect(Set(texts).count == outcomes.count)
            #expect(texts.allSatisfy { !$0.isEmpty && !$0.contains("  ") })
        }
        #expect(KlageTexts.appealDecided(.upheld, language: .nb).hasPrefix("Statsforvalteren har behandlet klagen"))
        #expect(KlageTexts.appealDecided(.upheld, klageinstans: .kommunalKlagenemnd, language: .nb).hasPrefix("Den kommunale klagenemnda"))
        #expect(KlageTexts.appealDecided(.rejected, language: .nb).contains("du kan klage på det"))
    }

    @Test func interimReplySaysWhyAndWhen() throws {
        let reply = try InterimReply(reason: .awaitingInformation, expectedBy: day(2026, 3, 15), sentAt: oslo(2026, 2, 10))
        #expect(KlageTexts.interimReply(reply, language: .nb) == "Vi har ikke klart å behandle klagen din innen én måned. Grunnen er at vi venter på opplysninger vi trenger. Du kan vente svar innen 15. mars 2026.")
        #expect(KlageTexts.interimReply(reply, language: .nn).contains("vi ventar på opplysningar vi treng"))
        #expect(KlageTexts.interimReply(reply, language: .en).hasSuffix("You can expect an answer by 15 March 2026."))
    }

    @Test func postponementTextsDifferByStatus() {
        for language in Language.allCases {
            #expect(Set(PostponementStatus.allCases.map { KlageTexts.postponement($0, language: language) }).count == 3)
        }
    }

    @Test func languagesDiffer() throws {
        let r = try receipt()
        #expect(Set(Language.allCases.map { KlageTexts.appealReceived(r, serviceName: "PPT", language: $0) }).count == 3)
    }
}
