import SarapCore
import SarapEngine
import TerminalKit
import Testing

@testable import Workbench

/// `:export` writes what the screen in front shows, and refuses what it cannot write.
@Suite("Reducer: :export")
struct ExportCommandTests {
  /// Types `:` and `command`, then Enter; returns the outcome of Enter.
  static func run(_ command: String, in store: inout TestStore) -> Outcome {
    store.press(.c(":"))
    store.type(command)
    return store.press(.enter)
  }

  @Test("on the retrieval screen it exports the retrieved segments, not a report")
  func retrievalExportsSegments() throws {
    var store = TestStore(Fixture.state())
    store.state.retrieve("russia")
    #expect(store.state.mode == .retrieval)
    let outcome = Self.run("export hits.csv", in: &store)
    let request = try #require(
      outcome.effects.compactMap { effect -> ExportRequest? in
        if case .export(let request) = effect { request } else { nil }
      }.first)
    #expect(request.report.kind == "segments")
    #expect(request.path == "hits.csv")
    let hits = try #require(request.report.value(as: [RetrievalHit].self))
    #expect(hits == store.state.retrieval.hits)
    #expect(!hits.isEmpty)
  }

  @Test("on the main screen it says what can be exported and writes nothing")
  func elsewhereSaysWhat() {
    var store = TestStore(Fixture.state())
    let outcome = Self.run("export report.csv", in: &store)
    #expect(outcome.effects.isEmpty)
    #expect(store.state.status?.kind == .error)
    #expect(store.state.status?.text.contains("reports screen (R)") == true)
    #expect(store.state.status?.text.contains("retrieval screen (r)") == true)
  }

  @Test("an unknown extension is refused, naming the formats", arguments: ["out.docx", "out"])
  func unknownExtensionRefused(_ path: String) {
    var store = TestStore(Fixture.state())
    store.press(.c("R"))
    let outcome = Self.run("export \(path)", in: &store)
    #expect(outcome.effects.isEmpty)
    #expect(store.state.status?.text.contains(".csv, .xlsx, .svg, .tsv, .md, .json, .txt") == true)
  }

  @Test("on the reports screen it exports the report on screen")
  func reportsExportReport() {
    var store = TestStore(Fixture.state())
    store.press(.c("R"))
    let outcome = Self.run("export freq.md", in: &store)
    #expect(outcome.effects.count == 1)
  }
}

/// `:question` takes the guide's ids however the look-alike letters were typed.
@Suite("Reducer: :question")
struct QuestionCommandTests {
  @Test(":question Q2a with a Latin a jumps to the guide's Q2а")
  func latinLetterAccepted() {
    var store = TestStore(Fixture.state())
    _ = ExportCommandTests.run("question Q2a", in: &store)
    let label = Fixture.range(of: "[Q2а] I:", in: Fixture.r07Body).start
    #expect(store.state.reader.cursor == label)
    #expect(store.state.status?.kind != .error)
  }

  @Test(":question for a question absent from the transcript says so")
  func absentQuestionSaysSo() {
    var store = TestStore(Fixture.state())
    let cursor = store.state.reader.cursor
    _ = ExportCommandTests.run("question Q9", in: &store)
    #expect(store.state.reader.cursor == cursor)
    #expect(store.state.status == .error("Question Q9 is not in R07"))
  }
}
