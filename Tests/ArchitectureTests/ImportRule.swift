/// Which modules each source module may import, and the checker that finds the imports.
///
/// The table is the module map of the package: the domain (`SarapCore`) imports nothing of ours,
/// analysis only reads the domain, codecs sit above both, only the store touches the disk (and
/// sees libxlsxwriter, which writes files itself), only the terminal backend and the width-table
/// tool see ncurses, and the executable wires everything.
enum ImportRule {
  /// The modules each module under `Sources/` may import.
  static let allowed: [String: Set<String>] = [
    "SarapCore": ["Foundation", "Synchronization"],
    "SarapEngine": ["SarapCore"],
    "SarapFormats": [
      "SarapCore", "SarapEngine", "Foundation", "FoundationXML", "Crypto", "CLibXML2",
    ],
    "SarapStore": [
      "SarapCore", "SarapEngine", "SarapFormats", "Foundation", "ZIPFoundation", "CXlsxwriter",
      "CSarapZlib",
    ],
    "TerminalKit": [],
    "CursesTerminal": ["TerminalKit", "CNcursesw", "Glibc"],
    "Workbench": ["SarapCore", "SarapEngine", "TerminalKit"],
    "WorkbenchStart": ["SarapCore", "SarapStore", "TerminalKit", "Workbench", "Foundation"],
    "WidthTableTool": ["CNcursesw", "Glibc"],
    "sarap": [
      "SarapCore", "SarapEngine", "SarapFormats", "SarapStore", "TerminalKit", "CursesTerminal",
      "Workbench", "WorkbenchStart", "ArgumentParser", "Foundation", "Glibc",
    ],
  ]

  /// Every module a source file could import: ours, the dependencies and the platform's.
  static var knownModules: Set<String> {
    allowed.values.reduce(Set(allowed.keys)) { $0.union($1) }.union([
      "Dispatch", "CNcursesw", "CXlsxwriter", "CSarapZlib", "CLibXML2",
    ])
  }

  /// One import a module may not make.
  struct Violation: Equatable, CustomStringConvertible {
    /// The file, relative to its module folder.
    var file: String
    /// The 1-based line of the `import` keyword.
    var line: Int
    /// The module imported.
    var imported: String

    var description: String { "\(file):\(line): imports \(imported)" }
  }

  /// The modules `text` imports, each with the line of its `import` keyword.
  ///
  /// Sees every form of the declaration: attributes (`@testable`, `@_exported`,
  /// `@preconcurrency`, `@_implementationOnly`, also on the line before), access levels
  /// (`public import`, `internal import`), kinds (`import struct Foo.Bar`, `import func …`) and
  /// submodules (`import Foo.Bar` imports `Foo`); ignores comments and string literals.
  static func imports(in text: String) -> [(module: String, line: Int)] {
    let source = SwiftSourceText(text)
    let words = source.words
    var result: [(String, Int)] = []
    for (position, entry) in words.enumerated() where entry.word == "import" {
      guard source.previousSignificant(before: entry.offset) != ".",
        let next = source.nextSignificant(from: entry.offset + entry.word.count),
        next.0.isIdentifierStart
      else { continue }
      var modulePosition = position + 1
      if modulePosition < words.count, importKinds.contains(words[modulePosition].word) {
        modulePosition += 1
      }
      guard modulePosition < words.count else { continue }
      result.append((words[modulePosition].word, source.line(at: entry.offset)))
    }
    return result
  }

  /// The keywords that may follow `import` to import one declaration.
  static let importKinds: Set<String> = [
    "typealias", "struct", "class", "enum", "protocol", "let", "var", "func",
  ]

  /// The imports in `text` (the file `file` of `module`) that the table does not allow.
  static func violations(module: String, file: String, text: String) -> [Violation] {
    let allowed = allowed[module] ?? []
    return imports(in: text).filter { !allowed.contains($0.module) }.map {
      Violation(file: file, line: $0.line, imported: $0.module)
    }
  }
}
