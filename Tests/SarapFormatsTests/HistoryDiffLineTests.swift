import Foundation
import SarapCore
import Testing

@testable import SarapFormats

/// `sarap-history 2` lines hold replaced texts as diffs that resolve only against the exact text
/// they were recorded against; `sarap-history 1` lines, with whole texts, are still read.
@Suite("History diff lines")
struct HistoryDiffLineTests {
  static let old = Transcript(
    id: "R01", title: "t", attributes: [Attribute(name: "a", value: .unknown)],
    body: "[Q2а] I: Қандай мемлекет?\n\nR01: Ресей ықпалы зор. 👍🏽 Қытай да бар.\n")
  static let new: Transcript = {
    var new = old
    new.body = "[Q2а] I: Қандай мемлекет?\n\nR01: Ресей ықпалы өте зор. 👍🏽 Қытай да бар.\n"
    new.memo = "corrected"
    return new
  }()
  static let edit = ProjectEdit.replaceTranscript(old: old, new: new)

  static func entry(_ edit: ProjectEdit) -> HistoryEntry {
    HistoryEntry(
      sequence: 3, kind: .apply, coder: "ana", time: Timestamp("2026-12-03T10:00:00Z"),
      summary: "revise R01", edit: edit, inverse: edit.inverse)
  }

  /// A version 1 line of an entry, written as Sarap 1 wrote it: whole values.
  static func versionOneLine(_ edit: ProjectEdit) throws -> String {
    let object: [String: Any] = [
      "format": "sarap-history 1", "sequence": 3, "kind": "apply", "coder": "ana",
      "time": "2026-12-03T10:00:00Z", "summary": "revise R01",
      "edit": try JSONSerialization.jsonObject(with: JSONEncoder().encode(EditRecord(edit))),
      "inverse": try JSONSerialization.jsonObject(
        with: JSONEncoder().encode(EditRecord(edit.inverse))),
    ]
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    return try #require(String(data: data, encoding: .utf8))
  }

  @Test("a replaced transcript is a diff in the line, and resolves back to the edit both ways")
  func transcriptDiffResolves() throws {
    let line = HistoryFile.encodeLine(Self.entry(Self.edit))
    #expect(line.hasPrefix(#"{"coder":"ana","edit":{"patchTranscript""#))
    #expect(!line.contains("Қытай да бар"))
    let decoded = try HistoryFile.decodeLine(line, path: "h", number: 1)
    #expect(decoded.edit.holdsDiffs)
    let before = Project(transcripts: [Self.old])
    let after = Project(transcripts: [Self.new])
    #expect(try decoded.edit.resolved(in: before) == Self.edit)
    #expect(try decoded.inverse.resolved(in: after) == Self.edit.inverse)
  }

