import InngangModels

/// Norsk nynorsk.
struct KlageWordingNN: KlageWording {
    static let months = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]

    func date(_ date: LocalDate) -> String { "\(date.day). \(Self.months[date.month - 1]) \(date.year)" }

    func klageinstans(_ klageinstans: Klageinstans) -> String {
        switch klageinstans {
        case .statsforvalteren: "Statsforvaltaren"
        case .kommunalKlagenemnd: "den kommunale klagenemnda"
        default: "klageinstansen"
        }
    }

    func received(service: String?) -> String {
        "Vi har fått klaga di på vedtaket" + (service.map { " frå \($0)" } ?? "") + "."
    }

    var inTime: String { "Klaga kom innan fristen." }

    func deadlineWas(_ lastDay: String) -> String { "Klagefristen er \(lastDay)." }

    func basis(_ deadline: AppealDeadline) -> String {
        let from = deadline.countedFrom.map(date) ?? ""
        switch deadline.basis {
        case .deliveryTime: return "Fristen er rekna frå \(from), då du fekk vedtaket."
        case .decisionDateNoDeliveryRecorded:
            return "Fristen er rekna frå datoen på vedtaket, \(from), fordi vi ikkje har registrert når du fekk det. Fekk du vedtaket seinare, gi oss gjerne beskjed om når."
        case .reasonsDelivered: return "Fristen er rekna frå \(from), då du fekk grunngivinga for vedtaket."
        case .awaitingReasons: return "Du har bede om grunngiving for vedtaket, så klagefristen går ikkje no. Han byrjar på nytt når du får grunngivinga."
        }
    }

    func late(lastDay: String) -> String { "Klaga kom etter klagefristen, som var \(lastDay)." }

    var lateAssessment: String {
        "Kommunen vurderer om klaga likevel kan behandlast, til dømes om du ikkje kan lastast for at ho kom seinare, eller om det er særlege grunnar. Skriv gjerne kvifor klaga kom etter fristen."
    }

    var beyondAbsoluteLimit: String {
        "Det er gått meir enn eitt år sidan vedtaket vart gjort. Etter lova kan ei klage då som hovudregel ikkje behandlast. Kommunen ser på klaga og gir deg eit skriftleg svar. Kontaktpersonen din kan hjelpe deg."
    }

    func missing(_ parts: [AppealPart], completeBy: String) -> String {
        let names = parts.map { part in
            switch part {
            case .decision: "kva for vedtak du klagar på"
            case .changeWanted: "kva du ønskjer endra"
            }
        }
        return "For at vi kan behandle klaga, treng vi å vite \(listed(names, and: "og")). Send dette innan \(completeBy). Klaga er registrert med datoen du sende ho."
    }

    func nextSteps(klageinstans: String) -> String {
        "Kommunen ser på saka på nytt. Om vedtaket ikkje blir endra, blir klaga send til \(klageinstans), som avgjer ho. Kan ikkje kommunen svare innan éin månad, får du eit førebels svar."
    }

    func forwarded(klageinstans: String) -> String {
        "Kommunen har vurdert klaga di og har ikkje endra vedtaket. Klaga er send til \(klageinstans), som avgjer ho. Du får melding når \(klageinstans) har avgjort klaga."
    }

    func decided(_ outcome: AppealOutcome, klageinstans: String) -> String {
        let k = klageinstans.sentenceCased
        switch outcome {
        case .reversed(.full): return "Kommunen har gitt deg medhald i klaga og gjort eit nytt vedtak. Du finn det nye vedtaket i saka."
        case .reversed(.partial):
            return "Kommunen har gitt deg delvis medhald i klaga og gjort eit nytt vedtak. Den delen du ikkje fekk medhald i, blir send til klageinstansen om du ikkje trekkjer klaga."
        case .rejected: return "Kommunen har avvist klaga. Det betyr at ho ikkje er behandla. Grunnen står i vedtaket om avvising, og du kan klage på det."
        case .upheld: return "\(k) har behandla klaga og kome til at vedtaket blir ståande. Denne avgjerda kan ikkje påklagast."
        case .changed: return "\(k) har behandla klaga og endra vedtaket. Du finn det nye vedtaket i saka."
        case .quashed: return "\(k) har oppheva vedtaket og sendt saka tilbake til kommunen, som skal behandle ho på nytt."
        case .rejectedByKlageinstans: return "\(k) har avvist klaga. Grunnen står i brevet frå \(klageinstans)."
        }
    }

    func interimReply(reason: InterimReplyReason, expectedBy: String) -> String {
        let why = switch reason {
        case .highWorkload: "vi har mange saker no"
        case .awaitingInformation: "vi ventar på opplysningar vi treng"
        case .awaitingStatements: "vi ventar på fråsegner frå andre"
        case .complexCase: "saka krev ei grundig vurdering"
        }
        return "Vi har ikkje klart å behandle klaga di innan éin månad. Grunnen er at \(why). Du kan vente svar innan \(expectedBy)."
    }

    func postponement(_ status: PostponementStatus) -> String {
        switch status {
        case .requested: "Vi har fått ønsket ditt om at vedtaket ikkje blir sett i verk før klaga er avgjord."
        case .granted: "Vedtaket blir ikkje sett i verk før klaga er avgjord."
        case .refused: "Ønsket om å vente med å setje vedtaket i verk er ikkje innvilga. Vedtaket gjeld medan klaga blir behandla."
        }
    }

    var reasonsRequestReceived: String { "Vi har motteke kravet ditt om grunngiving for vedtaket." }

    func reasonsInterrupted(lastDay: String, weeks: Int) -> String {
        "Du bad om grunngivinga innan klagefristen (\(lastDay)), så fristen er avbroten. Når du har fått grunngivinga, har du ein ny klagefrist på \(weeks) veker frå den dagen."
    }

    func reasonsGiven(on day: String, newLastDay: String) -> String { "Du fekk grunngivinga \(day), og den nye klagefristen er \(newLastDay)." }

    func reasonsRequestLate(lastDay: String) -> String {
        "Du bad om grunngivinga etter at klagefristen var ute (\(lastDay)). Du får grunngivinga, men klagefristen blir ikkje forlengd."
    }

    func reasonsGivenOn(_ day: String) -> String { "Du fekk grunngivinga \(day)." }

    var reasonsLateAppealStillPossible: String {
        "Du kan likevel klage. Kommunen vurderer då om klaga kan behandlast, til dømes om du ikkje kan lastast for at ho kom seinare, eller om det er særlege grunnar."
    }
}
