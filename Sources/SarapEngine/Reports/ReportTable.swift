/// A report laid out as a table of typed cells, ready to be written as text, CSV, TSV, Markdown
/// or JSON (by SarapFormats' `rendered(as:excel:)`).
///
/// Every engine report is turned into one `ReportTable` by a `table(labels:)` method, so that
/// the five writers know nothing of frequencies or matrices. Column keys are English machine
/// names whatever the language of the labels; numeric cells may be ``ReportCell/empty``.
public struct ReportTable: Hashable, Sendable {
  /// The report's machine name, such as `matrix` (the `report` field of the JSON output).
  public var kind: String
  /// The title in the chosen language, shown above the table in text and Markdown.
  public var title: String
  /// What the report was computed with (`by`, `unit`, `coder`, …), in order.
  public var parameters: [ReportParameter]
  /// The columns, in order.
  public var columns: [ReportColumn]
  /// The data rows, each parallel to ``columns``.
  public var rows: [[ReportCell]]
  /// A totals row, parallel to ``columns``; written in text, Markdown and JSON (`totals`), left
  /// out of CSV and TSV so that those hold one row per record.
  public var totals: [ReportCell]?
  /// Notes under the table, one sentence each, such as "kappa undefined: no variation".
  ///
  /// Written after the table in text and Markdown and as `notes` in JSON, left out of CSV and
  /// TSV. Most reports have none, and then nothing is written.
  public var notes: [String]

  /// Creates a table.
  public init(
    kind: String, title: String, parameters: [ReportParameter] = [], columns: [ReportColumn],
    rows: [[ReportCell]], totals: [ReportCell]? = nil, notes: [String] = []
  ) {
    self.kind = kind
    self.title = title
    self.parameters = parameters
    self.columns = columns
    self.rows = rows
    self.totals = totals
    self.notes = notes
  }
}

/// One setting a report was computed with, such as `unit = overlap`.
public struct ReportParameter: Hashable, Sendable {
  /// The setting's machine name.
  public var key: String
  /// Its value as written.
  public var value: String

  /// Creates a parameter.
  public init(_ key: String, _ value: String) {
    self.key = key
    self.value = value
  }
}

/// A column of a report table.
public struct ReportColumn: Hashable, Sendable {
  /// The machine name: the JSON key (a code id for per-code columns).
  public var key: String
  /// The heading in the chosen language, for text and Markdown.
  public var label: String
  /// The CSV and TSV header: ``key`` for fixed columns, the code's name in the chosen language
  /// for per-code columns.
  public var header: String
  /// Whether the column is a summary (a row total): written in text, Markdown and JSON only.
  public var isSummary: Bool
  /// The widest the column may be in text output; longer cells are cut with `…`.
  public var maximumWidth: Int?
  /// Whether text output right-aligns the column; nil for the default (numbers right, text left).
  public var alignsRight: Bool?

  /// Creates a column.
  public init(
    key: String, label: String, header: String? = nil, isSummary: Bool = false,
    maximumWidth: Int? = nil, alignsRight: Bool? = nil
  ) {
    self.key = key
    self.label = label
    self.header = header ?? key
    self.isSummary = isSummary
    self.maximumWidth = maximumWidth
    self.alignsRight = alignsRight
  }
}

/// One cell of a report table.
public enum ReportCell: Hashable, Sendable {
  /// Text.
  case text(String)
  /// A count.
  case integer(Int)
  /// A proportion or coefficient, written with a fixed number of decimal places.
  case decimal(Double, places: Int)
  /// Nothing (JSON `null`).
  case empty

  /// The cell as written in CSV, TSV and text: numbers in the C locale (`0.3333`).
  public var plainText: String {
    switch self {
    case .text(let text): text
    case .integer(let value): String(value)
    case .decimal(let value, let places): Self.fixed(value, places: places)
    case .empty: ""
    }
  }

  /// Whether the cell holds a number (numbers are right-aligned in text and Markdown).
  public var isNumber: Bool {
    switch self {
    case .integer, .decimal: true
    case .text, .empty: false
    }
  }

  /// Writes a number with exactly `places` decimal places, rounding half away from zero.
  static func fixed(_ value: Double, places: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-Inf" : "Inf") }
    var scale = 1
    for _ in 0..<places { scale *= 10 }
    let scaled = Int((abs(value) * Double(scale)).rounded(.toNearestOrAwayFromZero))
    let sign = value < 0 && scaled != 0 ? "-" : ""
    guard places > 0 else { return sign + String(scaled) }
    let fraction = String(scaled % scale)
    return sign + String(scaled / scale) + "."
      + String(repeating: "0", count: places - fraction.count) + fraction
  }
}
