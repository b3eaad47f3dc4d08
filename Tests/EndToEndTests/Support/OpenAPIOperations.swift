import Foundation
import InngangProcessTesting

/// The operations (method, path) of one of the project's OpenAPI documents, read line by line:
/// the documents keep paths at two spaces and methods at four under `paths:` (openapi-spec-validator
/// checks the documents themselves in `make validate-deploy`).
struct OpenAPIOperations {
    struct Operation: Hashable, CustomStringConvertible {
        var method: String
        var path: String
        var description: String { "\(method.uppercased()) \(path)" }

        /// The path with every `{parameter}` replaced by `value`.
        func concrete(_ value: String) -> String {
            path.replacingOccurrences(of: #"\{[^}]+\}"#, with: value, options: .regularExpression)
        }
    }

    static func read(service: String) throws -> [Operation] {
        let file = TestEnvironment.root + "/docs/openapi/\(service).yaml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        var operations: [Operation] = []
        var inPaths = false
        var currentPath: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if !line.hasPrefix(" "), !line.isEmpty { inPaths = line.hasPrefix("paths:"); currentPath = nil; continue }
            guard inPaths else { continue }
            if line.hasPrefix("  /"), !line.hasPrefix("   "), line.hasSuffix(":") {
                currentPath = String(line.dropFirst(2).dropLast())
                    .trimmingCharacters(in: CharacterSet(charactersIn: "'\""))
            } else if let path = currentPath, line.hasPrefix("    "), !line.hasPrefix("     ") {
                let key = line.trimmingCharacters(in: .whitespaces).dropLast()
                if ["get", "post", "put", "patch", "delete"].contains(String(key)), line.hasSuffix(":") {
                    operations.append(Operation(method: String(key), path: path))
                }
            }
        }
        return operations
    }
}
