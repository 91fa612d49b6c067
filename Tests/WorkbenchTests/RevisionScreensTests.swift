import SarapCore
import SarapEngine
import TerminalKit
import Testing

@testable import Workbench

@Suite("Revision screens: guide revisions side by side, review of flagged codings")
struct RevisionScreensTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  @Test("V shows the pilot and main revisions side by side with marks and notes", arguments: sizes)
  func guideRevisions(_ size: Size) throws {
    var store = TestStore(try RevisionsFixture.state(size: size))
    store.press(.c("V"))
    #expect(store.state.mode == .guideRevisions)
    let buffer = WorkbenchScreen.render(store.state)
    let text = buffer.plainLines().joined(separator: "\n")
    #expect(text.contains("Guide revisions: pilot → main"))
    #expect(text.contains("split"))
    assertSnapshot(buffer, named: "guide-revisions-\(size)")
  }

  @Test("removed and inserted words are highlighted on their own side")
  func guideHighlights() throws {
    var store = TestStore(try RevisionsFixture.state(size: Size(width: 120, height: 40)))
    store.press(.c("V"), .c("L"))
    let buffer = WorkbenchScreen.render(store.state)
    let lines = buffer.plainLines()
    let row = try #require(lines.firstIndex { $0.contains("What books do you like?") })
    let like = try #require(lines[row].range(of: "like"))
    let column = lines[row].distance(from: lines[row].startIndex, to: like.lowerBound)
    #expect(buffer[column, row].style == GuideRevisionsScreen.removed)
    let most = try #require(lines[row].range(of: "most"))
    let newColumn = lines[row].distance(from: lines[row].startIndex, to: most.lowerBound)
    #expect(buffer[newColumn, row].style == GuideRevisionsScreen.inserted)
  }

  @Test("F lists the flagged codings with their old and new text", arguments: sizes)
  func review(_ size: Size) throws {
    var store = TestStore(try RevisionsFixture.state(size: size))
    store.press(.c("F"))
    #expect(store.state.mode == .review)
    #expect(store.state.reviewItems.count == 2)
    let text = WorkbenchScreen.render(store.state).plainLines().joined(separator: "\n")
    #expect(text.contains("аудандық кітапханаға айына бір барамын"))
    #expect(text.contains("қалалық кітапханаға айына бір барамын"))
    assertSnapshot(WorkbenchScreen.render(store.state), named: "review-\(size)")
  }

  @Test("accept, adjust and remove leave as saved edits; u undoes through the store")
  func reviewActions() throws {
    let state = try RevisionsFixture.state(size: Size(width: 120, height: 40))
    let memory = InMemoryStore(state.project)
    var runtime = Runtime(state: state, environment: memory.environment)
    runtime.press(.c("F"), .c("a"))
    #expect(memory.log == ["review S01:42-69:habits:demo: accepted"])
    #expect(runtime.state.reviewItems.count == 1)
    runtime.press(.c("]"), .c("}"), .c("{"), .c("{"))
    #expect(runtime.state.revisions.adjusted == TextRange(start: 152, end: 187))
    runtime.press(.enter)
    #expect(memory.log.last == "review S01:151-188:library:demo: adjusted to 152-187")
    #expect(runtime.state.reviewItems.isEmpty)
    runtime.press(.c("u"))
    #expect(runtime.state.reviewItems.count == 1)
    runtime.press(.c("x"))
    #expect(runtime.state.reviewItems.isEmpty)
    #expect(runtime.state.project.codings.map(\.code) == ["habits", "evening"])
  }

  @Test("with nothing to review, accepting says why")
  func nothingToReview() throws {
    var store = TestStore(Fixture.state(size: Size(width: 80, height: 24)))
    store.press(.c("F"), .c("a"))
    #expect(store.state.status == .error("No coding awaits review"))
  }
}

extension Runtime {
  /// Handles key presses one by one, effects included.
  mutating func press(_ keys: Key...) {
    for key in keys { _ = handle(.key(key)) }
  }
}
