import Testing
import Foundation
import InngangModels
@testable import ConsentDomain

@Suite struct ConsentReceiptTextTests {
    typealias F = Fixture

    private func history() throws -> ConsentRecord {
        var record = try F.requested(F.draft(childView: ChildView(stance: .mixed, note: "Hemmelig", recordedBy: F.employee,
                                                                  recordedAt: F.now)))
        record = try F.apply(.given(by: F.guardianA, at: F.at("2026-03-03", 9, 5)), record)
        record = try F.apply(.given(by: F.guardianB, at: F.at("2026-03-03", 18, 30)), record)
        record = try F.apply(.informationShared(record: SharingRecord(from: "skole", to: "ppt", category: .school,
                                                                      purpose: .coordination, at: F.at("2026-03-04", 10))), record)
        record = try F.apply(.withdrawn(by: F.guardianB, at: F.at("2026-03-05", 8)), record)
        return record
    }

    @Test func theReceiptListsEveryFactInOrderAsTheReaderSeesIt() throws {
        let receipt = ConsentReceiptText.render(try history(), for: F.guardianA, in: .nb, now: F.at("2026-03-06"))
        #expect(receipt.title == "Kvittering: samtykke til å dele opplysninger")
        #expect(receipt.lines == [
            "2. mars 2026 kl. 12.00: Forespørsel om samtykke ble sendt.",
            "2. mars 2026 kl. 12.00: Barnets mening ble registrert.",
            "3. mars 2026 kl. 09.05: Du ga samtykke.",
            "3. mars 2026 kl. 18.30: En annen med foreldreansvar ga samtykke. Alle har sagt ja. Samtykket gjelder nå, til og med torsdag 31. desember 2026.",
            "4. mars 2026 kl. 10.00: Skolen delte opplysninger om skole med PPT (pedagogisk-psykologisk tjeneste).",
            "5. mars 2026 kl. 08.00: En annen med foreldreansvar trakk samtykket tilbake. Det gjelder ikke lenger. Disse har fått beskjed fordi de har fått opplysninger: PPT (pedagogisk-psykologisk tjeneste).",
        ])
        #expect(receipt.status == "Status: samtykket gjelder ikke.")
        #expect(!receipt.text.contains("Hemmelig"))
    }

    @Test func theReceiptReadsInNynorskAndEnglish() throws {
        let record = try history()
        let nn = ConsentReceiptText.render(record, for: F.guardianB, in: .nn, now: F.at("2026-03-06"))
        #expect(nn.lines[5].hasSuffix("Du trekte samtykket tilbake. Det gjeld ikkje lenger. Desse har fått melding fordi dei har fått opplysningar: PPT (pedagogisk-psykologisk teneste)."))
        let en = ConsentReceiptText.render(record, for: F.guardianA, in: .en, now: F.at("2026-03-06"))
        #expect(en.lines[2] == "3 March 2026 at 09:05: You gave consent.")
        #expect(en.status == "Status: the consent is not valid.")
        let thirdPerson = ConsentReceiptText.render(record, for: nil, in: .en, now: F.at("2026-03-06"))
        #expect(thirdPerson.lines[2] == "3 March 2026 at 09:05: A person with parental responsibility gave consent.")
    }

    @Test func theReceiptStatusFollowsTheCheck() throws {
        let awaiting = try F.apply(.given(by: F.guardianA, at: F.now), try F.requested())
        #expect(ConsentReceiptText.render(awaiting, for: F.guardianA, in: .nb, now: F.now).status
                == "Status: venter på svar fra én person.")
        let inForce = try F.inForce(F.draft(validUntil: "2026-06-30"))
        #expect(ConsentReceiptText.render(inForce, for: nil, in: .en, now: F.at("2026-06-30", 23, 59)).status
                == "Status: the consent is valid until and including Tuesday 30 June 2026.")
        #expect(ConsentReceiptText.render(inForce, for: nil, in: .en, now: F.at("2026-07-01", 0, 0)).status
                == "Status: the consent is not valid.")
    }
}
