import SarapCore
import SarapEngine
import TerminalKit
import Testing

@testable import Workbench

/// The review screen keeps acting as its list shrinks, shows a long change in full, and names a
/// revision as `sarap review` does.
@Suite("Review screen: a shrinking list, a long change")
struct ReviewScreenTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  /// A SYNTHETIC answer of some 250 characters, coded whole, whose revision changes one word
  /// about 170 characters in.
  static let longAnswer =
    "Аптасына екі-үш рет оқимын, көбіне кешке, жұмыстан кейін үйде отырып, кейде демалыс "
    + "күндері саябақта да оқимын, себебі онда тыныш әрі жарық, ал қыста кітапханаға барып, "
    + "оқу залында ұзақ отырамын, сол жерде аудандық газеттерді де қарап шығамын."

  static func longChangeState(size: Size) throws -> AppState {
    let body = "[Q1] I: Сіз қанша жиі кітап оқисыз?\n\nS01: \(longAnswer)\n"
    let text = TranscriptText(body)
    let range = Fixture.range(of: longAnswer, in: body)
    let coding = Coding(
      transcript: "S01", range: range, code: "habits", coder: "demo", time: Fixture.time,
      fingerprint: TextFingerprint(of: text[range]))
    var project = Project(
      guide: RevisionsFixture.original.guide, codebook: RevisionsFixture.original.codebook,
      transcripts: [Transcript(id: "S01", guideRevision: "main", body: text)], codings: [coding])
    let corrected = body.replacingOccurrences(
      of: "аудандық газеттерді", with: "облыстық журналдарды")
    let revision = try TranscriptRevision(of: "S01", to: corrected, in: project)
    try project.apply(revision.edit)
    var state = AppState(project: project, projectName: "synthetic", coder: "ana", size: size)
    state.revisions.notes = revision.reviewNotes(revision: "S01.1", time: Fixture.time)
    return state
  }

  @Test("accepting the last entry selects the one now last, and a accepts it")
  func selectionClampedWhenListShrinks() throws {
    let state = try RevisionsFixture.state(size: Size(width: 120, height: 40))
    let memory = InMemoryStore(state.project)
    var runtime = Runtime(state: state, environment: memory.environment)
    runtime.press(.c("F"), .c("j"), .c("a"))
    #expect(runtime.state.reviewItems.count == 1)
    #expect(runtime.state.selectedReviewItem != nil)
    runtime.press(.c("a"))
    #expect(runtime.state.reviewItems.isEmpty)
    #expect(memory.log.count == 2)
  }

  @Test(
    "a change far into a segment shows before and now in full, the words highlighted",
    arguments: sizes)
  func longChange(_ size: Size) throws {
    var store = TestStore(try Self.longChangeState(size: size))
    store.press(.c("F"))
    #expect(store.state.reviewItems.count == 1)
    let buffer = WorkbenchScreen.render(store.state)
    let lines = buffer.plainLines()
    let removed = try #require(lines.firstIndex { $0.contains("аудандық") })
    let inserted = try #require(lines.firstIndex { $0.contains("облыстық") })
    #expect(removed < inserted)
    let column = try #require(lines[inserted].range(of: "облыстық")).lowerBound
    let x = lines[inserted].distance(from: lines[inserted].startIndex, to: column)
    #expect(buffer[x, inserted].style == GuideRevisionsScreen.inserted)
    #expect(lines.joined().contains("шығамын."))
    assertSnapshot(buffer, named: "review-long-change-\(size)")
  }

  @Test(
    "the review names the revision as sarap review does (S01.4), never `previous text`",
    arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
  func reviewNamesRevision(_ size: Size) {
    var (runtime, memory) = ReviseCommandTests.runtime(
      ["fixed.txt": RevisionsFixture.corrected], revisionName: { "\($0).4" })
    runtime.command("open S01")
    runtime.command("revise fixed.txt")
    #expect(runtime.state.reviewItems.compactMap(\.note?.revision) == ["S01.4", "S01.4"])
    let screen = WorkbenchScreen.render(runtime.state).plainLines().joined(separator: "\n")
    #expect(screen.contains("revision S01.4"))
    #expect(!screen.contains("previous text"))
    #expect(memory.log.count == 1)
    _ = runtime.handle(.resize(size))
    assertSnapshot(WorkbenchScreen.render(runtime.state), named: "review-after-revise-\(size)")
  }
}
