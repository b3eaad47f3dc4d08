extension KafkaTopicSpecification {
    /// Kafka's rules for topic names and sizes, checked before asking the broker (Tansu, the development
    /// broker, accepts illegal names and zero partitions; Apache Kafka does not).
    func validate() throws {
        let legal = name.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }
        guard !name.isEmpty, name.utf8.count <= 249, name != ".", name != "..", legal else {
            throw KafkaError(.admin, "invalid topic name '\(name)': use 1-249 of [a-zA-Z0-9._-], not '.' or '..'")
        }
        guard partitions >= 1 || partitions == -1 else {
            throw KafkaError(.admin, "topic \(name): partitions must be at least 1 (or -1 for the broker default), got \(partitions)")
        }
        guard replicationFactor >= 1 || replicationFactor == -1 else {
            throw KafkaError(.admin, "topic \(name): replicationFactor must be at least 1 (or -1 for the broker default), got \(replicationFactor)")
        }
    }
}
