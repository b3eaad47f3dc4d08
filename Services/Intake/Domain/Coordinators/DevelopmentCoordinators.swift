import Foundation

/// The embedded coordinator pool of the development municipality. Fictitious employees with
/// `example.kommune.no` addresses and made-up phone numbers.
public enum DevelopmentCoordinators {
    public static let json = """
        {
          "municipality": "0301",
          "coordinators": [
            { "id": "k-101", "name": "Kari Nordmann", "phone": "+4799000101", "email": "kari.nordmann@example.kommune.no",
              "languages": ["nb", "en"], "capacity": 25 },
            { "id": "k-102", "name": "Amina Hassan", "phone": "+4799000102", "email": "amina.hassan@example.kommune.no",
              "languages": ["nb", "so", "ar", "en"], "capacity": 20 },
            { "id": "k-103", "name": "Ola Vik", "phone": "+4799000103", "email": "ola.vik@example.kommune.no",
              "languages": ["nn", "en"], "capacity": 15 },
            { "id": "k-104", "name": "Olena Kovalenko", "phone": "+4799000104", "email": "olena.kovalenko@example.kommune.no",
              "languages": ["nb", "uk", "ru", "en"], "capacity": 20 }
          ]
        }
        """

    /// The parsed pool.
    public static func pool() -> CoordinatorPool {
        do { return try CoordinatorPool.load(json: Data(json.utf8)) } catch {
            preconditionFailure("DevelopmentCoordinators.json is invalid: \(error)")  // caught by CoordinatorPoolTests
        }
    }
}
