import Foundation
import SarapCore
import SarapStore
import Testing

@Suite("The sarap command line")
struct CommandLineTests {
  static let body = "I: Қандай мемлекет?\nR01: Ресей ықпалы зор. Қытай да бар.\n"

  @Test("init, add, code, memo, codebook edits, undo and redo leave a clean, checked project")
  func editingSession() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: Self.body)
    let added = try SarapBinary.run(
      ["code", "add", "R01", "--code", "russia", "--text", "Ресей ықпалы", "--memo", "m"],
      in: project
    ).check()
    #expect(added.stdout == "code R01 25..37 with russia (tester)\n")
    try SarapBinary.run(["memo", "code", "china", "a memo"], in: project).check()
    try SarapBinary.run(["codebook", "recolor", "china", "#00FF00"], in: project).check()
    try SarapBinary.run(["codebook", "move", "china", "--parent", "russia"], in: project).check()
    try SarapBinary.run(["codebook", "rename", "china", "--kk", "Қытай"], in: project).check()
    let codings = try folder.read("p/Codebooks/codings/tester.txt")
    #expect(codings.contains("\nR01\t25\t37\trussia\t\(TextFingerprint(of: "Ресей ықпалы"))\t"))
    #expect(codings.hasSuffix("Z\tm\n"))
    let china = try #require(try ProjectFolder(url: project).load().codebook["china"])
    #expect(china.parent == "russia" && china.nameKK == "Қытай" && china.memo == "a memo")
    #expect(china.colour.hex == "#00FF00")

    #expect(
      try SarapBinary.run(["undo"], in: project).check().stdout == "undo: rename code china\n")
    #expect(try ProjectFolder(url: project).load().codebook["china"]?.nameKK == "")
    #expect(
      try SarapBinary.run(["redo"], in: project).check().stdout == "redo: rename code china\n")
    let history = try SarapBinary.run(["history"], in: project).check().stdout
    #expect(history.split(separator: "\n").count == 10)
    #expect(history.contains("\tundo\tundo: rename code china"))
    #expect(try SarapBinary.run(["check"], in: project).status == 0)
  }

  @Test("edit errors go to standard error with a non-zero exit and change nothing")
  func errorsAreReported() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: Self.body)
    let before = try folder.read("p/Codebooks/codebook.txt")
    let unknown = try SarapBinary.run(
      ["code", "add", "R01", "--code", "nope", "--start", "0", "--end", "2"], in: project)
    #expect(unknown.status == 1)
    #expect(unknown.stderr == "sarap: no code with id 'nope'\n")
    #expect(unknown.stdout.isEmpty)
    let outside = try SarapBinary.run(
      ["code", "add", "R01", "--code", "china", "--start", "0", "--end", "999"], in: project)
    #expect(outside.stderr.contains("lies outside transcript 'R01'"))
    let ambiguous = try SarapBinary.run(
      ["code", "add", "R01", "--code", "china", "--text", "а"], in: project)
    #expect(ambiguous.stderr.contains("add --occurrence N"))
    let noCoder = try SarapBinary.run(
      ["codebook", "add", "x"], in: project, environment: ["HOME": folder.url.path])
    #expect(noCoder.stderr.contains("no coder name"))
    #expect(try folder.read("p/Codebooks/codebook.txt") == before)
    #expect(
      !FileManager.default.fileExists(
        atPath: project.path + "/Codebooks/codings"
          + "/tester.txt"))
  }

  @Test("check prints every problem as path:line:col and exits 1")
  func checkReportsProblems() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: Self.body)
    try SarapBinary.run(
      ["code", "add", "R01", "--code", "russia", "--start", "25", "--end", "37"], in: project
    ).check()
    let codings = try folder.read("p/Codebooks/codings/tester.txt")
    try folder.write(
      codings.replacingOccurrences(of: "\trussia\t", with: "\tgone\t")
        + codings.split(separator: "\n")[2].replacingOccurrences(
          of: "\t25\t37\t", with: "\t25\t99\t")
        + "\n",
      to: "p/Codebooks/codings/tester.txt")
    try folder.write(
      try folder.read("p/Transcripts/R01.txt").replacingOccurrences(
        of: "R01: ", with: "[Q9] R01: "),
      to: "p/Transcripts/R01.txt")
    try folder.write("sarap-guide 1\n\nrevision r\nstatus: main\n", to: "p/Codebooks/guide.txt")
    try folder.write("sarap-project 2\n", to: "p/Codebooks/project.txt")
    let result = try SarapBinary.run(["check", "p"], in: folder.url)
    #expect(result.status == 1)
    let was = TextFingerprint(of: "Ресей ықпалы")
    let now = TextFingerprint(of: "R01: Ресей ы")
    let expected: [String] = [
      "p/Codebooks/codings/tester.txt:3:11: unknown code id 'gone'",
      "p/Codebooks/codings/tester.txt:3:16: the text of R01 25..37 changed since it was coded "
        + "(fingerprint \(was), now \(now)) (run 'sarap review' after a revision, or recode)",
      "p/Codebooks/codings/tester.txt:4:5: range 25..99 lies outside transcript 'R01' "
        + "(62 characters)",
      "p/Codebooks/project.txt:1:15: unsupported sarap-project format version '2' "
        + "(this Sarap reads version 1)",
      "p/Transcripts/R01.txt:8:2: question 'Q9' is not in guide revision 'r'",
    ]
    #expect(result.stdout.split(separator: "\n").map(String.init) == expected)
    #expect(result.stderr == "5 problems in p\n")
  }

  @Test("a second editing session is told who holds the lock")
  func lockIsReported() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: Self.body)
    let session = try ProjectSession.open(folder: project, coder: "ana")
    defer { session.close() }
    let result = try SarapBinary.run(["codebook", "add", "x"], in: project)
    #expect(result.status == 1)
    #expect(result.stderr.contains("the project is open in another Sarap: ana on "))
    #expect(result.stderr.contains("process \(getpid())"))
    #expect(try SarapBinary.run(["history"], in: project).status == 0)
  }
}
