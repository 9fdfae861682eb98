// swift-tools-version:6.1
// A libFuzzer harness for the normaliser, kept out of the root package so that its build never needs
// -sanitize=fuzzer. Build and run it with Scripts/fuzz (see that script for the exact flags).
import PackageDescription

let package = Package(
    name: "chc-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "chc", path: "../.."),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // The entry point: SwiftPM names an executable's main `NormaliserFuzz_main`; this C file defines it
        // and calls libFuzzer's LLVMFuzzerRunDriver.
        .target(name: "FuzzMain"),
        .executableTarget(
            name: "NormaliserFuzz",
            dependencies: [
                "FuzzMain",
                .product(name: "Normaliser", package: "chc"),
                .product(name: "Assessment", package: "chc"),
                .product(name: "Dataset", package: "chc"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        // PDF bytes through poppler and the PDF reader (Scripts/fuzz SECONDS pdf).
        .executableTarget(
            name: "PDFFuzz",
            dependencies: [
                "FuzzMain",
                .product(name: "Normaliser", package: "chc"),
                .product(name: "Assessment", package: "chc"),
                .product(name: "Dataset", package: "chc"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
