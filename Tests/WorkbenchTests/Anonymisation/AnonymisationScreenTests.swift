import SarapCore
import SarapEngine
import TerminalKit
import Testing

@testable import Workbench

/// The anonymisation screen on an in-memory project whose names, places and addresses are
/// INVENTED (no real person is meant).
@Suite("Anonymisation screen")
struct AnonymisationScreenTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  /// Two invented interviews: Daniyar Oskenbayev in both, Shymkent and an e-mail in one.
  static let project = Project(
    description: ProjectDescription(title: "invented"),
    transcripts: [
      Transcript(
        id: "X01", title: "X01",
        body: TranscriptText(
          """
          I: Please introduce yourself.

          X01: My name is Daniyar Oskenbayev, I grew up in Shymkent. Write to d.oskenbayev@example.org.
          """)),
      Transcript(
        id: "X02", title: "X02",
        body: TranscriptText(
          """
          I: Who did you work with?

          X02: I worked with Daniyar Oskenbayev for many years.
          """)),
    ])

  /// The screen opened with `:anonymise` on an empty key, read through an in-memory store.
  static func opened(_ size: Size = Size(width: 80, height: 24)) -> (InMemoryStore, Runtime) {
    let memory = InMemoryStore(project)
    var state = AppState(project: project, projectName: "invented", coder: "ana", size: size)
    state.focus = .reader
    var runtime = Runtime(state: state, environment: memory.environment)
    _ = runtime.send(.keyPressed(.c(":")))
    for character in "anonymise" { _ = runtime.send(.keyPressed(.character(character))) }
    _ = runtime.send(.keyPressed(.enter))
    return (memory, runtime)
  }

  @Test(
    ":anonymise lists the candidates grouped by text, with count and transcripts", arguments: sizes)
  func screen(_ size: Size) {
    let (_, runtime) = Self.opened(size)
    #expect(runtime.state.mode == .anonymisation)
    let groups = runtime.state.anonymisation.groups
    let name = groups.first { $0.text == "Daniyar Oskenbayev" }
    #expect(name?.count == 2)
    #expect(name?.transcripts == ["X01", "X02"])
    #expect(name?.decision == nil)
    #expect(groups.contains { $0.text == "Shymkent" && $0.count == 1 })
    let lines = WorkbenchScreen.render(runtime.state).plainLines()
    #expect(lines[0].hasPrefix("Anonymisation: \(groups.count) text(s), \(groups.count) undecided"))
    #expect(lines.contains { $0.contains("Daniyar Oskenbayev") && $0.contains("X01 X02") })
    assertSnapshot(WorkbenchScreen.render(runtime.state), named: "anonymisation-\(size)")
  }

  @Test("a opens the suggested pseudonym for editing; Ctrl-S records it in the key")
  func accept() throws {
    var (memory, runtime) = Self.opened()
    let row = try #require(
      runtime.state.anonymisation.groups.firstIndex { $0.text == "Daniyar Oskenbayev" })
    for _ in 0..<row { _ = runtime.send(.keyPressed(.c("j"))) }
    _ = runtime.send(.keyPressed(.c("a")))
    guard case .textEditor(let editor) = runtime.state.mode else {
      Issue.record("no editor: \(runtime.state.mode)")
      return
    }
    #expect(editor.field.text == "[АДАМ-1]")
    for _ in 0..<3 { _ = runtime.send(.keyPressed(.backspace)) }
    for character in "-X]" { _ = runtime.send(.keyPressed(.character(character))) }
    _ = runtime.send(.keyPressed(.control("s")))
    #expect(runtime.state.mode == .anonymisation)
    #expect(
      memory.anonymisationKey.entry(for: "Daniyar Oskenbayev")?.decision
        == .accept(pseudonym: "[АДАМ-X]"))
    #expect(runtime.state.anonymisation.groups[row].decisionText == "accept [АДАМ-X]")
  }

  @Test("k keeps and x rejects the selected text, in the key")
  func keepAndReject() {
    var (memory, runtime) = Self.opened()
    let groups = runtime.state.anonymisation.groups
    _ = runtime.send(.keyPressed(.c("k")))
    _ = runtime.send(.keyPressed(.c("j")))
    _ = runtime.send(.keyPressed(.c("x")))
    #expect(memory.anonymisationKey.entry(for: groups[0].text)?.decision == .keep)
    #expect(memory.anonymisationKey.entry(for: groups[1].text)?.decision == .reject)
    #expect(runtime.state.anonymisation.groups[0].decisionText == "keep")
    #expect(runtime.state.anonymisation.groups[1].decisionText == "reject")
  }

  @Test("Enter shows the text's first occurrence in the reader")
  func enterShowsFirstOccurrence() throws {
    var (_, runtime) = Self.opened()
    let row = try #require(
      runtime.state.anonymisation.groups.firstIndex { $0.text == "Daniyar Oskenbayev" })
    for _ in 0..<row { _ = runtime.send(.keyPressed(.c("j"))) }
    _ = runtime.send(.keyPressed(.enter))
    #expect(runtime.state.mode == .browsing)
    #expect(runtime.state.focus == .reader)
    #expect(runtime.state.reader.document?.transcriptID == "X01")
    let body = Self.project.transcripts[0].body.string
    let offset = body.unicodeScalars.distance(
      from: body.unicodeScalars.startIndex,
      to: try #require(body.range(of: "Daniyar Oskenbayev")).lowerBound)
    #expect(runtime.state.reader.cursor == offset)
  }

  @Test("A replaces every accepted text as one undoable edit and records it in the key")
  func apply() throws {
    var (memory, runtime) = Self.opened()
    _ = runtime.send(.keyPressed(.c("a")))
    _ = runtime.send(.keyPressed(.control("s")))
    _ = runtime.send(.keyPressed(.c(":")))
    for character in "anonymise apply" { _ = runtime.send(.keyPressed(.character(character))) }
    _ = runtime.send(.keyPressed(.enter))
    #expect(memory.log.count == 1)
    #expect(memory.anonymisationKey.applied.count == 2)
    #expect(memory.anonymisationKey.applied.allSatisfy { $0.original == "Daniyar Oskenbayev" })
    #expect(
      runtime.state.project.transcripts.allSatisfy { !$0.body.string.contains("Oskenbayev ") })
    #expect(runtime.state.project.transcripts[1].body.string.contains("with [АДАМ-1] for many"))
    #expect(!runtime.state.anonymisation.groups.contains { $0.text == "Daniyar Oskenbayev" })
    _ = runtime.send(.keyPressed(.c("u")))
    #expect(runtime.state.project == Self.project)
  }

  @Test("A with nothing accepted says so and saves nothing")
  func applyNothing() {
    var (memory, runtime) = Self.opened()
    _ = runtime.send(.keyPressed(.c("A")))
    #expect(memory.log.isEmpty)
    #expect(runtime.state.status?.text == "Nothing to apply: no text is accepted (a accepts)")
  }
}
