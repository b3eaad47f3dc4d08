import InngangModels

/// English.
struct KlageWordingEN: KlageWording {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    func date(_ date: LocalDate) -> String { "\(date.day) \(Self.months[date.month - 1]) \(date.year)" }

    func klageinstans(_ klageinstans: Klageinstans) -> String {
        switch klageinstans {
        case .statsforvalteren: "the County Governor (Statsforvalteren)"
        case .kommunalKlagenemnd: "the municipal appeals board"
        default: "the appeal body"
        }
    }

    func received(service: String?) -> String {
        "We have received your appeal against the decision" + (service.map { " from \($0)" } ?? "") + "."
    }

    var inTime: String { "Your appeal arrived within the deadline." }

    func deadlineWas(_ lastDay: String) -> String { "The appeal deadline is \(lastDay)." }

    func basis(_ deadline: AppealDeadline) -> String {
        let from = deadline.countedFrom.map(date) ?? ""
        switch deadline.basis {
        case .deliveryTime: return "The deadline is counted from \(from), when you received the decision."
        case .decisionDateNoDeliveryRecorded:
            return "The deadline is counted from the date of the decision, \(from), because we have no record of when you received it. If you received the decision later, please let us know when."
        case .reasonsDelivered: return "The deadline is counted from \(from), when you received the reasons for the decision."
        case .awaitingReasons: return "You have asked for the reasons for the decision, so the appeal deadline is not running now. It starts again when you receive the reasons."
        }
    }

    func late(lastDay: String) -> String { "Your appeal arrived after the appeal deadline, which was \(lastDay)." }

    var lateAssessment: String {
        "The municipality will consider whether your appeal can still be dealt with, for example if you cannot be blamed for it arriving later, or if there are special reasons. Please tell us why the appeal came after the deadline."
    }

    var beyondAbsoluteLimit: String {
        "More than one year has passed since the decision was made. By law, an appeal can then as a rule not be dealt with. The municipality will look at your appeal and answer you in writing. Your contact person can help you."
    }

    func missing(_ parts: [AppealPart], completeBy: String) -> String {
        let names = parts.map { part in
            switch part {
            case .decision: "which decision you are appealing"
            case .changeWanted: "what change you want"
            }
        }
        return "To deal with your appeal, we need to know \(listed(names, and: "and")). Please send this by \(completeBy). Your appeal is registered with the date you sent it."
    }

    func nextSteps(klageinstans: String) -> String {
        "The municipality will look at the case again. If the decision is not changed, the appeal is sent to \(klageinstans), which decides it. If the municipality cannot answer within one month, you will get an interim reply."
    }

    func forwarded(klageinstans: String) -> String {
        "The municipality has considered your appeal and has not changed the decision. The appeal has been sent to \(klageinstans), which will decide it. You will be told when \(klageinstans) has decided the appeal."
    }

    func decided(_ outcome: AppealOutcome, klageinstans: String) -> String {
        let k = klageinstans.sentenceCased
        switch outcome {
        case .reversed(.full): return "The municipality has agreed with your appeal and made a new decision. You will find the new decision in your case."
        case .reversed(.partial):
            return "The municipality has partly agreed with your appeal and made a new decision. The part you did not get is sent to the appeal body unless you withdraw the appeal."
        case .rejected: return "The municipality has dismissed the appeal, which means it has not been considered. The reason is given in the dismissal decision, and you can appeal against it."
        case .upheld: return "\(k) has considered the appeal and the decision stands. This final decision cannot be appealed."
        case .changed: return "\(k) has considered the appeal and changed the decision. You will find the new decision in your case."
        case .quashed: return "\(k) has set the decision aside and sent the case back to the municipality to be dealt with again."
        case .rejectedByKlageinstans: return "\(k) has dismissed the appeal. The reason is given in the letter from \(klageinstans)."
        }
    }

    func interimReply(reason: InterimReplyReason, expectedBy: String) -> String {
        let why = switch reason {
        case .highWorkload: "we have many cases at the moment"
        case .awaitingInformation: "we are waiting for information we need"
        case .awaitingStatements: "we are waiting for statements from others"
        case .complexCase: "the case needs a thorough assessment"
        }
        return "We have not been able to deal with your appeal within one month, because \(why). You can expect an answer by \(expectedBy)."
    }

    func postponement(_ status: PostponementStatus) -> String {
        switch status {
        case .requested: "We have received your request that the decision is not carried out until the appeal is decided."
        case .granted: "The decision will not be carried out until the appeal is decided."
        case .refused: "Your request to wait with carrying out the decision has not been granted. The decision applies while the appeal is being dealt with."
        }
    }

    var reasonsRequestReceived: String { "We have received your request for the reasons for the decision." }

    func reasonsInterrupted(lastDay: String, weeks: Int) -> String {
        "You asked for the reasons within the appeal deadline (\(lastDay)), so the deadline is interrupted. Once you have received the reasons, you have a new appeal deadline of \(weeks) weeks from that day."
    }

    func reasonsGiven(on day: String, newLastDay: String) -> String { "You received the reasons on \(day), and the new appeal deadline is \(newLastDay)." }

    func reasonsRequestLate(lastDay: String) -> String {
        "You asked for the reasons after the appeal deadline had passed (\(lastDay)). You will receive the reasons, but the appeal deadline is not extended."
    }

    func reasonsGivenOn(_ day: String) -> String { "You received the reasons on \(day)." }

    var reasonsLateAppealStillPossible: String {
        "You can still appeal. The municipality will then consider whether your appeal can be dealt with, for example if you cannot be blamed for it arriving later, or if there are special reasons."
    }
}
