import Foundation
import SarapCore
import SarapEngine
import SarapFormats
import SarapStore

/// Times load, every report, a retrieval and a search on one project folder, and keeps the
/// reports' numbers for the cross-check.
struct ReportSuite {
  /// The project folder.
  let folder: URL
  /// Timed runs per operation.
  let runs: Int
  /// The retrieval query: two themes that share text in the bundled coding.
  static let query = "russia AND china"
  /// The search: "soft power", the corpus's most quoted phrase.
  static let searchText = "жұмсақ күш"
  /// Regular expressions: one that starts with a literal (the `sarap search` help's example),
  /// and one whose literal comes after a word boundary.
  static let searchExpressions = [
    ("search.regex", #"Ресей\w*"#), ("search.regex.inner", #"(?i)\bжұмсақ\s+күш\w*"#),
  ]

  /// Runs the suite.
  func run() throws -> (measurements: [Measurement], figures: CrossCheck) {
    var bench = Bench(runs: runs)
    var figures = CrossCheck()
    note("reports on \(folder.path)")
    // As `sarap report` loads: from the project cache, bodies read only if text is needed (the
    // warm-up run builds the cache), then the codings resolved.
    let loaded = try bench.measure(
      "load", note: "load as the reports do (cache, bodies on demand), resolve the codings"
    ) {
      let project = try ProjectFolder(url: folder).load(text: .onDemand)
      return CodedCorpus(project)
    }
    try bench.measure(
      "load.text_in_memory", note: "load reading every body (search, export), resolve the codings"
    ) {
      CodedCorpus(try ProjectFolder(url: folder).load(text: .inMemory))
    }
    let corpus = bench.measure("load.corpus", note: "of load: CodedCorpus alone") {
      CodedCorpus(loaded.project)
    }
    try bench.measure("load.read", note: "of load: reading every file's bytes") {
      try LoadParts.readEverything(folder)
    }
    try bench.measure("load.codings", note: "read and decode the codebook and codings files only") {
      try LoadParts.decodeCodings(folder)
    }
    figures.transcripts = corpus.transcripts.map(\.id.rawValue)
    for grouping in [Grouping.code, .theme] {
      let report = bench.measure("frequency.\(grouping.rawValue)") {
        corpus.frequency(by: grouping)
      }
      figures.frequency[grouping.rawValue] = report.rows.map(CrossCheck.FrequencyFigures.init)
    }
    let units: [(String, CoOccurrenceUnit)] = [
      ("overlap", .overlap), ("answer", .answer), ("transcript", .transcript),
    ]
    for (name, unit) in units {
      let report = bench.measure("cooccurrence.\(name)", note: "code x code") {
        corpus.coOccurrence(by: .code, unit: unit)
      }
      figures.cooccurrence[name] = CrossCheck.CoOccurrenceFigures(report)
    }
    let matrix = bench.measure("matrix.theme", note: "segments per transcript and theme") {
      corpus.matrix(by: .theme)
    }
    figures.matrix = CrossCheck.MatrixFigures(matrix)
    try queries(corpus, bench: &bench, figures: &figures)
    return (bench.measurements, figures)
  }

  private func queries(_ corpus: CodedCorpus, bench: inout Bench, figures: inout CrossCheck)
    throws
  {
    let codebook = corpus.project.codebook
    let hits = try bench.measure("retrieval.and", note: Self.query) {
      corpus.retrieve(try Query.parse(Self.query, in: codebook))
    }
    figures.queries["retrieval"] = CrossCheck.QueryFigures(query: Self.query, hits: hits.count)
    let matches = try bench.measure("search.plain", note: Self.searchText) {
      try corpus.searchOnTwoCores(.plain(Self.searchText))
    }
    figures.queries["search"] = CrossCheck.QueryFigures(
      query: Self.searchText, hits: matches.count)
    for (name, expression) in Self.searchExpressions {
      let matches = try bench.measure(name, note: expression) {
        try corpus.searchOnTwoCores(.regex(expression))
      }
      figures.queries[name] = CrossCheck.QueryFigures(query: expression, hits: matches.count)
    }
  }
}
