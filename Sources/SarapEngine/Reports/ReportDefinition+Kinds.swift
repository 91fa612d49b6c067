import SarapCore

extension ReportDefinition {
  /// Frequencies: segments, codings, transcripts, share and characters per code or theme.
  public static let frequency = ReportDefinition(
    name: "frequency", title: "Frequencies", settings: [.grouping, .breakdown],
    screen: .frequencyTable,
    compute: { corpus, settings in
      corpus.frequency(by: settings.grouping, breakdown: settings.breakdown, where: settings.filter)
    },
    table: { report, _, labels in report.table(labels: labels) })

  /// Co-occurrence of codes or themes in a unit, as a matrix or ranked pairs.
  public static let coOccurrence = ReportDefinition(
    name: "cooccurrence", title: "Co-occurrence", settings: [.grouping, .unit, .measure],
    screen: .heatMap,
    compute: { corpus, settings in
      corpus.coOccurrence(by: settings.grouping, unit: settings.unit, where: settings.filter)
    },
    table: { report, settings, labels in
      settings.pairs
        ? report.pairsTable(labels: labels)
        : report.table(labels: labels, measure: settings.measure)
    })

  /// Transcripts x themes (or codes): segment counts or presence, with totals.
  public static let themeMatrix = ReportDefinition(
    name: "matrix", title: "Theme matrix", settings: [.grouping, .cell], screen: .themeMatrix,
    compute: { corpus, settings in
      corpus.matrix(by: settings.grouping, cell: settings.cell, where: settings.filter)
    },
    table: { matrix, _, labels in matrix.table(labels: labels) })

  /// The coded segments a retrieval query describes, with their text.
  public static let segments = ReportDefinition(
    name: "segments", title: "Coded segments", settings: [.query], screen: nil,
    compute: { corpus, settings in
      corpus.retrieve(
        try Query.parse(settings.query, in: corpus.project.codebook), where: settings.filter)
    },
    table: { hits, settings, labels in hits.table(query: settings.query, labels: labels) })

  /// One row per coding, for R and pandas.
  public static let tidy = ReportDefinition(
    name: "tidy", title: "Codings", settings: [], screen: nil,
    compute: { corpus, settings in corpus.tidy(where: settings.filter) },
    table: { tidy, _, labels in tidy.table(labels: labels) })
}
