/// The one error type of the klage service layer (outside the pure rules' ``KlageDomainError``):
/// server-side faults that become a 500. Messages carry no personal data.
struct KlageServiceError: Error, CustomStringConvertible, Sendable {
    struct Code: Hashable, Sendable, CustomStringConvertible {
        let rawValue: String
        init(_ rawValue: String) { self.rawValue = rawValue }
        var description: String { rawValue }

        /// A stored projection or appeal row does not hold what it must (a bug or a bad event).
        static let corruptProjection = Code("corruptProjection")
    }

    let code: Code
    let message: String
    let isRetriable: Bool
    let file: String
    let line: Int

    init(_ code: Code, _ message: String, isRetriable: Bool = false, file: String = #fileID, line: Int = #line) {
        self.code = code
        self.message = message
        self.isRetriable = isRetriable
        self.file = file
        self.line = line
    }

    var description: String { "KlageServiceError(\(code)): \(message) [\(file):\(line)]" }
}
