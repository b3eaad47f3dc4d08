import Foundation

/// The JSON coders every event payload (and every other project JSON that must be stable) uses:
/// sorted keys, unescaped slashes, dates as RFC 3339 UTC strings at microsecond precision
/// (see ``RFC3339``). Each access returns a fresh, configured instance, so no caller can change
/// another caller's settings.
public enum EventJSON {
    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(RFC3339.string(from: date))
        }
        return encoder
    }

    public static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let string = try container.decode(String.self)
            guard let date = RFC3339.date(from: string) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected an RFC 3339 date-time")
            }
            return date
        }
        return decoder
    }
}
