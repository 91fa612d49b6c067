import SarapCore
import SarapEngine

/// What `:export FILE` asks the environment to write: the report on screen, the language its
/// labels are in, which codings it counts, and where.
public struct ExportRequest: Hashable, Sendable {
  /// The report on screen.
  public var report: ReportDocument
  /// The language of code names in the file.
  public var language: Language
  /// Which codings the report counts (coders, questions, attributes, transcripts).
  public var filter: SegmentFilter
  /// The file to write; its extension chooses the format (`.csv`, `.xlsx`, `.svg`, `.tsv`, `.md`,
  /// `.json`, `.txt`; any other extension is refused).
  public var path: String

  /// Creates a request.
  public init(report: ReportDocument, language: Language, filter: SegmentFilter, path: String) {
    self.report = report
    self.language = language
    self.filter = filter
    self.path = path
  }
}
