// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "renovate",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "BuildingModel", targets: ["BuildingModel"]),
        .library(name: "Simulator", targets: ["Simulator"]),
        .library(name: "ThreeCL", targets: ["ThreeCL"]),
        .executable(name: "renovate", targets: ["renovate"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGEOS", path: "Sources/CGEOS", pkgConfig: "geos",
            providers: [.apt(["libgeos-dev"])]),
        .systemLibrary(
            name: "CPROJ", path: "Sources/CPROJ", pkgConfig: "proj",
            providers: [.apt(["libproj-dev"])]),
        .target(
            name: "BuildingModel",
            dependencies: [
                "CGEOS", "CPROJ",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ]),
        // The official DPE method (3CL-DPE 2021) and the ADEME DPE XML import: Foundation only, no GEOS.
        .target(
            name: "ThreeCL",
            resources: [.copy("Resources/tables.json"), .copy("Resources/enums.json")]),
        .target(
            name: "Simulator",
            dependencies: [
                "BuildingModel", "ThreeCL",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ]),
        .executableTarget(
            name: "renovate",
            dependencies: [
                "BuildingModel", "Simulator", "ThreeCL",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["BuildVersion"]),
        // The tool version from VERSION and `git describe` (Plugins/BuildVersion).
        .plugin(name: "BuildVersion", capability: .buildTool()),
        .executableTarget(
            name: "renovate-bench",
            dependencies: ["BuildingModel", "Simulator", "ThreeCL"],
            path: "benchmarks/Sources/renovate-bench"),
        .executableTarget(
            name: "threecl-audit",
            dependencies: ["ThreeCL"],
            path: "benchmarks/Sources/threecl-audit"),
        .target(
            name: "TestSupport",
            path: "Tests/TestSupport"),
        .testTarget(
            name: "BuildingModelTests",
            dependencies: [
                "BuildingModel", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Golden"]),
        .testTarget(
            name: "SimulatorTests",
            dependencies: [
                "Simulator", "BuildingModel", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(
            name: "ThreeCLTests",
            dependencies: ["ThreeCL", "TestSupport"]),
        .testTarget(
            name: "RenovateCLITests",
            dependencies: ["BuildingModel", "Simulator", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)
