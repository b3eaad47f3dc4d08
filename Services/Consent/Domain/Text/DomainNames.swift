import InngangModels

/// Names of services, categories and purposes for the **portal** (read by the logged-in family).
/// Never use them in notifications: a service name read on a shared phone can harm.
public enum ConsentNames {
    static let services: [String: [Language: String]] = [
        "ppt": [.nb: "PPT (pedagogisk-psykologisk tjeneste)", .nn: "PPT (pedagogisk-psykologisk teneste)",
                .en: "PPT (the educational and psychological counselling service)"],
        "skole": [.nb: "skolen", .nn: "skulen", .en: "the school"],
        "barnehage": [.nb: "barnehagen", .nn: "barnehagen", .en: "the kindergarten"],
        "helsestasjon": [.nb: "helsestasjons- og skolehelsetjenesten", .nn: "helsestasjons- og skulehelsetenesta",
                         .en: "the public health nurse service (helsestasjon)"],
        "bup": [.nb: "BUP (psykisk helsevern for barn og unge)", .nn: "BUP (psykisk helsevern for born og unge)",
                .en: "BUP (the child and adolescent mental health service)"],
        "barnevern": [.nb: "barneverntjenesten", .nn: "barnevernstenesta", .en: "the child welfare service"],
        "nav": [.nb: "NAV", .nn: "NAV", .en: "NAV (the Labour and Welfare Administration)"],
        "avlastning": [.nb: "avlastningstjenesten", .nn: "avlastingstenesta", .en: "the respite care service"],
        "fritid": [.nb: "fritidstjenesten", .nn: "fritidstenesta", .en: "the leisure service"],
        "familielos": [.nb: "familielosen", .nn: "familielosen", .en: "the family coordinators (familielos)"],
    ]

    /// The name of `service`; the code itself for a service without a name here.
    public static func service(_ service: ServiceCode, _ language: Language) -> String {
        services[service.rawValue]?[language] ?? service.rawValue
    }

    /// What information of `category` is about, to follow "information about".
    public static func category(_ category: InformationCategory, _ language: Language) -> String {
        switch (category, language) {
        case (.health, .nb), (.health, .nn): return "helse"
        case (.health, .en): return "health"
        case (.school, .nb): return "skole"
        case (.school, .nn): return "skule"
        case (.school, .en): return "school"
        case (.kindergarten, .nb), (.kindergarten, .nn): return "barnehage"
        case (.kindergarten, .en): return "kindergarten"
        case (.specialEducation, .nb), (.specialEducation, .nn): return "spesialundervisning og PPT"
        case (.specialEducation, .en): return "special-needs education and PPT"
        case (.childWelfare, .nb), (.childWelfare, .nn): return "barnevern"
        case (.childWelfare, .en): return "child welfare"
        case (.welfareNav, .nb): return "NAV-tjenester"
        case (.welfareNav, .nn): return "NAV-tenester"
        case (.welfareNav, .en): return "NAV services"
        case (.familySituation, .nb): return "familiens situasjon (bolig, økonomi, arbeid)"
        case (.familySituation, .nn): return "situasjonen til familien (bustad, økonomi, arbeid)"
        case (.familySituation, .en): return "the family's situation (housing, finances, work)"
        }
    }

    /// The purpose, to follow "may only be used".
    public static func purpose(_ purpose: SharingPurpose, _ language: Language) -> String {
        switch (purpose, language) {
        case (.coordination, .nb): return "til å samordne hjelpen"
        case (.coordination, .nn): return "til å samordne hjelpa"
        case (.coordination, .en): return "to coordinate the help"
        case (.referral, .nb): return "til å henvise til en annen tjeneste"
        case (.referral, .nn): return "til å vise vidare til ei anna teneste"
        case (.referral, .en): return "to refer to another service"
        case (.assessment, .nb): return "til å kartlegge hva som trengs"
        case (.assessment, .nn): return "til å kartleggje kva som trengst"
        case (.assessment, .en): return "to assess what is needed"
        case (.individualPlan, .nb): return "til å lage og følge opp en individuell plan"
        case (.individualPlan, .nn): return "til å lage og følgje opp ein individuell plan"
        case (.individualPlan, .en): return "to make and follow up an individual plan"
        case (.transition, .nb): return "til en overgang, for eksempel fra barnehage til skole"
        case (.transition, .nn): return "til ein overgang, til dømes frå barnehage til skule"
        case (.transition, .en): return "for a transition, for example from kindergarten to school"
        }
    }
}
