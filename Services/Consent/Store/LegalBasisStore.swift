import ConsentDomain
import Foundation
import InngangModels
import InngangPostgres

/// Recorded legal bases other than consent (``RecordedLegalBasis``), kept apart from consents.
enum LegalBasisStore {
    static func insert(_ basis: RecordedLegalBasis, on conn: PostgresConnection) async throws {
        let categories = String(decoding: try EventJSON.encoder.encode(basis.categories.map(\.rawValue)), as: UTF8.self)
        try await conn.query("""
            INSERT INTO legal_bases (legal_basis_id, kind, case_id, child_pid, from_service, to_service, categories,
                                     justification, recorded_by, recorded_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10)
            """, [basis.id.rawValue, basis.kind.rawValue, basis.caseID?.rawValue, basis.child.nationalIdentityNumber,
                  basis.from.rawValue, basis.to.rawValue, categories, basis.justification, basis.recordedBy, basis.recordedAt])
    }

    /// Every legal basis recorded about `child`. A row that no longer reads as a legal basis
    /// (an unknown kind or category) is left out: it cannot cover anything (fail closed).
    static func all(child: String, on conn: PostgresConnection) async throws -> [RecordedLegalBasis] {
        let rows = try await conn.query("""
            SELECT legal_basis_id, kind, case_id, from_service, to_service, categories::text, justification,
                   recorded_by, recorded_at
            FROM legal_bases WHERE child_pid = $1 ORDER BY recorded_at
            """, [child])
        var result: [RecordedLegalBasis] = []
        for row in rows {
            guard let kind = LegalBasisKind(rawValue: try row.decode(1, as: String.self)),
                  let codes = try? EventJSON.decoder.decode([String].self, from: Data(try row.decode(5, as: String.self).utf8))
            else { continue }
            let categories = codes.compactMap(InformationCategory.init(code:))
            guard categories.count == codes.count else { continue }
            result.append(RecordedLegalBasis(
                id: LegalBasisID(try row.decode(0, as: UUID.self)), kind: kind,
                caseID: try row.decodeIfPresent(2, as: UUID.self).map(CaseID.init),
                child: PersonRef(nationalIdentityNumber: child),
                from: ServiceCode(rawValue: try row.decode(3, as: String.self)), to: ServiceCode(rawValue: try row.decode(4, as: String.self)),
                categories: categories, justification: try row.decode(6, as: String.self),
                recordedBy: try row.decode(7, as: String.self), recordedAt: try row.decode(8, as: Date.self)))
        }
        return result
    }
}
