import SarapCore

/// What `:export FILE` asks the environment to write: the report on screen, the language its
/// labels are in, whose codings it counts, and where.
public struct ExportRequest: Hashable, Sendable {
  /// The report on screen.
  public var report: ReportDocument
  /// The language of code names in the file.
  public var language: Language
  /// The coder whose codings the report counts; nil for every coder.
  public var coder: Coder.ID?
  /// The file to write; its extension chooses the format (`.csv`, `.xlsx`, `.svg`, `.tsv`, `.md`,
  /// `.json`, `.txt`; any other extension is refused).
  public var path: String

  /// Creates a request.
  public init(report: ReportDocument, language: Language, coder: Coder.ID?, path: String) {
    self.report = report
    self.language = language
    self.coder = coder
    self.path = path
  }
}
