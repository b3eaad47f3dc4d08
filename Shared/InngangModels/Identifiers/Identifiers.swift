/// Tags and aliases for the project's typed identifiers. Add a new kind of id here: an empty enum
/// as the tag and a typealias.

/// A case (*sak*) created by intake; also the Kafka partition key for the case's events.
public enum CaseTag {}
public typealias CaseID = Identifier<CaseTag>

/// A consent (*samtykke*) in the consent service.
public enum ConsentTag {}
public typealias ConsentID = Identifier<ConsentTag>

/// An appeal (*klage*) in the klage service.
public enum AppealTag {}
public typealias AppealID = Identifier<AppealTag>

/// A decision (*vedtak*) made by a service.
public enum DecisionTag {}
public typealias DecisionID = Identifier<DecisionTag>

/// A notification (one message to one recipient on one channel).
public enum NotificationTag {}
public typealias NotificationID = Identifier<NotificationTag>

/// A meeting scheduled in a case.
public enum MeetingTag {}
public typealias MeetingID = Identifier<MeetingTag>

/// A task for the family or the coordinator (e.g. documentation requested).
public enum TaskTag {}
public typealias TaskID = Identifier<TaskTag>

/// A person known to Inngang (guardian, child, employee). Never the national identity number.
public enum PersonTag {}
public typealias PersonID = Identifier<PersonTag>
