import Foundation
import Testing

@testable import InngangModels

@Suite struct CloudEventTests {
    struct CaseReceived: Codable, Equatable {
        var caseID: CaseID
        var caseNumber: CaseNumber
        var receivedAt: Date
        var needs: [String]
    }

    let payload = CaseReceived(
        caseID: CaseID(), caseNumber: CaseNumber(year: 2026, sequence: 123)!,
        receivedAt: Date(timeIntervalSince1970: 1_775_000_000.123456), needs: ["school", "health"])

    @Test func jsonRoundTripKeepsEveryAttributeAndThePayload() throws {
        let event = try CloudEvent(
            source: "/inngang/intake", type: .intakeCaseReceived,
            time: Date(timeIntervalSince1970: 1_775_000_001.987654321),
            subject: payload.caseID.description, data: payload)
        let json = try EventJSON.encoder.encode(event)
        let decoded = try EventJSON.decoder.decode(CloudEvent.self, from: json)
        #expect(decoded == event)
        #expect(try decoded.decodeData(as: CaseReceived.self) == payload)
        #expect(decoded.eventType == .intakeCaseReceived)
    }

    @Test func jsonEventFormatUsesSpecAttributeNames() throws {
        let event = try CloudEvent(
            id: "e-1", source: "/inngang/intake", type: .intakeCaseReceived,
            time: Date(timeIntervalSince1970: 0), data: ["a": 1])
        let object = try #require(
            try JSONSerialization.jsonObject(with: EventJSON.encoder.encode(event)) as? [String: Any])
        #expect(object["specversion"] as? String == "1.0")
        #expect(object["type"] as? String == "no.inngang.intake.case-received.v1")
        #expect(object["time"] as? String == "1970-01-01T00:00:00Z")
        #expect(object["datacontenttype"] as? String == "application/json")
        #expect(object["data_base64"] as? String == Data(#"{"a":1}"#.utf8).base64EncodedString())
        #expect(object["subject"] == nil)
    }

    @Test func payloadIsSortedKeyJSONWithRFC3339Dates() throws {
        struct P: Encodable { var z = 1; var a = Date(timeIntervalSince1970: 1.5) }
        let event = try CloudEvent(source: "/t", type: .consentGiven, data: P())
        #expect(String(decoding: event.data, as: UTF8.self) == #"{"a":"1970-01-01T00:00:01.500Z","z":1}"#)
    }

    @Test func decodesInlineJSONData() throws {
        let json = #"""
            {"specversion":"1.0","id":"x","source":"/s","type":"no.inngang.consent.given.v1",
             "time":"2026-03-01T10:00:00+01:00","data":{"b":[1,2],"a":"y"}}
            """#
        let event = try EventJSON.decoder.decode(CloudEvent.self, from: Data(json.utf8))
        #expect(String(decoding: event.data, as: UTF8.self) == #"{"a":"y","b":[1,2]}"#)
        #expect(event.time == RFC3339.date(from: "2026-03-01T09:00:00Z"))
        #expect(event.datacontenttype == "application/json")
    }

    @Test func rejectsUnsupportedSpecVersionAndMissingAttributes() throws {
        let v2 = #"{"specversion":"2.0","id":"x","source":"/s","type":"t.t.v1","time":"2026-03-01T10:00:00Z"}"#
        #expect(throws: DecodingError.self) { try EventJSON.decoder.decode(CloudEvent.self, from: Data(v2.utf8)) }
        let noID = CloudEvent(id: "", source: "/s", type: "a.b.v1", time: Date(), data: [])
        #expect(throws: InngangModelsError.self) { try noID.validate() }
    }

    @Test func decodeDataErrorNamesPathNotValues() throws {
        let event = try CloudEvent(source: "/t", type: .consentGiven, data: ["caseID": "secret-free-text"])
        let error = try #require(throws: InngangModelsError.self) { try event.decodeData(as: CaseReceived.self) }
        #expect(error.code == .decodingFailed)
        #expect(!error.message.contains("secret-free-text"))
    }

    @Test func timeIsKeptAtMicrosecondPrecision() {
        let event = CloudEvent(
            id: "1", source: "/s", type: "a.b.v1", time: Date(timeIntervalSince1970: 10.123456789), data: [])
        #expect(RFC3339.string(from: event.time) == "1970-01-01T00:00:10.123457Z")
        #expect(RFC3339.date(from: RFC3339.string(from: event.time)) == event.time)
    }
}

@Suite struct RFC3339Tests {
    @Test func formatsUTCWithOptionalFraction() {
        #expect(RFC3339.string(from: Date(timeIntervalSince1970: 1_700_000_000)) == "2023-11-14T22:13:20Z")
        #expect(RFC3339.string(from: Date(timeIntervalSince1970: -0.25)) == "1969-12-31T23:59:59.750Z")
        #expect(RFC3339.string(from: Date(timeIntervalSince1970: 0.000001)) == "1970-01-01T00:00:00.000001Z")
    }

    @Test func parsesOffsetsAndFractions() throws {
        let base = try #require(RFC3339.date(from: "2024-05-17T12:00:00Z"))
        #expect(RFC3339.date(from: "2024-05-17T14:00:00+02:00") == base)
        #expect(RFC3339.date(from: "2024-05-17t11:30:00-00:30") == base)
        #expect(RFC3339.date(from: "2024-05-17T12:00:00.5Z") == base.addingTimeInterval(0.5))
        #expect(RFC3339.date(from: "2024-05-17T12:00:00.123456789Z") == RFC3339.date(from: "2024-05-17T12:00:00.123457Z"))
    }

    @Test(arguments: ["", "2024-05-17", "2024-05-17T12:00:00", "2024-02-30T12:00:00Z", "2024-05-17T24:00:00Z",
                      "2024-05-17T12:00:00.Z", "2024-05-17T12:00:00+0200", "2024-05-17T12:00:00Zjunk"])
    func rejectsMalformedTimestamps(_ text: String) {
        #expect(RFC3339.date(from: text) == nil)
    }
}
