import Foundation
import SarapCore
import SarapFormats
import Testing

@testable import SarapStore

/// Importing archives in each dialect other tools write: every coding must quote exactly the text
/// the tool selected.
@Suite("REFI-QDA dialects")
struct REFIDialectTests {
  typealias F = REFIDialectFixtures

  /// Zips the files, imports them into a new folder, reloads that folder from disk and returns
  /// the reloaded project with the import report.
  static func importArchive(_ files: [(String, [UInt8])]) throws -> (Project, REFIReport) {
    let scratch = try ScratchFolder()
    let zip = TestZip(entries: files.map { TestZip.Entry($0.0, bytes: $0.1) })
    let archive = try zip.write(in: scratch.url)
    let target = scratch.url.appendingPathComponent("imported")
    let result = try REFIExchange.importProject(
      from: archive, into: target, importTime: Timestamp("2026-12-01T00:00:00Z"))
    let loaded = try ProjectFolder(url: target).load()
    #expect(loaded == result.project, "the files written decode to the imported project")
    #expect(loaded.invariantViolations() == [])
    return (loaded, result.report)
  }

  static func importArchive(_ files: [(String, String)]) throws -> (Project, REFIReport) {
    try importArchive(files.map { ($0.0, Array($0.1.utf8)) })
  }

  /// Each coding as `code: quoted text`, in canonical order.
  static func quotes(_ project: Project) -> [String] {
    project.codings.map { "\($0.code): \(project.text(of: $0) ?? "?")" }
  }

