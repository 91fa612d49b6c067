import SarapCore
import Testing

@testable import SarapFormats

@Suite("History entries")
struct HistoryFileTests {
  static let coding = Coding(
    transcript: "R01", range: TextRange(start: 3, end: 9), code: "russia", coder: "ana",
    time: Timestamp("2026-11-26T00:00:00Z"), fingerprint: TextFingerprint(of: "x"),
    memo: "line\nbreak \"quoted\"")
  static let code = Code(
    id: "russia.media", parent: "russia", nameKK: "БАҚ", nameEN: "Media", definition: "d",
    colour: Colour(red: 1, green: 2, blue: 3), memo: "m")
  static let transcript = Transcript(
    id: "R01", title: "t", attributes: [Attribute(name: "a", value: .unknown)],
    body: "R01: Ресей\n")
  static let guide = Guide(revisions: [
    GuideRevision(id: "final", questions: [GuideQuestion(id: "Q1", textKK: "к", textEN: "e")])
  ])

  static let edits: [ProjectEdit] = [
    .addCoding(coding), .removeCoding(coding),
    .replaceCoding(
      old: coding,
      new: {
        var new = coding
        new.memo = ""
        return new
      }()),
    .addCode(code, position: 2), .removeCode(code, position: 0),
    .updateCode(
      old: code,
      new: {
        var new = code
        new.parent = nil
        return new
      }()),
    .moveCode("russia", from: 0, to: 3),
    .addTranscript(transcript), .removeTranscript(transcript),
    .replaceTranscript(
      old: transcript,
      new: {
        var new = transcript
        new.memo = "m"
        return new
      }()),
    .replaceGuide(old: Guide(), new: guide),
    .replaceClaims(
      old: ClaimLedger(),
      new: ClaimLedger(
        note: "n", quantifiers: [QuantifierDefinition(word: "few", threshold: .atMost(3))],
        claims: [
          Claim(
            id: "C1", wordingKK: "Респонденттердің", query: "russia AND NOT china",
            quantifier: .moreThan("C2"), unit: .segments, questions: ["Q1"],
            attributes: [ClaimAttribute(name: "sector", value: .unknown)], memo: "a\nb"),
          Claim(id: "C2", query: "china", quantifier: .threshold(.share(40))),
        ])),
    .addJournalEntry(journalEntry), .removeJournalEntry(journalEntry),
    .replaceJournalEntry(
      old: journalEntry,
      new: {
        var new = journalEntry
        new.text = "Жаңа мәтін\n\n\tжолы"
        new.edited = Timestamp("2026-11-27T09:00:00Z")
        return new
      }()),
    .batch([.addCode(code, position: 0), .batch([.addCoding(coding)])]),
  ]

  static let journalEntry = JournalEntry(
    time: Timestamp("2026-11-26T17:05:00Z"), coder: "ana",
    text: "Split russia: «Ресей ықпалы» answers\nare about channels.\n\n\tSecond paragraph.")

  @Test("every kind of edit survives a history line, which is one line", arguments: edits.indices)
  func roundTrip(_ index: Int) throws {
    let edit = Self.edits[index]
    let entry = HistoryEntry(
      sequence: 7, kind: .undo, target: 3, coder: "ana", time: Timestamp("2026-11-26T01:02:03Z"),
      summary: "s", edit: edit, inverse: edit.inverse)
    let line = HistoryFile.encodeLine(entry)
    #expect(!line.contains("\n"))
    #expect(try HistoryFile.decodeLine(line, path: "h", number: 1) == entry)
  }

  @Test("a line of another format version is refused with its line number")
  func versionChecked() {
    let line = #"{"format":"sarap-history 3"}"#
    #expect(throws: ProjectFileError.self) {
      _ = try HistoryFile.decodeLine(line, path: "h", number: 4)
    }
    #expect(
      throws: ProjectFileError(
        path: "h", line: 4, column: 1,
        message: "unsupported history format 'sarap-history 3' (this Sarap reads versions 1 to 2)")
    ) {
      _ = try HistoryFile.decodeLine(
        #"{"format":"sarap-history 3","sequence":1,"kind":"apply","coder":"a","time":"t","#
          + #""summary":"s","edit":{"moveCode":{"_0":"a","from":0,"to":1}},"#
          + #""inverse":{"moveCode":{"_0":"a","from":1,"to":0}}}"#, path: "h", number: 4)
    }
  }
}
