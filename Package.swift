// swift-tools-version:6.0
import PackageDescription

// Inngang — one way in. Five services (Services/), shared libraries (Shared/), tools (Tools/).
// Every target gets the same settings; helpers below stamp out the repeated declarations.

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let log: Target.Dependency = .product(name: "Logging", package: "swift-log")
let lifecycle: Target.Dependency = .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")

func shared(_ name: String, _ deps: [Target.Dependency]) -> Target {
    .target(name: name, dependencies: deps, path: "Shared/\(name)", swiftSettings: swiftSettings)
}

/// A service's pure domain rules (no I/O) live in `Services/<Name>/Domain` as their own library,
/// so each legal rule is unit-tested without a server.
func domain(_ service: String) -> Target {
    .target(name: "\(service)Domain", dependencies: ["InngangModels"], path: "Services/\(service)/Domain", swiftSettings: swiftSettings)
}

/// A service executable. `libraries` are its subfolders built as their own library targets
/// (`Domain` → `<Name>Domain`, `Providers` → `<Name>Providers`), excluded from the executable.
/// `extra` are further dependencies (e.g. another service's development fake).
func service(_ name: String, libraries: [String] = [], extra: [Target.Dependency] = []) -> Target {
    .executableTarget(
        name: name,
        dependencies: libraries.map { .target(name: "\(name)\($0)") } + extra + ["InngangService", "InngangModels", "InngangPostgres", "InngangKafka", "InngangMessaging", "InngangJobs", log, lifecycle,
                       .product(name: "Hummingbird", package: "hummingbird")],
        path: "Services/\(name)",
        exclude: libraries,
        swiftSettings: swiftSettings
    )
}

func tests(_ name: String, _ deps: [Target.Dependency]) -> Target {
    .testTarget(name: name, dependencies: deps, path: "Tests/\(name)", swiftSettings: swiftSettings)
}

let package = Package(
    name: "inngang",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "intake", targets: ["Intake"]),
        .executable(name: "consent", targets: ["Consent"]),
        .executable(name: "notification", targets: ["Notification"]),
        .executable(name: "application-status", targets: ["ApplicationStatus"]),
        .executable(name: "klage", targets: ["Klage"]),
        .executable(name: "inngang-token", targets: ["InngangToken"]),
        .executable(name: "inngang-bench", targets: ["InngangBench"]),
        .executable(name: "inngang-exit-probe", targets: ["InngangExitProbe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.5.0"),
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.70.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.21.0"),
    ],
    targets: [
        // C libraries as system libraries (apt: librdkafka-dev, libpq-dev).
        .systemLibrary(name: "CRdKafka", path: "Shared/CRdKafka", pkgConfig: "rdkafka", providers: [.apt(["librdkafka-dev"])]),
        .systemLibrary(name: "CLibPQ", path: "Shared/CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),

        shared("InngangModels", []),
        shared("InngangKafka", ["CRdKafka", "InngangModels", log]),
        shared("InngangPostgres", ["CLibPQ", log]),
        shared("InngangJobs", ["InngangPostgres", log, lifecycle]),
        shared("InngangMessaging", ["InngangKafka", "InngangPostgres", "InngangModels", log, lifecycle]),
        shared("InngangService", [
            "InngangModels", "InngangPostgres", "InngangKafka", "InngangMessaging", "InngangJobs", log, lifecycle,
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "JWTKit", package: "jwt-kit"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "Prometheus", package: "swift-prometheus"),
        ]),

        domain("Intake"),
        domain("Notification"),
        domain("ApplicationStatus"),
        domain("Consent"),
        domain("Klage"),
        // Notification delivery providers: SMTP (e-mail), an HTTP SMS gateway, the local file sink.
        .target(name: "NotificationProviders",
                dependencies: ["InngangModels", log,
                               .product(name: "NIOCore", package: "swift-nio"),
                               .product(name: "NIOPosix", package: "swift-nio"),
                               .product(name: "AsyncHTTPClient", package: "async-http-client")],
                path: "Services/Notification/Providers", swiftSettings: swiftSettings),
        // AsyncHTTPClient: intake asks consent whether a referral is covered.
        service("Intake", libraries: ["Domain"], extra: [.product(name: "AsyncHTTPClient", package: "async-http-client"),
                                                          .product(name: "NIOCore", package: "swift-nio")]),
        // IntakeDomain only for its development population-register fake (the Folkeregister boundary).
        service("Consent", libraries: ["Domain"], extra: ["IntakeDomain"]),
        // IntakeDomain only for its development population-register fake (the Folkeregister boundary).
        service("Notification", libraries: ["Domain", "Providers"], extra: ["IntakeDomain"]),
        service("ApplicationStatus", libraries: ["Domain"]),
        service("Klage", libraries: ["Domain"]),

        .executableTarget(
            name: "InngangToken",
            dependencies: ["InngangService", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                           .product(name: "JWTKit", package: "jwt-kit")],
            path: "Tools/InngangToken", swiftSettings: swiftSettings),
        .executableTarget(
            name: "InngangBench",
            dependencies: ["InngangJobs", "InngangKafka", "InngangMessaging", "InngangPostgres", "InngangModels", log,
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Tools/InngangBench", swiftSettings: swiftSettings),
        // Run by the PostgreSQL tests: the process must end cleanly while connections are being opened.
        .executableTarget(name: "InngangExitProbe", dependencies: ["InngangPostgres", log],
                          path: "Tools/InngangExitProbe", swiftSettings: swiftSettings),

        // Support for tests that run the real executables as processes.
        .target(name: "InngangProcessTesting", dependencies: ["InngangPostgres", log,
                                                              .product(name: "AsyncHTTPClient", package: "async-http-client"),
                                                              .product(name: "NIOCore", package: "swift-nio")],
                path: "Tests/ProcessTesting", swiftSettings: swiftSettings),
        tests("InngangModelsTests", ["InngangModels"]),
        tests("IntakeDomainTests", ["IntakeDomain", "InngangModels"]),
        tests("NotificationDomainTests", ["NotificationDomain", "InngangModels"]),
        tests("NotificationProvidersTests", ["NotificationProviders", "InngangModels", log,
                                             .product(name: "NIOCore", package: "swift-nio"),
                                             .product(name: "NIOPosix", package: "swift-nio")]),
        tests("ApplicationStatusDomainTests", ["ApplicationStatusDomain", "InngangModels"]),
        tests("ConsentDomainTests", ["ConsentDomain", "InngangModels"]),
        tests("KlageDomainTests", ["KlageDomain", "InngangModels"]),
        tests("InngangKafkaTests", ["InngangKafka", "InngangModels", log]),
        tests("InngangPostgresTests", ["InngangPostgres", "InngangProcessTesting", log]),
        tests("InngangJobsTests", ["InngangJobs", "InngangPostgres", log, lifecycle]),
        tests("InngangMessagingTests", ["InngangMessaging", "InngangKafka", "InngangPostgres", "InngangModels", log, lifecycle]),
        // The journey across the real executables (started as processes), PostgreSQL and the broker.
        tests("EndToEndTests", ["InngangProcessTesting", "InngangModels", "InngangPostgres", "IntakeDomain", log,
                                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio")]),
        tests("InngangServiceTests", ["InngangProcessTesting", "InngangService", "InngangPostgres", .product(name: "HummingbirdTesting", package: "hummingbird"),
                                      .product(name: "JWTKit", package: "jwt-kit"), .product(name: "HTTPTypes", package: "swift-http-types")]),
    ]
)
