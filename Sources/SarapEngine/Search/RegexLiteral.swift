/// A literal text that every match of a regular expression contains, read from the expression's
/// source, so that a search looks for the literal first and runs the expression only where it can
/// match.
///
/// The reading is conservative: anything it does not understand ends the literal or gives none.
/// Only the expression's top level counts (a group, a class, an escape other than an escaped
/// punctuation mark, an anchor or `.` ends a literal run; an optional letter is left out), and an
/// alternation at the top level, options other than leading `(?imnsJUwDSWP-)` flags, `\Q`,
/// back-references and the like give no literal at all.
struct RegexLiteral: Hashable, Sendable {
  /// The literal, scalar by scalar.
  var scalars: [Unicode.Scalar]
  /// Whether every match starts with the literal (so a match can only start where it occurs).
  var isPrefix: Bool
  /// Whether the expression ignores case (a leading `(?i)`): the literal is then compared by
  /// ``CaseKey``.
  var ignoresCase: Bool
  /// Whether a match must also start at a word boundary (the expression opens with `\b`, and the
  /// literal is a prefix starting with a letter): see ``WordBoundary``.
  var startsAtWordBoundary = false

  /// The longest literal every match contains, preferring one that starts every match; nil when
  /// the source has none that is safe to use.
  static func required(by source: String) -> RegexLiteral? {
    var reader = RegexLiteralReader(Array(source.unicodeScalars))
    guard let ignoresCase = reader.readLeadingOptions(),
      let runs = reader.readRuns(ignoresCase: ignoresCase)?.filter({ !$0.scalars.isEmpty })
    else { return nil }
    if let first = runs.first, first.isPrefix, first.scalars.count >= 2, !reader.looksBehind,
      !reader.startsAtWordBoundary || WordBoundary.isWordLetter(first.scalars[0])
    {
      return RegexLiteral(
        scalars: first.scalars, isPrefix: true, ignoresCase: ignoresCase,
        startsAtWordBoundary: reader.startsAtWordBoundary)
    }
    guard let longest = runs.max(by: { $0.scalars.count < $1.scalars.count }) else { return nil }
    return RegexLiteral(scalars: longest.scalars, isPrefix: false, ignoresCase: ignoresCase)
  }
}
