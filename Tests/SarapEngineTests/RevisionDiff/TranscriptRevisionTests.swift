import SarapCore
import Testing

@testable import SarapEngine

@Suite("Transcript revisions: re-anchoring codings through a character diff")
struct TranscriptRevisionTests {
  /// Revises the marked text's transcript to `new`; returns the revision.
  func revise(_ marked: String, to new: String) throws -> TranscriptRevision {
    let old = MarkedText(marked)
    return try TranscriptRevision(of: "T1", to: new, in: RevisionFixture.project(old))
  }

  /// The text each coding covers after applying the revision to the project.
  func textsAfter(_ marked: String, to new: String) throws -> [String] {
    var project = RevisionFixture.project(MarkedText(marked))
    let revision = try TranscriptRevision(of: "T1", to: new, in: project)
    try project.apply(revision.edit)
    #expect(project.invariantViolations().isEmpty)
    return project.codings.sorted { $0.range < $1.range }.compactMap { project.text(of: $0) }
  }

  @Test(
    "codings in untouched text keep their exact text",
    arguments: [
      ("Ресей {ықпалы} зор.", "Жалпы, Ресей ықпалы зор."),  // insertion before
      ("Ресей {ықпалы} зор.", "Ресей ықпалы әлі де зор."),  // insertion after
      ("Ресей {ықпалы} зор.", "Ресейдің ықпалы зор."),  // replacement before
      ("Ресей {ықпалы} зор.", "Ресей ықпалы."),  // deletion after
      ("Ресей {ықпалы} зор.", "Ресей бұрын ықпалы зор."),  // insertion at the start
      ("Ресей {ықпалы} зор.", "Ресей ықпалы өте зор."),  // insertion at the end
      ("{Ресей} ықпалы {зор}.", "Ресей ықпалы, иә, зор."),  // an edit between two codings
    ])
  func untouched(_ marked: String, _ new: String) throws {
    let revision = try revise(marked, to: new)
    #expect(revision.flagged.isEmpty)
    let old = MarkedText(marked)
    let expected = old.ranges.map {
      String(old.text.unicodeScalars.prefix($0.end).dropFirst($0.start))
    }
    #expect(try textsAfter(marked, to: new) == expected)
  }

  @Test("an insertion strictly inside a coding flags it; the proposal covers the insertion")
  func insertionInside() throws {
    let revision = try revise("Ресей {ықпалы зор}.", to: "Ресей ықпалы әлі де зор.")
    let flagged = try #require(revision.flagged.first)
    #expect(flagged.change == .insertion)
    #expect(flagged.oldText == "ықпалы зор")
    #expect(flagged.newText == "ықпалы әлі де зор")
    #expect(flagged.new.fingerprint == flagged.old.fingerprint)
  }

  @Test(
    "deletions and replacements overlapping a coding flag it",
    arguments: [
      ("Ресей {ықпалы зор}.", "Ресей ықпалы.", "ықпалы", TextDiff.Change.deletion),  // inside
      ("Ресей {ықпалы} зор.", "Ресей ықпал зор.", "ықпал", .deletion),  // across the end
      ("Ресей {ықпалы} зор.", "Ресей палы зор.", "палы", .deletion),  // across the start
      ("Ресей {ықпалы} зор.", "Ресей әсері зор.", "әсері", .replacement),  // whole text replaced
      ("{Ресей ықпалы} зор.", "Ресей, Қытай ықпалы зор.", "Ресей, Қытай ықпалы", .insertion),
      ("{Ресей ықпалы} зор.", "Ресейдің ықпалы зор.", "Ресейдің ықпалы", .insertion),
      ("Ресей {ықпалы зор}.", "Ресей әсері мол.", "әсері мол", .replacement),
      ("Ресей {ықпалы} зор.", "Ресей зор.", "", .deletion),  // coding deleted entirely
      (
        "Иә, {аудандық кітапханаға} барамын.", "Иә, қалалық кітапханаға барамын.",
        "қалалық кітапханаға", .replacement
      ),  // the proposal is widened to whole words
    ])
  func overlapping(
    _ marked: String, _ new: String, _ proposed: String, _ change: TextDiff.Change
  ) throws {
    let revision = try revise(marked, to: new)
    let flagged = try #require(revision.flagged.first)
    #expect(revision.flagged.count == 1)
    #expect(flagged.newText == proposed)
    #expect(flagged.change == change)
    #expect(try textsAfter(marked, to: new) == [proposed])
  }

  @Test("a change inside one of two codings flags only that one")
  func onlyTheTouchedOne() throws {
    let revision = try revise("{Ресей} ықпалы, {Қытай ықпалы}.", to: "Ресей ықпалы, Қытай әсері.")
    #expect(revision.flagged.map(\.oldText) == ["Қытай ықпалы"])
    #expect(revision.unchanged.count == 1)
  }

