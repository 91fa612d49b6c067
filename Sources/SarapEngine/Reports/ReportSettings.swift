import SarapCore

/// The choices a report is computed and laid out with; each report kind reads the ones its
/// ``ReportDefinition/settings`` declare and ignores the rest.
public struct ReportSettings: Hashable, Sendable {
  /// Rows (and columns) per code or per theme.
  public var grouping: Grouping
  /// What two codes must share to co-occur.
  public var unit: CoOccurrenceUnit
  /// What a theme-matrix cell counts.
  public var cell: MatrixCell
  /// What a co-occurrence matrix cell shows.
  public var measure: CoOccurrenceMeasure
  /// Whether co-occurrence is listed as ranked pairs instead of a matrix.
  public var pairs: Bool
  /// The breakdown of frequencies, if any.
  public var breakdown: Breakdown?
  /// The retrieval query, as the researcher wrote it.
  public var query: String
  /// Which codings count.
  public var filter: SegmentFilter
  /// The two coders an agreement report compares, A then B.
  public var coderPair: [Coder.ID]
  /// What an agreement report compares the coders on.
  public var agreementUnit: AgreementUnit

  /// Creates settings; the defaults are those of the command line.
  public init(
    grouping: Grouping = .theme, unit: CoOccurrenceUnit = .overlap, cell: MatrixCell = .segments,
    measure: CoOccurrenceMeasure = .count, pairs: Bool = false, breakdown: Breakdown? = nil,
    query: String = "", filter: SegmentFilter = .all, coderPair: [Coder.ID] = [],
    agreementUnit: AgreementUnit = .answer
  ) {
    self.grouping = grouping
    self.unit = unit
    self.cell = cell
    self.measure = measure
    self.pairs = pairs
    self.breakdown = breakdown
    self.query = query
    self.filter = filter
    self.coderPair = coderPair
    self.agreementUnit = agreementUnit
  }
}

/// A setting a report kind reads, for the command line's options and the reports screen's keys.
public struct ReportSetting: OptionSet, Hashable, Sendable {
  public let rawValue: UInt16

  public init(rawValue: UInt16) { self.rawValue = rawValue }

  /// `--by code|theme`; `t` on the reports screen.
  public static let grouping = ReportSetting(rawValue: 1 << 0)
  /// `--unit`, `--within`, `--within-paragraphs`; `U` cycles it on the reports screen.
  public static let unit = ReportSetting(rawValue: 1 << 1)
  /// `--cell segments|presence` of the theme matrix; `U` toggles it on the reports screen.
  public static let cell = ReportSetting(rawValue: 1 << 2)
  /// `--cell count|coefficient` and `--pairs` of co-occurrence.
  public static let measure = ReportSetting(rawValue: 1 << 3)
  /// `--breakdown`.
  public static let breakdown = ReportSetting(rawValue: 1 << 4)
  /// `--query`.
  public static let query = ReportSetting(rawValue: 1 << 5)
  /// Exactly two `--coder`s, compared (agreement).
  public static let coderPair = ReportSetting(rawValue: 1 << 6)
  /// `--unit answer|paragraph|segment|character` and `--threshold` of agreement.
  public static let agreementUnit = ReportSetting(rawValue: 1 << 7)
}
