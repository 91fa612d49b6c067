import SarapCore

extension TextDiff {
  /// Whether a pure insertion or deletion touching `range` is equivalent to one outside it.
  ///
  /// Sliding a deletion of `old[p..<q]` one place left is the same edit when `old[p-1] ==
  /// old[q-1]`; sliding an insertion of `new[ns..<ne]` one place left is the same edit when
  /// `new[ns-1] == new[ne-1]` (and symmetrically to the right). The characters slid over lie
  /// inside `range`, which no other hunk touches.
  ///
  /// - Returns: The extra shift of the range in the newer text (the hunk's delta when the hunk
  ///   now lies before the range, 0 when after), or nil when the hunk cannot leave the range.
  func slide(
    _ hunk: Hunk, outOf range: TextRange, old: [Unicode.Scalar], new: [Unicode.Scalar]
  ) -> Int? {
    if hunk.old.isEmpty && !hunk.new.isEmpty {
      let text = new
      let span = hunk.new
      let left = hunk.old.start - range.start
      let right = range.end - hunk.old.start
      if Self.canSlide(text, span, by: -left) { return hunk.delta }
      if Self.canSlide(text, span, by: right) { return 0 }
    } else if hunk.new.isEmpty && !hunk.old.isEmpty {
      let span = hunk.old
      guard range.start <= span.start && span.end <= range.end else { return nil }
      if Self.canSlide(old, span, by: -(span.end - range.start)) { return hunk.delta }
      if Self.canSlide(old, span, by: range.end - span.start) { return 0 }
    }
    return nil
  }

  /// Whether the span's text can slide `steps` places (negative: left) over equal characters.
  private static func canSlide(_ text: [Unicode.Scalar], _ span: TextRange, by steps: Int) -> Bool {
    guard !span.isEmpty else { return false }
    var start = span.start
    var end = span.end
    for _ in 0..<abs(steps) {
      if steps < 0 {
        guard start > 0, text[start - 1] == text[end - 1] else { return false }
        start -= 1
        end -= 1
      } else {
        guard end < text.count, text[end] == text[start] else { return false }
        start += 1
        end += 1
      }
    }
    return true
  }
}
