/// One of the three panes of the main screen; Tab moves the focus between them.
public enum Pane: String, Hashable, Sendable, CaseIterable {
  /// The list of transcripts.
  case transcripts
  /// The transcript text.
  case reader
  /// The codebook tree.
  case codebook

  /// The pane Tab moves to.
  public var next: Pane {
    switch self {
    case .transcripts: .reader
    case .reader: .codebook
    case .codebook: .transcripts
    }
  }

  /// The pane Shift-Tab moves to.
  public var previous: Pane {
    switch self {
    case .transcripts: .codebook
    case .reader: .transcripts
    case .codebook: .reader
    }
  }
}
