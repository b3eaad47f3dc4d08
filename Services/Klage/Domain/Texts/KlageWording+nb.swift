import InngangModels

/// Norsk bokmål.
struct KlageWordingNB: KlageWording {
    static let months = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]

    func date(_ date: LocalDate) -> String { "\(date.day). \(Self.months[date.month - 1]) \(date.year)" }

    func klageinstans(_ klageinstans: Klageinstans) -> String {
        switch klageinstans {
        case .statsforvalteren: "Statsforvalteren"
        case .kommunalKlagenemnd: "den kommunale klagenemnda"
        default: "klageinstansen"
        }
    }

    func received(service: String?) -> String {
        "Vi har mottatt klagen din på vedtaket" + (service.map { " fra \($0)" } ?? "") + "."
    }

    var inTime: String { "Klagen kom innen fristen." }

    func deadlineWas(_ lastDay: String) -> String { "Klagefristen er \(lastDay)." }

    func basis(_ deadline: AppealDeadline) -> String {
        let from = deadline.countedFrom.map(date) ?? ""
        switch deadline.basis {
        case .deliveryTime: return "Fristen er regnet fra \(from), da du fikk vedtaket."
        case .decisionDateNoDeliveryRecorded:
            return "Fristen er regnet fra datoen på vedtaket, \(from), fordi vi ikke har registrert når du fikk det. Fikk du vedtaket senere, gi oss gjerne beskjed om når."
        case .reasonsDelivered: return "Fristen er regnet fra \(from), da du fikk begrunnelsen for vedtaket."
        case .awaitingReasons: return "Du har bedt om begrunnelse for vedtaket, så klagefristen løper ikke nå. Den begynner på nytt når du får begrunnelsen."
        }
    }

    func late(lastDay: String) -> String { "Klagen kom etter klagefristen, som var \(lastDay)." }

    var lateAssessment: String {
        "Kommunen vurderer om klagen likevel kan behandles, for eksempel hvis du ikke kan lastes for at den kom senere, eller hvis det er særlige grunner. Skriv gjerne hvorfor klagen kom etter fristen."
    }

    var beyondAbsoluteLimit: String {
        "Det er gått mer enn ett år siden vedtaket ble gjort. Etter loven kan en klage da som hovedregel ikke behandles. Kommunen ser på klagen og gir deg et skriftlig svar. Kontaktpersonen din kan hjelpe deg."
    }

    func missing(_ parts: [AppealPart], completeBy: String) -> String {
        let names = parts.map { part in
            switch part {
            case .decision: "hvilket vedtak du klager på"
            case .changeWanted: "hva du ønsker endret"
            }
        }
        return "For at vi kan behandle klagen, trenger vi å vite \(listed(names, and: "og")). Send dette innen \(completeBy). Klagen er registrert med datoen du sendte den."
    }

    func nextSteps(klageinstans: String) -> String {
        "Kommunen ser på saken på nytt. Hvis vedtaket ikke blir endret, sendes klagen til \(klageinstans), som avgjør den. Kan kommunen ikke svare innen én måned, får du et foreløpig svar."
    }

    func forwarded(klageinstans: String) -> String {
        "Kommunen har vurdert klagen din og har ikke endret vedtaket. Klagen er sendt til \(klageinstans), som avgjør den. Du får beskjed når \(klageinstans) har avgjort klagen."
    }

    func decided(_ outcome: AppealOutcome, klageinstans: String) -> String {
        let k = klageinstans.sentenceCased
        switch outcome {
        case .reversed(.full): return "Kommunen har gitt deg medhold i klagen og gjort et nytt vedtak. Du finner det nye vedtaket i saken."
        case .reversed(.partial):
            return "Kommunen har gitt deg delvis medhold i klagen og gjort et nytt vedtak. Den delen du ikke fikk medhold i, sendes til klageinstansen hvis du ikke trekker klagen."
        case .rejected: return "Kommunen har avvist klagen. Det betyr at den ikke er behandlet. Grunnen står i vedtaket om avvisning, og du kan klage på det."
        case .upheld: return "\(k) har behandlet klagen og kommet til at vedtaket blir stående. Denne avgjørelsen kan ikke påklages."
        case .changed: return "\(k) har behandlet klagen og endret vedtaket. Du finner det nye vedtaket i saken."
        case .quashed: return "\(k) har opphevet vedtaket og sendt saken tilbake til kommunen, som skal behandle den på nytt."
        case .rejectedByKlageinstans: return "\(k) har avvist klagen. Grunnen står i brevet fra \(klageinstans)."
        }
    }

    func interimReply(reason: InterimReplyReason, expectedBy: String) -> String {
        let why = switch reason {
        case .highWorkload: "vi har mange saker nå"
        case .awaitingInformation: "vi venter på opplysninger vi trenger"
        case .awaitingStatements: "vi venter på uttalelser fra andre"
        case .complexCase: "saken krever en grundig vurdering"
        }
        return "Vi har ikke klart å behandle klagen din innen én måned. Grunnen er at \(why). Du kan vente svar innen \(expectedBy)."
    }

    func postponement(_ status: PostponementStatus) -> String {
        switch status {
        case .requested: "Vi har mottatt ønsket ditt om at vedtaket ikke settes i verk før klagen er avgjort."
        case .granted: "Vedtaket settes ikke i verk før klagen er avgjort."
        case .refused: "Ønsket om å vente med å sette vedtaket i verk er ikke innvilget. Vedtaket gjelder mens klagen behandles."
        }
    }

    var reasonsRequestReceived: String { "Vi har mottatt kravet ditt om begrunnelse for vedtaket." }

    func reasonsInterrupted(lastDay: String, weeks: Int) -> String {
        "Du ba om begrunnelsen innen klagefristen (\(lastDay)), så fristen er avbrutt. Når du har fått begrunnelsen, har du en ny klagefrist på \(weeks) uker fra den dagen."
    }

    func reasonsGiven(on day: String, newLastDay: String) -> String { "Du fikk begrunnelsen \(day), og den nye klagefristen er \(newLastDay)." }

    func reasonsRequestLate(lastDay: String) -> String {
        "Du ba om begrunnelsen etter at klagefristen var ute (\(lastDay)). Du får begrunnelsen, men klagefristen blir ikke forlenget."
    }

    func reasonsGivenOn(_ day: String) -> String { "Du fikk begrunnelsen \(day)." }

    var reasonsLateAppealStillPossible: String {
        "Du kan likevel klage. Kommunen vurderer da om klagen kan behandles, for eksempel hvis du ikke kan lastes for at den kom senere, eller hvis det er særlige grunner."
    }
}
