import SarapCore

extension FrequencyReport {
  /// The report as a table: one row per code or theme, or with a breakdown one row per code or
  /// theme and group (long form), with the group's transcript count (the share's denominator).
  public func table(labels: ReportLabels) -> ReportTable {
    var columns = keyColumns(labels)
    if let breakdown {
      columns.append(breakdownColumn(breakdown, labels))
      columns.append(ReportColumn(key: "group_transcripts", label: labels[.groupTranscripts]))
    }
    columns += figureColumns(labels)
    var rows: [[ReportCell]] = []
    for row in self.rows {
      let leading = keyCells(row.key, labels)
      guard breakdown != nil else {
        rows.append(leading + figureCells(row.figures, share: row.share))
        continue
      }
      for (index, group) in groups.enumerated() {
        rows.append(
          leading + [.text(group.value.label), .integer(group.transcriptCount)]
            + figureCells(row.groups[index], share: row.share(in: group, at: index)))
      }
    }
    return ReportTable(
      kind: "frequency",
      title: "\(labels[.frequency]): \(labels[grouping == .code ? .code : .theme])",
      parameters: parameters, columns: columns, rows: rows)
  }

  private var parameters: [ReportParameter] {
    var parameters = [ReportParameter("by", grouping.rawValue)]
    if let breakdown { parameters.append(ReportParameter("breakdown", breakdown.parameterValue)) }
    parameters.append(ReportParameter("transcripts", String(transcriptCount)))
    return parameters
  }

  private func keyColumns(_ labels: ReportLabels) -> [ReportColumn] {
    var columns = [
      ReportColumn(key: grouping.rawValue, label: labels[grouping == .code ? .code : .theme]),
      ReportColumn(key: "name", label: labels[.name], maximumWidth: 40),
    ]
    if grouping == .code { columns.append(ReportColumn(key: "theme", label: labels[.theme])) }
    return columns
  }

  private func keyCells(_ key: Code.ID, _ labels: ReportLabels) -> [ReportCell] {
    var cells: [ReportCell] = [.text(key.rawValue), .text(labels.name(of: key))]
    if grouping == .code {
      cells.append(labels.codebook.theme(of: key).map { .text($0.rawValue) } ?? .empty)
    }
    return cells
  }

  private func breakdownColumn(_ breakdown: Breakdown, _ labels: ReportLabels) -> ReportColumn {
    switch breakdown {
    case .question: ReportColumn(key: "question", label: labels[.question])
    case .coder: ReportColumn(key: "coder", label: labels[.coder])
    case .attribute(let name): ReportColumn(key: name, label: name)
    }
  }

  private func figureColumns(_ labels: ReportLabels) -> [ReportColumn] {
    [
      ReportColumn(key: "segments", label: labels[.segments]),
      ReportColumn(key: "codings", label: labels[.codings]),
      ReportColumn(key: "transcripts", label: labels[.transcripts]),
      ReportColumn(key: "share", label: labels[.share]),
      ReportColumn(key: "characters", label: labels[.characters]),
    ]
  }

  private func figureCells(_ figures: Figures, share: Double) -> [ReportCell] {
    [
      .integer(figures.segments), .integer(figures.codings), .integer(figures.transcripts),
      .decimal(share, places: 4), .integer(figures.characters),
    ]
  }
}

extension Breakdown {
  /// The breakdown as the command line writes it: `question`, `coder`, `attribute NAME`.
  public var parameterValue: String {
    switch self {
    case .question: "question"
    case .coder: "coder"
    case .attribute(let name): "attribute \(name)"
    }
  }
}
