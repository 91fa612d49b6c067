extension ReportDefinition {
  /// The claims ledger checked: count, units in scope, threshold, verdict and margin per claim.
  ///
  /// Offered on the command line (`sarap report claims`, and `sarap claims check`, which adds
  /// `--strict` and the Markdown evidence appendix); the workbench has its own claims screen.
  public static let claims = ReportDefinition(
    name: "claims", title: "Claims", settings: [], screen: nil,
    compute: { corpus, settings in corpus.verdicts(where: settings.filter) },
    table: { verdicts, _, labels in verdicts.table(labels: labels) })
}
