import SarapCore

extension AgreementReport {
  /// The key in the first column of the pooled row (no code id can contain parentheses).
  public static let pooledKey = "(pooled)"

  /// The report as a table: one row per code or theme (id, name, the unit's figures), then the
  /// pooled row; empty coefficients are explained in the notes beneath the table.
  public func table(labels: ReportLabels) -> ReportTable {
    let keyWord: ReportWord = grouping == .code ? .code : .theme
    let columns =
      [
        ReportColumn(key: grouping.rawValue, label: labels[keyWord]),
        ReportColumn(key: "name", label: labels[.name], maximumWidth: 40),
      ] + figureColumns.map { ReportColumn(key: $0.key, label: labels[$0.word]) }
    var rows = self.rows.map { row in
      [.text(row.key.rawValue), .text(labels.name(of: row.key))] + cells(row.figures)
    }
    rows.append([.text(Self.pooledKey), .text(labels[AgreementWord.pooled])] + cells(pooled))
    return ReportTable(
      kind: "agreement", title: "\(labels[AgreementWord.title]): \(labels[keyWord])",
      parameters: parameters, columns: columns, rows: rows, notes: notes(labels))
  }

  private var parameters: [ReportParameter] {
    var parameters = [
      ReportParameter("coder_a", coderA.rawValue), ReportParameter("coder_b", coderB.rawValue),
      ReportParameter("by", grouping.rawValue), ReportParameter("unit", unit.name),
    ]
    switch unit {
    case .answer, .paragraph:
      parameters.append(ReportParameter("units", String(unitCount ?? 0)))
    case .segment(let threshold):
      parameters.append(ReportParameter("threshold", String(threshold)))
      parameters.append(ReportParameter("categories", String(categories)))
    case .character:
      parameters.append(ReportParameter("characters", String(unitCount ?? 0)))
    }
    return parameters
  }

  private var figureColumns: [(key: String, word: AgreementWord)] {
    switch unit {
    case .answer, .paragraph:
      [
        ("units", .units), ("both", .both), ("a_only", .aOnly), ("b_only", .bOnly),
        ("neither", .neither), ("agreement", .agreement), ("kappa", .kappa), ("alpha", .alpha),
      ]
    case .segment:
      [
        ("a_segments", .aSegments), ("b_segments", .bSegments), ("matched", .matched),
        ("a_only", .aOnly), ("b_only", .bOnly), ("agreement", .agreement), ("kappa", .kappa),
      ]
    case .character:
      [
        ("a_chars", .aChars), ("b_chars", .bChars), ("both_chars", .bothChars),
        ("overlap", .overlap), ("kappa_all_text", .kappaAllText),
      ]
    }
  }

  private func cells(_ figures: AgreementFigures) -> [ReportCell] {
    switch figures {
    case .presence(let p):
      [.integer(p.units), .integer(p.both), .integer(p.aOnly), .integer(p.bOnly)]
        + [.integer(p.neither), Self.cell(p.agreement), Self.cell(p.kappa), Self.cell(p.alpha)]
    case .segments(let s):
      [.integer(s.aSegments), .integer(s.bSegments), .integer(s.matched), .integer(s.aOnly)]
        + [.integer(s.bOnly), Self.cell(s.agreement), Self.cell(kappa(figures))]
    case .characters(let c):
      [.integer(c.aChars), .integer(c.bChars), .integer(c.bothChars)]
        + [Self.cell(c.overlap), Self.cell(c.kappaAllText)]
    }
  }

  private static func cell(_ value: Double?) -> ReportCell {
    value.map { .decimal($0, places: 4) } ?? .empty
  }

  private static func cell(_ coefficient: Coefficient) -> ReportCell {
    cell(coefficient.value)
  }

  /// One note per reason: which coefficients are empty for which keys, and why.
  private func notes(_ labels: ReportLabels) -> [String] {
    var keysByReason: [UndefinedReason: (columns: Set<String>, keys: [String])] = [:]
    let all = rows.map { ($0.key.rawValue, $0.figures) } + [(Self.pooledKey, pooled)]
    for (key, figures) in all {
      for (column, coefficient) in coefficients(figures) {
        guard let reason = coefficient.reason else { continue }
        var entry = keysByReason[reason, default: ([], [])]
        entry.columns.insert(column)
        if entry.keys.last != key { entry.keys.append(key) }
        keysByReason[reason] = entry
      }
    }
    return UndefinedReason.allCases.compactMap { reason in
      guard let entry = keysByReason[reason] else { return nil }
      let columns = figureColumns.map(\.key).filter(entry.columns.contains)
      return "\(labels[AgreementWord.emptyBecause]) \(columns.joined(separator: ", ")) "
        + "(\(labels.reason(reason))): \(entry.keys.joined(separator: ", "))"
    }
  }

  private func coefficients(_ figures: AgreementFigures) -> [(String, Coefficient)] {
    switch figures {
    case .presence(let p): [("kappa", p.kappa), ("alpha", p.alpha)]
    case .segments: [("kappa", kappa(figures))]
    case .characters(let c): [("overlap", c.overlap), ("kappa_all_text", c.kappaAllText)]
    }
  }
}
