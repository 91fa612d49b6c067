import SarapCore
import SarapEngine
import TerminalKit
import Testing

@testable import Workbench

@Suite("`:revise FILE` in the workbench, and Esc while adjusting a flagged coding")
struct ReviseCommandTests {
  static let size = Size(width: 120, height: 40)

  /// A runtime on the unrevised project whose files hold `texts` (path to text).
  static func runtime(
    _ texts: [String: String], revisionName: @escaping (Transcript.ID) -> String = { "\($0).1" }
  ) -> (Runtime, InMemoryStore) {
    let state = AppState(
      project: RevisionsFixture.original, projectName: "synthetic", coder: "ana", size: size)
    let memory = InMemoryStore(state.project)
    var environment = memory.environment
    environment.readRevisionText = { path in
      guard let text = texts[path] else { throw MissingFile(path: path) }
      return text
    }
    environment.revisionName = revisionName
    return (Runtime(state: state, environment: environment), memory)
  }

  @Test(":revise saves one edit, opens the review with the old text, and u undoes it all")
  func revise() throws {
    var (runtime, memory) = Self.runtime(["fixed.txt": RevisionsFixture.corrected])
    let revision = try RevisionsFixture.revision
    runtime.command("open S01")
    runtime.command("revise fixed.txt")
    #expect(memory.log == [revision.summary])
    #expect(runtime.state.project.transcript("S01")?.body.string == RevisionsFixture.corrected)
    #expect(runtime.state.mode == .review)
    #expect(runtime.state.status == StatusMessage("Revised S01: 1 codings moved, 2 flagged"))
    #expect(runtime.state.reviewItems.map(\.coding.code) == ["habits", "library"])
    #expect(runtime.state.reviewItems.allSatisfy { $0.note != nil })
    let screen = WorkbenchScreen.render(runtime.state).plainLines().joined(separator: "\n")
    #expect(screen.contains("аудандық кітапханаға айына бір барамын"))
    #expect(screen.contains("қалалық кітапханаға айына бір барамын"))
    runtime.press(.c("u"))
    #expect(runtime.state.project == RevisionsFixture.original)
    #expect(runtime.state.reviewItems.isEmpty)
    #expect(runtime.state.reader.document?.body.string == RevisionsFixture.body)
  }

  @Test("an unreadable file, an unchanged text or no open transcript change nothing and say why")
  func refusals() {
    var (runtime, memory) = Self.runtime(["same.txt": RevisionsFixture.body])
    runtime.command("revise")
    #expect(runtime.state.status == .error("Say which file: :revise FILE (.txt, .md or .docx)"))
    runtime.state.reader.document = nil
    runtime.command("revise same.txt")
    #expect(runtime.state.status?.kind == .error)
    #expect(runtime.state.status?.text.contains(":open") == true)
    runtime.command("open S01")
    runtime.command("revise missing.txt")
    #expect(runtime.state.status?.text.hasPrefix("Not revised:") == true)
    #expect(runtime.state.status?.text.contains("missing.txt") == true)
    runtime.command("revise same.txt")
    #expect(runtime.state.status?.kind == .error)
    #expect(runtime.state.status?.text.hasPrefix("Not revised:") == true)
    #expect(memory.log.isEmpty)
    #expect(runtime.state.mode == .browsing)
  }

  @Test("Esc while adjusting restores the proposed range; a second Esc leaves the review")
  func escapeCancelsAdjustment() throws {
    var store = TestStore(try RevisionsFixture.state(size: Self.size))
    store.press(.c("F"), .c("]"), .c("}"))
    #expect(store.state.revisions.adjusted != nil)
    store.press(.escape)
    #expect(store.state.mode == .review)
    #expect(store.state.revisions.adjusted == nil)
    let screen = WorkbenchScreen.render(store.state).plainLines().joined(separator: "\n")
    #expect(screen.contains("Review"))
    store.press(.escape)
    #expect(store.state.mode == .browsing)
  }
}

/// The error a test environment throws for a file it does not hold.
struct MissingFile: Error, CustomStringConvertible {
  var path: String
  var description: String { "\(path): no such file" }
}

extension Runtime {
  /// Types a `:` command and presses Enter, effects included.
  mutating func command(_ text: String) {
    press(.c(":"))
    for character in text { _ = handle(.key(.character(character))) }
    press(.enter)
  }
}
