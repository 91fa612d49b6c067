import Foundation
import SarapCore
import SarapEngine
import SarapFormats
import Testing

@testable import SarapStore

@Suite("Transcript revisions on disk: kept text, review notes, one undoable step")
struct TranscriptRevisionStoreTests {
  @Test("the synthetic fixture loads and checks clean")
  func fixtureIsClean() throws {
    let copy = try SyntheticFixtureCopy()
    #expect(try ProjectCheck.problems(in: copy.folder).isEmpty)
    #expect(try copy.folder.load().guide.revisions.map(\.id) == ["pilot", "main"])
  }

  @Test("revising keeps the old file, logs it, notes the flagged codings, and moves the rest")
  func revise() throws {
    let copy = try SyntheticFixtureCopy()
    let oldFile = try copy.text("Transcripts/S01.txt")
    let session = try copy.session()
    #expect(copy.folder.nextRevisionName(of: "S01") == "S01.1")
    let revision = try TranscriptRevision(
      of: "S01", to: try copy.correctedS01(), in: session.project)
    #expect(revision.flagged.map(\.old.code) == ["habits", "access.library"])
    #expect(
      revision.moved.map(\.old.code) == ["habits.evening", "family.grandmother", "formats.audio"])
    #expect(revision.unchanged.isEmpty)
    try session.apply(revision.edit, summary: revision.summary)
    session.close()

    #expect(try copy.text("Transcripts/revisions/S01.1.txt") == oldFile)
    let log = try copy.folder.transcriptRevisions()
    #expect(log.map(\.savedAs) == ["S01.1.txt"])
    #expect(log.first?.coder == "ana")
    let notes = try copy.folder.reviewNotes()
    #expect(
      notes.map(\.oldText) == [
        "Аптасына екі-үш рет оқимын", "аудандық кітапханаға айына бір барамын",
      ])
    #expect(notes.map(\.revision) == ["S01.1", "S01.1"])
    #expect(copy.folder.nextRevisionName(of: "S01") == "S01.2")
    let project = try copy.folder.load()
    #expect(!project.transcript("S01")!.body.string.contains("\r"))
    let review = project.codingsAwaitingReview(notes: notes)
    #expect(
      review.map(\.text) == [
        "Аптасына үш-төрт рет оқимын", "қалалық кітапханаға айына бір барамын",
      ])
    #expect(review.allSatisfy { $0.note != nil })
    for coding in project.codings where !review.contains(where: { $0.coding == coding }) {
      #expect(project.text(of: coding).map(TextFingerprint.init(of:)) == coding.fingerprint)
    }
    // The loader does not read the kept revision as a transcript; check reports the flagged two.
    #expect(project.transcripts.map(\.id) == ["S01"])
    let problems = try ProjectCheck.problems(in: copy.folder)
    #expect(problems.count == 2)
    #expect(problems.allSatisfy { $0.message.contains("changed since it was coded") })
  }

  @Test("undo restores text and codings; the review list follows undo and redo")
  func undoRedo() throws {
    let copy = try SyntheticFixtureCopy()
    let originalCodings = try copy.text("Codebooks/codings/demo.txt")
    let originalText = try copy.text("Transcripts/S01.txt")
    let session = try copy.session()
    let revision = try TranscriptRevision(
      of: "S01", to: try copy.correctedS01(), in: session.project)
    try session.apply(revision.edit, summary: revision.summary)
    try session.undo()
    #expect(try copy.text("Codebooks/codings/demo.txt") == originalCodings)
    #expect(try copy.text("Transcripts/S01.txt") == originalText)
    #expect(session.project.codingsAwaitingReview().isEmpty)
    // The replaced (revised) text is kept too: every replaced text is.
    #expect(copy.exists("Transcripts/revisions/S01.2.txt"))
    try session.redo()
    let notes = try copy.folder.reviewNotes()
    #expect(notes.count == 2)
    #expect(session.project.codingsAwaitingReview(notes: notes).count == 2)
    session.close()
  }

  @Test("accept, adjust and remove resolve flagged codings, each undoable")
  func reviewActions() throws {
    let copy = try SyntheticFixtureCopy()
    let session = try copy.session()
    let revision = try TranscriptRevision(
      of: "S01", to: try copy.correctedS01(), in: session.project)
    try session.apply(revision.edit, summary: revision.summary)
    var items = session.project.codingsAwaitingReview(notes: try copy.folder.reviewNotes())
    try session.apply(items[0].acceptEdit, summary: "accept")
    items = session.project.codingsAwaitingReview(notes: try copy.folder.reviewNotes())
    #expect(items.count == 1)
    let library = items[0]
    let body = session.project.transcript("S01")!.body
    let start = library.coding.range.start
    try session.apply(
      try library.adjustEdit(to: TextRange(start: start, end: start + 19), in: session.project),
      summary: "adjust")
    #expect(session.project.codingsAwaitingReview().isEmpty)
    #expect(session.project.codings.contains { body[$0.range] == "қалалық кітапханаға" })
    try session.undo()
    try session.undo()
    items = session.project.codingsAwaitingReview(notes: try copy.folder.reviewNotes())
    #expect(items.count == 2)
    #expect(items.allSatisfy { $0.note != nil })
    try session.apply(items[1].removeEdit, summary: "remove")
    #expect(session.project.codings.count == 4)
    session.close()
    #expect(try ProjectCheck.problems(in: copy.folder).count == 1)
  }
}
