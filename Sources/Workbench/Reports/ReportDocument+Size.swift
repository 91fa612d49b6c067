import SarapCore
import SarapEngine

extension ComputedReport {
  /// The report's rows: keys for frequencies and co-occurrence, transcripts for the matrix, table
  /// rows for any other.
  public var rowCount: Int {
    switch screen {
    case .frequencyTable: value(as: FrequencyReport.self)?.rows.count ?? 0
    case .heatMap: value(as: CoOccurrenceReport.self)?.keys.count ?? 0
    case .themeMatrix: value(as: ThemeMatrix.self)?.transcripts.count ?? 0
    case .agreementList: value(as: AgreementReport.self)?.listedRows.count ?? 0
    case .table, nil: plainTable.rows.count
    }
  }

  /// The report's scrollable columns: keys for co-occurrence and the matrix, none for
  /// frequencies, table columns for any other.
  public var columnCount: Int {
    switch screen {
    case .frequencyTable: 0
    case .heatMap: value(as: CoOccurrenceReport.self)?.keys.count ?? 0
    case .themeMatrix: value(as: ThemeMatrix.self)?.keys.count ?? 0
    case .agreementList: 0
    case .table, nil: plainTable.columns.count
    }
  }

  /// The table with English labels and no codebook, for counting rows and columns.
  private var plainTable: ReportTable {
    table(labels: ReportLabels(language: .en, codebook: Codebook([])))
  }
}
