import Foundation
import InngangModels

/// Norsk bokmål. The family is addressed as "dere".
struct BokmalWording: CitizenWording {
    let months = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]
    let weekdays = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

    func date(_ date: LocalDate) -> String { "\(date.day). \(monthName(date)) \(date.year)" }
    func time(hour: Int, minute: Int) -> String { "kl. " + twoDigits(hour) + "." + twoDigits(minute) }

    func state(_ state: ServiceState) -> String {
        switch state {
        case .received: "Mottatt"
        case .inProgress: "Under behandling"
        case .documentationRequested: "Venter på dokumentasjon fra dere"
        case .interimReply: "Under behandling – foreløpig svar sendt"
        case .decided(let outcome): "Vedtak: " + self.outcome(outcome).lowercased()
        case .closed: "Avsluttet"
        }
    }

    func outcome(_ outcome: DecisionOutcome) -> String {
        switch outcome {
        case .granted: "Innvilget"
        case .partlyGranted: "Delvis innvilget"
        case .refused: "Avslått"
        case .dismissed: "Avvist"
        }
    }

    func nextStep(_ step: NextStep, service: String) -> String {
        func expected(_ e: ExpectedAnswer?, ifDocumentsInTime: Bool = false) -> String {
            guard let e else { return "" }
            if e.isOverdue { return " Svaret skulle ha kommet innen \(date(e.date)) og er forsinket. Kontaktpersonen deres kan hjelpe." }
            return " Forventet svar innen \(date(e.date))" + (ifDocumentsInTime ? " hvis dokumentasjonen kommer innen fristen." : ".")
        }
        switch step {
        case .serviceWillStart(let e): return "\(service) har fått saken og begynner arbeidet." + expected(e)
        case .serviceIsAssessing(let e): return "\(service) vurderer saken." + expected(e)
        case .familySendsDocumentation(let due, let e):
            return "\(service) venter på dokumentasjon fra dere. Send den innen \(date(due))." + expected(e, ifDocumentsInTime: true)
        case .answerPromised(let e): return "\(service) har sendt dere et foreløpig svar." + expected(e)
        case .familyMayAppeal(let d): return "Dere kan klage på vedtaket fra \(service). Fristen er \(d.lastDay.map(date) ?? "")."
        case .appealBeingHandled(let by):
            return "Klagen deres er under behandling." + (by.map { " Forventet svar innen \(date($0))." } ?? "")
        case .nothingPending: return "Dere trenger ikke gjøre noe nå."
        case .closed: return "\(service) har avsluttet sin del av saken."
        }
    }

    func task(service: String, due: String, overdue: Bool) -> String {
        overdue
            ? "\(service) ba om dokumentasjon innen \(due). Fristen er passert – send den så snart dere kan, eller ta kontakt."
            : "\(service) ber om dokumentasjon. Send den innen \(due)."
    }

    func meeting(service: String, when: String, place: String) -> String { "Møte med \(service) \(when), \(place)." }

    func coordinator(name: String) -> String { "\(name) er kontaktpersonen deres og hjelper dere med hele saken." }

    func appealDeadline(lastDay: String, countedFrom: String, basis: AppealDeadline.Basis, status: AppealStatus, limit: String) -> String {
        let provisional = basis == .decisionDateProvisional
        switch status {
        case .awaitingReasons: return "Dere har bedt om begrunnelse for vedtaket. Klagefristen løper ikke nå: den løper på nytt, tre uker, fra begrunnelsen er gitt."
        case .filed: return "Klagen deres er mottatt og er under behandling."
        case .decided: return "Klagen deres er behandlet."
        case .deadlinePassed:
            return "Klagefristen gikk ut \(lastDay). Dere kan fortsatt klage og forklare hvorfor klagen kommer sent; den kan bli behandlet likevel, men ikke etter \(limit)."
        case .open:
            let base = "Dere kan klage innen \(lastDay). Det er nok at klagen er sendt innen denne dagen."
            if basis == .reasonsGiven { return base + " Fristen er tre uker fra \(countedFrom), dagen dere fikk begrunnelsen for vedtaket." }
            return provisional
                ? base + " Fristen er foreløpig regnet fra vedtaksdatoen \(countedFrom). Den regnes fra dagen dere fikk melding om vedtaket, så den kan bli senere, men ikke tidligere."
                : base + " Fristen er tre uker fra \(countedFrom), dagen dere fikk melding om vedtaket."
        }
    }

    func howToAppeal(service: String) -> String {
        "Slik klager dere: Send klagen til \(service), som har fattet vedtaket. Dere kan sende den her når dere er logget inn, eller skrive et brev. "
            + "Skriv hvilket vedtak dere klager på, hva dere ønsker endret, og gjerne hvorfor. Dere har rett til å se dokumentene i saken. "
            + "Kontaktpersonen deres kan hjelpe dere."
    }

    func appealProgress(
        _ stage: AppealProgress.Stage, result: AppealFact.AppealResult?, newOutcome: DecisionOutcome?, completeBy: String?,
        expectedBy: String?, service: String
    ) -> String {
        let expected = expectedBy.map { " Forventet svar innen \($0)." } ?? ""
        switch stage {
        case .filed, .completed, .interimReply: return "Klagen deres er mottatt, og \(service) behandler den." + expected
        case .completionRequested:
            return "Klagen mangler noen opplysninger." + (completeBy.map { " Send dem innen \($0)." } ?? "") + " Kontaktpersonen deres kan hjelpe dere."
        case .forwarded: return "Kommunen opprettholdt vedtaket og sendte klagen til klageinstansen, som behandler den nå." + expected
        case .decided:
            switch result {
            case .reversed?:
                return "Kommunen endret vedtaket etter klagen." + (newOutcome.map { " Nytt vedtak: \(outcome($0).lowercased())." } ?? "")
            case .changed?:
                return "Klageinstansen endret vedtaket." + (newOutcome.map { " Nytt vedtak: \(outcome($0).lowercased())." } ?? "")
            case .rejected?: return "Klagen ble avvist. Dere kan klage på avvisningen."
            case .upheld?: return "Klageinstansen opprettholdt vedtaket."
            case .quashed?: return "Klageinstansen opphevet vedtaket. \(service) behandler saken på nytt."
            case nil: return "Klagen deres er behandlet."
            }
        }
    }

    func history(_ kind: TimelineEntry.Kind, service: String?, date: (LocalDate) -> String, when: (Date) -> String) -> String {
        let s = service ?? "Kommunen"
        switch kind {
        case .reasonsRequested(_, let inTime): return inTime ? "Dere ba om begrunnelse for vedtaket fra \(s). Klagefristen løper på nytt når begrunnelsen er gitt." : "Dere ba om begrunnelse for vedtaket fra \(s)."
        case .reasonsGiven: return "\(s) ga begrunnelse for vedtaket."
        case .caseReceived: return "Vi tok imot saken."
        case .routed: return "Saken ble sendt til \(s)."
        case .coordinatorAssigned: return "Dere fikk en kontaktperson."
        case .progressReported: return "\(s) meldte at saken er under behandling."
        case .documentationRequested(_, let due): return "\(s) ba om dokumentasjon innen \(date(due))."
        case .documentationReceived: return "\(s) fikk dokumentasjonen."
        case .meetingScheduled(_, let at): return "\(s) satte opp et møte \(when(at))."
        case .meetingCancelled: return "\(s) avlyste et møte."
        case .interimReply(let by): return "\(s) sendte foreløpig svar: forventet svar innen \(date(by))."
        case .decisionMade(_, let outcome): return "\(s) fattet vedtak: \(self.outcome(outcome).lowercased())."
        case .serviceClosed: return "\(s) avsluttet sin del av saken."
        case .appeal(_, let stage):
            switch stage {
            case .filed: return "Klagen deres på vedtaket fra \(s) ble mottatt."
            case .completionRequested(let by): return "Klagen manglet noen opplysninger. Dere ble bedt om å sende dem innen \(date(by))."
            case .completed: return "Klagen deres er komplett."
            case .forwarded: return "Kommunen opprettholdt vedtaket og sendte klagen til klageinstansen."
            case .interimReply(let by): return "Foreløpig svar på klagen: forventet svar innen \(date(by))."
            case .decided(let result):
                switch result {
                case .reversed: return "Kommunen endret vedtaket etter klagen."
                case .rejected: return "Klagen ble avvist. Dere kan klage på avvisningen."
                case .upheld: return "Klageinstansen opprettholdt vedtaket."
                case .changed: return "Klageinstansen endret vedtaket."
                case .quashed: return "Klageinstansen opphevet vedtaket. \(s) behandler saken på nytt."
                }
            }
        }
    }
}

/// `7` → `"07"`.
func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
