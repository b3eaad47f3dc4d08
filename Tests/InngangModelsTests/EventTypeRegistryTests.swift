import Testing

@testable import InngangModels

@Suite struct EventTypeRegistryTests {
    @Test func duplicateCETypeIsRejected() throws {
        var registry = EventTypeRegistry()
        try registry.register(.consentGiven, topic: "t.one", summary: "first")
        let error = try #require(throws: InngangModelsError.self) {
            try registry.register(EventType("no.inngang.consent.given", version: 1), topic: "t.two", summary: "again")
        }
        #expect(error.code == .duplicateEventType)
        #expect(registry.entries.count == 1)
        #expect(registry.topic(for: .consentGiven) == "t.one")
    }

    @Test func newVersionOfSameNameIsADifferentType() throws {
        var registry = EventTypeRegistry()
        try registry.register(EventType("no.inngang.x.y", version: 1), topic: "t", summary: "")
        try registry.register(EventType("no.inngang.x.y", version: 2), topic: "t", summary: "")
        #expect(registry.entry(forCEType: "no.inngang.x.y.v2")?.type.version == 2)
    }

    @Test func malformedTypesAndTopicsAreRejected() {
        var registry = EventTypeRegistry()
        #expect(throws: InngangModelsError.self) { try registry.register(EventType("No.Upper", version: 1), topic: "t", summary: "") }
        #expect(throws: InngangModelsError.self) { try registry.register(EventType("a.b", version: 0), topic: "t", summary: "") }
        #expect(throws: InngangModelsError.self) { try registry.register(EventType("a.b", version: 1), topic: "bad topic", summary: "") }
    }

    @Test func ceTypeParsing() {
        #expect(EventType(ceType: "no.inngang.intake.case-received.v1") == .intakeCaseReceived)
        #expect(EventType(ceType: "no.inngang.x.v12")?.version == 12)
        #expect(EventType(ceType: "no.inngang.x.v1.v2") == EventType("no.inngang.x.v1", version: 2))
        #expect(EventType.intakeCaseReceived.ceType == "no.inngang.intake.case-received.v1")
        #expect(EventType.intakeCaseReceived.description == "no.inngang.intake.case-received.v1")
        for bad in ["", "v1", "no.inngang.x", "no.inngang.x.v", "no.inngang.x.v0", "no.inngang.x.v01",
                    "no.inngang.x.vx", "no.Inngang.x.v1", "no..x.v1", "x.v1", "no.inngang.x.v-1"] {
            #expect(EventType(ceType: bad) == nil, "\(bad)")
        }
    }

    @Test func projectRegistryCoversEveryTopicAndResolvesEveryType() {
        let registry = EventTypeRegistry.inngang
        #expect(registry.topics == [
            "inngang.consent.v1", "inngang.intake.cases.v1", "inngang.klage.v1",
            "inngang.notification.deliveries.v1", "inngang.status.progress.v1",
        ])
        #expect(registry.entries.count >= 20)
        for entry in registry.entries {
            #expect(registry.entry(forCEType: entry.type.ceType) == entry)
            #expect(EventType(ceType: entry.type.ceType) == entry.type)
            #expect(!entry.summary.isEmpty)
        }
        #expect(registry.topic(for: .klageAppealFiled) == InngangTopic.klage)
        #expect(registry.entry(forCEType: "no.inngang.unknown.v1") == nil)
    }

    @Test func deadLetterTopicNaming() {
        #expect(KafkaTopicName.deadLetter(for: InngangTopic.consent) == "inngang.consent.v1.dlq")
        #expect(KafkaTopicName.isValid(KafkaTopicName.deadLetter(for: InngangTopic.intakeCases)))
        #expect(!KafkaTopicName.isValid(".."))
        #expect(!KafkaTopicName.isValid(String(repeating: "a", count: 250)))
    }
}
