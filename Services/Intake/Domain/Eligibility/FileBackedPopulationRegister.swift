import Foundation
import InngangModels

/// **A fake of the Folkeregisteret for development and tests**: answers from a JSON document
/// of synthetic development families (``DevelopmentFamiliesDocument``), by default the embedded
/// ``DevelopmentFamilies/json``. Never use it in production: the real register is an API.
///
/// This is the only place in `IntakeDomain` that touches the file system, and only in
/// ``init(contentsOf:)``, once, at start-up; lookups are in memory. A person not in the
/// document is unknown (``person(_:)`` returns `nil`); a child not in any family has no guardians.
public struct FileBackedPopulationRegister: PopulationRegister {
    let index: RegisterIndex

    /// Parses a development-families document.
    public init(json: Data) throws(IntakeDomainError) {
        let document: DevelopmentFamiliesDocument
        do {
            document = try JSONDecoder().decode(DevelopmentFamiliesDocument.self, from: json)
        } catch let error as DecodingError {
            throw IntakeDomainError(.invalidRegisterData, "The development families document cannot be decoded.",
                                    problems: [FieldProblem(decodingError: error)])
        } catch {
            throw IntakeDomainError(.invalidRegisterData, "The development families document cannot be decoded.", underlying: error)
        }
        self.index = try document.index()
    }

    /// The embedded development families (``DevelopmentFamilies/json``).
    public static func embedded() -> FileBackedPopulationRegister {
        do { return try FileBackedPopulationRegister(json: Data(DevelopmentFamilies.json.utf8)) } catch {
            preconditionFailure("DevelopmentFamilies.json is invalid: \(error)")  // caught by PopulationRegisterFileTests
        }
    }

    /// Reads and parses the file at `url` (the boundary: the only file I/O in this module).
    public init(contentsOf url: URL) throws(IntakeDomainError) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw IntakeDomainError(.registerFileUnreadable, "The development families file cannot be read.", underlying: error)
        }
        try self.init(json: data)
    }

    public func guardians(of child: NationalIdentityNumber) async throws -> [GuardianRecord] {
        index.guardians[child] ?? []
    }

    public func person(_ id: NationalIdentityNumber) async throws -> PersonRecord? {
        index.persons[id]
    }
}
