import InngangPostgres
import Testing

@Suite("Configuration")
struct ConfigurationTests {
    @Test func urlIsParsedWithPercentDecoding() throws {
        let configuration = try PostgresConfiguration(url: "postgres://app%40user:p%40ss%3Aw%2Frd@db.example:6543/my%20db?sslmode=require&application_name=intake")
        #expect(configuration.user == "app@user")
        #expect(configuration.password == "p@ss:w/rd")
        #expect(configuration.host == "db.example")
        #expect(configuration.port == 6543)
        #expect(configuration.database == "my db")
        #expect(configuration.applicationName == "intake")
        #expect(configuration.extraParameters == ["sslmode": "require"])
    }

    @Test func urlDefaultsPortAndDatabase() throws {
        let configuration = try PostgresConfiguration(url: "postgresql://inngang@localhost")
        #expect(configuration.port == 5432)
        #expect(configuration.database == "inngang")
        #expect(configuration.password == nil)
    }

    @Test func urlWithoutUserOrWithOtherSchemeIsRejected() {
        #expect { try PostgresConfiguration(url: "postgres://localhost/db") } throws: { ($0 as? PostgresError)?.code == .invalidConfiguration }
        #expect { try PostgresConfiguration(url: "mysql://u@localhost/db") } throws: { ($0 as? PostgresError)?.code == .invalidConfiguration }
    }

    @Test func descriptionLeavesOutThePassword() throws {
        let configuration = try PostgresConfiguration(url: "postgres://u:secret@h:1/d")
        #expect(!configuration.description.contains("secret"))
        #expect(configuration.withDatabase("other").database == "other")
        #expect(configuration.withDatabase("other").password == "secret")
    }
}
