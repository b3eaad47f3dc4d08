import InngangModels

/// Display names of services for the **receipt and the portal** (shown to the logged-in
/// guardian). Never use them in notifications: a service name read on a shared phone can harm.
public enum ServiceNames {
    static let names: [String: (nb: String, nn: String, en: String)] = [
        "ppt": ("PPT (pedagogisk-psykologisk tjeneste)", "PPT (pedagogisk-psykologisk teneste)",
                "PPT (the educational and psychological counselling service)"),
        "skole": ("skolen", "skulen", "the school"),
        "barnehage": ("barnehagen", "barnehagen", "the kindergarten"),
        "helsestasjon": ("helsestasjons- og skolehelsetjenesten", "helsestasjons- og skulehelsetenesta",
                         "the public health nurse service (helsestasjon)"),
        "bup": ("BUP (psykisk helsevern for barn og unge)", "BUP (psykisk helsevern for born og unge)",
                "BUP (the child and adolescent mental health service)"),
        "barnevern": ("barneverntjenesten", "barnevernstenesta", "the child welfare service"),
        "nav": ("NAV", "NAV", "NAV (the Labour and Welfare Administration)"),
        "avlastning": ("avlastningstjenesten", "avlastingstenesta", "the respite care service"),
        "fritid": ("fritidstjenesten", "fritidstenesta", "the leisure service"),
        "familielos": ("familielosen", "familielosen", "the family coordinators (familielos)"),
    ]

    /// The name of `service` in `language`; the code itself for a service without a name here.
    public static func name(of service: ServiceCode, in language: Language) -> String {
        guard let n = names[service.rawValue] else { return service.rawValue }
        switch language {
        case .nb: return n.nb
        case .nn: return n.nn
        case .en: return n.en
        }
    }
}
