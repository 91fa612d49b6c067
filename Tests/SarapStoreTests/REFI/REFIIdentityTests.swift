import Foundation
import SarapCore
import SarapFormats
import SarapTestSupport
import Testing

@testable import SarapStore

/// Imports that keep what they are given: the interview guide's questions, cases linked to no
/// source, sources with a broken GUID, and Sarap's own files only from Sarap's archives.
@Suite("REFI-QDA imports keep identity")
struct REFIIdentityTests {
  typealias F = REFIDialectFixtures

  /// A transcript that names two guide questions, and a guide that has only the first.
  static let body: TranscriptText =
    "[Q1] I: Қандай мемлекет?\n\nR01: Ресей ықпалы зор.\n\n[Q2а] I: Неге?\n\nR01: Тіл арқылы.\n"

  static var project: Project {
    Project(
      description: ProjectDescription(title: "Guide fixture"),
      guide: Guide(revisions: [
        GuideRevision(
          id: "final",
          questions: [GuideQuestion(id: "Q1", textKK: "Қандай мемлекет?", textEN: "Which state?")])
      ]),
      codebook: Codebook([Code(id: "russia.strong", nameKK: "Ресей", nameEN: "Russia")]),
      transcripts: [Transcript(id: "R01", guideRevision: "final", body: body)],
      codings: [
        Coding(
          transcript: "R01", range: TextRange(start: 31, end: 48), code: "russia.strong",
          coder: "ana", time: Timestamp("2026-11-26T00:00:00Z"),
          fingerprint: TextFingerprint(of: "Ресей ықпалы зор."))
      ])
  }

  /// Exports the project, drops or replaces entries of the archive, and imports the result into
  /// a new folder; returns the folder and the import report.
  static func importExport(
    of project: Project, origin: String = "Sarap test", replacing: [String: String?] = [:],
    in scratch: ScratchFolder
  ) throws -> (ProjectFolder, REFIReport) {
    let package = REFIExport.project(project, guids: REFIGUIDs(), origin: origin).package
    var files = ["project.qde": package.projectXML]
    for source in package.sources { files["sources/\(source.name)"] = source.text }
    for file in package.sarapFiles { files["sarap/\(file.name)"] = file.text }
    for (path, text) in replacing { files[path] = text }
    let zip = TestZip(entries: files.sorted { $0.key < $1.key }.map { TestZip.Entry($0, $1) })
    let target = scratch.url.appendingPathComponent("imported")
    let result = try REFIExchange.importProject(
      from: try zip.write(in: scratch.url), into: target,
      importTime: Timestamp("2026-12-03T00:00:00Z"))
    return (ProjectFolder(url: target), result.report)
  }

