import SarapCore
import SarapEngine
import TerminalKit
import Testing

@testable import Workbench

/// `:filter` and `f` narrow the reports and the retrieval by coder, guide question, case
/// attribute and transcript, as `sarap report`'s options do.
@Suite("Reducer: filters in reports and retrieval")
struct FilterReducerTests {
  /// Types `:` and `command`, then Enter.
  @discardableResult
  static func run(_ command: String, in store: inout TestStore) -> Outcome {
    store.press(.c(":"))
    store.type(command)
    return store.press(.enter)
  }

  /// The segments per code of a frequency report by codes.
  static func segmentsByCode(_ state: AppState) -> [Code.ID: Int] {
    guard let report = state.reports.current?.value(as: FrequencyReport.self) else { return [:] }
    return Dictionary(uniqueKeysWithValues: report.rows.map { ($0.key, $0.figures.segments) })
  }

  @Test("a question filter (typed with a Latin a) narrows the frequencies to that question")
  func questionNarrowsFrequencies() {
    var store = TestStore(Fixture.state())
    store.press(.c("R"), .c("t"))
    Self.run("filter question Q2a", in: &store)
    #expect(store.state.filter == SegmentFilter(questions: ["Q2а"]))
    // By hand: the only codings in a Q2а turn are ana's russia and west on
    // "Ресей, Қытай және Батыс елдері."; the five Q1 codings drop out.
    let counts = Self.segmentsByCode(store.state)
    #expect(counts["russia"] == 1)
    #expect(counts["west"] == 1)
    #expect(counts["china"] == 0)
    #expect(counts["china.economy"] == 0)
    #expect(counts["russia.language"] == 0)
    #expect(store.state.status == StatusMessage("Filter: question Q2а (reports and retrieval)"))
  }

  @Test("a coder filter narrows the retrieval; its header names the filter")
  func coderNarrowsRetrieval() {
    var store = TestStore(Fixture.state())
    store.state.retrieve("russia")
    let everyone = store.state.retrieval.hits
    Self.run("filter coder ana", in: &store)
    let hits = store.state.retrieval.hits
    #expect(hits.count == 1)
    #expect(hits.allSatisfy { $0.coders == ["ana"] })
    #expect(everyone.count > hits.count)
    let header = WorkbenchScreen.render(store.state).plainLines()[0]
    #expect(header.contains("filter: coder ana"))
  }

  @Test("an attribute filter keeps the transcripts with that value")
  func attributeNarrowsRetrieval() {
    var store = TestStore(Fixture.state())
    Self.run("filter --attribute service=science", in: &store)
    store.state.retrieve("west")
    #expect(store.state.retrieval.hits.map(\.transcript) == ["R01"])
  }

  @Test(
    "a word the project does not know is refused, naming what it has; the filter stays",
    arguments: [
      ("filter coder bob", "no coder bob (coders: ana, dissertation)"),
      ("filter question Q9", "no question Q9 (questions: Q1, Q2а)"),
      ("filter attribute sector=state", "no attribute sector (attributes: service)"),
      ("filter transcript R99", "no transcript R99 (transcripts: R01, R07)"),
      ("filter coder", "coder needs a value"),
      ("filter colour red", "unknown word colour: coder, question, attribute or transcript"),
    ])
  func unknownRefused(_ command: String, _ reason: String) {
    var store = TestStore(Fixture.state())
    Self.run("filter coder ana", in: &store)
    Self.run(command, in: &store)
    #expect(store.state.status == .error("Filter unchanged: \(reason)"))
    #expect(store.state.filter == SegmentFilter(coders: ["ana"]))
  }

  @Test("f opens the command line with the filter in force, which reads back the same")
  func fEditsTheFilter() throws {
    var store = TestStore(Fixture.state())
    Self.run("filter coder ana question Q1 attribute service=state transcript R07", in: &store)
    let filter = store.state.filter
    store.press(.c("R"), .c("f"))
    guard case .commandLine(let line) = store.state.mode else {
      Issue.record("expected the command line, got \(store.state.mode)")
      return
    }
    #expect(
      line.field.text == "filter coder ana question Q1 attribute service=state transcript R07")
    store.press(.enter)
    #expect(store.state.filter == filter)
    #expect(
      try FilterText.parse(FilterText.text(of: filter), in: store.state.project).get() == filter)
  }

  @Test(":filter alone shows every coding again")
  func emptyClears() {
    var store = TestStore(Fixture.state())
    Self.run("filter coder ana", in: &store)
    Self.run("filter", in: &store)
    #expect(store.state.filter == .all)
    #expect(
      store.state.status == StatusMessage("No filter: reports and retrieval count every coding"))
  }

  @Test(":export of a filtered report carries the filter into the file's parameters")
  func exportCarriesFilter() throws {
    var store = TestStore(Fixture.state())
    Self.run("filter question Q2а", in: &store)
    store.press(.c("R"))
    let outcome = Self.run("export freq.md", in: &store)
    let request = try #require(
      outcome.effects.compactMap { effect -> ExportRequest? in
        if case .export(let request) = effect { request } else { nil }
      }.first)
    #expect(request.filter == SegmentFilter(questions: ["Q2а"]))
    #expect(request.filter.reportParameters.contains(ReportParameter("question", "Q2а")))
  }

  @Test("o cycles the filter's coder: all, then each, then all again")
  func oCyclesCoder() {
    var store = TestStore(Fixture.state())
    store.press(.c("R"))
    var seen: [Set<Coder.ID>?] = []
    for _ in 0..<3 {
      store.press(.c("o"))
      seen.append(store.state.filter.coders)
    }
    #expect(seen == [["ana"], ["dissertation"], nil])
  }
}
