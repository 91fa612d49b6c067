import Foundation
import SarapCore
import SarapStore
import SarapTestSupport
import Testing

/// `sarap anonymise accept|keep … --transcript ID…` on a copy of the INVENTED fixture with a
/// fourth invented interview, A04, naming a namesake of A01's respondent: the same name, another
/// person.
@Suite("The sarap command line: anonymise a text split between transcripts")
struct AnonymiseSplitCommandTests {
  static let name = "Ерболат Сағынтайұлы"

  /// The fixture copied, with A04 added.
  static func copy() throws -> (TemporaryFolder, URL) {
    let (folder, project) = try AnonymiseCommandTests.copy()
    try Data(
      """
      sarap-transcript 1
      id: A04
      title: A04 (invented)
      ---
      A04: Менің көршім Ерболат Сағынтайұлы зейнеткер, ол бізге көп көмектесті.

      """.utf8
    ).write(to: project.appendingPathComponent("Transcripts/A04.txt"))
    return (folder, project)
  }

  @discardableResult
  static func run(_ arguments: [String], _ project: URL) throws -> String {
    try SarapBinary.run(["anonymise"] + arguments, in: project).check().stdout
  }

  @Test("a split gives each transcript its pseudonym; scan, key file, apply and export honour it")
  func split() throws {
    let (folder, project) = try Self.copy()
    defer { withExtendedLifetime(folder) {} }
    #expect(
      try Self.run(["accept", Self.name], project).hasPrefix(
        "accepted '\(Self.name)' as [АДАМ-1] (person, 3 occurrence(s) in 2 transcript(s))"))
    #expect(
      try Self.run(["accept", Self.name, "--as", "[КӨРШІ-1]", "--transcript", "A04"], project)
        .hasPrefix(
          "accepted '\(Self.name)' as [КӨРШІ-1] (person, 1 occurrence(s) in 1 transcript(s), "
            + "only there: A04)"))
    let scan = try Self.run(["scan"], project).split(separator: "\n").filter {
      $0.contains(Self.name)
    }.map { "\($0.split(separator: "\t")[0]) \($0.split(separator: "\t")[5])" }
    #expect(scan == ["A01 accept [АДАМ-1]", "A01 accept [АДАМ-1]", "A04 accept [КӨРШІ-1]"])
    let key = try String(
      contentsOf: project.appendingPathComponent(".sarap/anonymisation-key.txt"), encoding: .utf8)
    #expect(key.hasPrefix("sarap-anonymisation-key 2\n"))
    #expect(key.contains("accept\t[КӨРШІ-1]\tperson\t\(Self.name)\tin A04\n"))
    try Self.run(["apply"], project)
    let a01 = try String(
      contentsOf: project.appendingPathComponent("Transcripts/A01.txt"), encoding: .utf8)
    let a04 = try String(
      contentsOf: project.appendingPathComponent("Transcripts/A04.txt"), encoding: .utf8)
    #expect(a01.contains("Менің атым [АДАМ-1], мен") && !a01.contains(Self.name))
    #expect(a04.contains("Менің көршім [КӨРШІ-1] зейнеткер") && !a04.contains(Self.name))
    let report = try Self.run(["report"], project)
    #expect(report.contains("| A04 | 1 |"))
    try Self.run(["export", "../copy"], project)
    let copy = folder.url.appendingPathComponent("copy")
    #expect(try AnonymiseCommandTests.holders(of: ["Ерболат", "Сағынтайұлы"], under: copy) == [])
    #expect(try SarapBinary.run(["check"], in: copy).status == 0)
  }

  @Test("a text decided in some transcripts only: export names the transcript left undecided")
  func undecidedElsewhere() throws {
    let (folder, project) = try Self.copy()
    defer { withExtendedLifetime(folder) {} }
    try Self.run(["accept", Self.name, "--transcript", "A04"], project)
    let applied = try Self.run(["apply"], project)
    #expect(applied.contains("anonymised A04: 1 replacement(s)") && !applied.contains("A01"))
    let refused = try SarapBinary.run(["anonymise", "export", "../copy"], in: project)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("Transcripts/A01.txt"))
    #expect(refused.stderr.contains("has no decision here; decide it for A01"))
    // Kept in A01 (the respondent agreed to be named, say): the export goes through, and
    // A01 keeps the name while A04's namesake is replaced.
    try Self.run(["keep", Self.name, "--transcript", "A01"], project)
    try Self.run(["export", "../copy"], project)
    let copy = folder.url.appendingPathComponent("copy")
    #expect(
      try AnonymiseCommandTests.holders(of: [Self.name], under: copy) == [
        "Transcripts/A01.txt: \(Self.name)"
      ])
  }

  @Test("bad input: an unknown transcript, a text that does not occur in the transcripts named")
  func badInput() throws {
    let (folder, project) = try Self.copy()
    defer { withExtendedLifetime(folder) {} }
    let unknown = try SarapBinary.run(
      ["anonymise", "accept", Self.name, "--transcript", "Z99"], in: project)
    #expect(unknown.status == 1)
    #expect(unknown.stderr == "sarap: no transcript with id 'Z99'\n")
    let absent = try SarapBinary.run(
      ["anonymise", "keep", Self.name, "--transcript", "A02", "A03"], in: project)
    #expect(
      absent.stderr
        == "sarap: '\(Self.name)' occurs in A02, A03 (as a word); check its spelling\n")
    #expect(
      !FileManager.default.fileExists(
        atPath: project.appendingPathComponent(".sarap/anonymisation-key.txt").path))
  }
}
