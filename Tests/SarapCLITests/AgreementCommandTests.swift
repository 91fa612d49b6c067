import Foundation
import Testing

/// `sarap report agreement` on a copy of the bundled project with the example second coder.
@Suite("The sarap command line: agreement")
struct AgreementCommandTests {
  static let arguments = ["report", "agreement", "--coder", "dissertation", "--coder", "example-b"]

  /// Whether python3 with the `krippendorff` package can run the cross-check.
  static let crossCheckAvailable: Bool = {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "import krippendorff"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }()

  @Test(
    "per theme, answer unit: equal to an independent computation (own kappa, krippendorff alpha)",
    .enabled(if: crossCheckAvailable, "needs python3 and 'pip install krippendorff'"))
  func crossCheck() throws {
    let (folder, project) = try ExampleSecondCoder.copy()
    defer { withExtendedLifetime(folder) {} }
    let script = ExampleSecondCoder.repository.appendingPathComponent(
      "Tools/agreement/crosscheck.py")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", script.path, "--project", project.path, "--coder", "dissertation", "--coder",
      "example-b", "--sarap", try SarapBinary.url.path,
    ]
    let output = project.appendingPathComponent("crosscheck.log")
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    let handle = try FileHandle(forWritingTo: output)
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    process.waitUntilExit()
    try handle.close()
    let log = try String(contentsOf: output, encoding: .utf8)
    #expect(process.terminationStatus == 0, "\(log)")
    #expect(log.contains("12 rows compared, 0 mismatches"), "\(log)")
  }

  @Test("CSV keeps English keys under --lang kk: theme, name, then the unit's columns")
  func csvColumns() throws {
    let (folder, project) = try ExampleSecondCoder.copy()
    defer { withExtendedLifetime(folder) {} }
    let answer = try SarapBinary.run(
      Self.arguments + ["--lang", "kk", "--format", "csv"], in: project
    ).check().stdout
    let lines = answer.components(separatedBy: "\r\n")
    #expect(lines[0] == "theme,name,units,both,a_only,b_only,neither,agreement,kappa,alpha")
    #expect(lines[1] == "russia,Ресей,62,21,1,0,40,0.9839,0.9644,0.9647")
    #expect(lines[12] == "(pooled),Жиынтық,682,109,11,2,560,0.9809,0.9323,0.9323")
    let segment = try SarapBinary.run(
      Self.arguments + ["--by", "code", "--unit", "segment", "--format", "tsv"], in: project
    ).check().stdout
    #expect(
      segment.hasPrefix(
        "code\tname\ta_segments\tb_segments\tmatched\ta_only\tb_only\tagreement\tkappa\n"))
    let character = try SarapBinary.run(
      Self.arguments + ["--unit", "character", "--format", "csv"], in: project
    ).check().stdout
    #expect(character.hasPrefix("theme,name,a_chars,b_chars,both_chars,overlap,kappa_all_text\r\n"))
  }

  @Test("an empty coefficient is explained beneath the table and is null in JSON")
  func emptyCoefficients() throws {
    let (folder, project) = try ExampleSecondCoder.copy()
    defer { withExtendedLifetime(folder) {} }
    let table = try SarapBinary.run(Self.arguments + ["--by", "code"], in: project).check().stdout
    #expect(
      table.contains(
        "Empty kappa, alpha (no variation: neither coder coded it in any unit): channels\n"))
    let json = try SarapBinary.run(
      Self.arguments + ["--by", "code", "--format", "json"], in: project
    ).check().stdout
    #expect(
      json.contains(
        "{\"code\": \"channels\", \"name\": \"Channels of influence\", \"units\": 62, \"both\": 0"))
    #expect(json.contains("\"kappa\": null, \"alpha\": null}"))
    #expect(json.contains("\"notes\": [\"Empty kappa, alpha (no variation"))
  }

  @Test("exactly two coders, known coders, --threshold only with segments")
  func badArguments() throws {
    let (folder, project) = try ExampleSecondCoder.copy()
    defer { withExtendedLifetime(folder) {} }
    let one = try SarapBinary.run(["report", "agreement", "--coder", "dissertation"], in: project)
    #expect(one.status != 0)
    #expect(
      one.stderr.contains("agreement compares exactly two coders: give --coder A --coder B (got 1)")
    )
    let unknown = try SarapBinary.run(
      ["report", "agreement", "--coder", "dissertation", "--coder", "nobody"], in: project)
    #expect(unknown.status == 1)
    #expect(
      unknown.stderr
        == "sarap: no codings by coder 'nobody' (coders: dissertation, example-b)\n")
    let threshold = try SarapBinary.run(Self.arguments + ["--threshold", "80"], in: project)
    #expect(threshold.stderr.contains("--threshold applies to --unit segment"))
    let zero = try SarapBinary.run(
      Self.arguments + ["--unit", "segment", "--threshold", "0"], in: project)
    #expect(zero.stderr.contains("--threshold is a percentage from 1 to 100, got 0"))
  }
}

