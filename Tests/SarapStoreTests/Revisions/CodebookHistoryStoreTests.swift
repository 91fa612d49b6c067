import Foundation
import SarapCore
import SarapFormats
import Testing

@testable import SarapStore

@Suite("Codebook history on disk: every codebook change recorded, replay gives the codebook")
struct CodebookHistoryStoreTests {
  @Test("a baseline, then one entry per change, undo and redo included; replay matches")
  func everyChangeRecorded() throws {
    let copy = try SyntheticFixtureCopy()
    let session = try copy.session()
    let book = session.project.codebook
    var renamed = try #require(book["access.library"])
    renamed.nameEN = "Public library"
    try ProjectSession.$changeReason.withValue("S01 means the public library") {
      try session.apply(.updateCode(old: book["access.library"]!, new: renamed), summary: "rename")
    }
    let key = session.project.codings.first { $0.code == "formats.audio" }!.key
    let ebook = Code(
      id: "formats.ebook", parent: "formats", nameKK: "Электронды", nameEN: "E-books")
    try session.apply(
      try session.project.splitEdit("formats.audio", into: ebook, moving: [key]), summary: "split")
    try session.apply(
      try session.project.mergeEdit("formats.ebook", into: "formats.audio"), summary: "merge")
    try session.undo()
    try session.apply(
      .addCoding(
        Coding(
          transcript: "S01", range: TextRange(start: 0, end: 4), code: "habits", coder: "ana",
          time: Timestamp("2031-03-02T00:00:00Z"), fingerprint: TextFingerprint(of: "[Q1]"))),
      summary: "a coding is not a codebook change")
    try session.apply(try session.project.deleteEdit("family"), summary: "delete")
    session.close()

    let history = try copy.folder.codebookHistory()
    #expect(
      history.changes.map(\.label) == [
        "baseline", "rename", "split", "merge", "undo merge", "delete",
      ])
    #expect(history.changes[1].reason == "S01 means the public library")
    #expect(history.changes[1].coder == "ana")
    #expect(history.changes[2].codes == ["formats.audio", "formats.ebook"])
    #expect(try history.replay() == (try copy.folder.load()).codebook)
    #expect(try history.codebook(afterEntries: 1) == book)
  }

  @Test("changes made outside Sarap are recorded as a baseline before the next change")
  func outsideChanges() throws {
    let copy = try SyntheticFixtureCopy()
    var session = try copy.session()
    let code = session.project.codebook["habits"]!
    var recoloured = code
    recoloured.colour = Colour(red: 0, green: 0, blue: 0)
    try session.apply(.updateCode(old: code, new: recoloured), summary: "recolour")
    session.close()
    let edited = try copy.text("Codebooks/codebook.txt").replacingOccurrences(
      of: "en: Family\n", with: "en: Family and relatives\n")
    try Data(edited.utf8).write(to: copy.url.appendingPathComponent("Codebooks/codebook.txt"))
    session = try copy.session()
    let family = session.project.codebook["family"]!
    var defined = family
    defined.definition = "Changed."
    try session.apply(.updateCode(old: family, new: defined), summary: "define")
    session.close()
    let history = try copy.folder.codebookHistory()
    #expect(history.changes.map(\.label) == ["baseline", "recolour", "baseline", "redefine"])
    #expect(try history.replay() == (try copy.folder.load()).codebook)
  }

  @Test("a history file that does not parse is reported and never overwritten")
  func unparseableHistory() throws {
    let copy = try SyntheticFixtureCopy()
    let broken = "sarap-codebook-history 1\nnot a line\n"
    try Data(broken.utf8).write(
      to: copy.url.appendingPathComponent("Codebooks/codebook-history.txt"))
    let session = try copy.session()
    let code = session.project.codebook["habits"]!
    var renamed = code
    renamed.nameEN = "Habits"
    #expect(throws: StoreError.self) {
      try session.apply(.updateCode(old: code, new: renamed), summary: "rename")
    }
    session.close()
    #expect(try copy.text("Codebooks/codebook-history.txt") == broken)
    let problems = try ProjectCheck.problems(in: copy.folder)
    #expect(problems.map(\.line) == [2])
  }
}
