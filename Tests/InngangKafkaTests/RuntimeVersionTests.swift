import InngangKafka
import Testing

@Suite("librdkafka runtime version")
struct RuntimeVersionTests {
    @Test func tooOldRuntimeGivesActionableError() {
        let error = #expect(throws: KafkaError.self) {
            try KafkaRuntime.check(version: 0x020002ff, versionString: "2.0.2")
        }
        #expect(error?.code == .runtimeTooOld)
        #expect(error?.message.contains("2.0.2") == true)
        #expect(error?.message.contains("make setup") == true)
        #expect(error?.message.contains("LD_LIBRARY_PATH") == true)
        #expect(error?.isRetriable == false)
    }

    @Test func currentRuntimeIsAccepted() throws {
        #expect(KafkaRuntime.version >= KafkaRuntime.minimumVersion, "run with LD_LIBRARY_PATH=.local/lib; loaded \(KafkaRuntime.versionString)")
        try KafkaRuntime.check()
    }

    @Test func minimumVersionIsAcceptedAndOneBelowIsNot() throws {
        try KafkaRuntime.check(version: 0x020101ff, versionString: "2.1.1")
        #expect(throws: KafkaError.self) { try KafkaRuntime.check(version: 0x020101fe, versionString: "2.1.1-RC") }
    }
}