/// `sarap consensus` on a copy of the bundled project with the example second coder.
@Suite("The sarap command line: consensus")
struct ConsensusCommandTests {
  /// The coding lines of a codings file: transcript, start, end, code.
  static func places(_ file: URL) throws -> Set<String> {
    let text = try String(contentsOf: file, encoding: .utf8)
    return Set(
      text.split(separator: "\n").filter { $0.contains("\t") }.map {
        $0.split(separator: "\t").prefix(4).joined(separator: "\t")
      })
  }

  @Test("agreed seeds what both coded, once; reports take --coder consensus; undo takes it back")
  func agreed() throws {
    let (folder, project) = try ExampleSecondCoder.copy()
    defer { withExtendedLifetime(folder) {} }
    let codings = project.appendingPathComponent("Codebooks/codings")
    let a = try Self.places(codings.appendingPathComponent("dissertation.txt"))
    let b = try Self.places(codings.appendingPathComponent("example-b.txt"))
    let run = try SarapBinary.run(
      ["consensus", "--coder", "dissertation", "--coder", "example-b"], in: project
    ).check()
    let both = a.intersection(b)
    #expect(
      run.stdout
        == "seed consensus from dissertation and example-b (agreed): \(both.count) coding(s)\n")
    let seeded = codings.appendingPathComponent("consensus.txt")
    #expect(try Self.places(seeded) == both)
    #expect(
      try String(contentsOf: seeded, encoding: .utf8).hasPrefix(
        "sarap-codings 1\ncoder: consensus\n"))
    let again = try SarapBinary.run(
      ["consensus", "--coder", "dissertation", "--coder", "example-b"], in: project
    ).check()
    #expect(again.stdout.hasSuffix("(agreed): 0 coding(s)\n"))
    let report = try SarapBinary.run(
      [
        "report", "agreement", "--coder", "consensus", "--coder", "dissertation", "--format", "csv",
      ],
      in: project
    ).check().stdout
    #expect(report.contains("\r\nchina,China,62,8,0,0,54,1.0000,1.0000,1.0000\r\n"))
    try SarapBinary.run(["undo"], in: project).check()
    #expect(try Self.places(seeded).isEmpty)
  }

  @Test("union and a policies; --into names a third coder")
  func policies() throws {
    let (folder, project) = try ExampleSecondCoder.copy()
    defer { withExtendedLifetime(folder) {} }
    let codings = project.appendingPathComponent("Codebooks/codings")
    let a = try Self.places(codings.appendingPathComponent("dissertation.txt"))
    let b = try Self.places(codings.appendingPathComponent("example-b.txt"))
    try SarapBinary.run(
      [
        "consensus", "--coder", "dissertation", "--coder", "example-b", "--into", "all", "--policy",
        "union",
      ], in: project
    ).check()
    #expect(try Self.places(codings.appendingPathComponent("all.txt")) == a.union(b))
    try SarapBinary.run(
      [
        "consensus", "--coder", "dissertation", "--coder", "example-b", "--into", "ref", "--policy",
        "a",
      ], in: project
    ).check()
    #expect(try Self.places(codings.appendingPathComponent("ref.txt")) == a)
    let same = try SarapBinary.run(
      ["consensus", "--coder", "dissertation", "--coder", "example-b", "--into", "example-b"],
      in: project)
    #expect(same.stderr.contains("--into must name a coder other than the two compared"))
  }
}
