import InngangModels

/// The sentences of a consent receipt (the history as the family reads it).
struct ConsentReceiptPhrases: Sendable {
    /// Who did something, as the reader sees it.
    enum Actor { case you, otherGuardian, aGuardian, child }

    var title: String
    var requested: String
    var childViewRecorded: String
    var given: @Sendable (Actor) -> String
    var inForce: @Sendable (_ until: String) -> String
    var refused: @Sendable (Actor) -> String
    var withdrawn: @Sendable (Actor) -> String
    var informed: @Sendable (_ services: String) -> String
    var revoked: @Sendable (RevocationReason) -> String
    var expired: @Sendable (ExpiryReason) -> String
    var shared: @Sendable (_ from: String, _ category: String, _ to: String) -> String
    var statusAwaiting: @Sendable (_ count: Int) -> String
    var statusInForce: @Sendable (_ until: String) -> String
    var statusEnded: String

    static func `for`(_ language: Language) -> ConsentReceiptPhrases {
        switch language {
        case .nb: nb
        case .nn: nn
        case .en: en
        }
    }

    static let nb = ConsentReceiptPhrases(
        title: "Kvittering: samtykke til å dele opplysninger",
        requested: "Forespørsel om samtykke ble sendt.",
        childViewRecorded: "Barnets mening ble registrert.",
        given: { a in switch a {
            case .you: "Du ga samtykke."
            case .otherGuardian: "En annen med foreldreansvar ga samtykke."
            case .aGuardian: "En med foreldreansvar ga samtykke."
            case .child: "Barnet ga samtykke."
        } },
        inForce: { "Alle har sagt ja. Samtykket gjelder nå, til og med \($0)." },
        refused: { a in switch a {
            case .you: "Du sa nei. Samtykket gjelder ikke."
            case .otherGuardian: "En annen med foreldreansvar sa nei. Samtykket gjelder ikke."
            case .aGuardian: "En med foreldreansvar sa nei. Samtykket gjelder ikke."
            case .child: "Barnet sa nei. Samtykket gjelder ikke."
        } },
        withdrawn: { a in switch a {
            case .you: "Du trakk samtykket tilbake. Det gjelder ikke lenger."
            case .otherGuardian: "En annen med foreldreansvar trakk samtykket tilbake. Det gjelder ikke lenger."
            case .aGuardian: "En med foreldreansvar trakk samtykket tilbake. Det gjelder ikke lenger."
            case .child: "Barnet trakk samtykket tilbake. Det gjelder ikke lenger."
        } },
        informed: { "Disse har fått beskjed fordi de har fått opplysninger: \($0)." },
        revoked: { r in switch r {
            case .parentalResponsibilityChanged: "Samtykket ble avsluttet fordi foreldreansvaret er endret."
            case .cancelledByService: "Tjenesten trakk forespørselen tilbake. Samtykket gjelder ikke."
            case .decisionByAuthority: "Samtykket ble avsluttet etter en avgjørelse fra en myndighet."
        } },
        expired: { r in switch r {
            case .validUntilPassed: "Samtykket gikk ut på dato."
            case .childCameOfAge: "Barnet fylte 18 år. Samtykket gjelder ikke lenger, og barnet bestemmer selv."
            case .grantorsChangedWithAge: "Barnet er nå gammelt nok til å samtykke selv. Samtykket gjelder ikke lenger."
        } },
        shared: { "\(TextPieces.capitalized($0)) delte opplysninger om \($1) med \($2)." },
        statusAwaiting: { "Status: venter på svar fra \($0 == 1 ? "én person" : "\($0) personer")." },
        statusInForce: { "Status: samtykket gjelder til og med \($0)." },
        statusEnded: "Status: samtykket gjelder ikke."
    )

