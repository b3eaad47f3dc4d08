import ArgumentParser
import Foundation
import InngangService

/// Mints development tokens signed by the development issuer (`make dev-keys`), for trying the
/// APIs by hand, `make demo` and the end-to-end tests. Services trust this issuer only outside
/// production.
@main
struct InngangToken: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inngang-token",
        abstract: "Mint a development bearer token (citizen or employee).",
        subcommands: [Citizen.self, Employee.self])

    struct Options: ParsableArguments {
        @Option(help: "Directory holding dev-issuer-private.pem (default: INNGANG_DEV_JWT_DIR or ./.local/jwt).")
        var keyDir: String?
        @Option(help: "Lifetime in seconds.")
        var lifetime: Int = 3600

        var issuer: DevelopmentIssuer {
            let env = EnvironmentReader()
            return DevelopmentIssuer(keyDirectory: keyDir ?? AuthConfiguration.developmentKeyDirectory(env))
        }
    }

    struct Citizen: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A citizen token (ID-porten style, national identity number in `pid`).")
        @OptionGroup var options: Options
        @Option(help: "The citizen's national identity number (11 digits).")
        var pid: String

        func run() async throws {
            guard pid.count == 11, pid.allSatisfy(\.isNumber) else {
                throw ValidationError("--pid must be 11 digits")
            }
            print(try await options.issuer.citizenToken(nationalIdentityNumber: pid, lifetime: TimeInterval(options.lifetime)))
        }
    }

    struct Employee: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "An employee token with a service and roles.")
        @OptionGroup var options: Options
        @Option(help: "Subject (employee id).")
        var sub: String
        @Option(help: "Service code, e.g. ppt, barnevern, helsestasjon.")
        var service: String
        @Option(name: .customLong("role"), help: "A role; repeat for several (caseworker, coordinator, underinstans).")
        var roles: [String] = ["caseworker"]
        @Option(help: "Display name.")
        var name: String?

        func run() async throws {
            print(try await options.issuer.employeeToken(subject: sub, service: service, roles: roles, name: name,
                                                         lifetime: TimeInterval(options.lifetime)))
        }
    }
}
