import InngangModels

/// The receipt intake answers with at once: shown in the HTTP answer and the portal to the
/// logged-in applicant (so service and coordinator names may appear; it is **not** a notification
/// text). A title and lines of plain text, plus the facts they state for clients that lay the
/// receipt out themselves.
public struct Receipt: Sendable, Hashable, Codable {
    public var language: Language
    public var title: String
    /// Paragraphs in reading order.
    public var lines: [String]
    public var caseNumber: CaseNumber
    public var receivedOn: LocalDate
    /// The services the case was routed to, in routing order.
    public var services: [ServiceCode]
    /// See ``ExpectedFirstAnswer``; `nil` when it cannot be promised.
    public var expectedFirstAnswer: LocalDate?
    public var coordinatorName: String?

    public init(language: Language, title: String, lines: [String], caseNumber: CaseNumber, receivedOn: LocalDate,
                services: [ServiceCode], expectedFirstAnswer: LocalDate?, coordinatorName: String?) {
        self.language = language
        self.title = title
        self.lines = lines
        self.caseNumber = caseNumber
        self.receivedOn = receivedOn
        self.services = services
        self.expectedFirstAnswer = expectedFirstAnswer
        self.coordinatorName = coordinatorName
    }
}

/// Writes the receipt: the case number and day of receipt; which services the case went to
/// (so the family need not apply to each: "tell once"); the coordinator and how to reach them,
/// or that one will be assigned; the expected date of a first answer (``ExpectedFirstAnswer``);
/// that an interpreter was noted; and that decisions can be appealed, with the decision itself
/// saying how and by when (forvaltningsloven § 27).
public enum ReceiptWriter {
    public static func receipt(
        caseNumber: CaseNumber, receivedOn: LocalDate, routes: [RoutedService], rules: RoutingRules,
        coordinator: Coordinator?, interpreterNeeded: Bool, language: Language,
        calendar: WorkingDayCalendar = .norwayProcessing
    ) -> Receipt {
        let expected = ExpectedFirstAnswer.date(routes: routes, rules: rules, receivedOn: receivedOn, calendar: calendar)
        let p = ReceiptPhrases.for(language)
        var lines = [p.caseNumber(caseNumber.description, DateText.long(receivedOn, in: language))]
        let names = routes.map { ServiceNames.name(of: $0.service, in: language) }
        if routes.contains(where: \.isFallback) {
            lines.append(p.routedToFallback(DateText.list(names, in: language)))
        } else {
            lines.append(p.routed(routes.count, DateText.list(names, in: language)))
        }
        if let coordinator {
            lines.append(p.coordinator(coordinator.name, coordinator.phone, coordinator.email))
        } else {
            lines.append(p.coordinatorPending)
        }
        lines.append(expected.map { p.expected(DateText.long($0, in: language)) } ?? p.expectedUnknown)
        if interpreterNeeded { lines.append(p.interpreter) }
        lines.append(p.appeal)
        lines.append(p.followCase)
        return Receipt(language: language, title: p.title, lines: lines, caseNumber: caseNumber, receivedOn: receivedOn,
                       services: routes.map(\.service), expectedFirstAnswer: expected, coordinatorName: coordinator?.name)
    }
}