  @Test("a pure insertion that can slide to the coding's edge does not flag it")
  func slidingInsertion() throws {
    let revision = try revise("x{aba}y", to: "xabaay")
    #expect(revision.flagged.isEmpty)
    #expect(try textsAfter("x{aba}y", to: "xabaay") == ["aba"])
    #expect(try textsAfter("x{ab}y", to: "xaaby") == ["ab"])
  }

  @Test("CRLF line endings in the new text are read as LF")
  func lineEndings() throws {
    let marked = "I: Сұрақ?\n\nR: {Жауап} мынау.\n"
    #expect(throws: TranscriptRevisionError.unchanged("T1")) {
      try revise(marked, to: "I: Сұрақ?\r\n\r\nR: Жауап мынау.\r\n")
    }
    let revision = try revise(marked, to: "\u{FEFF}I: Сұрақ қою?\r\n\r\nR: Жауап мынау.\r\n")
    #expect(revision.new.body.string == "I: Сұрақ қою?\n\nR: Жауап мынау.\n")
    #expect(try textsAfter(marked, to: "I: Сұрақ қою?\r\n\r\nR: Жауап мынау.\r\n") == ["Жауап"])
  }

  @Test("decomposed й in the new text is a change the diff sees, in scalars")
  func decomposedLetters() throws {
    let revision = try revise("{Ресей} ықпалы", to: "Ресеи\u{0306} ықпалы")
    let flagged = try #require(revision.flagged.first)
    #expect(flagged.newText == "Ресеи\u{0306}")
    #expect(flagged.new.range == TextRange(start: 0, end: 6))
  }

  @Test("excerpt ranges are re-anchored; touched ones are reported")
  func excerpts() throws {
    let marked = MarkedText("{Ресей} ықпалы, {Қытай ықпалы}.")
    let project = RevisionFixture.project(marked, excerpts: true)
    let revision = try TranscriptRevision(
      of: "T1", to: "Жалпы, Ресей ықпалы, Қытай әсері.", in: project)
    #expect(
      revision.new.excerpts.map(\.range) == [
        TextRange(start: 7, end: 12), TextRange(start: 21, end: 32),
      ])
    #expect(revision.flaggedExcerpts.map(\.old.id) == ["E2"])
  }

  @Test("two codings moved onto one key are folded into one flagged coding, memos kept")
  func collision() throws {
    let body: TranscriptText = "Ресей ықпалы зор"
    var first = RevisionFixture.coding(TextRange(start: 0, end: 12), in: body)
    first.memo = "бірінші"
    var second = RevisionFixture.coding(TextRange(start: 0, end: 16), in: body)
    second.memo = "екінші"
    var project = Project(
      codebook: Codebook([Code(id: "a", nameKK: "a", nameEN: "a")]),
      transcripts: [Transcript(id: "T1", body: body)], codings: [first, second])
    let revision = try TranscriptRevision(of: "T1", to: "Ресей ықпалы", in: project)
    #expect(revision.flagged.count == 1)
    #expect(revision.flagged.first?.absorbed.count == 1)
    #expect(revision.flagged.first?.new.memo == "бірінші\nекінші")
    let undo = try project.apply(revision.edit)
    #expect(project.codings.count == 1)
    #expect(project.codingsAwaitingReview().count == 1)
    try project.apply(undo)
    #expect(project.codings == [first, second])
  }

  @Test("the revision is one edit whose inverse restores the project")
  func undoable() throws {
    var project = RevisionFixture.project(MarkedText("{Ресей} {ықпалы} {зор}."))
    let before = project
    let revision = try TranscriptRevision(of: "T1", to: "Иә, Ресей ықпалы өте зор.", in: project)
    let undo = try project.apply(revision.edit)
    #expect(project.transcripts[0].body.string == "Иә, Ресей ықпалы өте зор.")
    try project.apply(undo)
    #expect(project == before)
  }

  @Test("codings that shift into each other's old keys are applied without a clash")
  func shiftingKeys() throws {
    let body: TranscriptText = "аа аа аа"
    let codings = [0, 3].map { RevisionFixture.coding(TextRange(start: $0, end: $0 + 2), in: body) }
    var project = Project(
      codebook: Codebook([Code(id: "a", nameKK: "a", nameEN: "a")]),
      transcripts: [Transcript(id: "T1", body: body)], codings: codings)
    let revision = try TranscriptRevision(of: "T1", to: "бб аа аа аа", in: project)
    try project.apply(revision.edit)
    #expect(project.codings.map(\.range.start) == [3, 6])
  }
}
