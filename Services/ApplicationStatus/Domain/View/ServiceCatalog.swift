import InngangModels

/// Display names of services per language, for the logged-in portal only — never for
/// notifications (a service name read on a shared phone can harm).
public struct ServiceCatalog: Sendable, Equatable {
    public var names: [ServiceCode: [Language: String]]

    public init(names: [ServiceCode: [Language: String]]) {
        self.names = names
    }

    /// The name of `service` in `language`; a neutral "a municipal service" for an unknown code
    /// (never the raw code).
    public func name(of service: ServiceCode, in language: Language) -> String {
        if let name = names[service]?[language] { return name }
        switch language {
        case .nb: return "En tjeneste i kommunen"
        case .nn: return "Ei teneste i kommunen"
        case .en: return "A municipal service"
        }
    }

    /// The services Inngang routes to.
    public static let standard = ServiceCatalog(names: [
        "helsestasjon": [.nb: "Helsestasjon og skolehelsetjenesten", .nn: "Helsestasjon og skulehelsetenesta",
                         .en: "Child health centre and school health service"],
        "barnehage": [.nb: "Barnehage", .nn: "Barnehage", .en: "Kindergarten"],
        "skole": [.nb: "Skole", .nn: "Skule", .en: "School"],
        "ppt": [.nb: "PP-tjenesten", .nn: "PP-tenesta", .en: "Educational-psychological service"],
        "barnevern": [.nb: "Barnevernstjenesten", .nn: "Barnevernstenesta", .en: "Child welfare service"],
        "nav": [.nb: "NAV", .nn: "NAV", .en: "NAV (Norwegian Labour and Welfare Administration)"],
        "bup": [.nb: "Barne- og ungdomspsykiatrien (BUP)", .nn: "Barne- og ungdomspsykiatrien (BUP)",
                .en: "Child and adolescent mental health service (BUP)"],
        "avlastning": [.nb: "Avlastning", .nn: "Avlasting", .en: "Respite care"],
        "fritid": [.nb: "Fritidstilbud", .nn: "Fritidstilbod", .en: "Leisure activities"],
        "familielos": [.nb: "Familielos", .nn: "Familielos", .en: "Family guide (familielos)"],
    ])
}
