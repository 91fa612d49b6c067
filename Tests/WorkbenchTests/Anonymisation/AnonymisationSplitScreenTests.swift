import SarapCore
import SarapEngine
import TerminalKit
import Testing

@testable import Workbench

/// The anonymisation screen's split and stepping.
///
/// Splitting a text between transcripts and stepping through its occurrences. The names are
/// INVENTED (no real person is meant).
@Suite("Anonymisation screen: split and step through occurrences")
struct AnonymisationSplitScreenTests {
  /// `Қозыбаев` twice in X01 (Kazakh) and once in X02 (Russian): two different people.
  static let project = Project(
    description: ProjectDescription(title: "invented"),
    transcripts: [
      Transcript(
        id: "X01", title: "X01",
        body: TranscriptText(
          "X01: Біздің бөлімді Қозыбаев басқарды. Кейін Қозыбаевтың орнына басқа адам келді.")),
      Transcript(
        id: "X02", title: "X02",
        body: TranscriptText("X02: Я работала с Иваном. Потом пришёл Қозыбаев, и всё изменилось.")),
    ])

  /// The screen opened with `:anonymise`, the `Қозыбаев` row selected.
  static func opened() throws -> (InMemoryStore, Runtime) {
    let memory = InMemoryStore(project)
    var state = AppState(
      project: project, projectName: "invented", coder: "ana", size: Size(width: 80, height: 24))
    state.focus = .reader
    var runtime = Runtime(state: state, environment: memory.environment)
    _ = runtime.send(.keyPressed(.c(":")))
    for character in "anonymise" { _ = runtime.send(.keyPressed(.character(character))) }
    _ = runtime.send(.keyPressed(.enter))
    let row = try #require(
      runtime.state.anonymisation.groups.firstIndex { $0.text == "Қозыбаев" })
    for _ in 0..<row { _ = runtime.send(.keyPressed(.c("j"))) }
    return (memory, runtime)
  }

  static func offset(of text: String, in body: String, from start: Int = 0) throws -> Int {
    let scalars = Array(body.unicodeScalars)
    let needle = Array(text.unicodeScalars)
    let found = (start...(scalars.count - needle.count)).first {
      Array(scalars[$0..<($0 + needle.count)]) == needle
    }
    return try #require(found)
  }

  @Test("s splits a text into one row per transcript; each decision is limited to its own")
  func split() throws {
    var (memory, runtime) = try Self.opened()
    let before = try #require(runtime.state.selectedAnonymisationGroup)
    #expect(before.transcripts == ["X01", "X02"] && before.count == 3 && !before.isSplit)
    let scans = runtime.state.anonymisation.scan.scans
    _ = runtime.send(.keyPressed(.c("s")))
    let rows = runtime.state.anonymisation.groups.filter { $0.text == "Қозыбаев" }
    try #require(rows.map(\.scope) == [["X01"], ["X02"]])
    #expect(rows.map(\.count) == [2, 1])
    #expect(rows[0].suggestion != rows[1].suggestion)
    // The rows of a split text stay together, in transcript order.
    let first = try #require(
      runtime.state.anonymisation.groups.firstIndex { $0.text == "Қозыбаев" })
    #expect(runtime.state.anonymisation.groups[first + 1].scope == ["X02"])
    // Accept the X01 row with its suggestion, keep the X02 row.
    _ = runtime.send(.keyPressed(.c("a")))
    guard case .textEditor(let editor) = runtime.state.mode else {
      Issue.record("no editor: \(runtime.state.mode)")
      return
    }
    #expect(editor.target == .pseudonym("Қозыбаев", .person, ["X01"]))
    _ = runtime.send(.keyPressed(.control("s")))
    _ = runtime.send(.keyPressed(.c("j")))
    #expect(runtime.state.selectedAnonymisationGroup?.scope == ["X02"])
    _ = runtime.send(.keyPressed(.c("k")))
    let key = memory.anonymisationKey
    #expect(
      key.entry(for: "Қозыбаев", in: "X01")?.decision == .accept(pseudonym: editor.field.text))
    #expect(key.entry(for: "Қозыбаев", in: "X02")?.decision == .keep)
    #expect(key.entry(for: "Қозыбаев") == nil)
    #expect(
      runtime.state.anonymisation.groups.filter { $0.text == "Қозыбаев" }.map(\.decisionText)
        == ["accept \(editor.field.text)", "keep"])
    // Deciding read the key again without scanning the project again.
    #expect(runtime.state.anonymisation.scan.scans == scans)
    // Apply: X01's occurrences get the pseudonym, X02's stay.
    _ = runtime.send(.keyPressed(.c("A")))
    let bodies = runtime.state.project.transcripts.map(\.body.string)
    #expect(
      bodies == [
        "X01: Біздің бөлімді \(editor.field.text) басқарды. Кейін \(editor.field.text)тың орнына "
          + "басқа адам келді.",
        "X02: Я работала с Иваном. Потом пришёл Қозыбаев, и всё изменилось.",
      ])
    // The apply changed X01 only: only X01 is scanned again.
    #expect(runtime.state.anonymisation.scan.scans == scans + 1)
  }

  @Test("s on a text in one transcript says there is nothing to split")
  func splitOne() throws {
    var (memory, runtime) = try Self.opened()
    defer { withExtendedLifetime(memory) {} }
    let row = try #require(
      runtime.state.anonymisation.groups.firstIndex { $0.transcripts.count == 1 })
    _ = runtime.send(.keyPressed(.c("g")))
    for _ in 0..<row { _ = runtime.send(.keyPressed(.c("j"))) }
    let groups = runtime.state.anonymisation.groups
    _ = runtime.send(.keyPressed(.c("s")))
    #expect(runtime.state.anonymisation.groups == groups)
    #expect(runtime.state.status?.text.contains("nothing to split") == true)
  }

  @Test("Enter shows the first occurrence, n/N step through the transcript's, Enter again the next")
  func step() throws {
    var (memory, runtime) = try Self.opened()
    defer { withExtendedLifetime(memory) {} }
    _ = runtime.send(.keyPressed(.enter))
    #expect(runtime.state.reader.document?.transcriptID == "X01")
    let body = Self.project.transcripts[0].body.string
    let first = try Self.offset(of: "Қозыбаев", in: body)
    let second = try Self.offset(of: "Қозыбаев", in: body, from: first + 1)
    #expect(runtime.state.reader.cursor == first)
    #expect(runtime.state.search.matches.map(\.start) == [first, second])
    #expect(runtime.state.status?.text.contains("occurrence 1 of 2 in X01") == true)
    _ = runtime.send(.keyPressed(.c("n")))
    #expect(runtime.state.reader.cursor == second)
    _ = runtime.send(.keyPressed(.c("n")))
    #expect(runtime.state.reader.cursor == first)
    _ = runtime.send(.keyPressed(.c("N")))
    #expect(runtime.state.reader.cursor == second)
    // Back on the screen, Enter on the same text shows its next transcript.
    _ = runtime.send(.keyPressed(.c(":")))
    for character in "anonymise" { _ = runtime.send(.keyPressed(.character(character))) }
    _ = runtime.send(.keyPressed(.enter))
    let row = try #require(
      runtime.state.anonymisation.groups.firstIndex { $0.text == "Қозыбаев" })
    _ = runtime.send(.keyPressed(.c("g")))
    for _ in 0..<row { _ = runtime.send(.keyPressed(.c("j"))) }
    _ = runtime.send(.keyPressed(.enter))
    #expect(runtime.state.reader.document?.transcriptID == "X02")
    let other = Self.project.transcripts[1].body.string
    #expect(runtime.state.reader.cursor == (try Self.offset(of: "Қозыбаев", in: other)))
  }
}
