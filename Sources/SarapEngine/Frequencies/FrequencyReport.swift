import SarapCore

/// How often each code or theme was applied: coded segments, transcripts, share of transcripts and
/// characters coded, optionally broken down by guide question, case attribute or coder.
public struct FrequencyReport: Hashable, Sendable {
  /// What the rows count by.
  public let grouping: Grouping
  /// The number of transcripts looked at: the denominator of ``FrequencyRow/share``.
  public let transcriptCount: Int
  /// The breakdown, if one was asked for.
  public let breakdown: Breakdown?
  /// The breakdown's groups, in display order; empty without a breakdown.
  public let groups: [FrequencyGroup]
  /// One row per code or theme, in codebook order, unused ones included.
  public let rows: [FrequencyRow]
}

/// One code's or theme's figures.
public struct FrequencyRow: Hashable, Sendable {
  /// The code or theme.
  public let key: Code.ID
  /// Its figures over every transcript looked at.
  public let figures: Figures
  /// The share of the transcripts looked at that have at least one of its codings, 0...1.
  public let share: Double
  /// Its figures in each group of the breakdown, parallel to ``FrequencyReport/groups``.
  public let groups: [Figures]

  /// The share of a group's transcripts that have at least one of its codings, 0...1.
  public func share(in group: FrequencyGroup, at index: Int) -> Double {
    group.transcriptCount == 0
      ? 0 : Double(groups[index].transcripts) / Double(group.transcriptCount)
  }
}

/// What a frequency report can be broken down by.
public enum Breakdown: Hashable, Sendable {
  /// The guide question of the turn a segment starts in.
  case question
  /// The value of the named case attribute of a segment's transcript.
  case attribute(String)
  /// The coder who applied the coding.
  case coder
}

/// One group of a breakdown and the number of transcripts its shares are taken of.
public struct FrequencyGroup: Hashable, Sendable {
  /// The group.
  public let value: Value
  /// The denominator of shares in this group: for a question, the transcripts looked at that
  /// answer it (all of them for "no question"); for an attribute value, the transcripts with that
  /// value; for a coder, all transcripts looked at.
  public let transcriptCount: Int

  /// A group's identity.
  public enum Value: Hashable, Sendable {
    /// A guide question; nil for segments before the first turn.
    case question(GuideQuestion.ID?)
    /// A case attribute value.
    case attribute(Attribute.Value)
    /// A coder.
    case coder(Coder.ID)

    /// The group as written in reports: the question id (`-` for none), the value or the coder.
    public var label: String {
      switch self {
      case .question(let id): id?.rawValue ?? "-"
      case .attribute(let value): value.description
      case .coder(let coder): coder.rawValue
      }
    }
  }
}