  @Test("a diff refuses a transcript that is not the one it was recorded against")
  func diffRefusesOtherText() throws {
    let decoded = try HistoryFile.decodeLine(
      HistoryFile.encodeLine(Self.entry(Self.edit)), path: "h", number: 1)
    var other = Self.old
    other.body = "R01: Ресей.\n"
    #expect(throws: RecordedEdit.Mismatch.self) {
      _ = try decoded.edit.resolved(in: Project(transcripts: [other]))
    }
    #expect(throws: RecordedEdit.Mismatch.self) {
      _ = try decoded.edit.resolved(in: Project())
    }
  }

  @Test("within a batch, a second diff of the same transcript applies to the first one's result")
  func batchResolvesInOrder() throws {
    var third = Self.new
    third.body = "R01: Рақмет.\n"
    let edit = ProjectEdit.batch([
      .replaceTranscript(old: Self.old, new: Self.new),
      .replaceTranscript(old: Self.new, new: third),
    ])
    let decoded = try HistoryFile.decodeLine(
      HistoryFile.encodeLine(Self.entry(edit)), path: "h", number: 1)
    #expect(try decoded.edit.resolved(in: Project(transcripts: [Self.old])) == edit)
    #expect(try decoded.inverse.resolved(in: Project(transcripts: [third])) == edit.inverse)
  }

  @Test("an added transcript is held once: its removal names it by hash, and refuses another")
  func addedTranscriptHeldOnce() throws {
    let line = HistoryFile.encodeLine(Self.entry(.addTranscript(Self.old)))
    #expect(line.components(separatedBy: "Қытай да бар").count == 2)
    let decoded = try HistoryFile.decodeLine(line, path: "h", number: 1)
    #expect(try decoded.edit.resolved(in: Project()) == .addTranscript(Self.old))
    #expect(
      try decoded.inverse.resolved(in: Project(transcripts: [Self.old]))
        == .removeTranscript(Self.old))
    #expect(throws: RecordedEdit.Mismatch.self) {
      _ = try decoded.inverse.resolved(in: Project(transcripts: [Self.new]))
    }
  }

  @Test("guide and claims replacements are diffs too")
  func guideAndClaims() throws {
    let guide = Guide(revisions: [
      GuideRevision(
        id: "final", questions: [GuideQuestion(id: "Q1", textKK: "Қандай?", textEN: "Which?")])
    ])
    var revised = guide
    revised.revisions[0].questions[0].textEN = "Which state?"
    let ledger = ClaimLedger(
      note: "n", claims: [Claim(id: "C1", query: "russia", quantifier: .threshold(.share(40)))])
    let edit = ProjectEdit.batch([
      .replaceGuide(old: guide, new: revised), .replaceClaims(old: ClaimLedger(), new: ledger),
    ])
    let line = HistoryFile.encodeLine(Self.entry(edit))
    #expect(line.contains(#""patchGuide""#) && line.contains(#""patchClaims""#))
    let decoded = try HistoryFile.decodeLine(line, path: "h", number: 1)
    #expect(try decoded.edit.resolved(in: Project(guide: guide)) == edit)
  }

  @Test("a version 1 line with whole texts is still read, and its diffed form resolves the same")
  func versionOneStillRead() throws {
    let line = try Self.versionOneLine(Self.edit)
    #expect(line.contains(#""format":"sarap-history 1""#))
    let decoded = try HistoryFile.decodeLine(line, path: "h", number: 1)
    #expect(!decoded.edit.holdsDiffs)
    let project = Project(transcripts: [Self.old])
    #expect(try decoded.edit.resolved(in: project) == Self.edit)
    let diffed = decoded.diffed()
    #expect(diffed.edit.holdsDiffs)
    #expect(diffed == Self.entry(Self.edit))
    #expect(try diffed.edit.resolved(in: project) == Self.edit)
  }

  @Test("a version 1 line holding a diff is refused at its line and the edit's column")
  func versionOneWithDiffRefused() throws {
    let line = HistoryFile.encodeLine(Self.entry(Self.edit))
      .replacingOccurrences(of: "sarap-history 2", with: "sarap-history 1")
    let column = try #require(line.range(of: #""edit":"#)).lowerBound
    #expect(
      throws: ProjectFileError(
        path: "h", line: 5, column: line.unicodeScalars[..<column].count + 1,
        message: "a 'sarap-history 1' line cannot hold a diff (diffs came with version 2)")
    ) { _ = try HistoryFile.decodeLine(line, path: "h", number: 5) }
  }

  @Test("a malformed diff is refused when the line is read")
  func malformedDiffRefused() throws {
    let line = HistoryFile.encodeLine(Self.entry(Self.edit))
    let broken = line.replacingOccurrences(of: #""base":""#, with: #""base":"zz"#)
    #expect(broken != line)
    #expect {
      _ = try HistoryFile.decodeLine(broken, path: "h", number: 2)
    } throws: { error in
      "\(error)".hasPrefix("h:2:") && "\(error)".contains("a recorded diff is malformed")
    }
  }

  @Test("a coding's inverse is not repeated: the line says inverseOfEdit and reads back whole")
  func inverseOfCodingEdit() throws {
    let coding = Coding(
      transcript: "R01", range: TextRange(start: 3, end: 9), code: "russia", coder: "ana",
      time: Timestamp("2026-12-03T10:00:00Z"), fingerprint: TextFingerprint(of: "x"), memo: "м")
    let edit = ProjectEdit.batch([.addCoding(coding), .moveCode("russia", from: 0, to: 2)])
    let line = HistoryFile.encodeLine(Self.entry(edit))
    #expect(line.contains(#""inverse":{"inverseOfEdit":{}}"#))
    #expect(line.components(separatedBy: #""fingerprint""#).count == 2)
    let decoded = try HistoryFile.decodeLine(line, path: "h", number: 1)
    #expect(decoded == Self.entry(edit))
    #expect(try decoded.inverse.resolved(in: Project()) == edit.inverse)
  }

  @Test("inverseOfEdit is refused in a version 1 line and for a transcript's diff")
  func inverseOfEditRefused() throws {
    let coding = HistoryFile.encodeLine(Self.entry(.moveCode("russia", from: 0, to: 2)))
    let revision = HistoryFile.encodeLine(Self.entry(Self.edit))
    let inverse = try #require(revision.range(of: #""inverse":"#))
    let end = try #require(
      revision.range(of: #","kind":"#, range: inverse.upperBound..<revision.endIndex))
    let lines = [
      coding.replacingOccurrences(of: "sarap-history 2", with: "sarap-history 1"),
      revision.replacingCharacters(
        in: inverse.upperBound..<end.lowerBound, with: #"{"inverseOfEdit":{}}"#),
    ]
    for line in lines {
      let column = try #require(line.range(of: #""inverse":"#)).lowerBound
      #expect {
        _ = try HistoryFile.decodeLine(line, path: "h", number: 2)
      } throws: { error in
        "\(error)".hasPrefix("h:2:\(line.unicodeScalars[..<column].count + 1): 'inverseOfEdit'")
      }
    }
  }

  @Test("a prune record round-trips and names only entries it cut off")
  func pruneRecord() throws {
    let prune = HistoryPrune(
      through: 40, time: Timestamp("2026-12-03T10:00:00Z"), undoable: [12, 39], redoable: [40])
    let line = HistoryFile.encodePruneLine(prune)
    #expect(try HistoryFile.decodePruneLine(line, path: "h", number: 1) == prune)
    #expect(
      try HistoryFile.decodePruneLine(
        HistoryFile.encodeLine(Self.entry(Self.edit)), path: "h", number: 1) == nil)
    let wrong = line.replacingOccurrences(of: "[12,39]", with: "[12,41]")
    #expect(throws: ProjectFileError.self) {
      _ = try HistoryFile.decodePruneLine(wrong, path: "h", number: 1)
    }
  }
}
