// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// Sarap's benchmarks: a separate package, so that the root's tests never run them; `make test`
/// builds it (debug) so that it cannot fall behind the code it measures.
///
/// It depends on the root package by path and uses its `SarapKit` library product. SwiftPM names
/// a path dependency after its folder, so the identity is read from the folder the root lives in.
let rootFolder = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent()
let rootIdentity = rootFolder.lastPathComponent.lowercased()

let package = Package(
  name: "SarapBenchmarks",
  dependencies: [
    .package(path: "..")
  ],
  targets: [
    // Generates synthetic projects and times Sarap's reports, load, export and render path.
    .executableTarget(
      name: "sarap-bench",
      dependencies: [.product(name: "SarapKit", package: rootIdentity)],
      path: "Sources/sarap-bench")
  ],
  swiftLanguageModes: [.v6]
)
