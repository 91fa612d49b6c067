import SarapCore
import SarapEngine

/// A report as SarapEngine computed it, with what is needed to write it out: the one on screen
/// is what `:export FILE` writes.
public enum ReportDocument: Hashable, Sendable {
  /// A frequency table.
  case frequency(FrequencyReport)
  /// A co-occurrence table.
  case coOccurrence(CoOccurrenceReport)
  /// A theme matrix.
  case themeMatrix(ThemeMatrix)

  /// Computes the report the reports screen's choices describe.
  public static func compute(_ choices: ReportsState, corpus: CodedCorpus) -> ReportDocument {
    let filter = SegmentFilter(coders: choices.coder.map { [$0] })
    switch choices.kind {
    case .frequency:
      return .frequency(corpus.frequency(by: choices.grouping, where: filter))
    case .coOccurrence:
      return .coOccurrence(
        corpus.coOccurrence(by: choices.grouping, unit: choices.unit, where: filter))
    case .themeMatrix:
      return .themeMatrix(corpus.matrix(by: choices.grouping, cell: choices.cell, where: filter))
    }
  }
}
