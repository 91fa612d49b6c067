import SarapCore

extension ReportDefinition {
  /// Inter-coder agreement of two coders per code or theme, on answers, paragraphs, segments or
  /// characters.
  public static let agreement = ReportDefinition(
    name: "agreement", title: "Agreement", settings: [.grouping, .coderPair, .agreementUnit],
    screen: .agreementList,
    compute: { corpus, settings in
      guard settings.coderPair.count == 2 else {
        throw AgreementError.needsTwoCoders(given: settings.coderPair.count)
      }
      return corpus.agreement(
        between: settings.coderPair[0], and: settings.coderPair[1], by: settings.grouping,
        unit: settings.agreementUnit, where: settings.filter)
    },
    table: { report, _, labels in report.table(labels: labels) })
}

/// Why an agreement report cannot be computed.
public enum AgreementError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Agreement compares exactly two coders.
  case needsTwoCoders(given: Int)

  public var description: String {
    switch self {
    case .needsTwoCoders(let given):
      "agreement compares exactly two coders: give --coder A --coder B (got \(given))"
    }
  }
}
