import SarapCore
import SarapEngine

extension AppState {
  /// The file formats `:export` writes, by extension (`.txt` is the aligned text table).
  static let exportFormats = ["csv", "xlsx", "svg", "tsv", "md", "json", "txt"]

  /// `:export FILE`: the report on the reports screen, the retrieved segments on the retrieval
  /// screen, in the format the file's extension names; anywhere else it says what it can export.
  mutating func export(to path: String) -> Outcome {
    let formats = Self.exportFormats.map { ".\($0)" }.joined(separator: ", ")
    guard let report = exportableDocument() else {
      return refuseExport(
        "Nothing to export here: :export FILE writes the report on the reports screen (R) or "
          + "the retrieved segments on the retrieval screen (r)")
    }
    guard !path.isEmpty else { return refuseExport("Say where: :export FILE (\(formats))") }
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let dot = name.lastIndex(of: ".")
    let suffix = dot.map { String(name[name.index(after: $0)...]).lowercased() } ?? ""
    guard Self.exportFormats.contains(suffix) else {
      let what = suffix.isEmpty ? "\(name) has no extension" : "Cannot export to .\(suffix)"
      return refuseExport("\(what): the formats are \(formats)")
    }
    let request = ExportRequest(report: report, language: language, filter: filter, path: path)
    return Outcome(.redraw, effects: [.export(request)])
  }

  /// What `:export` writes from the screen in front: nil where there is nothing to export.
  private mutating func exportableDocument() -> ReportDocument? {
    switch mode {
    case .reports:
      if reports.current == nil { refreshReport(force: true) }
      return reports.current
    case .retrieval:
      guard !retrieval.query.isEmpty else { return nil }
      return try? ReportDefinition.segments.compute(
        analysis.corpus, ReportSettings(query: retrieval.query, filter: filter))
    default: return nil
    }
  }

  private mutating func refuseExport(_ reason: String) -> Outcome {
    status = .error(reason)
    return .redraw
  }
}
