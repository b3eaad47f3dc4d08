import Foundation
import InngangModels
import Testing

@testable import KlageDomain

/// The event payloads: ids and codes only, stable JSON, and result codes that map onto
/// application-status's `AppealFact.AppealResult` by raw value.
@Suite struct EventPayloadTests {
    let caseID = CaseID(), appealID = AppealID(), decisionID = DecisionID()

    func roundTrip<T: Codable & Equatable>(_ value: T) throws -> [String: Any] {
        let data = try EventJSON.encoder.encode(value)
        #expect(try EventJSON.decoder.decode(T.self, from: data) == value)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func appealFiledRoundTripsWithCodesOnly() throws {
        let filed = AppealFiledV1(
            caseID: caseID, appealID: appealID, decisionID: decisionID, service: "ppt",
            appellant: PersonRef(nationalIdentityNumber: "01010112345"), appellantRole: .guardian, filedAt: oslo(2026, 1, 20),
            deadlineLastDay: day(2026, 2, 2), deadlineBasis: .deliveryTime, timeliness: .inTime, missingParts: [],
            completeBy: nil, klageinstans: .statsforvalteren, interimReplyDueBy: day(2026, 2, 20))
        let json = try roundTrip(filed)
        #expect(json["deadlineBasis"] as? String == "delivery-time")
        #expect(json["timeliness"] as? String == "in-time")
        #expect(json["deadlineLastDay"] as? String == "2026-02-02")
        #expect(Set(json.keys).isDisjoint(with: ["changeWanted", "reasons", "statement", "attachments", "name"]))
    }

    @Test func appealDecidedCarriesTheResultCodeAndWhoDecided() throws {
        let decided = AppealDecidedV1(
            caseID: caseID, appealID: appealID, decisionID: decisionID, service: "ppt", decidedBy: .underinstans,
            result: .reversed, scope: .partial, rejectionReason: nil, newDecisionID: DecisionID(), decidedAt: oslo(2026, 2, 1))
        let json = try roundTrip(decided)
        #expect(json["result"] as? String == "reversed")
        #expect(json["decidedBy"] as? String == "underinstans")
        #expect(json["scope"] as? String == "partial")
    }

    @Test func resultCodesAreApplicationStatusAppealResultNames() {
        // ApplicationStatusDomain's AppealFact.AppealResult: reversed, rejected, upheld, changed, quashed.
        #expect(AppealResultCode.allCases.map(\.rawValue) == ["reversed", "rejected", "upheld", "changed", "quashed"])
        #expect(AppealOutcome.rejectedByKlageinstans.resultCode == .rejected)
        #expect(AppealOutcome.reversed(.partial).resultCode == .reversed)
    }

    @Test func otherPayloadsRoundTrip() throws {
        _ = try roundTrip(AppealCompletionRequestedV1(caseID: caseID, appealID: appealID, decisionID: nil, service: "ppt",
                                                      missingParts: [.decision], completeBy: day(2026, 2, 3), requestedAt: oslo(2026, 1, 20)))
        _ = try roundTrip(AppealCompletedV1(caseID: caseID, appealID: appealID, decisionID: decisionID, service: "ppt",
                                            timeliness: .lateForAssessment, completedAt: oslo(2026, 1, 25)))
        _ = try roundTrip(AppealForwardedV1(caseID: caseID, appealID: appealID, decisionID: decisionID, service: "ppt",
                                            klageinstans: .statsforvalteren, forwardedAt: oslo(2026, 2, 1)))
        _ = try roundTrip(AppealInterimReplySentV1(caseID: caseID, appealID: appealID, decisionID: decisionID, service: "ppt",
                                                   sentBy: .underinstans, reason: .highWorkload, expectedBy: day(2026, 3, 1), sentAt: oslo(2026, 2, 10)))
        let json = try roundTrip(ExecutionPostponementV1(caseID: caseID, decisionID: decisionID, appealID: nil, service: "ppt",
                                                         status: .granted, decidedBy: .underinstans, at: oslo(2026, 1, 22)))
        #expect(json["status"] as? String == "granted")
    }

    @Test func eventTypesAreWellFormedAndDistinct() {
        let types = KlageEventTypes.payloads.map(\.0)
        #expect(types.allSatisfy { $0.isWellFormed })
        #expect(Set(types).count == types.count)
        #expect(KlageEventTypes.appealFiled == .klageAppealFiled)
    }
}

/// Requests for reasons (§ 24, § 29 third paragraph): the two events carry ids, the requester and
/// times only, and read back as written.
@Suite struct ReasonsEventPayloadTests {
    let caseID = CaseID(), decisionID = DecisionID(), requestID = ReasonRequestID()

    @Test func reasonsRequestedRoundTripsWithRequesterAndInTimeFlag() throws {
        let requested = ReasonsRequestedV1(caseID: caseID, decisionID: decisionID, service: "ppt",
                                           requester: PersonRef(nationalIdentityNumber: "01010112345"), reasonRequestID: requestID,
                                           requestedAt: oslo(2026, 1, 20), inTime: true)
        let data = try EventJSON.encoder.encode(requested)
        #expect(try EventJSON.decoder.decode(ReasonsRequestedV1.self, from: data) == requested)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["inTime"] as? Bool == true)
        #expect(json["reasonRequestID"] as? String == requestID.description)
        #expect(Set(json.keys) == ["caseID", "decisionID", "service", "requester", "reasonRequestID", "requestedAt", "inTime"])
    }

    @Test func reasonsGivenRoundTripsWithTheSameRequestID() throws {
        let given = ReasonsGivenV1(caseID: caseID, decisionID: decisionID, service: "ppt",
                                   requester: PersonRef(nationalIdentityNumber: "01010112345"), reasonRequestID: requestID,
                                   givenAt: oslo(2026, 2, 2), inTime: true)
        let data = try EventJSON.encoder.encode(given)
        #expect(try EventJSON.decoder.decode(ReasonsGivenV1.self, from: data) == given)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["reasonRequestID"] as? String == requestID.description)
        #expect(Set(json.keys).isDisjoint(with: ["reasons", "text", "answeredBy", "name"]))
    }

    @Test func reasonsEventTypesAreInTheKlageCatalogue() {
        #expect(KlageEventTypes.reasonsRequested == .klageReasonsRequested)
        #expect(KlageEventTypes.reasonsGiven == .klageReasonsGiven)
        #expect(KlageEventTypes.payloads.contains { $0.0 == .klageReasonsRequested && ObjectIdentifier($0.1) == ObjectIdentifier(ReasonsRequestedV1.self) })
        #expect(KlageEventTypes.payloads.contains { $0.0 == .klageReasonsGiven && ObjectIdentifier($0.1) == ObjectIdentifier(ReasonsGivenV1.self) })
    }
}
