/// The counts a report gives for one code or theme (in one group).
public struct Figures: Hashable, Sendable {
  /// Distinct coded stretches of text: codings with the same transcript and range count once,
  /// whatever their code (under a theme) or coder.
  public var segments: Int
  /// Codings, each coder's counted separately (the rows of the tidy export).
  public var codings: Int
  /// Transcripts with at least one coding.
  public var transcripts: Int
  /// Characters (Unicode scalars) covered: the size of the union of the coded ranges, so text
  /// coded twice, or by overlapping codings, counts once.
  public var characters: Int

  /// Creates figures.
  public init(segments: Int = 0, codings: Int = 0, transcripts: Int = 0, characters: Int = 0) {
    self.segments = segments
    self.codings = codings
    self.transcripts = transcripts
    self.characters = characters
  }

  /// All zero: a code never used.
  public static let zero = Figures()
}