    static let nn = ConsentReceiptPhrases(
        title: "Kvittering: samtykke til å dele opplysningar",
        requested: "Førespurnad om samtykke vart send.",
        childViewRecorded: "Meininga til barnet vart registrert.",
        given: { a in switch a {
            case .you: "Du gav samtykke."
            case .otherGuardian: "Ein annan med foreldreansvar gav samtykke."
            case .aGuardian: "Ein med foreldreansvar gav samtykke."
            case .child: "Barnet gav samtykke."
        } },
        inForce: { "Alle har sagt ja. Samtykket gjeld no, til og med \($0)." },
        refused: { a in switch a {
            case .you: "Du sa nei. Samtykket gjeld ikkje."
            case .otherGuardian: "Ein annan med foreldreansvar sa nei. Samtykket gjeld ikkje."
            case .aGuardian: "Ein med foreldreansvar sa nei. Samtykket gjeld ikkje."
            case .child: "Barnet sa nei. Samtykket gjeld ikkje."
        } },
        withdrawn: { a in switch a {
            case .you: "Du trekte samtykket tilbake. Det gjeld ikkje lenger."
            case .otherGuardian: "Ein annan med foreldreansvar trekte samtykket tilbake. Det gjeld ikkje lenger."
            case .aGuardian: "Ein med foreldreansvar trekte samtykket tilbake. Det gjeld ikkje lenger."
            case .child: "Barnet trekte samtykket tilbake. Det gjeld ikkje lenger."
        } },
        informed: { "Desse har fått melding fordi dei har fått opplysningar: \($0)." },
        revoked: { r in switch r {
            case .parentalResponsibilityChanged: "Samtykket vart avslutta fordi foreldreansvaret er endra."
            case .cancelledByService: "Tenesta trekte førespurnaden tilbake. Samtykket gjeld ikkje."
            case .decisionByAuthority: "Samtykket vart avslutta etter ei avgjerd frå ei styresmakt."
        } },
        expired: { r in switch r {
            case .validUntilPassed: "Samtykket gjekk ut på dato."
            case .childCameOfAge: "Barnet fylte 18 år. Samtykket gjeld ikkje lenger, og barnet bestemmer sjølv."
            case .grantorsChangedWithAge: "Barnet er no gammalt nok til å samtykkje sjølv. Samtykket gjeld ikkje lenger."
        } },
        shared: { "\(TextPieces.capitalized($0)) delte opplysningar om \($1) med \($2)." },
        statusAwaiting: { "Status: ventar på svar frå \($0 == 1 ? "éin person" : "\($0) personar")." },
        statusInForce: { "Status: samtykket gjeld til og med \($0)." },
        statusEnded: "Status: samtykket gjeld ikkje."
    )

    static let en = ConsentReceiptPhrases(
        title: "Receipt: consent to share information",
        requested: "The request for consent was sent.",
        childViewRecorded: "The child's view was recorded.",
        given: { a in switch a {
            case .you: "You gave consent."
            case .otherGuardian: "Another person with parental responsibility gave consent."
            case .aGuardian: "A person with parental responsibility gave consent."
            case .child: "The child gave consent."
        } },
        inForce: { "Everyone has said yes. The consent is now valid until and including \($0)." },
        refused: { a in switch a {
            case .you: "You said no. The consent is not valid."
            case .otherGuardian: "Another person with parental responsibility said no. The consent is not valid."
            case .aGuardian: "A person with parental responsibility said no. The consent is not valid."
            case .child: "The child said no. The consent is not valid."
        } },
        withdrawn: { a in switch a {
            case .you: "You withdrew the consent. It is no longer valid."
            case .otherGuardian: "Another person with parental responsibility withdrew the consent. It is no longer valid."
            case .aGuardian: "A person with parental responsibility withdrew the consent. It is no longer valid."
            case .child: "The child withdrew the consent. It is no longer valid."
        } },
        informed: { "These were told, because they had received information: \($0)." },
        revoked: { r in switch r {
            case .parentalResponsibilityChanged: "The consent was ended because parental responsibility has changed."
            case .cancelledByService: "The service withdrew its request. The consent is not valid."
            case .decisionByAuthority: "The consent was ended by a decision of an authority."
        } },
        expired: { r in switch r {
            case .validUntilPassed: "The consent reached its end date."
            case .childCameOfAge: "The child turned 18. The consent is no longer valid, and the young person decides."
            case .grantorsChangedWithAge: "The child is now old enough to consent themselves. The consent is no longer valid."
        } },
        shared: { "\(TextPieces.capitalized($0)) shared information about \($1) with \($2)." },
        statusAwaiting: { "Status: waiting for an answer from \($0 == 1 ? "one person" : "\($0) people")." },
        statusInForce: { "Status: the consent is valid until and including \($0)." },
        statusEnded: "Status: the consent is not valid."
    )
}
