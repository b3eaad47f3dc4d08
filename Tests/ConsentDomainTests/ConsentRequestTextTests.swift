import Testing
import Foundation
import InngangModels
@testable import ConsentDomain

@Suite struct ConsentRequestTextTests {
    typealias F = Fixture

    private func terms(_ draft: ConsentRequestDraft = F.draft(), guardians: [GuardianFact] = F.twoGuardians) throws -> ConsentTerms {
        try F.requested(draft, guardians: guardians).terms
    }

    @Test func aGuardianReadsWhoMayShareWhatWithWhomForWhatUntilWhen() throws {
        let text = ConsentRequestText.render(try terms(F.draft(purposeText: "Ansvarsgruppemøte i april.")), in: .nb, now: F.now)
        #expect(text.title == "Forespørsel om samtykke til å dele opplysninger")
        #expect(text.paragraphs.contains("Disse kan dele opplysninger: helsestasjons- og skolehelsetjenesten og skolen."))
        #expect(text.paragraphs.contains(
            "De kan dele opplysningene med: BUP (psykisk helsevern for barn og unge) og PPT (pedagogisk-psykologisk tjeneste)."))
        #expect(text.paragraphs.contains("Det gjelder opplysninger om: helse og skole."))
        #expect(text.paragraphs.contains("Opplysningene skal bare brukes til å samordne hjelpen."))
        #expect(text.paragraphs.contains("Tjenesten har skrevet dette om formålet: «Ansvarsgruppemøte i april.»"))
        #expect(text.paragraphs.contains("Samtykket gjelder til og med torsdag 31. desember 2026."))
        #expect(text.text.contains("Sier én av dere nei, gjelder det ikke."))
    }

    @Test func theRequestListsItsExceptions() throws {
        let t = try terms(F.draft(exceptions: [.recipient(to: "bup"), .pair(from: "skole", to: "ppt"),
                                               .categoryToRecipient(category: .health, to: "ppt")]))
        let nb = ConsentRequestText.render(t, in: .nb, now: F.now)
        #expect(nb.paragraphs.contains("""
            Unntak:
            – Ingenting skal deles med BUP (psykisk helsevern for barn og unge).
            – Skolen skal ikke dele opplysninger med PPT (pedagogisk-psykologisk tjeneste).
            – Opplysninger om helse skal ikke deles med PPT (pedagogisk-psykologisk tjeneste).
            """))
        let en = ConsentRequestText.render(t, in: .en, now: F.now)
        #expect(en.text.contains("– Nothing may be shared with BUP (the child and adolescent mental health service)."))
        #expect(en.text.contains("– The school may not share information with PPT"))
    }

    @Test func theRequestExplainsHowToWithdrawAndThatItIsNotRetroactive() throws {
        let t = try terms()
        #expect(ConsentRequestText.render(t, in: .nb, now: F.now).paragraphs.last == """
            Dere kan trekke samtykket tilbake når som helst, her i Inngang. Hver av dere kan gjøre det alene, og det gjelder med en gang. \
            Opplysninger som er delt før det, er delt lovlig, men alle tjenester som har fått opplysninger, får beskjed om at samtykket er trukket tilbake.
            """)
        #expect(ConsentRequestText.render(t, in: .nn, now: F.now).text.contains("De kan trekkje samtykket tilbake når som helst"))
        #expect(ConsentRequestText.render(t, in: .en, now: F.now).text.contains("Information shared before then was shared lawfully"))
    }

    @Test func theRequestReadsInNynorskAndEnglish() throws {
        let t = try terms()
        let nn = ConsentRequestText.render(t, in: .nn, now: F.now)
        #expect(nn.title == "Førespurnad om samtykke til å dele opplysningar")
        #expect(nn.paragraphs.contains("Desse kan dele opplysningar: helsestasjons- og skulehelsetenesta og skulen."))
        #expect(nn.paragraphs.contains("Samtykket gjeld til og med torsdag 31. desember 2026."))
        let en = ConsentRequestText.render(t, in: .en, now: F.now)
        #expect(en.title == "Request for consent to share information")
        #expect(en.paragraphs.contains("It covers information about: health and school."))
        #expect(en.paragraphs.contains("The consent is valid until and including Thursday 31 December 2026."))
    }

    @Test func aSingleGuardianIsAddressedAsDu() throws {
        let t = try terms(guardians: [F.twoGuardians[0]])
        let nb = ConsentRequestText.render(t, in: .nb, now: F.now)
        #expect(nb.paragraphs.contains("Du har foreldreansvar og må svare. Samtykket gjelder først når du har sagt ja."))
        #expect(nb.paragraphs[0].contains("om barnet ditt"))
    }

    @Test func theChildsVoiceAndComingOfAgeAreExplained() throws {
        let nine = ConsentRequestText.render(try terms(), in: .nb, now: F.now)
        #expect(nine.paragraphs.contains("Barnet skal få si sin mening om dette, og meningen skal tas med."))
        let seventeen = ConsentRequestText.render(try terms(F.draft(child: F.child17, categories: ["school"])), in: .nb, now: F.now)
        #expect(seventeen.paragraphs.contains("Barnet skal få si sin mening om dette, og meningen skal veie tungt."))
        #expect(seventeen.paragraphs.contains(
            "Når barnet fyller 18 år (30. april 2026), gjelder ikke samtykket lenger. Da bestemmer barnet selv."))
        let fifteen = try F.requested(F.draft(child: F.child14, to: ["barnevern"], categories: ["child-welfare"]), at: F.at("2026-03-10"))
        let welfare = ConsentRequestText.render(fifteen.terms, in: .en, now: F.at("2026-03-10"))
        #expect(welfare.text.contains("Your child must also answer themselves."))
    }

    @Test func theYoungPersonWhoConsentsAloneIsAddressedDirectly() throws {
        let t = try terms(F.draft(child: F.child17, from: ["helsestasjon"], to: ["bup"], categories: ["health"]))
        let nb = ConsentRequestText.render(t, in: .nb, now: F.now)
        #expect(nb.paragraphs[0].contains("om deg"))
        #expect(nb.paragraphs.contains("Det er du som bestemmer. Samtykket gjelder først når du har sagt ja."))
        #expect(!nb.text.contains("foreldreansvar"))
    }

    @Test func theRequestNeverShowsTheChildsRecordedView() throws {
        let view = ChildView(stance: .disagrees, note: "Vil ikke at pappa skal vite", recordedBy: F.employee, recordedAt: F.now)
        let record = try F.requested(F.draft(childView: view))
        for language in Language.allCases {
            #expect(!ConsentRequestText.render(record.terms, in: language, now: F.now).text.contains("pappa"))
        }
    }
}
