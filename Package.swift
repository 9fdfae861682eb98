// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "chc",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "chc", targets: ["chc"]),
        .library(name: "Assessment", targets: ["Assessment"]),
        .library(name: "Normaliser", targets: ["Normaliser"]),
        .library(name: "Dataset", targets: ["Dataset"]),
        .library(name: "Build", targets: ["Build"]),
        .library(name: "Comparison", targets: ["Comparison"]),
        .library(name: "Signals", targets: ["Signals"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibCSV",
            path: "Sources/CLibCSV",
            providers: [.apt(["libcsv-dev"])]),
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CLibZ",
            path: "Sources/CLibZ",
            providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(
            name: "CPoppler",
            path: "Sources/CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]),
        .target(
            name: "Assessment",
            exclude: ["Catalogue/provisions-2024.csv", "Catalogue/provisions-2022.csv",
                      "Catalogue/crosswalk-2022-2024.csv"]),
        .target(
            name: "Normaliser",
            dependencies: ["Assessment", "CLibXML2", "CLibZ", "CPoppler", .product(name: "Crypto", package: "swift-crypto")]),
        .target(
            name: "Comparison",
            dependencies: ["Assessment"]),
        .target(
            name: "Signals",
            dependencies: ["Assessment"]),
        // Storage: the schema, the writer (it stores what it is given), typed reads, CSV, export.
        .target(
            name: "Dataset",
            dependencies: ["Assessment", "Comparison", "Signals", "CLibCSV",
                           .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "GRDBSQLite", package: "GRDB.swift")]),
        // The pipeline: corpus and manifest, normalising in parallel, signals, figures, written through Dataset.
        .target(
            name: "Build",
            dependencies: ["Assessment", "Normaliser", "Comparison", "Signals", "Dataset"]),
        .target(
            name: "Report",
            dependencies: ["Assessment", "Comparison", "Normaliser", "Dataset",
                           .product(name: "Mustache", package: "swift-mustache"),
                           .product(name: "Crypto", package: "swift-crypto")]),
        .executableTarget(
            name: "chc",
            dependencies: ["Assessment", "Normaliser", "Dataset", "Build", "Comparison", "Report", "Signals",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // Mutation fuzzing of the dataset readers (Scripts/fuzz-dataset).
        .executableTarget(
            name: "chc-dataset-fuzz",
            dependencies: ["Assessment", "Dataset", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Sources/DatasetFuzz"),
        .testTarget(
            name: "NormaliserTests",
            dependencies: ["Normaliser", "Assessment"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "PDFTests",
            dependencies: ["Normaliser", "Assessment", "Dataset"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "DatasetTests",
            dependencies: ["Dataset", "Build", "Normaliser", "Assessment", "Comparison",
                           .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "SignalsTests",
            dependencies: ["Signals", "Assessment"]),
        .testTarget(
            name: "ComparisonTests",
            dependencies: ["Comparison", "Assessment"]),
        .testTarget(
            name: "ReportTests",
            dependencies: ["Report", "Dataset", "Build", "Comparison", "Assessment", "CLibXML2",
                           .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "FormatTests",
            dependencies: ["Normaliser", "Assessment", "Dataset", "Build",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures", "Rendered"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["Dataset"],
            exclude: ["Snapshots"]),
    ],
    swiftLanguageModes: [.v6]
)
