import Testing

/// The module map holds: each module imports only what ``ImportRule/allowed`` lists.
///
/// The checker is a function over a file's text, so each rule is also shown to fail on a planted
/// violation: a checker that sees nothing would otherwise pass every source tree.
@Suite("Module import rules")
struct ImportRulesTests {
  @Test(
    "every module imports only what the module map allows",
    arguments: ImportRule.allowed.keys.sorted())
  func moduleImportsOnlyAllowedModules(_ module: String) throws {
    let violations = try SourceModules.files(of: module).flatMap {
      ImportRule.violations(module: module, file: $0.path, text: $0.text)
    }
    #expect(violations.isEmpty, "\(module) imports forbidden modules: \(violations)")
  }

  @Test("the rule table covers every source module, and only those")
  func everyModuleHasARule() throws {
    #expect(try SourceModules.names() == ImportRule.allowed.keys.sorted())
  }

  @Test(
    "a planted import of each forbidden module is caught, for each module",
    arguments: ImportRule.allowed.keys.sorted())
  func plantedForbiddenImportIsCaught(_ module: String) {
    let allowed = ImportRule.allowed[module] ?? []
    let forbidden = ImportRule.knownModules.subtracting(allowed).subtracting([module]).sorted()
    #expect(!forbidden.isEmpty)
    for imported in forbidden {
      let text = "// planted\nimport \(imported)\n"
      #expect(
        ImportRule.violations(module: module, file: "Planted.swift", text: text)
          == [ImportRule.Violation(file: "Planted.swift", line: 2, imported: imported)],
        "\(module) importing \(imported)")
    }
  }

  @Test(
    "every form of import declaration is seen",
    arguments: [
      "import CNcursesw",
      "@testable import CNcursesw",
      "internal import CNcursesw",
      "public import CNcursesw",
      "package import CNcursesw",
      "@_exported import CNcursesw",
      "@_exported public import CNcursesw",
      "@_implementationOnly import CNcursesw",
      "@preconcurrency import CNcursesw",
      "@preconcurrency\nimport CNcursesw",
      "import struct CNcursesw.cchar_t",
      "import class CNcursesw.Window",
      "import func CNcursesw.initscr",
      "import var CNcursesw.COLS",
      "import CNcursesw.Submodule",
      "  import   CNcursesw  ",
      "import Foundation; import CNcursesw",
      "#if canImport(CNcursesw)\nimport CNcursesw\n#endif",
    ])
  func everyImportFormIsSeen(_ declaration: String) {
    let modules = ImportRule.imports(in: declaration).map(\.module)
    #expect(modules.last == "CNcursesw", "not seen: \(declaration)")
    #expect(!ImportRule.violations(module: "SarapCore", file: "F.swift", text: declaration).isEmpty)
  }

  @Test(
    "words that only look like imports are not taken for them",
    arguments: [
      "// import CNcursesw",
      "/* import CNcursesw */",
      "/* outer /* import CNcursesw */ still a comment */",
      "let text = \"import CNcursesw\"",
      "let text = \"\"\"\n  import CNcursesw\n  \"\"\"",
      "let text = #\"say \"import CNcursesw\"\"#",
      "#if canImport(CNcursesw)\n#endif",
      "call(import: CNcursesw)",
      "value.import(CNcursesw)",
    ])
  func lookalikesAreIgnored(_ text: String) {
    #expect(ImportRule.imports(in: text).isEmpty, "taken for an import: \(text)")
  }

  @Test("a violation names the file and the line of the import")
  func violationNamesFileAndLine() {
    let text = "/// A file.\nimport SarapCore\n\n@testable\nimport CursesTerminal\n"
    #expect(
      ImportRule.violations(module: "Workbench", file: "Reducer/AppState.swift", text: text)
        == [
          ImportRule.Violation(file: "Reducer/AppState.swift", line: 5, imported: "CursesTerminal")
        ]
    )
  }
}
