import SarapCore

/// What a co-occurrence matrix cell shows.
public enum CoOccurrenceMeasure: String, CaseIterable, Hashable, Sendable {
  /// `n12`, the number of units in which both occur (each key's own units on the diagonal).
  case count
  /// The c-coefficient `n12 / (n1 + n2 - n12)` (1 on the diagonal of a key that occurs).
  case coefficient
}

extension CoOccurrenceReport {
  /// The matrix as a table: one row per code or theme (id and name), one column per code or
  /// theme named in the chosen language.
  public func table(labels: ReportLabels, measure: CoOccurrenceMeasure = .count) -> ReportTable {
    let keyWord: ReportWord = grouping == .code ? .code : .theme
    let columns =
      [
        ReportColumn(key: grouping.rawValue, label: labels[keyWord]),
        ReportColumn(key: "name", label: labels[.name], maximumWidth: 40),
      ] + labels.codeColumns(keys)
    let rows = keys.indices.map { row -> [ReportCell] in
      [.text(keys[row].rawValue), .text(labels.name(of: keys[row]))]
        + keys.indices.map { column in
          measure == .count
            ? .integer(self[row, column].both)
            : .decimal(self[row, column].coefficient, places: 4)
        }
    }
    return ReportTable(
      kind: "cooccurrence", title: "\(labels[.coOccurrence]): \(labels[keyWord])",
      parameters: parameters + [ReportParameter("cell", measure.rawValue)], columns: columns,
      rows: rows)
  }

  /// The co-occurring pairs, strongest first (see ``SarapEngine/CoOccurrenceReport/rankedPairs``):
  /// both keys with their names, `n12`, `n1`, `n2` and the c-coefficient.
  public func pairsTable(labels: ReportLabels) -> ReportTable {
    let columns = [
      ReportColumn(key: "first", label: labels[.first]),
      ReportColumn(key: "first_name", label: labels[.name], maximumWidth: 30),
      ReportColumn(key: "second", label: labels[.second]),
      ReportColumn(key: "second_name", label: labels[.name], maximumWidth: 30),
      ReportColumn(key: "n12", label: labels[.together]),
      ReportColumn(key: "n1", label: "n1"),
      ReportColumn(key: "n2", label: "n2"),
      ReportColumn(key: "c", label: labels[.coefficient]),
    ]
    let rows = rankedPairs.map { pair -> [ReportCell] in
      [
        .text(pair.first.rawValue), .text(labels.name(of: pair.first)),
        .text(pair.second.rawValue), .text(labels.name(of: pair.second)),
        .integer(pair.cell.both), .integer(pair.cell.first), .integer(pair.cell.second),
        .decimal(pair.cell.coefficient, places: 4),
      ]
    }
    return ReportTable(
      kind: "cooccurrence-pairs",
      title: "\(labels[.pairs]): \(labels[grouping == .code ? .code : .theme])",
      parameters: parameters, columns: columns, rows: rows)
  }

  private var parameters: [ReportParameter] {
    var parameters = [
      ReportParameter("by", grouping.rawValue), ReportParameter("unit", unit.parameterValue),
    ]
    if let unitCount { parameters.append(ReportParameter("units", String(unitCount))) }
    return parameters
  }
}

extension CoOccurrenceUnit {
  /// The unit as written in report parameters: `overlap`, `near 200 characters`,
  /// `near 1 paragraphs`, `answer`, `transcript`.
  public var parameterValue: String {
    switch self {
    case .overlap: "overlap"
    case .near(.characters(let distance)): "near \(distance) characters"
    case .near(.paragraphs(let distance)): "near \(distance) paragraphs"
    case .answer: "answer"
    case .transcript: "transcript"
    }
  }
}
