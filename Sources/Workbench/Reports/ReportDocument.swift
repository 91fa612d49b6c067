import SarapCore
import SarapEngine

/// A report as SarapEngine computed it, with what is needed to write it out: the one on screen
/// is what `:export FILE` writes.
public typealias ReportDocument = ComputedReport

extension ComputedReport {
  /// Computes the report the reports screen's choices describe, counting the codings `filter`
  /// keeps (an agreement report compares its own two coders); nil when the kind cannot be
  /// computed from them.
  public static func compute(
    _ choices: ReportsState, filter: SegmentFilter = .all, corpus: CodedCorpus
  ) -> ReportDocument? {
    let pair = choices.agreement.pair(in: corpus.project)
    var filter = filter
    if choices.kind.definition.settings.contains(.coderPair) { filter.coders = nil }
    let settings = ReportSettings(
      grouping: choices.grouping, unit: choices.unit, cell: choices.cell, filter: filter,
      coderPair: pair.map { [$0.a, $0.b] } ?? [], agreementUnit: choices.agreement.unit)
    return try? choices.kind.definition.compute(corpus, settings)
  }

  /// A frequency report computed elsewhere, as a document.
  public static func frequency(_ report: FrequencyReport) -> ReportDocument {
    wrap(report, as: .frequency)
  }

  /// A co-occurrence report computed elsewhere, as a document.
  public static func coOccurrence(_ report: CoOccurrenceReport) -> ReportDocument {
    wrap(report, as: .coOccurrence)
  }

  /// A theme matrix computed elsewhere, as a document.
  public static func themeMatrix(_ matrix: ThemeMatrix) -> ReportDocument {
    wrap(matrix, as: .themeMatrix)
  }

  private static func wrap(_ value: some Hashable & Sendable, as kind: ReportDefinition)
    -> ReportDocument
  {
    guard let report = kind.report(of: value) else {
      preconditionFailure("\(type(of: value)) is not a \(kind.name) report")
    }
    return report
  }

  /// How the reports screen draws the report.
  var screen: ReportScreen? { ReportDefinition.named(kind)?.screen }
}
