import SarapCore

extension ThemeMatrix {
  /// The matrix as a table: the first column `transcript` (one row per transcript id), one column
  /// per theme or code named in the chosen language, a `total` column, and a totals row.
  ///
  /// CSV and TSV leave out the `total` column and the totals row, so that they hold exactly one
  /// row per transcript and one column per theme or code.
  public func table(labels: ReportLabels) -> ReportTable {
    let columns =
      [ReportColumn(key: "transcript", label: labels[.transcript])] + labels.codeColumns(keys)
      + [ReportColumn(key: "total", label: labels[.total], isSummary: true)]
    let totalsByRow = rowTotals
    let rows = transcripts.indices.map { index -> [ReportCell] in
      [.text(transcripts[index].rawValue)] + self.rows[index].map(ReportCell.integer)
        + [.integer(totalsByRow[index])]
    }
    let totals: [ReportCell] =
      [.text(labels[.total])] + columnTotals.map(ReportCell.integer) + [.integer(grandTotal)]
    let keyWord: ReportWord = grouping == .code ? .code : .theme
    return ReportTable(
      kind: "matrix", title: "\(labels[.matrix]): \(labels[.transcript]) × \(labels[keyWord])",
      parameters: [
        ReportParameter("by", grouping.rawValue), ReportParameter("cell", cell.rawValue),
      ],
      columns: columns, rows: rows, totals: totals)
  }
}
