import Foundation
import Testing

@testable import InngangModels

@Suite struct IdentifierTests {
    @Test func encodesAsPlainLowercaseUUIDString() throws {
        let uuid = try #require(UUID(uuidString: "3F2504E0-4F89-41D3-9A0C-0305E82C3301"))
        let id = CaseID(uuid)
        #expect(id.description == "3f2504e0-4f89-41d3-9a0c-0305e82c3301")
        let json = try JSONEncoder().encode([id])
        #expect(String(decoding: json, as: UTF8.self) == #"["3f2504e0-4f89-41d3-9a0c-0305e82c3301"]"#)
        #expect(try JSONDecoder().decode([CaseID].self, from: json) == [id])
        #expect(CaseID("3F2504E0-4F89-41D3-9A0C-0305E82C3301") == id)
        #expect(CaseID("not-a-uuid") == nil)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([ConsentID].self, from: Data(#"["x"]"#.utf8)) }
    }

    @Test func dictionaryKeyedByIdentifierEncodesAsJSONObject() throws {
        let id = CaseID()
        let json = try JSONEncoder().encode([id: 1])
        #expect(String(decoding: json, as: UTF8.self) == #"{"\#(id)":1}"#)
        #expect(try JSONDecoder().decode([CaseID: Int].self, from: json) == [id: 1])
    }

    @Test func newIdentifiersAreUnique() {
        #expect(Set((0..<1000).map { _ in AppealID() }).count == 1000)
    }
}
