import Foundation
import InngangPostgres

/// Builds PostgreSQL array literals (`{"a","b",NULL}`) so that many rows travel as a few bound
/// text parameters (`unnest($1::text[], …)`, `id = ANY($1::bigint[])`).
///
/// Every element is quoted and `"`/`\` are escaped, so any string is safe; the literal itself is
/// always bound as a parameter, never spliced into SQL.
enum PostgresArrayLiteral {
    /// A `text[]` (or any element type whose text form needs quoting: `timestamptz`, `bytea`).
    static func quoted(_ elements: some Sequence<String?>) -> String {
        var literal = "{"
        var first = true
        for element in elements {
            if !first { literal.append(",") }
            first = false
            guard let element else {
                literal.append("NULL")
                continue
            }
            literal.append("\"")
            if element.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                for scalar in element.unicodeScalars {
                    if scalar == "\"" || scalar == "\\" { literal.append("\\") }
                    literal.unicodeScalars.append(scalar)
                }
            } else {
                literal.append(element)
            }
            literal.append("\"")
        }
        literal.append("}")
        return literal
    }

    /// A `text[]`.
    static func text(_ elements: some Sequence<String?>) -> String { quoted(elements) }

    /// A `bigint[]`.
    static func bigint(_ elements: some Sequence<Int64>) -> String {
        "{" + elements.map(String.init).joined(separator: ",") + "}"
    }

    /// A `timestamptz[]` (UTC, microseconds).
    static func timestamptz(_ elements: some Sequence<Date>) -> String {
        quoted(elements.lazy.map { $0.postgresText })
    }

    /// A `bytea[]` (hex format).
    static func bytea(_ elements: some Sequence<[UInt8]>) -> String {
        quoted(elements.lazy.map { $0.postgresText })
    }
}
