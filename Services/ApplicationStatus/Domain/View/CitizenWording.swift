import Foundation
import InngangModels

/// The plain-language sentences of the citizen view in one language. One conforming type per
/// language (`CitizenWording+nb/nn/en.swift`); the renderer holds `any CitizenWording`.
protocol CitizenWording: Sendable {
    /// January first.
    var months: [String] { get }
    /// Monday first.
    var weekdays: [String] { get }
    /// e.g. "14. desember 2026" / "14 December 2026".
    func date(_ date: LocalDate) -> String
    /// e.g. "kl. 10.00" / "10:00".
    func time(hour: Int, minute: Int) -> String
    func state(_ state: ServiceState) -> String
    func outcome(_ outcome: DecisionOutcome) -> String
    func nextStep(_ step: NextStep, service: String) -> String
    func task(service: String, due: String, overdue: Bool) -> String
    func meeting(service: String, when: String, place: String) -> String
    func coordinator(name: String) -> String
    /// `lastDay` is empty while the deadline is interrupted (``AppealStatus/awaitingReasons``).
    func appealDeadline(lastDay: String, countedFrom: String, basis: AppealDeadline.Basis, status: AppealStatus, limit: String) -> String
    func howToAppeal(service: String) -> String
    /// Where an appeal stands (``AppealProgressView/text``). `completeBy` and `expectedBy` are
    /// formatted dates, given only when they apply; `newOutcome` only for a result that made a
    /// new decision.
    func appealProgress(
        _ stage: AppealProgress.Stage, result: AppealFact.AppealResult?, newOutcome: DecisionOutcome?, completeBy: String?,
        expectedBy: String?, service: String
    ) -> String
    func history(_ kind: TimelineEntry.Kind, service: String?, date: (LocalDate) -> String, when: (Date) -> String) -> String
}

extension CitizenWording {
    func monthName(_ date: LocalDate) -> String { months[date.month - 1] }
    func weekdayName(_ date: LocalDate) -> String { weekdays[date.weekday - 1] }
}

/// The wording for `language`.
func wording(for language: Language) -> any CitizenWording {
    switch language {
    case .nb: BokmalWording()
    case .nn: NynorskWording()
    case .en: EnglishWording()
    }
}
