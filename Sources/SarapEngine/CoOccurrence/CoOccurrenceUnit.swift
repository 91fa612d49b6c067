/// What two codes must share to co-occur: a stretch of text, an answer, or a transcript.
///
/// For every unit type a code *occurs in* a unit, and the co-occurrence cell of two codes is the
/// number of units in which both occur (`n12`); `n1` and `n2` are the numbers of units in which
/// each occurs, and the c-coefficient is `n12 / (n1 + n2 - n12)`: the share of the units holding
/// either code that hold both (the Jaccard index), between 0 and 1.
public enum CoOccurrenceUnit: Hashable, Sendable {
  /// Codings whose ranges overlap or coincide.
  ///
  /// For a pair of codes, their segments in one transcript are joined into *stretches*: two
  /// segments are in the same stretch when their ranges overlap (share a character) or coincide,
  /// directly or through a chain of such segments of the two codes. Each stretch is a unit. So
  /// `n12` counts the stretches where a segment of one code overlaps a segment of the other, and
  /// `n1` counts the stretches holding the first code. A segment of the second code bridging two
  /// segments of the first joins them into one stretch, so `n1` can be smaller for this pair than
  /// the first code's own number of stretches (shown on the diagonal: its segments joined among
  /// themselves). Ranges that only touch (`0..<5`, `5..<9`) do not overlap; an empty range only
  /// coincides with the same empty range.
  case overlap
  /// Like ``overlap``, but two segments join a stretch when they lie within the given distance.
  case near(Proximity)
  /// Respondent answers: a code occurs in an answer (a respondent turn, from its label to the
  /// next turn) when one of its segments overlaps it. A segment spanning two answers occurs in
  /// both; a segment inside an interviewer turn occurs in none. `n1` is the number of answers in
  /// which the first code occurs.
  case answer
  /// Transcripts: a code occurs in a transcript when it has a segment there. `n1` is the number
  /// of transcripts in which the first code occurs.
  case transcript
}

/// How near two segments must be to join one stretch of the ``CoOccurrenceUnit/near(_:)`` unit.
public enum Proximity: Hashable, Sendable {
  /// At most this many characters (Unicode scalars) between them; 0 joins segments that touch,
  /// and overlapping segments are always within any distance.
  case characters(Int)
  /// At most this many paragraphs apart (paragraphs are separated by a blank line); 0 means in
  /// the same paragraph, 1 in the same or neighbouring paragraphs. A segment covers every
  /// paragraph from the one its first character is in to the one its last character is in.
  case paragraphs(Int)
}