  @Test("ATLAS.ti: <name>.qde, non-codable parent as theme, 3-digit colour, memo as a Link")
  func atlas() throws {
    let link = """

        <Notes><Note guid="\(F.note)" name="Russia memo"><PlainTextContent>Ресей туралы ескерту</PlainTextContent></Note></Notes>
        <Links><Link guid="0a5e1c2d-0000-4000-8000-000000000040" originGUID="\(F.note)" targetGUID="\(F.code)" direction="OneWay"/></Links>
      """
    let qde = F.project(
      selections: F.selection(1, 4, 21, name: "Ресей ықпалы зор.")
        + F.selection(2, 27, 40, name: "Қытай да бар.", code: F.other), extra: link)
    let (project, report) = try Self.importArchive([
      ("Study.qde", qde), ("sources/\(F.source).txt", F.text()),
    ])
    #expect(
      Self.quotes(project) == [
        "foreign-actors.russia: Ресей ықпалы зор.", "foreign-actors.china: Қытай да бар.",
      ])
    let russia = try #require(project.codebook[Code.ID("foreign-actors.russia")])
    #expect(russia.parent == "foreign-actors")
    #expect(project.codebook["foreign-actors"]?.isTheme == true)
    #expect(russia.colour.hex == "#CC3399")
    #expect(russia.definition == "Apply when Russia is named.")
    #expect(russia.memo == "Ресей туралы ескерту")
    #expect(project.coders == ["Айгүл Сәрсен"])
    #expect(
      project.codings.map(\.time.rawValue) == ["2024-03-01T10:15:00Z", "2024-03-01T10:15:00Z"])
    #expect(project.transcripts.map(\.id) == ["Interview-1"])
    #expect(report.isLossless, "\(report)")
  }

  @Test("Sources/ in capitals, upper-case and braced GUIDs, a file name in another case")
  func sourcesFolderAndGUIDForms() throws {
    let braced = "{\(F.code.uppercased())}"
    let qde = F.project(
      selections: F.selection(1, 4, 21, name: "Ресей ықпалы зор.", code: braced),
      sourcePath: "internal://\(F.source.uppercased()).TXT")
    let (project, report) = try Self.importArchive([
      ("project.qde", qde), ("Sources/\(F.source).txt", F.text()),
    ])
    #expect(Self.quotes(project) == ["foreign-actors.russia: Ресей ықпалы зор."])
    #expect(report.isLossless, "\(report)")
  }

  @Test("QualCoder: a byte order mark in the source, memos as Description (a CR in one too)")
  func qualCoder() throws {
    let memo = "\n          <Description>Respondent hesitates&#13;\nhere</Description>"
    let qde = F.project(
      selections: F.selection(1, 10, 16, name: "ықпалы", inside: memo),
      extra: "\n  <Description>Pilot study</Description>")
    let (project, report) = try Self.importArchive([
      ("project.qde", Array(qde.utf8)),
      ("sources/\(F.source).txt", [0xEF, 0xBB, 0xBF] + Array(F.text().utf8)),
    ])
    #expect(Self.quotes(project) == ["foreign-actors.russia: ықпалы"])
    #expect(project.codings.first?.memo == "Respondent hesitates\nhere")
    #expect(project.transcripts.first?.body.string == F.text())
    #expect(project.description.text == "Pilot study")
    #expect(report.isLossless, "\(report)")
  }

  @Test("NVivo: CRLF counted as two positions, checked against the selections' names")
  func crlfAsTwo() throws {
    let qde = F.project(
      selections: F.selection(1, 29, 42, name: "Қытай да бар.", code: F.other)
        + F.selection(2, 4, 21, name: "Ресей ықпалы зор."))
    let (project, report) = try Self.importArchive([
      ("project.qde", qde), ("sources/\(F.source).txt", F.text(lineBreak: "\r\n")),
    ])
    #expect(
      Self.quotes(project) == [
        "foreign-actors.russia: Ресей ықпалы зор.", "foreign-actors.china: Қытай да бар.",
      ])
    #expect(
      project.codings.map(\.range) == [TextRange(start: 4, end: 21), TextRange(start: 27, end: 40)])
    #expect(project.transcripts.first?.body.string == F.text())
    #expect(report.isLossless, "\(report)")
  }

  @Test("CRLF counted as one position: the other convention is found from the names")
  func crlfAsOne() throws {
    let qde = F.project(selections: F.selection(1, 27, 40, name: "Қытай да бар.", code: F.other))
    let (project, report) = try Self.importArchive([
      ("project.qde", qde), ("sources/\(F.source).txt", F.text(lineBreak: "\r\n")),
    ])
    #expect(Self.quotes(project) == ["foreign-actors.china: Қытай да бар."])
    #expect(
      report.items(.info).contains { $0.message.contains("CRLF counted as one") }, "\(report.items)"
    )
  }

  @Test("CRLF without names to decide by: the standard's reading, reported as ambiguous")
  func crlfUnnamed() throws {
    let qde = F.project(selections: F.selection(1, 25, 38, name: nil, code: F.other))
    let (project, report) = try Self.importArchive([
      ("project.qde", qde), ("sources/\(F.source).txt", F.text(lineBreak: "\r\n")),
    ])
    #expect(Self.quotes(project) == ["foreign-actors.china: R1: Қытай да "])
    #expect(report.items(.changed).contains { $0.message.contains("check a few codings") })
  }

  @Test("UTF-16 positions: a flag emoji counts four units, not two code points")
  func utf16() throws {
    let text = "R1: 🇰🇿 Ресей ықпалы зор.\n"
    let qde = F.project(selections: F.selection(1, 9, 14, name: "Ресей"))
    let (project, report) = try Self.importArchive([
      ("project.qde", qde), ("sources/\(F.source).txt", text),
    ])
    #expect(Self.quotes(project) == ["foreign-actors.russia: Ресей"])
    #expect(project.codings.first?.range == TextRange(start: 7, end: 12))
    #expect(report.items(.info).contains { $0.message.contains("UTF-16") })
  }

  @Test("an inclusive end position is recognised from the names")
  func inclusiveEnd() throws {
    let qde = F.project(
      selections: F.selection(1, 4, 8, name: "Ресей") + F.selection(2, 10, 15, name: "ықпалы"))
    let (project, _) = try Self.importArchive([
      ("project.qde", qde), ("sources/\(F.source).txt", F.text()),
    ])
    #expect(
      Self.quotes(project) == ["foreign-actors.russia: Ресей", "foreign-actors.russia: ықпалы"])
  }

  @Test("what cannot be carried over is reported, one item each, and the rest is imported")
  func losses() throws {
    let extra = """

        <Sets><Set guid="0a5e1c2d-0000-4000-8000-000000000050" name="Core"/></Sets>
      """
    let sources = """
          <PlainTextSelection guid="0a5e1c2d-0000-4000-8000-000000000301" name="Қытай да бар." startPosition="4" endPosition="21"><Coding guid="0a5e1c2d-0000-4000-8000-000000000302"><CodeRef targetGUID="\(F.code)"/></Coding></PlainTextSelection>
          <PlainTextSelection guid="0a5e1c2d-0000-4000-8000-000000000303" startPosition="30" endPosition="90"><Coding guid="0a5e1c2d-0000-4000-8000-000000000304"><CodeRef targetGUID="\(F.code)"/></Coding></PlainTextSelection>
          <PlainTextSelection guid="0a5e1c2d-0000-4000-8000-000000000305" name="ықпалы" startPosition="10" endPosition="16"><Coding guid="0a5e1c2d-0000-4000-8000-000000000306"><CodeRef targetGUID="0a5e1c2d-0000-4000-8000-0000000009ff"/></Coding></PlainTextSelection>
      """ + F.selection(7, 4, 9, name: "Ресей")
    let qde = F.project(selections: sources, extra: extra)
      .replacingOccurrences(
        of: "  </Sources>",
        with:
          "    <PDFSource guid=\"0a5e1c2d-0000-4000-8000-000000000060\" name=\"Report.pdf\"/>\n  </Sources>"
      )
    let (project, report) = try Self.importArchive([
      ("project.qde", qde), ("sources/\(F.source).txt", F.text()), ("notes.txt", "stray"),
    ])
    #expect(Self.quotes(project) == ["foreign-actors.russia: Ресей"])
    let lost = report.items(.lost).map(\.message)
    #expect(lost.count == 6, "\(report)")
    #expect(lost.contains { $0.contains("matches the text at no position convention") })
    #expect(lost.contains { $0.contains("outside the text") })
    #expect(lost.contains { $0.contains("not in the codebook") })
    #expect(lost.contains { $0.contains("PDF source 'Report.pdf'") })
    #expect(lost.contains { $0.contains("set 'Core'") })
    #expect(report.items(.lost).contains { $0.place == "notes.txt" })
  }
}
