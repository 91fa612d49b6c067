import SarapCore

extension TextDiff {
  /// Whether the pure insertion or deletion `hunks[index]`, the only hunk touching `range`, is
  /// equivalent to one outside it.
  ///
  /// Sliding a deletion of `old[p..<q]` one place left is the same edit when `old[p-1] ==
  /// old[q-1]`; sliding an insertion of `new[ns..<ne]` one place left is the same edit when
  /// `new[ns-1] == new[ne-1]` (and symmetrically to the right). A hunk slides only over
  /// unchanged text, never into its neighbours.
  ///
  /// - Returns: The extra shift of the range in the newer text (the hunk's delta when the hunk
  ///   now lies before the range, 0 when after), or nil when the hunk cannot leave the range.
  func slide(
    _ index: Int, outOf range: TextRange, old: [Unicode.Scalar], new: [Unicode.Scalar]
  ) -> Int? {
    let hunk = hunks[index]
    let previous = index > 0 ? hunks[index - 1] : nil
    let next = index + 1 < hunks.count ? hunks[index + 1] : nil
    if hunk.old.isEmpty && !hunk.new.isEmpty {
      let bounds = (previous?.new.end ?? 0)..<(next?.new.start ?? new.count)
      if Self.canSlide(new, hunk.new, by: range.start - hunk.old.start, within: bounds) {
        return hunk.delta
      }
      if Self.canSlide(new, hunk.new, by: range.end - hunk.old.start, within: bounds) { return 0 }
    } else if hunk.new.isEmpty && !hunk.old.isEmpty {
      let bounds = (previous?.old.end ?? 0)..<(next?.old.start ?? old.count)
      if Self.canSlide(old, hunk.old, by: range.start - hunk.old.end, within: bounds) {
        return hunk.delta
      }
      if Self.canSlide(old, hunk.old, by: range.end - hunk.old.start, within: bounds) { return 0 }
    }
    return nil
  }

  /// Whether the span's text can slide `steps` places (negative: left) over equal characters
  /// without leaving `bounds`.
  private static func canSlide(
    _ text: [Unicode.Scalar], _ span: TextRange, by steps: Int, within bounds: Range<Int>
  ) -> Bool {
    guard !span.isEmpty, span.start + steps >= bounds.lowerBound,
      span.end + steps <= bounds.upperBound
    else { return false }
    var start = span.start
    var end = span.end
    for _ in 0..<abs(steps) {
      if steps < 0 {
        guard text[start - 1] == text[end - 1] else { return false }
        start -= 1
        end -= 1
      } else {
        guard text[end] == text[start] else { return false }
        start += 1
        end += 1
      }
    }
    return true
  }
}
