/// Which event types exist, on which topic each travels, and what each means.
///
/// Producers look up the topic for a type; consumers look up an incoming `ce_type` and send
/// unknown types to the dead-letter topic. The project's registry is ``inngang`` (declared in
/// `EventCatalog.swift`).
public struct EventTypeRegistry: Sendable {
    public struct Entry: Sendable, Hashable {
        public let type: EventType
        public let topic: String
        /// One sentence for humans (AsyncAPI document, logs).
        public let summary: String
    }

    private var byCEType: [String: Entry] = [:]
    /// Registration order, for stable listings.
    public private(set) var entries: [Entry] = []

    public init() {}

    /// Adds `type` on `topic`. Throws when the type is malformed, the topic name is invalid,
    /// or the same `ceType` is already registered.
    public mutating func register(_ type: EventType, topic: String, summary: String) throws(InngangModelsError) {
        guard type.isWellFormed else {
            throw InngangModelsError(.invalidEventType, "Malformed event type '\(type.ceType)'")
        }
        guard KafkaTopicName.isValid(topic) else {
            throw InngangModelsError(.invalidEventType, "Invalid Kafka topic name '\(topic)' for \(type.ceType)")
        }
        guard byCEType[type.ceType] == nil else {
            throw InngangModelsError(.duplicateEventType, "Event type \(type.ceType) is already registered")
        }
        let entry = Entry(type: type, topic: topic, summary: summary)
        byCEType[type.ceType] = entry
        entries.append(entry)
    }

    public func entry(forCEType ceType: String) -> Entry? { byCEType[ceType] }

    public func topic(for type: EventType) -> String? { byCEType[type.ceType]?.topic }

    /// Every topic with at least one event type, sorted.
    public var topics: [String] { Array(Set(entries.map(\.topic))).sorted() }

    /// The event types carried on `topic`, in registration order.
    public func entries(onTopic topic: String) -> [Entry] { entries.filter { $0.topic == topic } }
}

/// Kafka topic naming rules used by the project.
public enum KafkaTopicName {
    /// Suffix of a topic's dead-letter topic: `inngang.consent.v1` → `inngang.consent.v1.dlq`.
    public static let deadLetterSuffix = ".dlq"

    /// The dead-letter topic for `topic`.
    public static func deadLetter(for topic: String) -> String { topic + deadLetterSuffix }

    /// Kafka's own rule: 1–249 characters of `[a-zA-Z0-9._-]`, not `.` or `..`.
    public static func isValid(_ topic: String) -> Bool {
        guard (1...249).contains(topic.utf8.count), topic != ".", topic != ".." else { return false }
        return topic.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || $0 == "." || $0 == "_" || $0 == "-"
        }
    }
}
