import InngangModels
import IntakeDomain
import NotificationDomain

/// SHA-256 digests (hex) that stand in for keys containing a national identity number: the
/// job queue's unique keys, table keys, log lines. See ``NotificationSchema`` for what a digest
/// of such a key does and does not protect.
enum KeyDigest {
    /// The digest of ``NotificationKey/rawValue``: the primary key of a planned message.
    static func of(_ key: NotificationKey) -> String { SHA256.hex(Array(key.rawValue.utf8)) }

    /// The digest of a person (for per-recipient facts such as an appeal deadline).
    static func of(person: PersonRef) -> String { SHA256.hex(Array(("person:" + person.nationalIdentityNumber).utf8)) }

    /// The digest of a coordinator task's unique key (which contains the notification key).
    static func of(task: CoordinatorTaskRequest) -> String { SHA256.hex(Array(task.uniqueKey.utf8)) }
}
