// swift-tools-version: 6.1
import PackageDescription

/// Sarap: a terminal workbench for qualitative interview coding.
///
/// The module graph and the import rules are described in ARCHITECTURE.md; `ArchitectureTests`
/// enforces the import rules and keeps file I/O in SarapStore and the `sarap` executable.
///
/// Linux only (Debian with `libncurses-dev`): the terminal code calls Glibc and the width table is
/// generated from glibc's `wcwidth`. No other platform is claimed because none is built or tested.
let package = Package(
  name: "Sarap",
  products: [
    .executable(name: "sarap", targets: ["sarap"]),
    // The libraries, for tools built beside the app in their own package (Benchmarks/).
    .library(
      name: "SarapKit",
      targets: [
        "SarapCore", "SarapEngine", "SarapFormats", "SarapStore", "TerminalKit", "Workbench",
        "WorkbenchStart",
      ]),
  ],
  dependencies: [
    // The command line: subcommands, help and errors.
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    // .qdpx archives are zip files; ZIPFoundation reads and writes them without a C dependency.
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    // SHA-256 of every file version a save replaces and writes (BoringSSL's, through swift-crypto).
    .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
  ],
  targets: [
    // Domain values and rules; stdlib only.
    .target(name: "SarapCore"),
    // Read-only analysis over a project.
    .target(name: "SarapEngine", dependencies: ["SarapCore"]),
    // Codecs between values and bytes; no file-system writes.
    .target(
      name: "SarapFormats",
      dependencies: [
        "SarapCore", "SarapEngine", "CLibXML2",
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    // The project on disk: layout, load, durable save, lock, history, archives.
    .target(
      name: "SarapStore",
      dependencies: [
        "SarapCore", "SarapEngine", "SarapFormats", "CXlsxwriter", "CSarapZlib",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    // libxlsxwriter, the C library .xlsx reports are written with, exposed through a shim header.
    .systemLibrary(
      name: "CXlsxwriter", path: "Sources/CXlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"])]),
    // libxml2, read directly (not through Foundation's XMLParser) to check a written export.
    .systemLibrary(
      name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]),
    // zlib, which .qdpx entries are deflated with (at a faster level than ZIPFoundation's).
    .systemLibrary(
      name: "CSarapZlib", path: "Sources/CSarapZlib", providers: [.apt(["zlib1g-dev"])]),
    // Terminal-agnostic UI toolkit: cells, screen buffer, display width, widgets, keys.
    .target(name: "TerminalKit"),
    // The ncursesw system library, wide-character API exposed through a shim header.
    .systemLibrary(
      name: "CNcursesw", path: "Sources/CNcursesw", providers: [.apt(["libncurses-dev"])]),
    // The only code that calls ncurses.
    .target(name: "CursesTerminal", dependencies: ["CNcursesw", "TerminalKit"]),
    // Regenerates TerminalKit's display-width table from the C library's wcwidth.
    .executableTarget(name: "WidthTableTool", dependencies: ["CNcursesw"]),
    // The application: state, actions, reducer, key bindings, screens.
    .target(name: "Workbench", dependencies: ["SarapCore", "SarapEngine", "TerminalKit"]),
    // How the workbench opens a project (session and first state), shared by `sarap` and the
    // render benchmark.
    .target(
      name: "WorkbenchStart",
      dependencies: ["SarapCore", "SarapStore", "TerminalKit", "Workbench"]),
    // Argument parsing and live wiring.
    .executableTarget(
      name: "sarap",
      dependencies: [
        "SarapCore", "SarapEngine", "SarapFormats", "SarapStore", "TerminalKit",
        "CursesTerminal", "Workbench", "WorkbenchStart",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),

    .testTarget(name: "SarapCoreTests", dependencies: ["SarapCore", "SarapTestSupport"]),
    // Test-only fixtures and checks shared by several test targets, and the lookup of the optional
    // reference material (ReferenceMaterial); no product depends on it.
    .target(
      name: "SarapTestSupport", dependencies: ["SarapCore"], path: "Tests/SarapTestSupport"),
    .testTarget(
      name: "SarapEngineTests", dependencies: ["SarapCore", "SarapEngine", "SarapTestSupport"]),
    .testTarget(
      name: "SarapFormatsTests",
      dependencies: ["SarapCore", "SarapEngine", "SarapFormats", "SarapTestSupport"],
      exclude: ["Figures/__Golden__"]),
    .testTarget(
      name: "SarapStoreTests",
      dependencies: ["SarapCore", "SarapEngine", "SarapFormats", "SarapStore", "SarapTestSupport"]),
    // Runs the built `sarap` binary: command-line behaviour, kill -9 durability, git merges.
    .testTarget(
      name: "SarapCLITests",
      dependencies: ["SarapCore", "SarapEngine", "SarapFormats", "SarapStore", "SarapTestSupport"]),
    .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "SarapTestSupport"]),
    .testTarget(
      name: "CursesTerminalTests", dependencies: ["CNcursesw", "CursesTerminal", "TerminalKit"]),
    .testTarget(
      name: "WorkbenchTests",
      dependencies: ["SarapCore", "SarapEngine", "TerminalKit", "Workbench", "SarapTestSupport"],
      exclude: ["__Snapshots__"]),
    .testTarget(name: "ArchitectureTests", dependencies: ["SarapTestSupport"]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["SarapCore", "SarapFormats", "SarapStore", "SarapTestSupport"],
      exclude: ["Scripts"]),
    // The bundled corpus: canonical files, the reference coding, and (when the dissertation is
    // available, see ReferenceMaterial) every excerpt checked against it.
    .testTarget(
      name: "CorpusTests", dependencies: ["SarapCore", "SarapFormats", "SarapTestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
