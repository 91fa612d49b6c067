extension ProjectLayout {
  /// The project's always/never list for the anonymisation scan, relative; shared.
  public static let anonymisationList = "Codebooks/anonymisation.txt"
  /// The default anonymisation key, relative: local state, never shared (it holds originals).
  public static let anonymisationKey = ".sarap/anonymisation-key.txt"
  /// The ethics-appendix report an anonymised export carries, relative.
  public static let anonymisationReport = "anonymisation-report.md"
}
