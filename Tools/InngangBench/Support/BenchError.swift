/// Why a benchmark produced no valid figure. Never retried: the run is reported as failed.
struct BenchError: Error, CustomStringConvertible {
    struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        var description: String { name }

        /// The run finished but its counts are wrong (jobs left, messages missing…).
        static let invalidResult = Code(name: "invalidResult")
        /// A reference tool (pgbench) failed or printed something unreadable.
        static let referenceFailed = Code(name: "referenceFailed")
        /// A condition did not hold within its deadline.
        static let timeout = Code(name: "timeout")
    }

    var code: Code
    var message: String
    let isRetriable = false
    var file: String
    var line: Int

    init(_ code: Code, _ message: String, file: String = #fileID, line: Int = #line) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
    }

    var description: String { "BenchError.\(code): \(message)" }
}
