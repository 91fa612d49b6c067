/// What two coders are compared on.
///
/// The `answer` and `paragraph` units ask, for each code and each unit, whether each coder coded
/// it there (present or absent); `segment` matches each coder's coded stretches against the
/// other's, as MAXQDA does; `character` compares the coded characters themselves.
public enum AgreementUnit: Hashable, Sendable {
  /// Respondent answers (a respondent turn, from its label to the next turn): a code is present
  /// in an answer for a coder when one of that coder's segments of the code overlaps it.
  case answer
  /// Blank-line paragraphs of respondent answers: each answer is cut where a paragraph starts
  /// after a blank line; presence as for ``answer``.
  case paragraph
  /// Coded segments, MAXQDA's procedure: a segment of one coder is matched when the other coder
  /// has a segment of the same code or theme overlapping at least `threshold` percent of it.
  case segment(threshold: Int)
  /// Characters (Unicode scalars): the characters either coder coded with the code.
  case character

  /// MAXQDA's default overlap threshold, in percent.
  public static let defaultThreshold = 90

  /// The unit's name as the command line writes it.
  public var name: String {
    switch self {
    case .answer: "answer"
    case .paragraph: "paragraph"
    case .segment: "segment"
    case .character: "character"
    }
  }
}
