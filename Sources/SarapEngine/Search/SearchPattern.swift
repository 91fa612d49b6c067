import SarapCore

/// What to search transcripts for.
public enum SearchPattern: Hashable, Sendable {
  /// A literal text, matched case-insensitively (``CaseFolding``: Latin, Cyrillic with the
  /// Kazakh letters, Greek); matches do not overlap.
  case plain(String)
  /// A Swift regular expression, matched as written (start it with `(?i)` to ignore case) on
  /// Unicode scalars, as plain text is; empty matches are skipped.
  case regex(String)
}

/// Why a search could not run.
public struct SearchError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public let message: String

  /// Creates an error.
  public init(message: String) { self.message = message }

  public var description: String { message }
}

/// One match of a search, shown keyword-in-context.
public struct SearchHit: Hashable, Sendable {
  /// The transcript.
  public let transcript: Transcript.ID
  /// The matched range, in Unicode scalar offsets.
  public let range: TextRange
  /// The guide question of the turn the match starts in; nil before the first turn.
  public let question: GuideQuestion.ID?
  /// Up to the requested number of characters before the match, exactly as in the text.
  public let before: String
  /// The matched text.
  public let match: String
  /// Up to the requested number of characters after the match, exactly as in the text.
  public let after: String
}
