import InngangModels

/// The receipt's sentences in bokmål, nynorsk and English. Plain language, addressed to the
/// family ("dere"/"de"/"you").
struct ReceiptPhrases: Sendable {
    var title: String
    var caseNumber: @Sendable (_ number: String, _ date: String) -> String
    var routed: @Sendable (_ count: Int, _ names: String) -> String
    var routedToFallback: @Sendable (_ names: String) -> String
    var coordinator: @Sendable (_ name: String, _ phone: String?, _ email: String?) -> String
    var coordinatorPending: String
    var expected: @Sendable (_ date: String) -> String
    var expectedUnknown: String
    var interpreter: String
    var appeal: String
    var followCase: String

    static func `for`(_ language: Language) -> ReceiptPhrases {
        switch language {
        case .nb: nb
        case .nn: nn
        case .en: en
        }
    }

    static let nb = ReceiptPhrases(
        title: "Vi har mottatt søknaden",
        caseNumber: { "Saksnummer: \($0). Mottatt \($1)." },
        routed: { n, names in
            "Søknaden er sendt til \(n) \(n == 1 ? "tjeneste" : "tjenester"): \(names). "
                + (n == 1 ? "Dere trenger ikke å søke der selv." : "Dere trenger ikke å søke hos hver av dem.")
        },
        routedToFallback: { names in
            "Søknaden er sendt til \(names). Familielosen ser på saken sammen med dere og finner den hjelpen som passer."
        },
        coordinator: { name, phone, email in
            "Familielosen deres er \(name)" + contact(phone, email, phoneWord: "telefon", emailWord: "e-post", and: "og")
                + ". Familielosen er den faste kontaktpersonen deres gjennom hele saken."
        },
        coordinatorPending: "Dere får en familielos, en fast kontaktperson, så snart som mulig. Vi sier fra når det er klart.",
        expected: { "Dere kan vente et første svar innen \($0)." },
        expectedUnknown: "Vi sier fra når vi vet når dere kan vente et første svar.",
        interpreter: "Dere har bedt om tolk. Tjenestene bestiller tolk til samtaler og møter.",
        appeal: "Får dere et vedtak dere er uenige i, kan dere klage på det. I vedtaket står det hvordan dere klager og hvilken frist som gjelder.",
        followCase: "Dere kan følge saken og se hva som skjer videre her i Inngang."
    )

    static let nn = ReceiptPhrases(
        title: "Vi har motteke søknaden",
        caseNumber: { "Saksnummer: \($0). Motteken \($1)." },
        routed: { n, names in
            "Søknaden er send til \(n) \(n == 1 ? "teneste" : "tenester"): \(names). "
                + (n == 1 ? "De treng ikkje søkje der sjølve." : "De treng ikkje søkje hos kvar av dei.")
        },
        routedToFallback: { names in
            "Søknaden er send til \(names). Familielosen ser på saka saman med dykk og finn den hjelpa som passar."
        },
        coordinator: { name, phone, email in
            "Familielosen dykkar er \(name)" + contact(phone, email, phoneWord: "telefon", emailWord: "e-post", and: "og")
                + ". Familielosen er den faste kontaktpersonen dykkar gjennom heile saka."
        },
        coordinatorPending: "De får ein familielos, ein fast kontaktperson, så snart som mogleg. Vi seier frå når det er klart.",
        expected: { "De kan vente eit første svar innan \($0)." },
        expectedUnknown: "Vi seier frå når vi veit når de kan vente eit første svar.",
        interpreter: "De har bede om tolk. Tenestene bestiller tolk til samtalar og møte.",
        appeal: "Får de eit vedtak de er usamde i, kan de klage på det. I vedtaket står det korleis de klagar og kva frist som gjeld.",
        followCase: "De kan følgje saka og sjå kva som skjer vidare her i Inngang."
    )

    static let en = ReceiptPhrases(
        title: "We have received your application",
        caseNumber: { "Case number: \($0). Received \($1)." },
        routed: { n, names in
            "Your application has been sent to \(n) \(n == 1 ? "service" : "services"): \(names). "
                + (n == 1 ? "You do not need to apply there yourselves." : "You do not need to apply to each of them.")
        },
        routedToFallback: { names in
            "Your application has been sent to \(names). Your family coordinator will look at it with you and find the help that fits."
        },
        coordinator: { name, phone, email in
            "Your family coordinator (familielos) is \(name)" + contact(phone, email, phoneWord: "phone", emailWord: "e-mail", and: "and")
                + ". The coordinator is your fixed contact person for the whole case."
        },
        coordinatorPending: "You will get a family coordinator (familielos), a fixed contact person, as soon as possible. We will let you know.",
        expected: { "You can expect a first answer by \($0)." },
        expectedUnknown: "We will let you know when you can expect a first answer.",
        interpreter: "You asked for an interpreter. The services will book one for conversations and meetings.",
        appeal: "If you get a decision you disagree with, you can appeal it. The decision tells you how to appeal and the deadline.",
        followCase: "You can follow the case and see what happens next here in Inngang."
    )

    /// `, telefon X og e-post Y` — whatever of the two is known.
    static func contact(_ phone: String?, _ email: String?, phoneWord: String, emailWord: String, and: String) -> String {
        let parts = [phone.map { "\(phoneWord) \($0)" }, email.map { "\(emailWord) \($0)" }].compactMap { $0 }
        guard !parts.isEmpty else { return "" }
        return ", " + parts.joined(separator: " \(and) ")
    }
}
