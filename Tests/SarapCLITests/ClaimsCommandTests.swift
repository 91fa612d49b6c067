import Foundation
import Testing

/// `sarap claims` on a copy of the bundled project.
@Suite("The claims command")
struct ClaimsCommandTests {
  /// A copy of the repository's Transcripts/ and Codebooks/ in a temporary folder.
  static func bundledCopy(in folder: TemporaryFolder) throws -> URL {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let project = folder.url.appendingPathComponent("bundled")
    try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
    for name in ["Transcripts", "Codebooks"] {
      try FileManager.default.copyItem(
        at: root.appendingPathComponent(name), to: project.appendingPathComponent(name))
    }
    return project
  }

  @Test("check --format csv lists every shipped claim with count, of, threshold and verdict")
  func csv() throws {
    let folder = try TemporaryFolder()
    let project = try Self.bundledCopy(in: folder)
    let result = try SarapBinary.run(
      ["claims", "check", "--format", "csv", "--coder", "dissertation"], in: project
    ).check()
    let rows = result.stdout.split(separator: "\r\n").map(String.init)
    #expect(rows.first == "claim,count,of,threshold,verdict,margin,transcripts")
    let ledger = try folder.read("bundled/Codebooks/claims.txt")
    let ids = ledger.split(separator: "\n").filter { $0.hasPrefix("claim ") }.map {
      String($0.dropFirst(6))
    }
    #expect(ids.count >= 80)
    #expect(rows.dropFirst().map { String($0.prefix { $0 != "," }) } == ids)
    #expect(rows.contains("C17,3,15,most: at least 8,not supported,5,R11 R14 R15"))
    #expect(
      rows.contains(
        "C27,7,15,more than C3 (7): at least 8,not supported,1,R06 R07 R08 R09 R10 R11 R12"))
    #expect(rows.contains("C20,1,1,one: at least 1,supported,0,R07"))
  }

  @Test("--strict exits 1 when a claim is not supported; the table is still written")
  func strict() throws {
    let folder = try TemporaryFolder()
    let project = try Self.bundledCopy(in: folder)
    let result = try SarapBinary.run(["claims", "check", "--strict"], in: project)
    #expect(result.status == 1)
    #expect(result.stderr.contains("claims are not supported (first: C6)"))
    #expect(result.stdout.contains("C17"))
    #expect(try SarapBinary.run(["claims", "check"], in: project).status == 0)
  }

  @Test("--format md writes the evidence appendix with wording, source, verdict and quotes")
  func appendix() throws {
    let folder = try TemporaryFolder()
    let project = try Self.bundledCopy(in: folder)
    try SarapBinary.run(
      ["claims", "check", "--format", "md", "--lang", "kk", "--output", "appendix.md"],
      in: project
    ).check()
    let appendix = try folder.read("bundled/appendix.md")
    #expect(appendix.hasPrefix("# Claims and their evidence\n"))
    #expect(appendix.contains("## C17: not supported\n\n> Респонденттердің басым бөлігі"))
    #expect(appendix.contains("- Source: dissertation line 1774\n"))
    #expect(
      appendix.contains("- Count: 3 of 15 (R11, R14, R15); not supported, needs 5 transcripts more")
    )
    #expect(appendix.contains("«Ресей ықпалы өзгермейді»"))
  }

  @Test("show lists a claim's evidence segments with transcript, question and text")
  func show() throws {
    let folder = try TemporaryFolder()
    let project = try Self.bundledCopy(in: folder)
    let shown = try SarapBinary.run(["claims", "show", "C17", "--format", "tsv"], in: project)
      .check().stdout
    let rows = shown.split(separator: "\n")
    #expect(rows.first == "transcript\tquestion\tstart\tend\tcodes\tcoders\ttext")
    #expect(rows.count == 4)
    #expect(
      rows.contains { $0.hasPrefix("R14\tQ5а\t") && $0.hasSuffix("\tРесей ықпалы өзгермейді") })
    let missing = try SarapBinary.run(["claims", "show", "C999"], in: project)
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("no claim with id 'C999'"))
  }

  @Test("add and remove are undoable edits; coding one more segment flips a verdict")
  func addCodeUndo() throws {
    let folder = try TemporaryFolder()
    let project = try Self.bundledCopy(in: folder)
    let before = try folder.read("bundled/Codebooks/claims.txt")
    let added = try SarapBinary.run(
      [
        "claims", "add", "--query", "russia.persistence", "--quantifier", "at-least 4",
        "--en", "At least four respondents expect Russia's influence to last.",
      ], in: project
    ).check()
    #expect(added.stdout == "add claim C90 (tester)\n")
    func row() throws -> String? {
      try SarapBinary.run(["claims", "check", "--format", "csv"], in: project).check().stdout
        .split(separator: "\r\n").map(String.init).first { $0.hasPrefix("C90,") }
    }
    #expect(try row() == "C90,3,15,at-least 4: at least 4,not supported,1,R11 R14 R15")
    try SarapBinary.run(
      ["code", "add", "R09", "--code", "russia.persistence", "--start", "0", "--end", "5"],
      in: project
    ).check()
    #expect(try row() == "C90,4,15,at-least 4: at least 4,supported,0,R09 R11 R14 R15")
    try SarapBinary.run(["undo"], in: project).check()
    try SarapBinary.run(["undo"], in: project).check()
    #expect(try folder.read("bundled/Codebooks/claims.txt") == before)
    #expect(
      try SarapBinary.run(["claims", "remove", "C27"], in: project).check().stdout
        == "remove claim C27 (tester)\n")
    try SarapBinary.run(["claims", "remove", "C3"], in: project).check()
    try SarapBinary.run(["undo"], in: project).check()
    try SarapBinary.run(["undo"], in: project).check()
    #expect(try folder.read("bundled/Codebooks/claims.txt") == before)
  }

  @Test("bad input: an unknown code in a query, a more-than cycle; nothing is rewritten")
  func badInput() throws {
    let folder = try TemporaryFolder()
    let project = try Self.bundledCopy(in: folder)
    let original = try folder.read("bundled/Codebooks/claims.txt")
    let unknown = try SarapBinary.run(
      ["claims", "add", "--query", "russia AND nosuch", "--quantifier", "most"], in: project)
    #expect(unknown.status == 1)
    #expect(
      unknown.stderr.contains(
        "the new claim: in the query of C90: no code or theme with id 'nosuch'"))
    let removal = try SarapBinary.run(["claims", "remove", "C3"], in: project)
    #expect(removal.status == 1)
    #expect(removal.stderr.contains("C27 compares itself with C3 (more-than C3); change it first"))
    #expect(try folder.read("bundled/Codebooks/claims.txt") == original)

    let cyclic = original.replacingOccurrences(
      of: "quantifier: some\nunit: transcripts\nmemo: One sentence, five actors",
      with: "quantifier: more-than C27\nunit: transcripts\nmemo: One sentence, five actors")
    #expect(cyclic != original)
    try folder.write(cyclic, to: "bundled/Codebooks/claims.txt")
    let check = try SarapBinary.run(["claims", "check"], in: project)
    #expect(check.status == 1)
    #expect(check.stderr.contains("Codebooks/claims.txt:"))
    #expect(check.stderr.contains("more-than makes a cycle: C3 > C27 > C3"))
    let add = try SarapBinary.run(
      ["claims", "add", "--query", "china", "--quantifier", "one"], in: project)
    #expect(add.status == 1)
    #expect(try folder.read("bundled/Codebooks/claims.txt") == cyclic)
    #expect(try SarapBinary.run(["check"], in: project).status == 1)
  }

  @Test(
    "a query damaged in the file is reported where it is when a claim is added, not blamed on it")
  func damagedQueryInFile() throws {
    let folder = try TemporaryFolder()
    let project = try Self.bundledCopy(in: folder)
    let original = try folder.read("bundled/Codebooks/claims.txt")
    let lines = original.split(separator: "\n", omittingEmptySubsequences: false)
    let index = try #require(lines.firstIndex { $0.hasPrefix("query: ") })
    var damaged = lines
    damaged[index] = "query: chinc"
    let text = damaged.joined(separator: "\n")
    try folder.write(text, to: "bundled/Codebooks/claims.txt")
    let add = try SarapBinary.run(
      ["claims", "add", "--query", "china", "--quantifier", "some"], in: project)
    #expect(add.status == 1)
    #expect(
      add.stderr.contains(
        "Codebooks/claims.txt:\(index + 1):8: in the query of C1: no code or theme with id 'chinc'"),
      "\(add.stderr)")
    #expect(add.stderr.contains("the claim was not added"))
    #expect(try folder.read("bundled/Codebooks/claims.txt") == text)
  }
}
