import SarapEngine

/// A report the reports screen shows: one of ``SarapEngine/ReportDefinition/onScreen``, by name.
///
/// The tabs, the `U` key and the choices line follow the kind's definition, so a kind registered
/// with a screen appears here without a change to the workbench.
public struct ReportKind: Hashable, Sendable {
  /// The kind's machine name (``SarapEngine/ReportDefinition/name``).
  public let name: String

  /// The kind of a definition.
  public init(_ definition: ReportDefinition) { self.name = definition.name }

  /// Frequencies (key 1).
  public static let frequency = ReportKind(.frequency)
  /// Co-occurrence, drawn as a heat map (key 2).
  public static let coOccurrence = ReportKind(.coOccurrence)
  /// Transcripts x themes or codes (key 3).
  public static let themeMatrix = ReportKind(.themeMatrix)
  /// Two coders' agreement, codes listed lowest first (key 4).
  public static let agreement = ReportKind(.agreement)

  /// Every kind the reports screen offers, in tab order.
  public static var allCases: [ReportKind] { ReportDefinition.onScreen.map(ReportKind.init) }

  /// The kind's definition; frequencies for a name no longer registered.
  public var definition: ReportDefinition { ReportDefinition.named(name) ?? .frequency }

  /// The report after this one (Tab).
  public var next: ReportKind {
    let all = Self.allCases
    return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
  }

  /// The report's title on screen.
  public var title: String { definition.title }
}
