import Foundation
import Testing

/// `sarap journal`: list, add (argument or stdin) and edit, as scripts use them.
@Suite("sarap journal")
struct JournalCommandTests {
  static let journal = "Codebooks/journal.txt"

  @Test("add from an argument and from stdin, edit the latest, list newest first, undo")
  func addEditList() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: DurabilityTests.body)
    let empty = try SarapBinary.run(["journal"], in: project)
    #expect(empty.status == 0)
    #expect(empty.stdout == "the journal has no entries (Codebooks/journal.txt)\n")
    let added = try SarapBinary.run(["journal", "add", "Ресей ықпалы:\n\tекі\n\nүш"], in: project)
    #expect(added.status == 0, "\(added.stderr)")
    #expect(added.stdout.hasPrefix("journal entry 20"))
    #expect(added.stdout.hasSuffix(" (tester)\n"))
    let first = try folder.read("p/\(Self.journal)")
    #expect(first.hasSuffix("coder: tester\ntext: Ресей ықпалы:\n  \tекі\n  \n  үш\n"), "\(first)")
    try SarapBinary.run(
      ["journal", "add"], in: project, input: "from stdin\r\nline two\r\n\n",
      environment: ["SARAP_CODER": "bo"]
    ).check()
    try SarapBinary.run(["journal", "edit", "-"], in: project, input: "rewritten\n").check()
    let listing = try SarapBinary.run(["journal", "--oldest-first"], in: project).stdout
    // Two blocks, each its heading, its text indented, a blank line (entries of the same second
    // are ordered by coder).
    let blocks = listing.components(separatedBy: "\n\n").filter { !$0.isEmpty }
    #expect(blocks.count == 2, "\(listing)")
    let tester = try #require(blocks.first { $0.contains("  tester  (edited 20") })
    #expect(tester.hasSuffix("Z)\n    rewritten"), "\(tester)")
    let bo = try #require(blocks.first { $0.contains("  bo\n") })
    #expect(bo.hasSuffix("  bo\n    from stdin\n    line two"), "\(bo)")
    let newest = try SarapBinary.run(["journal"], in: project).stdout
    #expect(newest.components(separatedBy: "\n\n").filter { !$0.isEmpty } == blocks.reversed())
    try SarapBinary.run(["undo"], in: project).check()
    try SarapBinary.run(["undo"], in: project).check()
    #expect(try folder.read("p/\(Self.journal)") == first)
    try SarapBinary.run(["undo"], in: project).check()
    #expect(
      !FileManager.default.fileExists(atPath: project.appendingPathComponent(Self.journal).path))
  }

  @Test("blank text is refused, edit without an entry of yours says so, nothing is written")
  func refusals() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: DurabilityTests.body)
    let blank = try SarapBinary.run(["journal", "add", " \n\t"], in: project)
    #expect(blank.status == 1)
    #expect(blank.stderr == "sarap: a journal entry needs some text\n")
    let edit = try SarapBinary.run(["journal", "edit", "x"], in: project)
    #expect(edit.status == 1)
    #expect(edit.stderr == "sarap: tester has no entry in Codebooks/journal.txt to edit\n")
    #expect(
      !FileManager.default.fileExists(atPath: project.appendingPathComponent(Self.journal).path))
  }

  @Test("a malformed journal is named at path:line:col by list, add and check, and left as it was")
  func malformed() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: DurabilityTests.body)
    let text = "sarap-journal 1\n\nentry 2026-02-30T10:00:00Z\ncoder: a\ntext: x\n"
    try folder.write(text, to: "p/\(Self.journal)")
    let problem =
      "Codebooks/journal.txt:3:7: impossible UTC time '2026-02-30T10:00:00Z': day 30 is not 1 "
      + "to 28 (month 2 of 2026)"
    for command in [["journal"], ["journal", "add", "y"], ["check"]] {
      let result = try SarapBinary.run(command, in: project)
      #expect(result.status == 1, "\(command)")
      #expect((result.stdout + result.stderr).contains(problem), "\(command): \(result.stderr)")
    }
    #expect(try folder.read("p/\(Self.journal)") == text)
  }
}