  @Test("a question the guide lacks becomes a placeholder, marked and reported; check passes")
  func placeholderQuestion() throws {
    let scratch = try ScratchFolder()
    // The project's own guide lacks Q2а, so the archive's sarap/guide.txt cannot supply it.
    let (folder, report) = try Self.importExport(of: Self.project, in: scratch)
    let guide = try folder.load().guide
    let questions = try #require(guide.revision("final")).questions
    #expect(questions.map(\.id) == ["Q1", "Q2а"])
    #expect(questions[0].textEN == "Which state?")
    #expect(questions[1].textKK.hasPrefix("[placeholder:"))
    #expect(questions[1].note.hasPrefix("placeholder:"))
    #expect(
      report.items.contains {
        $0.place == "guide revision 'final'" && $0.message.hasPrefix("1 placeholder question (Q2а)")
      }, "\(report)")
    #expect(try ProjectCheck.problems(in: folder).map(\.description) == [])
  }

  @Test("without sarap/guide.txt every question the transcripts name is a placeholder")
  func noGuideFile() throws {
    let scratch = try ScratchFolder()
    let (folder, report) = try Self.importExport(
      of: Self.project, replacing: ["sarap/guide.txt": nil], in: scratch)
    let revision = try #require(try folder.load().guide.revision("final"))
    #expect(revision.status == "imported")
    #expect(revision.questions.map(\.id) == ["Q1", "Q2а"])
    #expect(revision.questions.allSatisfy { $0.textEN == revision.questions[0].textEN })
    #expect(report.items.contains { $0.message.hasPrefix("2 placeholder questions (Q1, Q2а)") })
    #expect(try ProjectCheck.problems(in: folder).map(\.description) == [])
  }

  @Test("a broken sarap/guide.txt is reported at its line and column, and placeholders stand in")
  func brokenGuideFile() throws {
    let scratch = try ScratchFolder()
    let (folder, report) = try Self.importExport(
      of: Self.project,
      replacing: ["sarap/guide.txt": "sarap-guide 1\n\nquestion Q1\nkk: x\nen: y\n"], in: scratch)
    #expect(
      report.items.contains {
        $0.place == "sarap/guide.txt:3:1"
          && $0.message.hasSuffix("; the interview guide is not read")
      }, "\(report)")
    #expect(try folder.load().guide.revision("final")?.questions.count == 2)
    #expect(try ProjectCheck.problems(in: folder).map(\.description) == [])
  }

  @Test("code ids come back from sarap/code-ids.txt; from names when it is missing")
  func codeIDs() throws {
    let scratch = try ScratchFolder()
    let kept = try Self.importExport(of: Self.project, in: scratch)
    #expect(try kept.0.load().codebook.codes.map(\.id) == ["russia.strong"])
    #expect(try kept.0.load().codings.map(\.code) == ["russia.strong"])
    let other = try ScratchFolder()
    let named = try Self.importExport(
      of: Self.project, replacing: ["sarap/code-ids.txt": nil], in: other)
    #expect(try named.0.load().codebook.codes.map(\.id) == ["russia"])
  }

  @Test("Sarap's files in an archive another tool wrote are not read, and the report says so")
  func foreignOrigin() throws {
    let scratch = try ScratchFolder()
    let (folder, report) = try Self.importExport(
      of: Self.project, origin: "QualCoder 3.6", in: scratch)
    // Another tool's code name is not split into Kazakh and English.
    #expect(try folder.load().codebook.codes.map(\.id) == ["ресей-russia"])
    #expect(
      report.items(.lost).map(\.place).sorted() == ["sarap/code-ids.txt", "sarap/guide.txt"],
      "\(report)")
  }

  @Test("cases linked to no source: by name to a transcript, else kept in the description")
  func unlinkedCases() throws {
    let variable = "0a5e1c2d-0000-4000-8000-000000000050"
    let cases = """

        <Variables><Variable guid="\(variable)" name="studied-abroad" typeOfVariable="Text"/></Variables>
        <Cases>
          <Case guid="0a5e1c2d-0000-4000-8000-000000000060" name="Interview 1"><VariableValue><VariableRef targetGUID="\(variable)"/><TextValue>Turkey</TextValue></VariableValue></Case>
          <Case guid="0a5e1c2d-0000-4000-8000-000000000061" name="R07"><VariableValue><VariableRef targetGUID="\(variable)"/><TextValue>Russia</TextValue></VariableValue></Case>
        </Cases>
      """
    let qde = F.project(selections: F.selection(1, 4, 21, name: "Ресей ықпалы зор."), extra: cases)
    let (project, report) = try REFIDialectTests.importArchive([
      ("project.qde", qde), ("sources/\(F.source).txt", F.text()),
    ])
    #expect(
      project.transcripts[0].attributes.map { "\($0.name)=\($0.value.description)" } == [
        "studied-abroad=Turkey"
      ])
    #expect(
      project.description.text.contains(
        "Case 'R07' (linked to no text source): studied-abroad = Russia"))
    #expect(report.isLossless, "\(report)")
    #expect(
      report.items.contains {
        $0.message == "case 'R07' refers to no text source; its values are kept in the project "
          + "description: studied-abroad = Russia"
      })
    #expect(
      report.items.contains {
        $0.message.contains("linked by its name to transcript 'Interview-1'")
      })
  }

  @Test("a malformed project.qde in an archive: its line and column, Sarap's words, nothing made")
  func malformedDocument() throws {
    let scratch = try ScratchFolder()
    let qde = F.project(selections: F.selection(1, 4, 21, name: "Ресей ықпалы зор."))
      .replacing(
        "<Description>Apply when Russia is named.</Description>", with: "<Description>x</Descr>")
    let lines = qde.split(separator: "\n", omittingEmptySubsequences: false)
    let index = try #require(lines.firstIndex { $0.contains("</Descr>") })
    let endTag = try #require(lines[index].firstRange(of: "</Descr>"))
    let column = lines[index][..<endTag.lowerBound].unicodeScalars.count + 1
    let zip = TestZip(entries: [TestZip.Entry("project.qde", qde)])
    let target = scratch.url.appendingPathComponent("imported")
    #expect {
      try REFIExchange.importProject(
        from: try zip.write(in: scratch.url), into: target,
        importTime: Timestamp("2026-12-03T00:00:00Z"))
    } throws: { error in
      "\(error)"
        == "project.qde:\(index + 1):\(column): malformed XML: </Descr> does not close the open "
        + "element <Description> (opened on line \(index + 1))"
    }
    #expect(!FileManager.default.fileExists(atPath: target.path))
  }

  @Test("a text source with an invalid GUID is kept with its codings under a new GUID, reported")
  func sourceWithoutGUID() throws {
    let qde = F.project(selections: F.selection(1, 4, 21, name: "Ресей ықпалы зор."))
      .replacing("<TextSource guid=\"\(F.source)\"", with: "<TextSource guid=\"not-a-guid\"")
    let (project, report) = try REFIDialectTests.importArchive([
      ("project.qde", qde), ("sources/\(F.source).txt", F.text()),
    ])
    #expect(REFIDialectTests.quotes(project) == ["foreign-actors.russia: Ресей ықпалы зор."])
    #expect(report.isLossless, "\(report)")
    #expect(
      report.items(.changed).contains {
        $0.message.hasPrefix("text source 'Interview 1.txt' without a valid GUID; given ")
      }, "\(report)")
  }
}
