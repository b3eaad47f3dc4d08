import Foundation
import InngangModels

/// A municipality's routing rules: which services a case goes to, given its need categories,
/// and each service's published processing time. **Data, not code**: one JSON document per
/// municipality, validated on load (``load(json:)``).
///
/// ```json
/// { "municipality": "0301",
///   "fallbackService": "familielos",
///   "rules": [ { "service": "ppt", "whenAnyCategory": ["learning", "speech-language"] } ],
///   "processingTimes": { "ppt": 40, "familielos": 5 } }
/// ```
/// - `rules`: a case goes to a rule's `service` when it has **any** of `whenAnyCategory`.
///   Each service appears in one rule only; the order of rules is the order services are listed.
/// - `fallbackService` (default ``defaultFallbackService``, `familielos`): when no rule matches,
///   the case goes here, so a case is never routed nowhere; the coordinator's service then
///   finds the right help.
/// - `processingTimes`: working days (published per service) until a first answer, counted with
///   `WorkingDayCalendar.norwayProcessing`; every routed service and the fallback must have one.
public struct RoutingRules: Codable, Sendable, Equatable {
    /// One rule: route to `service` when the case has any of `whenAnyCategory`.
    public struct Rule: Codable, Sendable, Equatable {
        public var service: ServiceCode
        /// ``NeedCategory`` raw values.
        public var whenAnyCategory: [String]
        public init(service: ServiceCode, whenAnyCategory: [String]) {
            self.service = service
            self.whenAnyCategory = whenAnyCategory
        }
    }

    /// The coordinator's own service: where a case with no matching rule goes.
    public static let defaultFallbackService: ServiceCode = "familielos"
    /// Allowed published processing times, in working days.
    public static let processingTimeRange = 1...250

    /// Municipality number (*kommunenummer*), four digits, e.g. `0301`.
    public var municipality: String
    public var rules: [Rule]
    /// Service code → working days.
    public var processingTimes: [String: Int]
    /// `nil` in the document means ``defaultFallbackService``.
    public var fallbackService: ServiceCode?

    public init(municipality: String, rules: [Rule], processingTimes: [String: Int], fallbackService: ServiceCode? = nil) {
        self.municipality = municipality
        self.rules = rules
        self.processingTimes = processingTimes
        self.fallbackService = fallbackService
    }

    /// The service a case goes to when no rule matches.
    public var effectiveFallbackService: ServiceCode { fallbackService ?? Self.defaultFallbackService }

    /// The published processing time of `service` in working days, if any.
    public func processingTime(for service: ServiceCode) -> Int? { processingTimes[service.rawValue] }

    /// Decodes and validates a rules document; throws ``IntakeDomainError/Code/invalidRoutingRules``
    /// with every problem.
    public static func load(json: Data) throws(IntakeDomainError) -> RoutingRules {
        let rules: RoutingRules
        do { rules = try JSONDecoder().decode(RoutingRules.self, from: json) } catch let error as DecodingError {
            throw IntakeDomainError(.invalidRoutingRules, "The routing rules cannot be decoded.", problems: [FieldProblem(decodingError: error)])
        } catch {
            throw IntakeDomainError(.invalidRoutingRules, "The routing rules cannot be decoded.", underlying: error)
        }
        let problems = rules.problems()
        guard problems.isEmpty else {
            throw IntakeDomainError(.invalidRoutingRules, "The routing rules have \(problems.count) problem(s).", problems: problems)
        }
        return rules
    }
}

/// One service a case is routed to, and why.
public struct RoutedService: Sendable, Hashable {
    public var service: ServiceCode
    /// The case's categories that matched the rule, in catalogue order; empty for the fallback.
    public var matchedCategories: [NeedCategory]
    /// Routed here because no rule matched.
    public var isFallback: Bool

    public init(service: ServiceCode, matchedCategories: [NeedCategory], isFallback: Bool = false) {
        self.service = service
        self.matchedCategories = matchedCategories
        self.isFallback = isFallback
    }
}

extension RoutingRules {
    /// The services a case with `categories` goes to.
    ///
    /// Deterministic: services in rule order, each once (should a document list a service twice,
    /// its matches are merged into the first); matched categories distinct and in catalogue
    /// order whatever order they were given in. Categories in a rule that are not in the catalogue
    /// are ignored (``problems()`` reports them). When nothing matches, one ``RoutedService`` to
    /// ``effectiveFallbackService`` with no matched categories.
    public func route(categories: [NeedCategory]) -> [RoutedService] {
        let wanted = Set(categories)
        var order: [ServiceCode] = []
        var matches: [ServiceCode: Set<NeedCategory>] = [:]
        for rule in rules {
            let hit = Set(rule.whenAnyCategory.compactMap(NeedCategory.init(rawValue:))).intersection(wanted)
            guard !hit.isEmpty else { continue }
            if matches[rule.service] == nil { order.append(rule.service) }
            matches[rule.service, default: []].formUnion(hit)
        }
        guard !order.isEmpty else {
            return [RoutedService(service: effectiveFallbackService, matchedCategories: [], isFallback: true)]
        }
        return order.map { RoutedService(service: $0, matchedCategories: NeedCategory.canonical(matches[$0] ?? [])) }
    }
}
