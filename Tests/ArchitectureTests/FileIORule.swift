/// The rule "no file I/O outside SarapStore and the `sarap` executable", and its checker.
///
/// Every other module is pure or talks only to the terminal, so reading and saving a project has
/// one home (durability, locking, the refusal to overwrite a hand edit) and every screen and report
/// can be tested without a disk. The checker looks for the ways Swift on Linux reaches files:
/// Foundation's file types and initialisers, `.write(to:)`, and the C library's file calls.
enum FileIORule {
  /// The modules that may do file I/O.
  static let exempt: Set<String> = ["SarapStore", "sarap"]

  /// Foundation types whose every use is file-system access.
  static let fileTypes: Set<String> = [
    "FileManager", "FileHandle", "FileWrapper", "InputStream", "OutputStream",
    "DirectoryEnumerator",
  ]

  /// C library calls that open, read, write, rename or remove files.
  static let fileCalls: Set<String> = [
    "open", "openat", "creat", "fopen", "fdopen", "freopen", "read", "pread", "fread", "write",
    "pwrite", "fwrite", "unlink", "unlinkat", "remove", "rename", "renameat", "mkdir", "mkdtemp",
    "mkstemp", "rmdir", "fsync", "fdatasync", "truncate", "ftruncate", "opendir", "readdir",
    "link", "symlink", "stat", "lstat", "access", "realpath",
  ]

  /// Modules whose import brings the C library's file calls into scope.
  static let cLibraryModules: Set<String> = ["Glibc", "Foundation", "FoundationEssentials"]

  /// A call that is file I/O by its look but not in fact, allowed with its reason.
  struct Exception: Hashable {
    /// The module.
    var module: String
    /// The file, relative to the module folder.
    var file: String
    /// The call or type allowed there.
    var call: String
    /// Why it is not file I/O, or why it must stay.
    var reason: String
  }

  /// Terminal, pipe and memory I/O that only reads like file I/O.
  static let exceptions: [Exception] = [
    Exception(
      module: "CursesTerminal", file: "SignalRouting.swift", call: "write",
      reason: "a signal handler writes one byte to the self-pipe that wakes the event loop"),
    Exception(
      module: "CursesTerminal", file: "SignalRouting.swift", call: "read",
      reason: "the event loop drains the self-pipe and the wake pipe"),
    Exception(
      module: "CursesTerminal", file: "CursesTerminal.swift", call: "write",
      reason: "the waker writes one byte to the wake pipe"),
    Exception(
      module: "CursesTerminal", file: "CursesTerminal+Mouse.swift", call: "write",
      reason: "mouse-mode escape sequences ncurses cannot send go to the terminal's descriptor"),
    Exception(
      module: "CursesTerminal", file: "CursesTerminal+Setup.swift", call: "fdopen",
      reason: "ncurses' newterm needs FILE streams on the terminal's descriptors"),
    Exception(
      module: "SarapFormats", file: "XML/ByteStream.swift", call: "InputStream",
      reason: "an in-memory stream over bytes already read, for XMLParser(stream:); no file"),
    Exception(
      module: "WidthTableTool", file: "main.swift", call: "write",
      reason: "the developer tool writes its one error message to standard error"),
  ]

  /// One place that does file I/O.
  struct Violation: Equatable, CustomStringConvertible {
    /// The file, relative to its module folder.
    var file: String
    /// The 1-based line.
    var line: Int
    /// The type, initialiser or call found.
    var call: String

    var description: String { "\(file):\(line): \(call)" }
  }

  /// The file I/O in `text` (the file `file` of `module`), exceptions not removed.
  static func findings(file: String, text: String) -> [Violation] {
    let source = SwiftSourceText(text)
    let words = source.words
    let importsCLibrary = ImportRule.imports(in: text).contains {
      cLibraryModules.contains($0.module)
    }
    let ownFunctions = Set(
      words.indices.dropFirst().filter { ["func", "case"].contains(words[$0 - 1].word) }
        .map { words[$0].word })
    var result: [Violation] = []
    for (position, entry) in words.enumerated() {
      let previous = source.previousSignificant(before: entry.offset)
      let after = source.nextSignificant(from: entry.offset + entry.word.count)
      let line = { source.line(at: entry.offset) }
      if fileTypes.contains(entry.word) {
        result.append(Violation(file: file, line: line(), call: entry.word))
      } else if let finding = foundationCall(entry.word, previous: previous, source, entry.offset) {
        result.append(Violation(file: file, line: line(), call: finding))
      } else if importsCLibrary, fileCalls.contains(entry.word), after?.0 == "(",
        !ownFunctions.contains(entry.word),
        previous != "." || isModuleQualified(words, position)
      {
        result.append(Violation(file: file, line: line(), call: entry.word))
      }
    }
    return result
  }

  /// The file I/O in `text` that the rule forbids: none in exempt modules, exceptions removed.
  static func violations(module: String, file: String, text: String) -> [Violation] {
    guard !exempt.contains(module) else { return [] }
    let allowed = Set(exceptions.filter { $0.module == module && $0.file == file }.map(\.call))
    return findings(file: file, text: text).filter { !allowed.contains($0.call) }
  }

  /// `Glibc.write(…)` and the like: a C call reached through its module's name.
  private static func isModuleQualified(_ words: [(word: String, offset: Int)], _ position: Int)
    -> Bool
  {
    position > 0 && cLibraryModules.contains(words[position - 1].word)
  }

  /// Foundation's initialisers and methods that read or write a file, at the word `contentsOf`,
  /// `contentsOfFile`, `toFile` or `to` (as in `.write(to: url)`, not `.write(to: &stream)`).
  private static func foundationCall(
    _ word: String, previous: Character?, _ source: SwiftSourceText, _ offset: Int
  ) -> String? {
    guard let colon = source.nextSignificant(from: offset + word.count), colon.0 == ":",
      previous == "(" || previous == ","
    else { return nil }
    let argument = source.nextSignificant(from: colon.1 + 1)?.0
    switch word {
    case "contentsOfFile", "toFile": return word + ":"
    case "contentsOf" where isFoundationInitialiser(source, labelAt: offset): return "contentsOf:"
    case "to" where argument != "&" && isWriteCall(source, labelAt: offset): return "write(to:)"
    default: return nil
    }
  }

  /// The word before the parenthesis that opens the argument list containing `labelAt`.
  private static func callee(_ source: SwiftSourceText, labelAt offset: Int) -> String {
    var index = offset - 1
    var depth = 0
    while index >= 0, depth > 0 || source.code[index] != "(" {
      if source.code[index] == ")" { depth += 1 }
      if source.code[index] == "(" { depth -= 1 }
      index -= 1
    }
    guard index >= 0 else { return "" }  // a label outside any argument list: no callee
    var end = index
    while end > 0, source.code[end - 1].isWhitespace { end -= 1 }
    var start = end
    while start > 0, source.code[start - 1].isIdentifierContinuation { start -= 1 }
    return String(source.code[start..<end])
  }

  private static func isFoundationInitialiser(_ source: SwiftSourceText, labelAt offset: Int)
    -> Bool
  {
    ["Data", "String", "NSData", "NSString", "init"].contains(callee(source, labelAt: offset))
  }

  private static func isWriteCall(_ source: SwiftSourceText, labelAt offset: Int) -> Bool {
    callee(source, labelAt: offset) == "write"
  }
}
