import SarapCore

/// One kind of report, described once: its name, its title, the settings it reads, how it is
/// computed and laid out as a table, and how the reports screen shows it.
///
/// Every kind is registered in ``ReportDefinition/all``. The command line runs any of them
/// through one runner, the table writers render any ``ReportTable``, and the reports screen
/// offers every kind with a ``screen``; so a new kind is its engine computation, its definition
/// (one file, one line in the list), a command-line subcommand and tests.
public struct ReportDefinition: Sendable {
  /// The machine name: the `sarap report` subcommand and the JSON `report` field.
  public let name: String
  /// The title on the reports screen's tab (the workbench speaks English; tables carry their own
  /// titles in the chosen language).
  public let title: String
  /// The settings the kind reads.
  public let settings: ReportSetting
  /// How the reports screen draws it; nil for a report offered on the command line only.
  public let screen: ReportScreen?
  private let computation: @Sendable (CodedCorpus, ReportSettings) throws -> ComputedReport
  private let wrapping: @Sendable (any Hashable & Sendable, ReportSettings) -> ComputedReport?

  /// Describes a kind of report.
  ///
  /// - Parameters:
  ///   - name: The machine name.
  ///   - title: The title on screen.
  ///   - settings: The settings `compute` and `table` read.
  ///   - screen: How the reports screen draws it, or nil.
  ///   - compute: The engine computation.
  ///   - table: The result laid out as a table in the labels' language; column keys in English.
  public init<Report: Hashable & Sendable>(
    name: String, title: String, settings: ReportSetting, screen: ReportScreen?,
    compute: @escaping @Sendable (CodedCorpus, ReportSettings) throws -> Report,
    table: @escaping @Sendable (Report, ReportSettings, ReportLabels) -> ReportTable
  ) {
    self.name = name
    self.title = title
    self.settings = settings
    self.screen = screen
    let wrap = { @Sendable (report: Report, chosen: ReportSettings) in
      ComputedReport(kind: name, settings: chosen, value: report) { labels in
        table(report, chosen, labels)
      }
    }
    self.computation = { corpus, chosen in wrap(try compute(corpus, chosen), chosen) }
    self.wrapping = { value, chosen in (value as? Report).map { wrap($0, chosen) } }
  }

  /// Computes the report on a corpus.
  public func compute(_ corpus: CodedCorpus, _ settings: ReportSettings) throws -> ComputedReport {
    try computation(corpus, settings)
  }

  /// A result computed elsewhere, as this kind's report; nil when it is not this kind's result.
  public func report(
    of value: any Hashable & Sendable, settings: ReportSettings = ReportSettings()
  ) -> ComputedReport? {
    wrapping(value, settings)
  }
}

/// How the reports screen draws a kind of report.
public enum ReportScreen: Hashable, Sendable {
  /// One row per code or theme with its figures (``FrequencyReport``).
  case frequencyTable
  /// A colour-graded key x key matrix (``CoOccurrenceReport``).
  case heatMap
  /// Transcripts x keys with totals (``ThemeMatrix``).
  case themeMatrix
  /// The codes two coders used, lowest agreement first, each leading to its disagreements
  /// (``AgreementReport``).
  case agreementList
  /// The report's ``ReportTable`` as it is, for any kind.
  case table
}

extension ReportDefinition {
  /// Every kind of report, in the order the reports screen's tabs and help list them.
  public static let all: [ReportDefinition] = [
    .frequency, .coOccurrence, .themeMatrix, .agreement, .segments, .tidy, .claims,
  ]

  /// The kinds the reports screen offers, in tab order.
  public static var onScreen: [ReportDefinition] { all.filter { $0.screen != nil } }

  /// The kind with a machine name.
  public static func named(_ name: String) -> ReportDefinition? {
    all.first { $0.name == name }
  }
}
