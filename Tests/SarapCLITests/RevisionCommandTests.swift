import Foundation
import SarapCore
import SarapStore
import SarapTestSupport
import Testing

/// The revision commands on a copy of the SYNTHETIC fixture `Tests/Fixtures/synthetic-revisions`.
@Suite("The sarap command line: guide, revise, review, codebook history")
struct RevisionCommandTests {
  static let fixture = Repository.url("Tests/Fixtures/synthetic-revisions")

  /// A fresh copy of the fixture; returns the folder holding it and the project folder.
  static func copy() throws -> (TemporaryFolder, URL) {
    let folder = try TemporaryFolder()
    let project = folder.url.appendingPathComponent("p")
    try FileManager.default.copyItem(at: fixture, to: project)
    return (folder, project)
  }

  @Test("guide log and diff show every kind of change with word diffs and notes")
  func guide() throws {
    let (folder, project) = try Self.copy()
    defer { withExtendedLifetime(folder) {} }
    let log = try SarapBinary.run(["guide", "log"], in: project).check().stdout
    #expect(log.contains("from pilot: 1 added, 1 removed, 2 reworded, 1 moved, 2 renamed, 1 split"))
    let diff = try SarapBinary.run(["guide", "diff", "pilot", "main"], in: project).check().stdout
    #expect(diff.contains("Q6     Q2       reworded, moved, renamed (by similarity 86%)"))
    #expect(diff.contains("kk: Сіз қандай кітаптарды [-ұнатасыз-]{+жиі оқисыз+}?"))
    #expect(diff.contains("Q3     Q4а Q4ә  split (replaces)"))
    #expect(diff.contains("Q4 Q5  Q5       merged (replaces)"))
    #expect(diff.contains("note: Added: P2 raised it unprompted."))
    let bad = try SarapBinary.run(["guide", "diff", "draft", "main"], in: project)
    #expect(bad.status == 1)
    #expect(bad.stderr == "sarap: no guide revision 'draft' (the guide has: pilot, main)\n")
  }

  @Test("revise, then review: accept, adjust and remove, each undoable; check ends clean")
  func reviseAndReview() throws {
    let (folder, project) = try Self.copy()
    defer { withExtendedLifetime(folder) {} }
    let revised = try SarapBinary.run(["revise", "S01", "S01-corrected.txt"], in: project).check()
    #expect(
      revised.stdout.hasPrefix("revised S01: 6 change(s); codings: 0 unchanged, 3 moved, 2 flagged")
    )
    #expect(revised.stdout.contains("    was: аудандық кітапханаға айына бір барамын\n"))
    #expect(try SarapBinary.run(["check"], in: project).status == 1)
    let listed = try SarapBinary.run(["review"], in: project).check().stdout
    #expect(
      listed.contains("S01:42-69:habits:demo\n  was: Аптасына екі-үш рет оқимын  (42-68, S01.1)"))
    try SarapBinary.run(["review", "--accept", "S01:42-69:habits:demo"], in: project).check()
    try SarapBinary.run(
      ["review", "--adjust", "S01:283-320:access.library:demo", "--start", "283", "--end", "302"],
      in: project
    ).check()
    #expect(try SarapBinary.run(["check"], in: project).status == 0)
    try SarapBinary.run(["undo"], in: project).check()
    try SarapBinary.run(["review", "--remove", "S01:283-320:access.library:demo"], in: project)
      .check()
    #expect(
      try SarapBinary.run(["review"], in: project).check().stdout == "no codings await review\n")
    let codings = try ProjectFolder(url: project).load().codings
    #expect(codings.count == 4)
    let missing = try SarapBinary.run(["review", "--accept", "S01:0-1:habits:demo"], in: project)
    #expect(missing.stderr.contains("no flagged coding S01:0-1:habits:demo"))
  }

  @Test("codebook split, log and show: the history replays to any entry")
  func codebookHistory() throws {
    let (folder, project) = try Self.copy()
    defer { withExtendedLifetime(folder) {} }
    try SarapBinary.run(
      [
        "codebook", "split", "formats.audio", "formats.podcast", "--kk", "Подкаст", "--en",
        "Podcasts", "--move", "S01:369-395:formats.audio:demo", "--reason", "P2 said podcasts",
      ], in: project
    ).check()
    try SarapBinary.run(["codebook", "rename", "habits", "--en", "Reading habit"], in: project)
      .check()
    let log = try SarapBinary.run(["codebook", "log"], in: project).check().stdout
      .split(separator: "\n").map { $0.split(separator: "\t").dropFirst(2).joined(separator: "|") }
    #expect(
      log == [
        "tester|baseline|(8 operations)|the codebook as found when its history began",
        "tester|split|formats.audio formats.podcast|P2 said podcasts", "tester|rename|habits",
      ])
    let atTwo = try SarapBinary.run(["codebook", "show", "--at", "2"], in: project).check().stdout
    #expect(atTwo.contains("code formats.podcast\nparent: formats\nkk: Подкаст\n"))
    #expect(atTwo.contains("en: Reading habits\n"))
    let now = try SarapBinary.run(["codebook", "show"], in: project).check().stdout
    #expect(
      now
        == (try String(
          contentsOf: project.appendingPathComponent("Codebooks/codebook.txt"), encoding: .utf8)))
    let qdc = try SarapBinary.run(
      ["codebook", "show", "--at", "1", "--format", "qdc"], in: project
    )
    .check().stdout
    #expect(qdc.contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\""))
    #expect(!qdc.contains("Podcasts"))
    let codings = try ProjectFolder(url: project).load().codings
    #expect(codings.filter { $0.code == "formats.podcast" }.count == 1)
  }
}
