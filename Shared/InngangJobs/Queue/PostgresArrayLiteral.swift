import InngangPostgres

/// A one-dimensional PostgreSQL array bound as a text-format parameter (`'{"a","b",NULL}'`), cast in
/// SQL (`$1::text[]`). Every non-NULL element is double-quoted with `\` and `"` escaped, which is
/// correct for any element type's text form.
struct PostgresArrayLiteral: PostgresEncodable {
    let postgresText: String?

    init(_ elements: some Sequence<String?>) {
        var text = "{"
        var first = true
        for element in elements {
            if !first { text.append(",") }
            first = false
            guard let element else {
                text.append("NULL")
                continue
            }
            text.append("\"")
            for character in element.unicodeScalars {
                if character == "\\" || character == "\"" { text.append("\\") }
                text.unicodeScalars.append(character)
            }
            text.append("\"")
        }
        text.append("}")
        postgresText = text
    }

    /// An array of encodable values; each element's text form is quoted as above.
    init(values: some Sequence<any PostgresEncodable>) {
        self.init(values.lazy.map { $0.postgresText })
    }

    /// `bigint[]` without quoting (digits only).
    init(ids: some Sequence<Int64>) {
        postgresText = "{" + ids.lazy.map { String($0) }.joined(separator: ",") + "}"
    }
}
