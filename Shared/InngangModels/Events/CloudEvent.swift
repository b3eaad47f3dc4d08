import Foundation

/// A CloudEvents 1.0 event: the envelope of every message on Inngang's Kafka topics.
///
/// On Kafka the event travels in *binary mode* (attributes as `ce_*` headers, `data` as the
/// message value); this type's `Codable` conformance is the CloudEvents *JSON event format*
/// (for the outbox, dead-letter records and tests). It writes `data` as `data_base64`, which is
/// lossless for any content, and reads either `data_base64` or inline JSON `data`.
///
/// `time` is kept at microsecond precision (see ``RFC3339``), so an event survives a round trip
/// through JSON, Kafka headers or PostgreSQL unchanged.
public struct CloudEvent: Sendable, Equatable, Codable {
    /// The only CloudEvents version this type produces and accepts.
    public static let specVersion = "1.0"

    /// Unique per `source`; consumers de-duplicate on it.
    public var id: String
    /// URI-reference of the producer, e.g. `/inngang/intake`.
    public var source: String
    /// The versioned event type (``EventType/ceType``).
    public var type: String
    public var specversion: String
    public var time: Date {
        get { _time }
        set { _time = RFC3339.normalized(newValue) }
    }
    /// What the event is about; Inngang puts the case id here (also the partition key).
    public var subject: String?
    public var datacontenttype: String
    /// The payload bytes (UTF-8 JSON for `application/json`).
    public var data: [UInt8]

    private var _time: Date

    /// A new event whose `data` is `payload` encoded with ``EventJSON/encoder``.
    public init(
        id: String = UUID().uuidString.lowercased(),
        source: String,
        type: EventType,
        time: Date = Date(),
        subject: String? = nil,
        data payload: some Encodable
    ) throws(InngangModelsError) {
        let bytes: Data
        do {
            bytes = try EventJSON.encoder.encode(payload)
        } catch {
            throw InngangModelsError(
                .encodingFailed, "Could not encode the payload of \(type.ceType) as JSON", underlying: error)
        }
        self.init(
            id: id, source: source, type: type.ceType, time: time, subject: subject,
            datacontenttype: "application/json", data: Array(bytes))
    }

    /// An event from raw attributes and bytes (e.g. read from Kafka headers). Call
    /// ``validate()`` before trusting it.
    public init(
        id: String,
        source: String,
        type: String,
        specversion: String = CloudEvent.specVersion,
        time: Date,
        subject: String? = nil,
        datacontenttype: String = "application/json",
        data: [UInt8]
    ) {
        self.id = id
        self.source = source
        self.type = type
        self.specversion = specversion
        self._time = RFC3339.normalized(time)
        self.subject = subject
        self.datacontenttype = datacontenttype
        self.data = data
    }

    /// The parsed ``type``, or `nil` when it is not `<name>.v<version>`.
    public var eventType: EventType? { EventType(ceType: type) }

    /// Decodes `data` as JSON with ``EventJSON/decoder``. The error names the type and the
    /// coding path, never payload values.
    public func decodeData<T: Decodable>(as _: T.Type = T.self) throws(InngangModelsError) -> T {
        do {
            return try EventJSON.decoder.decode(T.self, from: Data(data))
        } catch {
            throw InngangModelsError(
                .decodingFailed,
                "Could not decode \(type) data as \(T.self)\(Self.describePath(error))",
                underlying: error)
        }
    }

    /// Throws unless the required attributes are present and `specversion` is 1.0.
    public func validate() throws(InngangModelsError) {
        if specversion != Self.specVersion {
            throw InngangModelsError(.invalidCloudEvent, "Unsupported specversion '\(specversion)'")
        }
        for (name, value) in [("id", id), ("source", source), ("type", type)] where value.isEmpty {
            throw InngangModelsError(.invalidCloudEvent, "Missing required attribute '\(name)'")
        }
    }

    // MARK: JSON event format

    enum CodingKeys: String, CodingKey {
        case id, source, type, specversion, time, subject, datacontenttype, data
        case dataBase64 = "data_base64"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let timeString = try c.decode(String.self, forKey: .time)
        guard let time = RFC3339.date(from: timeString) else {
            throw DecodingError.dataCorruptedError(
                forKey: .time, in: c, debugDescription: "Expected an RFC 3339 date-time")
        }
        let bytes: [UInt8]
        if let base64 = try c.decodeIfPresent(String.self, forKey: .dataBase64) {
            guard let decoded = Data(base64Encoded: base64) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .dataBase64, in: c, debugDescription: "data_base64 is not Base64")
            }
            bytes = Array(decoded)
        } else if let inline = try c.decodeIfPresent(JSONValue.self, forKey: .data) {
            if case .string(let text) = inline,
                !(try c.decodeIfPresent(String.self, forKey: .datacontenttype) ?? "application/json").isJSONMediaType
            {
                bytes = Array(text.utf8)
            } else {
                bytes = Array(try EventJSON.encoder.encode(inline))
            }
        } else {
            bytes = []
        }
        self.init(
            id: try c.decode(String.self, forKey: .id),
            source: try c.decode(String.self, forKey: .source),
            type: try c.decode(String.self, forKey: .type),
            specversion: try c.decode(String.self, forKey: .specversion),
            time: time,
            subject: try c.decodeIfPresent(String.self, forKey: .subject),
            datacontenttype: try c.decodeIfPresent(String.self, forKey: .datacontenttype) ?? "application/json",
            data: bytes)
        do {
            try validate()
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath, debugDescription: error.message))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encode(type, forKey: .type)
        try c.encode(specversion, forKey: .specversion)
        try c.encode(RFC3339.string(from: time), forKey: .time)
        try c.encodeIfPresent(subject, forKey: .subject)
        try c.encode(datacontenttype, forKey: .datacontenttype)
        try c.encode(Data(data).base64EncodedString(), forKey: .dataBase64)
    }

    private static func describePath(_ error: any Error) -> String {
        let path: [any CodingKey]
        switch error as? DecodingError {
        case .keyNotFound(let key, let context): path = context.codingPath + [key]
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = context.codingPath
        default: return ""
        }
        if path.isEmpty { return "" }
        return " at '" + path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".") + "'"
    }
}

extension String {
    /// `application/json` or any `+json` media type (parameters ignored).
    var isJSONMediaType: Bool {
        let base = split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return base == "application/json" || base.hasSuffix("+json")
    }
}
