import Foundation
import Testing

/// The import rules of ARCHITECTURE.md: which module may import which.
///
/// Reads the `import` lines of every Swift file under `Sources/<Module>/` and fails on any module
/// the table does not allow, e.g. ncurses outside the terminal backend.
@Suite("Module import rules")
struct ImportRulesTests {
  static let allowed: [String: Set<String>] = [
    "SarapCore": ["Foundation"],
    "SarapEngine": ["SarapCore"],
    "SarapFormats": ["SarapCore", "SarapEngine", "Foundation", "FoundationXML"],
    "SarapStore": ["SarapCore", "SarapEngine", "SarapFormats", "Foundation", "ZIPFoundation"],
    "TerminalKit": [],
    "CursesTerminal": ["TerminalKit", "CNcursesw", "Glibc"],
    "Workbench": ["SarapCore", "SarapEngine", "TerminalKit"],
    "sarap": [
      "SarapCore", "SarapEngine", "SarapFormats", "SarapStore", "TerminalKit", "CursesTerminal",
      "Workbench", "ArgumentParser", "Foundation", "Glibc",
    ],
  ]

  static var repositoryRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// The modules imported by the Swift files under `Sources/<module>/`, with the file of each.
  static func imports(of module: String) throws -> [(file: String, module: String)] {
    let folder = repositoryRoot.appendingPathComponent("Sources/\(module)")
    let files =
      FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
      .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
    var result: [(String, String)] = []
    for file in files {
      let text = try String(contentsOf: file, encoding: .utf8)
      for line in text.split(separator: "\n") {
        let words = line.split(separator: " ").map(String.init)
        guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
          words[..<index].allSatisfy({
            ["@testable", "internal", "public", "private", "@_exported"].contains($0)
          })
        else { continue }
        let imported = words[index + 1].split(separator: ".").first.map(String.init) ?? ""
        result.append((file.lastPathComponent, imported))
      }
    }
    return result
  }

  @Test(
    "every module imports only what ARCHITECTURE.md allows", arguments: Array(allowed.keys).sorted()
  )
  func moduleImportsOnlyAllowedModules(_ module: String) throws {
    let allowed = Self.allowed[module] ?? []
    let found = try Self.imports(of: module)
    let forbidden = found.filter { !allowed.contains($0.module) }
    #expect(forbidden.isEmpty, "\(module) imports forbidden modules: \(forbidden)")
  }

  @Test("the rule table covers every source module")
  func everyModuleHasARule() throws {
    let folder = Self.repositoryRoot.appendingPathComponent("Sources")
    let modules = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { !$0.hasPrefix(".") && $0 != "CNcursesw" && !$0.hasSuffix("Tool") }
    for module in modules { #expect(Self.allowed[module] != nil, "no import rule for \(module)") }
  }

  @Test("the checker sees a forbidden import")
  func checkerDetectsCursesInCore() throws {
    let found = try Self.imports(of: "CursesTerminal").map(\.module)
    #expect(found.contains("CNcursesw"))
    #expect(!(Self.allowed["SarapCore"] ?? []).contains("CNcursesw"))
  }
}
