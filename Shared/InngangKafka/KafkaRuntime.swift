import CRdKafka

/// The librdkafka found at run time, and the check that it is new enough.
///
/// Inngang compiles against Debian 12's librdkafka headers (2.0.2) but must run with 2.1.1 or newer:
/// 2.0.2 misreads tagged fields in modern ApiVersions responses and cannot talk to current brokers.
public enum KafkaRuntime {
    /// `rd_kafka_version_str()`, e.g. `"2.6.1"`.
    public static var versionString: String { String(cString: rd_kafka_version_str()) }

    /// `rd_kafka_version()`, as `0xMMmmrrxx` (major, minor, revision, pre-release; `0xff` = final).
    public static var version: Int { Int(rd_kafka_version()) }

    /// librdkafka 2.1.1, the first release that parses ApiVersions tagged fields correctly.
    public static let minimumVersion = 0x020101ff

    /// Throws ``KafkaError/Code/runtimeTooOld`` when `version` is older than ``minimumVersion``,
    /// with a message that says how to fix it.
    public static func check(
        version: Int = KafkaRuntime.version,
        versionString: String = KafkaRuntime.versionString
    ) throws {
        guard version < minimumVersion else { return }
        throw KafkaError(
            .runtimeTooOld,
            """
            librdkafka \(versionString) (0x\(String(version, radix: 16))) is loaded at run time, but Inngang needs \
            librdkafka 2.1.1 or newer: Debian 12's librdkafka 2.0.2 misreads tagged fields in ApiVersions responses \
            and cannot talk to current brokers. Fix: run `make setup`, which puts librdkafka.so.1 from the \
            confluent-kafka wheel into .local/lib, and run with LD_LIBRARY_PATH=.local/lib (the Makefile does this \
            for `make run` and `make test`). Container images: use Ubuntu 24.04's librdkafka1.
            """,
            isRetriable: false
        )
    }
}
