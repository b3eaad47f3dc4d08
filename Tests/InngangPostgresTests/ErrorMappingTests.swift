import InngangPostgres
import Testing

@Suite("SQLSTATE mapping")
struct ErrorMappingTests {
    @Test func uniqueViolationSurfacesAsTypedError() async throws {
        try await TestDatabase.withPool { pool in
            try await pool.query("CREATE TABLE person (national_id text CONSTRAINT person_national_id_key UNIQUE)")
            try await pool.query("INSERT INTO person VALUES ($1)", ["01019912345"])
            let error = try await #require(throws: PostgresError.self) {
                try await pool.query("INSERT INTO person VALUES ($1)", ["01019912345"])
            }
            #expect(error.code == .uniqueViolation)
            #expect(error.sqlState == "23505")
            #expect(error.constraint == "person_national_id_key")
            #expect(!error.isRetriable)
            #expect(!error.message.contains("01019912345"))
            #expect(!error.description.contains("01019912345"))
        }
    }

    @Test func constraintViolationsMapToTheirCodes() async throws {
        try await TestDatabase.withPool { pool in
            try await pool.execute("""
                CREATE TABLE parent (id int PRIMARY KEY);
                CREATE TABLE child (id int PRIMARY KEY, parent_id int NOT NULL CONSTRAINT child_parent_fk REFERENCES parent,
                                    age int CONSTRAINT child_age_check CHECK (age >= 0));
                """)
            try await expectError(code: .foreignKeyViolation, constraint: "child_parent_fk") {
                try await pool.query("INSERT INTO child VALUES (1, $1, 1)", [42])
            }
            try await pool.query("INSERT INTO parent VALUES (1)")
            try await expectError(code: .checkViolation, constraint: "child_age_check") {
                try await pool.query("INSERT INTO child VALUES (1, 1, $1)", [-1])
            }
            try await expectError(code: .notNullViolation) {
                try await pool.query("INSERT INTO child VALUES (1, $1, 1)", [Int?.none])
            }
            try await expectError(code: .undefinedTable) { try await pool.query("SELECT * FROM nowhere") }
            try await expectError(code: .syntaxError) { try await pool.query("SELEC 1") }
        }
    }

    @Test func invalidInputMessageDoesNotEchoTheParameter() async throws {
        try await TestDatabase.withPool { pool in
            let error = try await #require(throws: PostgresError.self) {
                try await pool.query("SELECT $1::uuid", ["kari-nordmann-secret"])
            }
            #expect(error.sqlState == "22P02")
            #expect(error.code == .server)
            #expect(!error.message.contains("kari-nordmann-secret"))
            #expect(error.message.contains("uuid"))
        }
    }

    @Test func retriableCodesAreMarkedRetriable() {
        #expect(PostgresError.Code(sqlState: "40001") == .serializationFailure)
        #expect(PostgresError.Code(sqlState: "40P01") == .deadlockDetected)
        #expect(PostgresError.Code(sqlState: "08006") == .connectionFailure)
        #expect(PostgresError.Code(sqlState: "57014") == .queryCanceled)
        #expect(PostgresError.Code(sqlState: "XX000") == .server)
        for code in [PostgresError.Code.serializationFailure, .deadlockDetected, .connectionFailure, .poolTimeout] {
            #expect(PostgresError(code: code, message: "").isRetriable)
        }
        #expect(!PostgresError(code: .uniqueViolation, message: "").isRetriable)
    }
}

extension PostgresPool {
    func execute(_ sql: String) async throws {
        try await withConnection { try await $0.execute(sql) }
    }
}

func expectError(
    code: PostgresError.Code, constraint: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () async throws -> Void
) async throws {
    let error = try await #require(throws: PostgresError.self, sourceLocation: sourceLocation) { try await body() }
    #expect(error.code == code, sourceLocation: sourceLocation)
    if let constraint {
        #expect(error.constraint == constraint, sourceLocation: sourceLocation)
    }
}
