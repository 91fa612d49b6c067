/// The three reports the reports screen shows.
public enum ReportKind: String, Hashable, Sendable, CaseIterable {
  /// Codes (or themes) with their segments, transcripts, share and characters.
  case frequency
  /// Code x code co-occurrence, drawn as a heat map.
  case coOccurrence
  /// Transcripts x themes (or codes).
  case themeMatrix

  /// The report after this one (Tab).
  public var next: ReportKind {
    let all = Self.allCases
    return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
  }

  /// The report's title on screen.
  public var title: String {
    switch self {
    case .frequency: "Frequencies"
    case .coOccurrence: "Co-occurrence"
    case .themeMatrix: "Theme matrix"
    }
  }
}
