/// Column names of one result, shared by all of its rows.
final class PostgresColumns: Sendable {
    let names: [String]
    private let indexByName: [String: Int]

    init(names: [String]) {
        self.names = names
        var indexByName: [String: Int] = [:]
        for (index, name) in names.enumerated() where indexByName[name] == nil {
            indexByName[name] = index   // first column wins for duplicate names
        }
        self.indexByName = indexByName
    }

    func index(of name: String) -> Int? { indexByName[name] }
}

/// One row of a result, values in PostgreSQL's text format.
public struct PostgresRow: Sendable {
    let columns: PostgresColumns
    let values: [String?]

    init(columns: PostgresColumns, values: [String?]) {
        self.columns = columns
        self.values = values
    }

    public var columnCount: Int { values.count }

    /// Column names in order.
    public var columnNames: [String] { columns.names }

    /// The raw text of a column; `nil` for SQL NULL.
    public subscript(_ column: Int) -> String? {
        precondition(values.indices.contains(column), "column \(column) out of range 0..<\(values.count)")
        return values[column]
    }

    /// The raw text of a named column; `nil` for SQL NULL or an unknown column.
    public subscript(_ name: String) -> String? {
        columns.index(of: name).flatMap { values[$0] }
    }

    /// Decodes a column; throws `.decoding` when it is NULL, missing or does not fit `T`.
    public func decode<T: PostgresDecodable>(_ column: Int, as: T.Type = T.self) throws -> T {
        guard let value = try decodeIfPresent(column, as: T.self) else {
            throw PostgresError(code: .decoding, message: "column \(describe(column)) is NULL, expected \(T.self)")
        }
        return value
    }

    /// Decodes a named column; throws `.decoding` when it is NULL, missing or does not fit `T`.
    public func decode<T: PostgresDecodable>(_ name: String, as: T.Type = T.self) throws -> T {
        try decode(try index(of: name), as: T.self)
    }

    /// Decodes a column, `nil` for SQL NULL.
    public func decodeIfPresent<T: PostgresDecodable>(_ column: Int, as: T.Type = T.self) throws -> T? {
        guard values.indices.contains(column) else {
            throw PostgresError(code: .decoding, message: "column \(column) out of range, row has \(values.count) columns")
        }
        guard let text = values[column] else { return nil }
        do {
            return try T(postgresText: text)
        } catch var error as PostgresError {
            error.message = "column \(describe(column)): \(error.message)"
            throw error
        }
    }

    /// Decodes a named column, `nil` for SQL NULL.
    public func decodeIfPresent<T: PostgresDecodable>(_ name: String, as: T.Type = T.self) throws -> T? {
        try decodeIfPresent(try index(of: name), as: T.self)
    }

    private func index(of name: String) throws -> Int {
        guard let index = columns.index(of: name) else {
            throw PostgresError(code: .decoding, message: "no column named \"\(name)\" (columns: \(columns.names.joined(separator: ", ")))")
        }
        return index
    }

    private func describe(_ column: Int) -> String {
        columns.names.indices.contains(column) ? "\(column) (\"\(columns.names[column])\")" : "\(column)"
    }
}
