import InngangModels
import Testing

@testable import ApplicationStatusDomain

/// Service display names for the logged-in portal.
@Suite struct ServiceCatalogTests {
    static let codes: [ServiceCode] = ["helsestasjon", "barnehage", "skole", "ppt", "barnevern", "nav", "bup", "avlastning", "fritid", "familielos"]

    @Test func everyStandardServiceHasANameInEveryLanguage() {
        for code in Self.codes {
            for language in Language.allCases {
                #expect(ServiceCatalog.standard.names[code]?[language]?.isEmpty == false, "\(code) \(language)")
            }
        }
        #expect(Set(ServiceCatalog.standard.names.keys) == Set(Self.codes))
    }

    @Test func pptIsNamedInEachLanguage() {
        #expect(ServiceCatalog.standard.name(of: "ppt", in: .nb) == "PP-tjenesten")
        #expect(ServiceCatalog.standard.name(of: "ppt", in: .nn) == "PP-tenesta")
        #expect(ServiceCatalog.standard.name(of: "ppt", in: .en) == "Educational-psychological service")
    }

    @Test func unknownServiceGetsANeutralNameNotItsCode() {
        let name = ServiceCatalog.standard.name(of: "rus-ungdom", in: .nb)
        #expect(name == "En tjeneste i kommunen")
        #expect(!name.contains("rus"))
    }
}
