import Foundation
import InngangModels

/// Norsk nynorsk. The family is addressed as "de" / "dykk".
struct NynorskWording: CitizenWording {
    let months = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]
    let weekdays = ["måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag"]

    func date(_ date: LocalDate) -> String { "\(date.day). \(monthName(date)) \(date.year)" }
    func time(hour: Int, minute: Int) -> String { "kl. " + twoDigits(hour) + "." + twoDigits(minute) }

    func state(_ state: ServiceState) -> String {
        switch state {
        case .received: "Motteke"
        case .inProgress: "Under behandling"
        case .documentationRequested: "Ventar på dokumentasjon frå dykk"
        case .interimReply: "Under behandling – førebels svar sendt"
        case .decided(let outcome): "Vedtak: " + self.outcome(outcome).lowercased()
        case .closed: "Avslutta"
        }
    }

    func outcome(_ outcome: DecisionOutcome) -> String {
        switch outcome {
        case .granted: "Innvilga"
        case .partlyGranted: "Delvis innvilga"
        case .refused: "Avslått"
        case .dismissed: "Avvist"
        }
    }

    func nextStep(_ step: NextStep, service: String) -> String {
        func expected(_ e: ExpectedAnswer?, ifDocumentsInTime: Bool = false) -> String {
            guard let e else { return "" }
            if e.isOverdue { return " Svaret skulle ha kome innan \(date(e.date)) og er forseinka. Kontaktpersonen dykkar kan hjelpe." }
            return " Forventa svar innan \(date(e.date))" + (ifDocumentsInTime ? " dersom dokumentasjonen kjem innan fristen." : ".")
        }
        switch step {
        case .serviceWillStart(let e): return "\(service) har fått saka og byrjar arbeidet." + expected(e)
        case .serviceIsAssessing(let e): return "\(service) vurderer saka." + expected(e)
        case .familySendsDocumentation(let due, let e):
            return "\(service) ventar på dokumentasjon frå dykk. Send dokumentasjonen innan \(date(due))." + expected(e, ifDocumentsInTime: true)
        case .answerPromised(let e): return "\(service) har sendt dykk eit førebels svar." + expected(e)
        case .familyMayAppeal(let d): return "De kan klage på vedtaket frå \(service). Fristen er \(d.lastDay.map(date) ?? "")."
        case .appealBeingHandled(let by):
            return "Klaga dykkar er under behandling." + (by.map { " Forventa svar innan \(date($0))." } ?? "")
        case .nothingPending: return "De treng ikkje gjere noko no."
        case .closed: return "\(service) har avslutta sin del av saka."
        }
    }

    func task(service: String, due: String, overdue: Bool) -> String {
        overdue
            ? "\(service) bad om dokumentasjon innan \(due). Fristen er passert – send dokumentasjonen så snart de kan, eller ta kontakt."
            : "\(service) ber om dokumentasjon. Send dokumentasjonen innan \(due)."
    }

    func meeting(service: String, when: String, place: String) -> String { "Møte med \(service) \(when), \(place)." }

    func coordinator(name: String) -> String { "\(name) er kontaktpersonen dykkar og hjelper dykk med heile saka." }

    func appealDeadline(lastDay: String, countedFrom: String, basis: AppealDeadline.Basis, status: AppealStatus, limit: String) -> String {
        let provisional = basis == .decisionDateProvisional
        switch status {
        case .awaitingReasons: return "De har bede om grunngiving for vedtaket. Klagefristen går ikkje no: han går på nytt, tre veker, frå grunngivinga er gitt."
        case .filed: return "Klaga dykkar er motteken og er under behandling."
        case .decided: return "Klaga dykkar er behandla."
        case .deadlinePassed:
            return "Klagefristen gjekk ut \(lastDay). De kan framleis klage og forklare kvifor klaga kjem seint; ho kan bli behandla likevel, men ikkje etter \(limit)."
        case .open:
            let base = "De kan klage innan \(lastDay). Det er nok at klaga er sendt innan denne dagen."
            if basis == .reasonsGiven { return base + " Fristen er tre veker frå \(countedFrom), dagen de fekk grunngivinga for vedtaket." }
            return provisional
                ? base + " Fristen er førebels rekna frå vedtaksdatoen \(countedFrom). Han blir rekna frå dagen de fekk melding om vedtaket, så han kan bli seinare, men ikkje tidlegare."
                : base + " Fristen er tre veker frå \(countedFrom), dagen de fekk melding om vedtaket."
        }
    }

    func howToAppeal(service: String) -> String {
        "Slik klagar de: Send klaga til \(service), som har gjort vedtaket. De kan sende ho her når de er logga inn, eller skrive eit brev. "
            + "Skriv kva vedtak de klagar på, kva de ønskjer endra, og gjerne kvifor. De har rett til å sjå dokumenta i saka. "
            + "Kontaktpersonen dykkar kan hjelpe dykk."
    }

    func appealProgress(
        _ stage: AppealProgress.Stage, result: AppealFact.AppealResult?, newOutcome: DecisionOutcome?, completeBy: String?,
        expectedBy: String?, service: String
    ) -> String {
        let expected = expectedBy.map { " Forventa svar innan \($0)." } ?? ""
        switch stage {
        case .filed, .completed, .interimReply: return "Klaga dykkar er motteken, og \(service) behandlar ho." + expected
        case .completionRequested:
            return "Klaga manglar nokre opplysningar." + (completeBy.map { " Send dei innan \($0)." } ?? "") + " Kontaktpersonen dykkar kan hjelpe dykk."
        case .forwarded: return "Kommunen heldt fast på vedtaket og sende klaga til klageinstansen, som behandlar ho no." + expected
        case .decided:
            switch result {
            case .reversed?:
                return "Kommunen endra vedtaket etter klaga." + (newOutcome.map { " Nytt vedtak: \(outcome($0).lowercased())." } ?? "")
            case .changed?:
                return "Klageinstansen endra vedtaket." + (newOutcome.map { " Nytt vedtak: \(outcome($0).lowercased())." } ?? "")
            case .rejected?: return "Klaga vart avvist. De kan klage på avvisinga."
            case .upheld?: return "Klageinstansen heldt fast på vedtaket."
            case .quashed?: return "Klageinstansen oppheva vedtaket. \(service) behandlar saka på nytt."
            case nil: return "Klaga dykkar er behandla."
            }
        }
    }

    func history(_ kind: TimelineEntry.Kind, service: String?, date: (LocalDate) -> String, when: (Date) -> String) -> String {
        let s = service ?? "Kommunen"
        switch kind {
        case .reasonsRequested(_, let inTime): return inTime ? "De bad om grunngiving for vedtaket frå \(s). Klagefristen går på nytt når grunngivinga er gitt." : "De bad om grunngiving for vedtaket frå \(s)."
        case .reasonsGiven: return "\(s) gav grunngiving for vedtaket."
        case .caseReceived: return "Vi tok imot saka."
        case .routed: return "Saka vart send til \(s)."
        case .coordinatorAssigned: return "De fekk ein kontaktperson."
        case .progressReported: return "\(s) melde at saka er under behandling."
        case .documentationRequested(_, let due): return "\(s) bad om dokumentasjon innan \(date(due))."
        case .documentationReceived: return "\(s) fekk dokumentasjonen."
        case .meetingScheduled(_, let at): return "\(s) sette opp eit møte \(when(at))."
        case .meetingCancelled: return "\(s) avlyste eit møte."
        case .interimReply(let by): return "\(s) sende førebels svar: forventa svar innan \(date(by))."
        case .decisionMade(_, let outcome): return "\(s) gjorde vedtak: \(self.outcome(outcome).lowercased())."
        case .serviceClosed: return "\(s) avslutta sin del av saka."
        case .appeal(_, let stage):
            switch stage {
            case .filed: return "Klaga dykkar på vedtaket frå \(s) vart motteken."
            case .completionRequested(let by): return "Klaga mangla nokre opplysningar. De vart bedne om å sende dei innan \(date(by))."
            case .completed: return "Klaga dykkar er komplett."
            case .forwarded: return "Kommunen heldt fast på vedtaket og sende klaga til klageinstansen."
            case .interimReply(let by): return "Førebels svar på klaga: forventa svar innan \(date(by))."
            case .decided(let result):
                switch result {
                case .reversed: return "Kommunen endra vedtaket etter klaga."
                case .rejected: return "Klaga vart avvist. De kan klage på avvisinga."
                case .upheld: return "Klageinstansen heldt fast på vedtaket."
                case .changed: return "Klageinstansen endra vedtaket."
                case .quashed: return "Klageinstansen oppheva vedtaket. \(s) behandlar saka på nytt."
                }
            }
        }
    }
}
