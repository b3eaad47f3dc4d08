import InngangModels

/// The sentences of a consent request in bokmål, nynorsk and English: plain language, addressed
/// to the guardian(s) ("du"/"dere") or, when the young person is the only grantor, to them.
struct ConsentRequestPhrases: Sendable {
    enum Reader { case oneGuardian, guardians, youngPerson }

    var title: String
    var intro: @Sendable (Reader) -> String
    var from: @Sendable (String) -> String
    var to: @Sendable (String) -> String
    var categories: @Sendable (String) -> String
    var purpose: @Sendable (String) -> String
    var purposeText: @Sendable (String) -> String
    var until: @Sendable (String) -> String
    var exceptionsHeading: String
    var exceptRecipient: @Sendable (_ to: String) -> String
    var exceptPair: @Sendable (_ from: String, _ to: String) -> String
    var exceptCategory: @Sendable (_ category: String, _ to: String) -> String
    var whoAnswers: @Sendable (Reader) -> String
    var childAnswersToo: String
    var childHeard: String
    var childWeighsHeavily: String
    var comingOfAge: @Sendable (_ date: String) -> String
    var voluntary: @Sendable (Reader) -> String
    var withdraw: @Sendable (Reader) -> String

    static func `for`(_ language: Language) -> ConsentRequestPhrases {
        switch language {
        case .nb: nb
        case .nn: nn
        case .en: en
        }
    }

    static let nb = ConsentRequestPhrases(
        title: "Forespørsel om samtykke til å dele opplysninger",
        intro: { r in
            r == .youngPerson
                ? "Vi ber om samtykke til at tjenester kan dele opplysninger om deg med hverandre, slik at du får samordnet hjelp."
                : "Vi ber om samtykke til at tjenester kan dele opplysninger om barnet \(r == .guardians ? "deres" : "ditt") med hverandre, slik at barnet får samordnet hjelp."
        },
        from: { "Disse kan dele opplysninger: \($0)." },
        to: { "De kan dele opplysningene med: \($0)." },
        categories: { "Det gjelder opplysninger om: \($0)." },
        purpose: { "Opplysningene skal bare brukes \($0)." },
        purposeText: { "Tjenesten har skrevet dette om formålet: «\($0)»" },
        until: { "Samtykket gjelder til og med \($0)." },
        exceptionsHeading: "Unntak:",
        exceptRecipient: { "Ingenting skal deles med \($0)." },
        exceptPair: { "\(TextPieces.capitalized($0)) skal ikke dele opplysninger med \($1)." },
        exceptCategory: { "Opplysninger om \($0) skal ikke deles med \($1)." },
        whoAnswers: { r in
            switch r {
            case .guardians: "Alle som har foreldreansvar, må svare. Samtykket gjelder først når alle har sagt ja. Sier én av dere nei, gjelder det ikke."
            case .oneGuardian: "Du har foreldreansvar og må svare. Samtykket gjelder først når du har sagt ja."
            case .youngPerson: "Det er du som bestemmer. Samtykket gjelder først når du har sagt ja."
            }
        },
        childAnswersToo: "Barnet må også svare selv.",
        childHeard: "Barnet skal få si sin mening om dette, og meningen skal tas med.",
        childWeighsHeavily: "Barnet skal få si sin mening om dette, og meningen skal veie tungt.",
        comingOfAge: { "Når barnet fyller 18 år (\($0)), gjelder ikke samtykket lenger. Da bestemmer barnet selv." },
        voluntary: { r in
            "Det er frivillig å samtykke. Sier \(r == .guardians ? "dere" : "du") nei, kan ikke tjenestene dele disse opplysningene med hverandre på grunnlag av samtykke. I noen tilfeller sier loven at tjenester likevel skal dele opplysninger, for eksempel med barnevernet."
        },
        withdraw: { r in
            (r == .guardians
                ? "Dere kan trekke samtykket tilbake når som helst, her i Inngang. Hver av dere kan gjøre det alene, og det gjelder med en gang."
                : "Du kan trekke samtykket tilbake når som helst, her i Inngang. Det gjelder med en gang.")
                + " Opplysninger som er delt før det, er delt lovlig, men alle tjenester som har fått opplysninger, får beskjed om at samtykket er trukket tilbake."
        }
    )

