import Foundation
import InngangModels

/// English (plain, British spelling).
struct EnglishWording: CitizenWording {
    let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    func date(_ date: LocalDate) -> String { "\(date.day) \(monthName(date)) \(date.year)" }
    func time(hour: Int, minute: Int) -> String { "at " + twoDigits(hour) + ":" + twoDigits(minute) }

    func state(_ state: ServiceState) -> String {
        switch state {
        case .received: "Received"
        case .inProgress: "In progress"
        case .documentationRequested: "Waiting for documents from you"
        case .interimReply: "In progress – interim reply sent"
        case .decided(let outcome): "Decision: " + self.outcome(outcome).lowercased()
        case .closed: "Closed"
        }
    }

    func outcome(_ outcome: DecisionOutcome) -> String {
        switch outcome {
        case .granted: "Granted"
        case .partlyGranted: "Partly granted"
        case .refused: "Refused"
        case .dismissed: "Dismissed"
        }
    }

    func nextStep(_ step: NextStep, service: String) -> String {
        func expected(_ e: ExpectedAnswer?, ifDocumentsInTime: Bool = false) -> String {
            guard let e else { return "" }
            if e.isOverdue { return " The answer was due by \(date(e.date)) and is late. Your contact person can help." }
            return " Expected answer by \(date(e.date))" + (ifDocumentsInTime ? " if the documents arrive in time." : ".")
        }
        switch step {
        case .serviceWillStart(let e): return "\(service) has received the case and will start work on it." + expected(e)
        case .serviceIsAssessing(let e): return "\(service) is assessing the case." + expected(e)
        case .familySendsDocumentation(let due, let e):
            return "\(service) is waiting for documents from you. Please send them by \(date(due))." + expected(e, ifDocumentsInTime: true)
        case .answerPromised(let e): return "\(service) has sent you an interim reply." + expected(e)
        case .familyMayAppeal(let d): return "You can appeal the decision from \(service). The deadline is \(d.lastDay.map(date) ?? "")."
        case .appealBeingHandled(let by):
            return "Your appeal is being handled." + (by.map { " Expected answer by \(date($0))." } ?? "")
        case .nothingPending: return "You do not need to do anything now."
        case .closed: return "\(service) has closed its part of the case."
        }
    }

    func task(service: String, due: String, overdue: Bool) -> String {
        overdue
            ? "\(service) asked for documents by \(due). The deadline has passed – please send them as soon as you can, or get in touch."
            : "\(service) needs documents from you. Please send them by \(due)."
    }

    func meeting(service: String, when: String, place: String) -> String { "Meeting with \(service) on \(when), \(place)." }

    func coordinator(name: String) -> String { "\(name) is your contact person and helps you with the whole case." }

    func appealDeadline(lastDay: String, countedFrom: String, basis: AppealDeadline.Basis, status: AppealStatus, limit: String) -> String {
        let provisional = basis == .decisionDateProvisional
        switch status {
        case .awaitingReasons: return "You have asked for the reasons for the decision. The deadline to appeal is on hold: it runs anew, three weeks, from when the reasons are given."
        case .filed: return "We have received your appeal and it is being handled."
        case .decided: return "Your appeal has been decided."
        case .deadlinePassed:
            return "The deadline to appeal was \(lastDay). You can still appeal and explain why it is late; it may be considered, but not after \(limit)."
        case .open:
            let base = "You can appeal until \(lastDay). It is enough that your appeal is sent by the end of that day."
            if basis == .reasonsGiven { return base + " The deadline is three weeks from \(countedFrom), the day you were given the reasons for the decision." }
            return provisional
                ? base + " For now the deadline is counted from the decision date, \(countedFrom). It runs from the day you were notified of the decision, so it may move later, never earlier."
                : base + " The deadline is three weeks from \(countedFrom), the day you were notified of the decision."
        }
    }

    func howToAppeal(service: String) -> String {
        "How to appeal: send your appeal to \(service), which made the decision. You can send it here while logged in, or write a letter. "
            + "Say which decision you are appealing, what you want changed, and preferably why. You have the right to see the documents in your case. "
            + "Your contact person can help you."
    }

    func appealProgress(
        _ stage: AppealProgress.Stage, result: AppealFact.AppealResult?, newOutcome: DecisionOutcome?, completeBy: String?,
        expectedBy: String?, service: String
    ) -> String {
        let expected = expectedBy.map { " Expected answer by \($0)." } ?? ""
        switch stage {
        case .filed, .completed, .interimReply: return "We have received your appeal and \(service) is handling it." + expected
        case .completionRequested:
            return "Your appeal is missing some information." + (completeBy.map { " Please send it by \($0)." } ?? "") + " Your contact person can help you."
        case .forwarded: return "The municipality kept its decision and sent your appeal to the appeal body, which is handling it now." + expected
        case .decided:
            switch result {
            case .reversed?:
                return "The municipality changed its decision after your appeal." + (newOutcome.map { " New decision: \(outcome($0).lowercased())." } ?? "")
            case .changed?:
                return "The appeal body changed the decision." + (newOutcome.map { " New decision: \(outcome($0).lowercased())." } ?? "")
            case .rejected?: return "The appeal was dismissed. You can appeal that."
            case .upheld?: return "The appeal body kept the decision."
            case .quashed?: return "The appeal body set the decision aside. \(service) will handle the case again."
            case nil: return "Your appeal has been decided."
            }
        }
    }

    func history(_ kind: TimelineEntry.Kind, service: String?, date: (LocalDate) -> String, when: (Date) -> String) -> String {
        let s = service ?? "The municipality"
        switch kind {
        case .reasonsRequested(_, let inTime): return inTime ? "You asked for the reasons for the decision from \(s). The deadline to appeal runs anew when the reasons are given." : "You asked for the reasons for the decision from \(s)."
        case .reasonsGiven: return "\(s) gave the reasons for the decision."
        case .caseReceived: return "We received the case."
        case .routed: return "The case was sent to \(s)."
        case .coordinatorAssigned: return "You were given a contact person."
        case .progressReported: return "\(s) reported that the case is in progress."
        case .documentationRequested(_, let due): return "\(s) asked for documents by \(date(due))."
        case .documentationReceived: return "\(s) received the documents."
        case .meetingScheduled(_, let at): return "\(s) arranged a meeting on \(when(at))."
        case .meetingCancelled: return "\(s) cancelled a meeting."
        case .interimReply(let by): return "\(s) sent an interim reply: expected answer by \(date(by))."
        case .decisionMade(_, let outcome): return "\(s) made a decision: \(self.outcome(outcome).lowercased())."
        case .serviceClosed: return "\(s) closed its part of the case."
        case .appeal(_, let stage):
            switch stage {
            case .filed: return "Your appeal against the decision from \(s) was received."
            case .completionRequested(let by): return "Your appeal was missing some information. You were asked to send it by \(date(by))."
            case .completed: return "Your appeal is complete."
            case .forwarded: return "The municipality kept its decision and sent your appeal to the appeal body."
            case .interimReply(let by): return "Interim reply on your appeal: expected answer by \(date(by))."
            case .decided(let result):
                switch result {
                case .reversed: return "The municipality changed its decision after your appeal."
                case .rejected: return "The appeal was dismissed. You can appeal that."
                case .upheld: return "The appeal body kept the decision."
                case .changed: return "The appeal body changed the decision."
                case .quashed: return "The appeal body set the decision aside. \(s) will handle the case again."
                }
            }
        }
    }
}
