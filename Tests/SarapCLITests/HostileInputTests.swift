import Foundation
import SarapCore
import SarapStore
import Testing

/// Hostile and malformed input, through the real binary.
///
/// Each case exits with a message naming the place: never a crash (a signal), never a hang. See docs/durability.md, "Hostile and malformed input".
@Suite("Hostile and malformed input")
struct HostileInputTests {
  static let body = "I: Қандай мемлекет?\nR01: Ресей ықпалы зор. Қытай да бар.\n"

  @Test("elements nested 20,000 deep in a .qdpx description: refused at the place, no crash")
  func deepArchiveNesting() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: Self.body)
    try SarapBinary.run(["export", "qdpx", "../good.qdpx"], in: project).check()
    let deep =
      "<Description>" + String(repeating: "<b>", count: 20_000)
      + String(repeating: "</b>", count: 20_000) + "</Description></Project>"
    try rewriteProjectXML(in: folder, from: "good.qdpx", to: "deep.qdpx") {
      $0.replacingOccurrences(of: "</Project>", with: deep)
    }
    let run = try SarapBinary.run(["import", "qdpx", "deep.qdpx", "copy"], in: folder.url)
    #expect(run.status == 1, "status \(run.status): \(run.stderr)")
    #expect(run.stderr.contains("project.qde:"))
    #expect(run.stderr.contains("nesting deeper than 256"), "\(run.stderr)")
  }

  @Test("Code elements nested 100,000 deep in a .qdc: refused at the place, no crash")
  func deepCodebookNesting() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: Self.body)
    let before = try folder.read("p/Codebooks/codebook.txt")
    let depth = 100_000
    var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    xml += "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"test\"><Codes>\n"
    for level in 0..<depth {
      xml += "<Code guid=\"\(Self.guid(level))\" name=\"c\(level)\" isCodable=\"true\">"
    }
    xml += String(repeating: "</Code>", count: depth) + "</Codes></CodeBook>\n"
    try folder.write(xml, to: "deep.qdc")
    let run = try SarapBinary.run(["import", "qdc", "../deep.qdc"], in: project)
    #expect(run.status == 1, "status \(run.status): \(run.stderr)")
    #expect(run.stderr.contains("deep.qdc:3:"), "\(run.stderr)")
    #expect(run.stderr.contains("nesting deeper than 256"))
    #expect(try folder.read("p/Codebooks/codebook.txt") == before)
  }

  @Test("a selection ending at Int.max is reported lost, not a crash")
  func hugeSelectionPosition() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: Self.body)
    try SarapBinary.run(
      ["code", "add", "R01", "--code", "russia", "--text", "Ресей ықпалы"], in: project
    ).check()
    try SarapBinary.run(["export", "qdpx", "../good.qdpx"], in: project).check()
    try rewriteProjectXML(in: folder, from: "good.qdpx", to: "huge.qdpx") { xml in
      guard let range = xml.range(of: #"endPosition="[0-9]+""#, options: .regularExpression) else {
        return xml
      }
      return xml.replacingCharacters(in: range, with: #"endPosition="9223372036854775807""#)
    }
    let run = try SarapBinary.run(["import", "qdpx", "huge.qdpx", "copy"], in: folder.url)
    #expect(!run.signalled, "crashed with signal \(run.status): \(run.stderr)")
    #expect(run.stdout.contains("project.qde:"), "\(run.stdout)\(run.stderr)")
    #expect(run.stdout.contains("9223372036854775807"))
    #expect(run.stdout.contains("positions are whole numbers from 0 to 2147483647"))
  }

  @Test("a history sequence of Int.max: edits and undo fail naming the line, the lock is freed")
  func hugeHistorySequence() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: Self.body)
    let history = "p/.sarap/history"
    var lines = try folder.read(history).split(separator: "\n").map(String.init)
    let last = try #require(
      lines.last?.range(of: #""sequence":[0-9]+,"#, options: .regularExpression))
    lines[lines.count - 1].replaceSubrange(last, with: #""sequence":9223372036854775807,"#)
    try folder.write(lines.joined(separator: "\n") + "\n", to: history)
    for arguments in [["codebook", "add", "turkey"], ["undo"]] {
      let run = try SarapBinary.run(arguments, in: project)
      #expect(
        run.status == 1 && !run.signalled, "\(arguments): status \(run.status): \(run.stderr)")
      #expect(run.stderr.contains(".sarap/history:\(lines.count):"), "\(run.stderr)")
      #expect(run.stderr.contains("sequence 9223372036854775807 is out of range"))
      #expect(!FileManager.default.fileExists(atPath: project.path + "/.sarap/lock"))
    }
  }

  @Test("an empty, blank or multi-line --coder or SARAP_CODER is refused, not replaced by git's")
  func blankCoderRefused() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: Self.body)
    let git = ["HOME": folder.url.path, "GIT_CONFIG_GLOBAL": folder.url.path + "/gitconfig"]
    try folder.write("[user]\n\tname = Git Person\n", to: "gitconfig")
    let names = ["", " ", "\t", "a\nb", "a\u{7}b", String(repeating: "ж", count: 101)]
    for name in names {
      let run = try SarapBinary.run(
        ["codebook", "add", "x", "--coder", name], in: project, environment: git)
      #expect(run.status == 1, "--coder \(name.debugDescription): status \(run.status)")
      #expect(run.stderr.contains("--coder"), "\(run.stderr)")
      let environment = git.merging(["SARAP_CODER": name]) { $1 }
      let viaEnvironment = try SarapBinary.run(
        ["codebook", "add", "x"], in: project, environment: environment)
      #expect(viaEnvironment.status == 1, "SARAP_CODER \(name.debugDescription)")
      #expect(viaEnvironment.stderr.contains("SARAP_CODER"), "\(viaEnvironment.stderr)")
    }
    #expect(try ProjectFolder(url: project).load().codebook["x"] == nil)
    let ok = try SarapBinary.run(["codebook", "add", "x"], in: project, environment: git)
    #expect(ok.status == 0, "git's user.name still works: \(ok.stderr)")
  }

  @Test("check reports invalid UTF-8 in refi-ids.txt and the history, and an impossible time")
  func checkReportsMalformedBytesAndTimes() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: Self.body)
    try SarapBinary.run(
      ["code", "add", "R01", "--code", "russia", "--text", "Ресей ықпалы"], in: project
    ).check()
    try SarapBinary.run(["export", "qdpx", "../good.qdpx"], in: project).check()
    try append([0xFF, 0x0A], to: project.appendingPathComponent("Codebooks/refi-ids.txt"))
    let historyURL = project.appendingPathComponent(".sarap/history")
    var history = try [UInt8](Data(contentsOf: historyURL))
    let summary = try #require(history.firstRange(of: Array(#""summary":""#.utf8)))
    history.insert(0xFE, at: summary.upperBound)
    try Data(history).write(to: historyURL)
    let codingsPath = "p/Codebooks/codings/tester.txt"
    let codings = try folder.read(codingsPath)
    let time = try #require(
      codings.range(of: #"20[0-9-]+T[0-9:]+Z"#, options: .regularExpression))
    try folder.write(
      codings.replacingCharacters(in: time, with: "2026-13-45T99:99:99Z"), to: codingsPath)
    let run = try SarapBinary.run(["check"], in: project)
    #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
    #expect(run.stdout.contains("Codebooks/refi-ids.txt:"), "\(run.stdout)")
    #expect(run.stdout.contains(".sarap/history:1:"), "\(run.stdout)")
    #expect(run.stdout.contains("invalid UTF-8"))
    #expect(run.stdout.contains("Codebooks/codings/tester.txt:3:"), "\(run.stdout)")
    #expect(run.stdout.contains("month 13"), "\(run.stdout)")
  }

  @Test("a folder, a FIFO or a device in place of a project file: reported, the check goes on")
  func nonRegularProjectFiles() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: Self.body)
    let codebook = project.appendingPathComponent("Codebooks/codebook.txt")
    try FileManager.default.removeItem(at: codebook)
    try FileManager.default.createDirectory(at: codebook, withIntermediateDirectories: false)
    #expect(mkfifo(project.path + "/Transcripts/R02.txt", 0o644) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: project.path + "/Transcripts/R03.txt", withDestinationPath: "/dev/zero")
    try folder.write("sarap-codings 1\ncoder: x\nbroken\n", to: "p/Codebooks/codings/x.txt")
    let run = try SarapBinary.run(["check"], in: project, timeout: 60)
    #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
    #expect(run.stdout.contains("Codebooks/codebook.txt:1:1: not a regular file (a folder)"))
    #expect(run.stdout.contains("Transcripts/R02.txt:1:1: not a regular file (a FIFO)"))
    #expect(run.stdout.contains("Transcripts/R03.txt:1:1: not a regular file (a device)"))
    #expect(run.stdout.contains("Codebooks/codings/x.txt:3:"), "\(run.stdout)")
  }

  @Test("a FIFO in place of the history or the lock: edits fail at once, never wait on it")
  func fifoStateFiles() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: Self.body)
    let history = project.path + "/.sarap/history"
    try FileManager.default.removeItem(atPath: history)
    #expect(mkfifo(history, 0o644) == 0)
    let edit = try SarapBinary.run(["codebook", "add", "x"], in: project, timeout: 60)
    #expect(edit.status == 1, "status \(edit.status): \(edit.stderr)")
    #expect(edit.stderr.contains("not a regular file (a FIFO)"), "\(edit.stderr)")
    let check = try SarapBinary.run(["check"], in: project, timeout: 60)
    #expect(check.stdout.contains(".sarap/history:1:1: not a regular file (a FIFO)"))
    try FileManager.default.removeItem(atPath: history)
    #expect(mkfifo(project.path + "/.sarap/lock", 0o644) == 0)
    let locked = try SarapBinary.run(["codebook", "add", "x"], in: project, timeout: 60)
    #expect(locked.status == 1, "status \(locked.status): \(locked.stderr)")
  }

  @Test("an exported transcript of 1,000,000 × ж imports again (not judged a zip bomb)")
  func ownLargeExportImports() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: "R01: " + String(repeating: "ж", count: 1_000_000))
    try SarapBinary.run(["export", "qdpx", "../big.qdpx"], in: project).check()
    let run = try SarapBinary.run(["import", "qdpx", "big.qdpx", "copy"], in: folder.url)
    #expect(run.status == 0, "\(run.stderr)")
  }

  @Test("the workbench refuses to start without a terminal, read-only or not")
  func workbenchNeedsATerminal() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: Self.body)
    let environment = ["SARAP_CODER": "tester", "TERM": "xterm-256color"]
    for arguments in [["--read-only"], []] {
      let run = try SarapBinary.run(arguments, in: project, environment: environment, timeout: 20)
      #expect(run.status == 2, "\(arguments): status \(run.status)")
      #expect(run.stderr.contains("needs a terminal"), "\(run.stderr)")
      #expect(!run.stdout.contains("\u{1B}["), "escape sequences went into the pipe")
      #expect(!FileManager.default.fileExists(atPath: project.path + "/.sarap/lock"))
    }
  }

  /// Reads an archive, changes its `project.qde` and writes it under another name.
  private func rewriteProjectXML(
    in folder: TemporaryFolder, from source: String, to target: String,
    _ change: (String) -> String
  ) throws {
    var files = try QDPXArchive.read(folder.url.appendingPathComponent(source))
    let xml = String(decoding: try #require(files["project.qde"]), as: UTF8.self)
    let changed = change(xml)
    #expect(changed != xml, "the change did not apply")
    files["project.qde"] = Array(changed.utf8)
    try QDPXArchive.write(
      entries: files.sorted { $0.key < $1.key }.map { (path: $0.key, bytes: $0.value) },
      to: folder.url.appendingPathComponent(target))
  }

  private func append(_ bytes: [UInt8], to url: URL) throws {
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(bytes))
  }

  /// A well-formed GUID made from a number.
  static func guid(_ number: Int) -> String {
    let hex = String(number, radix: 16)
    let digits = String(repeating: "0", count: 12 - hex.count) + hex
    return "00000000-0000-4000-8000-\(digits)"
  }
}