    static let nn = ConsentRequestPhrases(
        title: "Førespurnad om samtykke til å dele opplysningar",
        intro: { r in
            r == .youngPerson
                ? "Vi ber om samtykke til at tenester kan dele opplysningar om deg med kvarandre, slik at du får samordna hjelp."
                : "Vi ber om samtykke til at tenester kan dele opplysningar om barnet \(r == .guardians ? "dykkar" : "ditt") med kvarandre, slik at barnet får samordna hjelp."
        },
        from: { "Desse kan dele opplysningar: \($0)." },
        to: { "Dei kan dele opplysningane med: \($0)." },
        categories: { "Det gjeld opplysningar om: \($0)." },
        purpose: { "Opplysningane skal berre brukast \($0)." },
        purposeText: { "Tenesta har skrive dette om føremålet: «\($0)»" },
        until: { "Samtykket gjeld til og med \($0)." },
        exceptionsHeading: "Unntak:",
        exceptRecipient: { "Ingenting skal delast med \($0)." },
        exceptPair: { "\(TextPieces.capitalized($0)) skal ikkje dele opplysningar med \($1)." },
        exceptCategory: { "Opplysningar om \($0) skal ikkje delast med \($1)." },
        whoAnswers: { r in
            switch r {
            case .guardians: "Alle som har foreldreansvar, må svare. Samtykket gjeld først når alle har sagt ja. Seier ein av dykk nei, gjeld det ikkje."
            case .oneGuardian: "Du har foreldreansvar og må svare. Samtykket gjeld først når du har sagt ja."
            case .youngPerson: "Det er du som bestemmer. Samtykket gjeld først når du har sagt ja."
            }
        },
        childAnswersToo: "Barnet må også svare sjølv.",
        childHeard: "Barnet skal få seie meininga si om dette, og meininga skal takast med.",
        childWeighsHeavily: "Barnet skal få seie meininga si om dette, og meininga skal vege tungt.",
        comingOfAge: { "Når barnet fyller 18 år (\($0)), gjeld ikkje samtykket lenger. Då bestemmer barnet sjølv." },
        voluntary: { r in
            "Det er frivillig å samtykkje. Seier \(r == .guardians ? "de" : "du") nei, kan ikkje tenestene dele desse opplysningane med kvarandre på grunnlag av samtykke. I nokre tilfelle seier lova at tenester likevel skal dele opplysningar, til dømes med barnevernet."
        },
        withdraw: { r in
            (r == .guardians
                ? "De kan trekkje samtykket tilbake når som helst, her i Inngang. Kvar av dykk kan gjere det åleine, og det gjeld med ein gong."
                : "Du kan trekkje samtykket tilbake når som helst, her i Inngang. Det gjeld med ein gong.")
                + " Opplysningar som er delte før det, er delte lovleg, men alle tenester som har fått opplysningar, får melding om at samtykket er trekt tilbake."
        }
    )

    static let en = ConsentRequestPhrases(
        title: "Request for consent to share information",
        intro: { r in
            r == .youngPerson
                ? "We are asking for your consent for services to share information about you with each other, so that you get coordinated help."
                : "We are asking for consent for services to share information about your child with each other, so that your child gets coordinated help."
        },
        from: { "These may share information: \($0)." },
        to: { "They may share it with: \($0)." },
        categories: { "It covers information about: \($0)." },
        purpose: { "The information may only be used \($0)." },
        purposeText: { "The service has written this about the purpose: “\($0)”" },
        until: { "The consent is valid until and including \($0)." },
        exceptionsHeading: "Exceptions:",
        exceptRecipient: { "Nothing may be shared with \($0)." },
        exceptPair: { "\(TextPieces.capitalized($0)) may not share information with \($1)." },
        exceptCategory: { "Information about \($0) may not be shared with \($1)." },
        whoAnswers: { r in
            switch r {
            case .guardians: "Everyone with parental responsibility must answer. The consent is valid only when all of you have said yes. If one of you says no, it is not valid."
            case .oneGuardian: "You have parental responsibility and must answer. The consent is valid only when you have said yes."
            case .youngPerson: "You decide. The consent is valid only when you have said yes."
            }
        },
        childAnswersToo: "Your child must also answer themselves.",
        childHeard: "Your child shall be allowed to say what they think about this, and their view shall be taken into account.",
        childWeighsHeavily: "Your child shall be allowed to say what they think about this, and their view shall weigh heavily.",
        comingOfAge: { "When your child turns 18 (\($0)), the consent is no longer valid. Then your child decides." },
        voluntary: { _ in
            "Consent is voluntary. If you say no, the services cannot share this information with each other on the basis of consent. In some cases the law requires services to share information anyway, for example with the child welfare service."
        },
        withdraw: { r in
            (r == .guardians
                ? "You can withdraw the consent at any time, here in Inngang. Each of you can do it alone, and it takes effect at once."
                : "You can withdraw the consent at any time, here in Inngang. It takes effect at once.")
                + " Information shared before then was shared lawfully, but every service that received information is told that the consent has been withdrawn."
        }
    )
}
