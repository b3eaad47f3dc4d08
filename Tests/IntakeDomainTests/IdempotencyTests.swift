import Foundation
import InngangModels
import Testing
@testable import IntakeDomain

@Suite("Idempotency")
struct IdempotencyTests {
    let key = try! IdempotencyKey("3f2504e0-4f89-41d3-9a0c-0305e82c3301")
    let caseID = CaseID()

    @Test func sameKeySameBodyReturnsTheSameCase() throws {
        let first = RequestFingerprint(Fixture.submission())
        let record = IdempotencyRecord(key: key, fingerprint: first, caseID: caseID)
        #expect(IdempotencyRule.decide(existing: nil, fingerprint: first) == .create)
        #expect(IdempotencyRule.decide(existing: record, fingerprint: RequestFingerprint(Fixture.submission())) == .replay(caseID))
    }

    @Test func sameKeyDifferentBodyConflicts() {
        let record = IdempotencyRecord(key: key, fingerprint: RequestFingerprint(Fixture.submission()), caseID: caseID)
        let changed = RequestFingerprint(Fixture.submission(description: "Strever med lesing og skriving!"))
        #expect(IdempotencyRule.decide(existing: record, fingerprint: changed) == .conflict)
    }

    @Test func fingerprintIgnoresMemberOrderWhitespaceAndUnknownMembers() throws {
        let a = #"{"child":"12831551087","language":"nb","needs":{"categories":["learning"],"description":"Hei"}}"#
        let b = """
            { "needs" : { "description" : "Hei", "categories" : [ "learning" ] , "extra": 1 },
              "language": "nb", "child": "12831551087", "interpreter": null }
            """
        let decode = { (s: String) in try JSONDecoder().decode(ApplicationSubmission.self, from: Data(s.utf8)) }
        #expect(RequestFingerprint(try decode(a)) == RequestFingerprint(try decode(b)))
        let c = #"{"child":"12831551087","language":"nb","needs":{"categories":["learning"],"description":"Hei "}}"#
        #expect(RequestFingerprint(try decode(a)) != RequestFingerprint(try decode(c)))
    }

    @Test func fingerprintIsStableAcrossReleases() {
        // Stored fingerprints must never change: this pins the canonical form and the hash.
        let s = ApplicationSubmission(child: "12831551087", needs: .init(categories: ["learning"], description: "Hei \"du\"\n"), language: "nb")
        #expect(s.canonicalJSON == #"{"child":"12831551087","language":"nb","needs":{"categories":["learning"],"description":"Hei \"du\"\n"},"v":1}"#)
        #expect(RequestFingerprint(s).rawValue == "sha256:" + SHA256.hex(Array(s.canonicalJSON.utf8)))
        #expect(RequestFingerprint(s).rawValue.count == 7 + 64)
    }

    @Test func keyAlphabetAndLength() throws {
        #expect(try IdempotencyKey("a").rawValue == "a")
        #expect(try IdempotencyKey(String(repeating: "Z", count: 128)).rawValue.count == 128)
        #expect(try IdempotencyKey("01HF8X:retry_2.v-1").rawValue == "01HF8X:retry_2.v-1")
        for bad in ["", String(repeating: "a", count: 129), "has space", "æøå", "semi;colon", "slash/", "new\nline"] {
            #expect(throws: IntakeDomainError.self) { try IdempotencyKey(bad) }
        }
        do {
            _ = try IdempotencyKey("secret value")
        } catch {
            #expect(error.code == .invalidIdempotencyKey)
            #expect(!error.message.contains("secret"))
        }
    }
}

@Suite("SHA-256")
struct SHA256Tests {
    @Test func matchesFIPSTestVectors() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // Multi-block input with 1000 × "a" (checked with coreutils sha256sum).
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1000))
                == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
