import InngangModels

/// Reading answers in tests without a struct per endpoint: `view["services"][0]["status"].string`.
extension JSONValue {
    subscript(key: String) -> JSONValue {
        if case .object(let members) = self { return members[key] ?? .null }
        return .null
    }

    subscript(index: Int) -> JSONValue {
        if case .array(let items) = self, items.indices.contains(index) { return items[index] }
        return .null
    }

    var string: String? { if case .string(let s) = self { s } else { nil } }
    var int: Int? { if case .integer(let i) = self { Int(i) } else { nil } }
    var bool: Bool? { if case .bool(let b) = self { b } else { nil } }
    var array: [JSONValue] { if case .array(let items) = self { items } else { [] } }
    var isNull: Bool { if case .null = self { true } else { false } }
}
