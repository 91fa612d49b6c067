extension WordDiff {
  /// The diff as one line of text with `[-removed-]` and `{+inserted+}` markers, as `git diff
  /// --word-diff` writes it.
  ///
  /// Tokens keep the spacing of the text they come from: a punctuation mark written without a
  /// space before it stays attached, and an inserted run follows the run it replaces directly.
  public var markedText: String {
    var result = ""
    var previous: Segment?
    for segment in segments {
      defer { previous = segment }
      let tokens = segment.tokens
      var lead = !result.isEmpty && (tokens.first?.spaceBefore ?? false) ? " " : ""
      if case .inserted = segment, case .removed = previous { lead = "" }
      let body = Self.join(tokens)
      switch segment {
      case .kept: result += lead + body
      case .removed: result += lead + "[-" + body + "-]"
      case .inserted: result += lead + "{+" + body + "+}"
      }
    }
    return result
  }

  /// The tokens joined with the spacing they were written with, without leading space.
  static func join(_ tokens: [WordToken]) -> String {
    var result = ""
    for (index, token) in tokens.enumerated() {
      if index > 0 && token.spaceBefore { result += " " }
      result += token.text
    }
    return result
  }
}
