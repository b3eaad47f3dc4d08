import InngangModels

/// **Plain-language texts about an appeal for the family** (bokmål, nynorsk, English), shown in
/// the citizen portal. Portal texts may name the service (`serviceName`, the display name the
/// caller already shows); the short SMS/e-mail texts are notification's templates, which never
/// name a service.
///
/// Wording rules: the person who appealed is addressed as "du"/"you"; dates are written out
/// ("14. desember 2026" / "14 December 2026"); a late appeal is described calmly — it is
/// registered, the municipality considers whether it can still be dealt with, and the family is
/// invited to say why it came late — never "rejected" or "too late"; the basis of the deadline
/// is always stated, including "counted from the decision date because no delivery is recorded".
public enum KlageTexts {
    /// The receipt: received, timeliness (with the deadline's basis), what is missing and by
    /// when, and what happens next.
    public static func appealReceived(_ receipt: AppealReceipt, serviceName: String?, language: Language) -> String {
        let w = wording(language)
        var parts = [w.received(service: serviceName)]
        if let assessment = receipt.timeliness {
            let deadline = assessment.deadline
            switch assessment.timeliness {
            case .inTime:
                parts.append(w.inTime)
                if let lastDay = deadline.lastDay { parts.append(w.deadlineWas(w.date(lastDay))) }
                parts.append(w.basis(deadline))
            case .lateForAssessment:
                parts.append(w.late(lastDay: deadline.lastDay.map(w.date) ?? ""))
                parts.append(w.basis(deadline))
                parts.append(w.lateAssessment)
            case .beyondAbsoluteLimit:
                parts.append(w.beyondAbsoluteLimit)
            }
        }
        if let completeBy = receipt.completeBy, !receipt.form.missing.isEmpty {
            parts.append(w.missing(receipt.form.missing, completeBy: w.date(completeBy)))
        }
        if receipt.timeliness?.timeliness != .beyondAbsoluteLimit {
            parts.append(w.nextSteps(klageinstans: w.klageinstans(receipt.klageinstans)))
        }
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The municipality upheld its decision and sent the appeal on (§ 33).
    public static func appealForwarded(to klageinstans: Klageinstans, language: Language) -> String {
        let w = wording(language)
        return w.forwarded(klageinstans: w.klageinstans(klageinstans))
    }

    /// How the appeal was decided. `klageinstans`: who decided, for klageinstans outcomes
    /// (default Statsforvalteren).
    public static func appealDecided(_ outcome: AppealOutcome, klageinstans: Klageinstans = .statsforvalteren, language: Language) -> String {
        let w = wording(language)
        return w.decided(outcome, klageinstans: w.klageinstans(klageinstans))
    }

    /// An interim reply (§ 11 a): why, and when an answer can be expected.
    public static func interimReply(_ reply: InterimReply, language: Language) -> String {
        let w = wording(language)
        return w.interimReply(reason: reply.reason, expectedBy: w.date(reply.expectedBy))
    }

    /// Where a request to postpone carrying out the decision stands (§ 42).
    public static func postponement(_ status: PostponementStatus, language: Language) -> String {
        wording(language).postponement(status)
    }

    /// The answer to a request for the reasons for a decision (§ 24 second paragraph, § 29 third
    /// paragraph, ``ReasonsRequestRule``): received, and what it did to the appeal deadline — in
    /// time: interrupted, a new deadline of `weeks` from the day the reasons are given (and, once
    /// they are, its last day); late: no effect on the deadline (with the deadline and its basis),
    /// and a late appeal can still be considered.
    public static func reasonsRequest(_ assessment: ReasonsRequestAssessment, weeks: Int = KlageRules.standard.appealDeadlineWeeks,
                                      language: Language) -> String {
        let w = wording(language)
        let deadline = assessment.deadline
        var parts = [w.reasonsRequestReceived]
        if assessment.inTime {
            if let given = assessment.reasonsGivenOn, let lastDay = deadline.lastDay {
                parts.append(w.reasonsGiven(on: w.date(given), newLastDay: w.date(lastDay)))
            } else {
                parts.append(w.reasonsInterrupted(lastDay: deadline.interruptedLastDay.map(w.date) ?? "", weeks: weeks))
            }
        } else {
            parts.append(w.reasonsRequestLate(lastDay: deadline.lastDay.map(w.date) ?? ""))
            parts.append(w.basis(deadline))
            if let given = assessment.reasonsGivenOn { parts.append(w.reasonsGivenOn(w.date(given))) }
            parts.append(w.reasonsLateAppealStillPossible)
        }
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The klageinstans's name in running text ("Statsforvalteren", "the County Governor (Statsforvalteren)").
    public static func klageinstansName(_ klageinstans: Klageinstans, language: Language) -> String {
        wording(language).klageinstans(klageinstans)
    }

    static func wording(_ language: Language) -> any KlageWording {
        switch language {
        case .nb: KlageWordingNB()
        case .nn: KlageWordingNN()
        case .en: KlageWordingEN()
        }
    }
}

/// The sentences of ``KlageTexts`` in one language.
protocol KlageWording: Sendable {
    func date(_ date: LocalDate) -> String
    func klageinstans(_ klageinstans: Klageinstans) -> String
    func received(service: String?) -> String
    var inTime: String { get }
    func deadlineWas(_ lastDay: String) -> String
    func basis(_ deadline: AppealDeadline) -> String
    func late(lastDay: String) -> String
    var lateAssessment: String { get }
    var beyondAbsoluteLimit: String { get }
    func missing(_ parts: [AppealPart], completeBy: String) -> String
    func nextSteps(klageinstans: String) -> String
    func forwarded(klageinstans: String) -> String
    func decided(_ outcome: AppealOutcome, klageinstans: String) -> String
    func interimReply(reason: InterimReplyReason, expectedBy: String) -> String
    func postponement(_ status: PostponementStatus) -> String
    var reasonsRequestReceived: String { get }
    func reasonsInterrupted(lastDay: String, weeks: Int) -> String
    func reasonsGiven(on day: String, newLastDay: String) -> String
    func reasonsRequestLate(lastDay: String) -> String
    func reasonsGivenOn(_ day: String) -> String
    var reasonsLateAppealStillPossible: String { get }
}

extension String {
    /// The first letter upper-cased, for a name at the start of a sentence.
    var sentenceCased: String { prefix(1).uppercased() + dropFirst() }
}

/// "a", "a og b", "a, b og c" with the language's word for "and".
func listed(_ items: [String], and: String) -> String {
    switch items.count {
    case 0: ""
    case 1: items[0]
    default: items.dropLast().joined(separator: ", ") + " \(and) " + items[items.count - 1]
    }
}
