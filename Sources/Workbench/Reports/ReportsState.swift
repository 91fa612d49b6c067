import SarapCore
import SarapEngine

/// The reports screen's choices (which report, codes or themes, unit, coder) and the report they
/// produced, recomputed by SarapEngine whenever a choice or the project changes.
public struct ReportsState: Equatable, Sendable {
  /// The report shown.
  public var kind: ReportKind
  /// Rows (and columns) per code or per theme.
  public var grouping: Grouping
  /// What two codes must share to co-occur.
  public var unit: CoOccurrenceUnit
  /// What a theme-matrix cell counts.
  public var cell: MatrixCell
  /// The agreement report's coders and unit, and the disagreements being settled.
  public var agreement: AgreementState
  /// The report on screen; nil until the screen is first opened.
  public var current: ReportDocument?
  /// The first row and column shown.
  public var scroll: TableScroll

  /// Creates the default choices: frequencies of themes, overlap units (whose codings count is
  /// ``AppState/filter``, shared with the retrieval).
  public init(
    kind: ReportKind = .frequency, grouping: Grouping = .theme, unit: CoOccurrenceUnit = .overlap,
    cell: MatrixCell = .segments
  ) {
    self.kind = kind
    self.grouping = grouping
    self.unit = unit
    self.cell = cell
    self.agreement = AgreementState()
    self.current = nil
    self.scroll = TableScroll()
  }

  /// The co-occurrence units the `U` key cycles through.
  public static let units: [CoOccurrenceUnit] = [.overlap, .answer, .transcript]
}

/// A row and column offset into a table.
public struct TableScroll: Hashable, Sendable {
  /// The first row shown.
  public var row: Int
  /// The first column shown.
  public var column: Int

  /// Creates an offset.
  public init(row: Int = 0, column: Int = 0) {
    self.row = row
    self.column = column
  }
}
