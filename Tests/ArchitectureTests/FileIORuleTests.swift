import Testing

/// No module but SarapStore and the `sarap` executable touches files (``FileIORule``).
@Suite("File I/O rule")
struct FileIORuleTests {
  @Test(
    "no module outside SarapStore and sarap does file I/O",
    arguments: ImportRule.allowed.keys.sorted())
  func noFileIOOutsideTheStore(_ module: String) throws {
    let violations = try SourceModules.files(of: module).flatMap {
      FileIORule.violations(module: module, file: $0.path, text: $0.text)
    }
    #expect(violations.isEmpty, "\(module) does file I/O: \(violations)")
  }

  @Test("every exception is still needed: it matches a finding in its file")
  func exceptionsAreNotStale() throws {
    for exception in FileIORule.exceptions {
      let file = try SourceModules.files(of: exception.module).first { $0.path == exception.file }
      let text = try #require(file?.text, "no file \(exception.module)/\(exception.file)")
      let calls = FileIORule.findings(file: exception.file, text: text).map(\.call)
      #expect(calls.contains(exception.call), "stale exception: \(exception)")
    }
  }

  @Test(
    "a planted file access of each kind is caught",
    arguments: [
      ("import Foundation\nlet m = FileManager.default", "FileManager"),
      ("import Foundation\nlet h = FileHandle(forReadingAtPath: p)", "FileHandle"),
      ("import Foundation\nlet s = InputStream(url: u)", "InputStream"),
      ("import Foundation\nlet d = try Data(contentsOf: url)", "contentsOf:"),
      ("import Foundation\nlet s = try String(contentsOf: url, encoding: .utf8)", "contentsOf:"),
      ("import Foundation\nlet s = try String(contentsOfFile: path)", "contentsOfFile:"),
      ("import Foundation\ntry data.write(to: url)", "write(to:)"),
      (
        "import Foundation\ntry text.write(to: url, atomically: true, encoding: .utf8)",
        "write(to:)"
      ),
      ("import Foundation\ntry text.write(toFile: path, atomically: true)", "toFile:"),
      ("import Glibc\nlet fd = open(path, O_RDONLY)", "open"),
      ("import Glibc\nlet f = fopen(path, \"r\")", "fopen"),
      ("import Glibc\n_ = write(fd, p, n)", "write"),
      ("import Glibc\n_ = Glibc.write(fd, p, n)", "write"),
      ("import Foundation\n_ = read(fd, &b, n)", "read"),
      ("import Glibc\nrename(a, b)", "rename"),
      ("import Glibc\nunlink(path)", "unlink"),
      ("import Glibc\nfsync(fd)", "fsync"),
      ("import Glibc\nmkdir(path, 0o755)", "mkdir"),
    ])
  func plantedFileAccessIsCaught(_ text: String, _ call: String) {
    for module in ImportRule.allowed.keys.sorted() where !FileIORule.exempt.contains(module) {
      #expect(
        FileIORule.violations(module: module, file: "Planted.swift", text: text)
          == [FileIORule.Violation(file: "Planted.swift", line: 2, call: call)],
        "\(module): \(text)")
    }
  }

  @Test("SarapStore and sarap may do file I/O", arguments: ["SarapStore", "sarap"])
  func storeAndExecutableAreExempt(_ module: String) {
    let text = "import Foundation\nlet d = try Data(contentsOf: url)\nunlink(path)\n"
    #expect(FileIORule.findings(file: "F.swift", text: text).count == 2)
    #expect(FileIORule.violations(module: module, file: "F.swift", text: text).isEmpty)
  }

  @Test(
    "code that only looks like file access is not taken for it",
    arguments: [
      "import Foundation\nlines.append(contentsOf: more)",
      "import Foundation\nvalue.write(to: &output)",
      "import Foundation\nbuffer.write(cluster, x: 1)",
      "import Foundation\nfunc read(_ field: Int) {}\nread(1)",
      "open(transcript)",
      "write(cluster)",
      "import Foundation\n// FileManager.default\nlet s = \"fopen(path)\"",
      "import Foundation\nstate.open(id)",
    ])
  func lookalikesAreIgnored(_ text: String) {
    #expect(FileIORule.findings(file: "F.swift", text: text).isEmpty, "taken for file I/O: \(text)")
  }

  @Test("an exception allows only its call in its file")
  func exceptionIsNarrow() {
    let text = "import Glibc\n_ = write(fd, p, 1)\nlet f = fopen(path, \"w\")\n"
    #expect(
      FileIORule.violations(module: "CursesTerminal", file: "SignalRouting.swift", text: text)
        == [FileIORule.Violation(file: "SignalRouting.swift", line: 3, call: "fopen")])
    #expect(
      FileIORule.violations(module: "CursesTerminal", file: "Other.swift", text: text).count == 2)
  }
}
