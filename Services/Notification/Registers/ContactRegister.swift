import Foundation
import InngangModels
import NotificationDomain

/// The contact register (*Kontakt- og reservasjonsregisteret*, KRR, in production): a person's
/// phone number and e-mail address, and whether they reserved against digital contact. Looked
/// up right before sending; addresses never travel in events and are never stored here.
protocol ContactRegister: Sendable {
    /// The person's addresses; ``ContactAddresses/none`` when the register has no entry.
    /// - Throws: when the register cannot answer now (the job retries).
    func addresses(for person: PersonRef) async throws -> ContactAddresses
}

/// **A fake of KRR for development and tests**: answers from a JSON document of synthetic
/// contacts, by default ``DevelopmentContacts/json`` (every development person, phones
/// `+4799…`, e-mail addresses at `example.org`), or the file named by
/// `INNGANG_CONTACT_REGISTER_FILE`. Never use it in production.
///
/// Document format:
/// ```json
/// { "contacts": [ { "person": "01868511083", "phone": "+4799000101",
///                   "email": "two-guardians.a@example.org", "reservedAgainstDigitalContact": false } ] }
/// ```
/// `phone`, `email` and `reservedAgainstDigitalContact` are optional. Every number must be a
/// valid **synthetic** national identity number, each listed once.
struct DevelopmentContactRegister: ContactRegister {
    struct Document: Codable, Sendable {
        struct Entry: Codable, Sendable {
            var person: String
            var phone: String?
            var email: String?
            var reservedAgainstDigitalContact: Bool?
        }
        var contacts: [Entry]
    }

    let entries: [String: ContactAddresses]

    init(json: Data) throws {
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: json)
        } catch {
            throw NotificationServiceError(.invalidRegisterFile, "the contacts document cannot be decoded")
        }
        var entries: [String: ContactAddresses] = [:]
        for (index, entry) in document.contacts.enumerated() {
            guard let number = try? NationalIdentityNumber(entry.person), number.isSynthetic else {
                throw NotificationServiceError(.invalidRegisterFile, "/contacts/\(index)/person is not a valid synthetic national identity number")
            }
            guard entries[number.value] == nil else {
                throw NotificationServiceError(.invalidRegisterFile, "/contacts/\(index)/person is listed twice")
            }
            entries[number.value] = ContactAddresses(phone: entry.phone, email: entry.email,
                                                     reservedAgainstDigitalContact: entry.reservedAgainstDigitalContact ?? false)
        }
        self.entries = entries
    }

    /// The embedded development contacts.
    static func embedded() -> DevelopmentContactRegister {
        do { return try DevelopmentContactRegister(json: Data(DevelopmentContacts.json.utf8)) } catch {
            preconditionFailure("DevelopmentContacts.json is invalid: \(error)")
        }
    }

    /// Reads `file` when given, else the embedded contacts.
    static func development(file: String?) throws -> DevelopmentContactRegister {
        guard let file else { return embedded() }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
            throw NotificationServiceError(.invalidRegisterFile, "INNGANG_CONTACT_REGISTER_FILE cannot be read")
        }
        return try DevelopmentContactRegister(json: data)
    }

    func addresses(for person: PersonRef) async throws -> ContactAddresses {
        entries[person.nationalIdentityNumber] ?? .none
    }
}
