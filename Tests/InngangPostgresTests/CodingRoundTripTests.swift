import Foundation
import InngangPostgres
import Testing

@Suite("Encoding and decoding")
struct CodingRoundTripTests {
    static func micros(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1_000_000).rounded()) }

    @Test func everyEncodableTypeRoundTripsThroughTheServer() async throws {
        try await TestDatabase.withPool { pool in
            try await pool.query("""
                CREATE TABLE everything (
                    id int PRIMARY KEY, s text, i bigint, i32 int, i64 bigint, d double precision, b boolean,
                    t timestamptz, u uuid, bytes bytea, j jsonb)
                """)
            let date = Date(timeIntervalSince1970: 1_795_395_723.123456)
            let uuid = UUID()
            let bytes: [UInt8] = [0, 1, 0x7f, 0x80, 0xfe, 0xff, 10, 92]
            let text = "Blåbærsyltetøy «quoted» 'single' \"double\" \\ backslash; -- not a comment 🇳🇴"
            try await pool.query(
                "INSERT INTO everything VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb)",
                [1, text, Int.max, Int32.min, Int64.min, 0.1 + 0.2, true, date, uuid, bytes, #"{"a": [1, "ø"]}"#]
            )
            let nothing: String? = nil
            try await pool.query(
                "INSERT INTO everything VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb)",
                [2, nothing, Int?.none, Int32?.none, Int64?.none, Double?.none, Bool?.none, Date?.none, UUID?.none, [UInt8]?.none, nothing]
            )

            let rows = try await pool.query("SELECT * FROM everything ORDER BY id")
            #expect(rows.count == 2)
            let full = rows[0]
            #expect(try full.decode("s", as: String.self) == text)
            #expect(try full.decode("i", as: Int.self) == Int.max)
            #expect(try full.decode("i32", as: Int32.self) == Int32.min)
            #expect(try full.decode("i64", as: Int64.self) == Int64.min)
            #expect(try full.decode("d", as: Double.self) == 0.1 + 0.2)
            #expect(try full.decode("b", as: Bool.self) == true)
            let decodedDate = try full.decode("t", as: Date.self)
            #expect(Self.micros(decodedDate) == Self.micros(date))
            #expect(decodedDate == date)
            #expect(full["t"] == "2026-11-23 01:02:03.123456+00")
            #expect(try full.decode("u", as: UUID.self) == uuid)
            #expect(try full.decode("bytes", as: [UInt8].self) == bytes)
            #expect(try full.decode("j", as: String.self) == #"{"a": [1, "ø"]}"#)

            let empty = rows[1]
            #expect(empty.columnCount == 11)
            for column in 1..<empty.columnCount {
                #expect(empty[column] == nil)
            }
            #expect(try empty.decodeIfPresent("s", as: String.self) == nil)
            #expect(try empty.decodeIfPresent("t", as: Date.self) == nil)
            #expect(try empty.decodeIfPresent("bytes", as: [UInt8].self) == nil)
            #expect { try empty.decode("i", as: Int.self) } throws: { ($0 as? PostgresError)?.code == .decoding }
        }
    }

    @Test func boundDateComparesEqualOnTheServerToMicroseconds() async throws {
        try await TestDatabase.withPool { pool in
            let date = Date(timeIntervalSince1970: 1_795_395_723.000001)
            let row = try await pool.query("SELECT $1::timestamptz = '2026-11-23 01:02:03.000001+00'::timestamptz", [date]).rows[0]
            #expect(try row.decode(0, as: Bool.self))
            let now = try await pool.query("SELECT now()").rows[0].decode(0, as: Date.self)
            #expect(abs(now.timeIntervalSinceNow) < 60)
        }
    }

    @Test func specialDoublesAndEmptyByteaRoundTrip() async throws {
        try await TestDatabase.withPool { pool in
            let row = try await pool.query(
                "SELECT $1::float8, $2::float8, $3::float8, $4::bytea, $5::float8",
                [Double.infinity, -Double.infinity, Double.nan, [UInt8](), 1e-300]
            ).rows[0]
            #expect(try row.decode(0, as: Double.self) == .infinity)
            #expect(try row.decode(1, as: Double.self) == -.infinity)
            #expect(try row.decode(2, as: Double.self).isNaN)
            #expect(try row.decode(3, as: [UInt8].self) == [])
            #expect(try row.decode(4, as: Double.self) == 1e-300)
        }
    }

    @Test func timestampsInOtherOffsetsAndFormsParse() throws {
        let utc = try Date(postgresText: "2026-11-23 01:02:03.123456+00")
        #expect(Self.micros(utc) == 1_795_395_723_123_456)
        #expect(try Date(postgresText: "2026-11-23 02:02:03.123456+01") == utc)
        #expect(try Date(postgresText: "2026-11-22 20:32:03.123456-04:30") == utc)
        #expect(try Date(postgresText: "2026-11-23T01:02:03.123456Z") == utc)
        #expect(Self.micros(try Date(postgresText: "2026-11-23 01:02:03+00")) == 1_795_395_723_000_000)
        #expect(Self.micros(try Date(postgresText: "2026-11-23 01:02:03.5+00")) == 1_795_395_723_500_000)
        #expect(Self.micros(try Date(postgresText: "2026-11-23")) == 1_795_392_000_000_000)
        #expect(Self.micros(try Date(postgresText: "1969-12-31 23:59:59.999999+00")) == -1)
        #expect(try Date(postgresText: "0044-03-15 00:00:00+00 BC").postgresText == "0044-03-15 00:00:00.000000+00 BC")
        #expect(try Date(postgresText: "infinity") == .distantFuture)
        #expect(throws: PostgresError.self) { try Date(postgresText: "23.11.2026") }
        #expect(throws: PostgresError.self) { try Date(postgresText: "2026-11-23 01:02") }
    }

    @Test func bcAndPreEpochDatesRoundTripThroughTheServer() async throws {
        try await TestDatabase.withPool { pool in
            for seconds in [-62_135_596_800.0 - 86_400 * 400, -1.5, 0, 253_402_300_799.999999] {
                let date = Date(timeIntervalSince1970: seconds)
                let back = try await pool.query("SELECT $1::timestamptz", [date]).rows[0].decode(0, as: Date.self)
                #expect(Self.micros(back) == Self.micros(date), "\(seconds)")
            }
        }
    }

    @Test func decodingErrorNamesTheColumnButNotTheValue() async throws {
        try await TestDatabase.withPool { pool in
            let row = try await pool.query("SELECT 'secret-value' AS national_id").rows[0]
            let error = try #require(throws: PostgresError.self) { try row.decode("national_id", as: Int.self) }
            #expect(error.code == .decoding)
            #expect(error.message.contains("national_id"))
            #expect(!error.message.contains("secret-value"))
            #expect { try row.decode("missing", as: String.self) } throws: { ($0 as? PostgresError)?.code == .decoding }
        }
    }
}
