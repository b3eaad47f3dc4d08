import Foundation
import InngangModels
import Testing
@testable import IntakeDomain

@Suite("Routing rules as data")
struct RoutingTests {
    let rules = Fixture.rules

    @Test func learningNeedsRouteToPPT() {
        let routes = rules.route(categories: [.learning])
        #expect(routes.first == RoutedService(service: "ppt", matchedCategories: [.learning]))
        #expect(routes.map(\.service) == ["ppt", "skole"])
    }

    @Test func everyServiceOnceInRuleOrderWithMatchesInCatalogueOrder() {
        let a = rules.route(categories: [.mentalHealth, .behaviour, .speechLanguage, .learning])
        let b = rules.route(categories: [.learning, .speechLanguage, .behaviour, .mentalHealth, .learning])
        #expect(a == b)
        #expect(a == [
            RoutedService(service: "ppt", matchedCategories: [.learning, .speechLanguage, .behaviour]),
            RoutedService(service: "skole", matchedCategories: [.learning]),
            RoutedService(service: "helsestasjon", matchedCategories: [.mentalHealth, .behaviour]),
            RoutedService(service: "bup", matchedCategories: [.mentalHealth]),
        ])
    }

    @Test func childWelfareConcernRoutesToBarnevern() {
        #expect(rules.route(categories: [.childWelfareConcern]).map(\.service) == ["barnevern"])
    }

    @Test func noMatchGoesToTheCoordinatorsFallback() {
        let custom = RoutingRules(municipality: "4601", rules: [.init(service: "ppt", whenAnyCategory: ["learning"])],
                                  processingTimes: ["ppt": 30, "familielos": 5])
        #expect(custom.route(categories: [.respite]) == [RoutedService(service: "familielos", matchedCategories: [], isFallback: true)])
        let ownFallback = RoutingRules(municipality: "4601", rules: custom.rules, processingTimes: ["ppt": 30, "los": 5], fallbackService: "los")
        #expect(ownFallback.route(categories: [.leisure]).map(\.service) == ["los"])
        #expect(ownFallback.problems().isEmpty)
    }

    @Test func serviceListedTwiceIsMergedIntoItsFirstPlace() {
        let doubled = RoutingRules(municipality: "4601", rules: [
            .init(service: "ppt", whenAnyCategory: ["learning"]),
            .init(service: "nav", whenAnyCategory: ["welfare-nav"]),
            .init(service: "ppt", whenAnyCategory: ["speech-language"]),
        ], processingTimes: ["ppt": 30, "nav": 20, "familielos": 5])
        #expect(doubled.route(categories: [.speechLanguage, .welfareNav, .learning]) == [
            RoutedService(service: "ppt", matchedCategories: [.learning, .speechLanguage]),
            RoutedService(service: "nav", matchedCategories: [.welfareNav]),
        ])
    }

    @Test func everyCatalogueCategoryRoutesSomewhereInTheDevelopmentMunicipality() {
        for category in NeedCategory.allCases {
            let fellThrough = rules.route(categories: [category]).contains { $0.isFallback }
            #expect(!fellThrough, "\(category) falls through")
        }
    }
}

@Suite("Routing rules validation")
struct RoutingRulesValidationTests {
    @Test func embeddedDevelopmentRulesAreValid() {
        #expect(DevelopmentRouting.rules().problems().isEmpty)
        #expect(DevelopmentRouting.rules().municipality == "0301")
    }

    @Test func unknownCategoryDuplicateServiceAndMalformedCodeAreErrors() {
        let json = """
            { "municipality": "03x1",
              "rules": [
                { "service": "ppt", "whenAnyCategory": ["learning", "astrology"] },
                { "service": "ppt", "whenAnyCategory": ["speech-language"] },
                { "service": "Barne Vern", "whenAnyCategory": [] }
              ],
              "processingTimes": { "ppt": 0, "familielos": 5, "bup": 10 } }
            """
        do {
            _ = try RoutingRules.load(json: Data(json.utf8))
            Issue.record("should be rejected")
        } catch {
            #expect(error.code == .invalidRoutingRules)
            let found = error.problems.map { "\($0.pointer) \($0.code)" }
            #expect(found == [
                "/municipality format",
                "/rules/0/whenAnyCategory/1 unknown-category",
                "/rules/1/service duplicate",
                "/rules/2/service format",
                "/rules/2/whenAnyCategory required",
                "/processingTimes/bup unused",
                "/processingTimes/ppt range",
            ])
        }
    }

    @Test func routedServiceAndFallbackNeedProcessingTimes() {
        let rules = RoutingRules(municipality: "4601", rules: [.init(service: "ppt", whenAnyCategory: ["learning"])], processingTimes: [:])
        #expect(rules.problems().map(\.pointer) == ["/rules/0/service", "/fallbackService"])
        #expect(rules.problems().allSatisfy { $0.code == .undefined })
    }

    @Test func malformedDocumentIsOneProblemWithAPointer() {
        let json = #"{ "municipality": "0301", "rules": [ { "service": "ppt", "whenAnyCategory": "learning" } ], "processingTimes": {} }"#
        #expect { try RoutingRules.load(json: Data(json.utf8)) } throws: {
            guard let e = $0 as? IntakeDomainError else { return false }
            return e.problems.map(\.pointer) == ["/rules/0/whenAnyCategory"]
        }
    }
}
