import SarapCore

extension TextDiff {
  /// Where a range of the older text lies in the newer text.
  public enum Anchor: Hashable, Sendable {
    /// No change touched the range: the same text lies at this range of the newer text.
    case moved(TextRange)
    /// A change touched the range (an insertion strictly inside it, or a deletion or replacement
    /// overlapping it); the proposed range covers what became of it.
    case touched(TextRange, Change)
  }

  /// What kind of change touched a range.
  public enum Change: String, Hashable, Sendable {
    /// Text was inserted strictly inside the range.
    case insertion
    /// Part of the range was deleted.
    case deletion
    /// Part of the range was replaced, or several kinds of change touched it.
    case replacement
  }

  /// Re-anchors a range of the older text in the newer text.
  ///
  /// An insertion exactly at the range's start or end lies outside it. When a single pure
  /// insertion or deletion touches the range but can slide over equal characters to outside it
  /// (inserting `a` into `ab|a` is also inserting it after `aba`), the range is untouched.
  ///
  /// - Parameters:
  ///   - range: A range of the older text.
  ///   - old: The older text's scalars.
  ///   - new: The newer text's scalars.
  public func anchor(
    _ range: TextRange, old: [Unicode.Scalar], new: [Unicode.Scalar]
  ) -> Anchor {
    let first = firstHunk(endingAfter: range.start)
    let shift = shifts[first]
    guard first < hunks.count, hunks[first].old.start < range.end else {
      return .moved(TextRange(start: range.start + shift, end: range.end + shift))
    }
    var last = first
    while last + 1 < hunks.count && hunks[last + 1].old.start < range.end { last += 1 }
    if first == last, let slid = slide(first, outOf: range, old: old, new: new) {
      return .moved(TextRange(start: range.start + shift + slid, end: range.end + shift + slid))
    }
    let head = hunks[first]
    let start = head.old.start <= range.start ? head.new.start : range.start + shift
    let tail = hunks[last]
    let end = range.end <= tail.old.end ? tail.new.end : range.end + shifts[last + 1]
    let proposed = Self.snapToWords(
      TextRange(start: start, end: max(start, end)), like: range, old: old, new: new)
    return .touched(proposed, change(hunks[first...last]))
  }

  /// Widens a proposed range to whole words where the old range began or ended at a word edge
  /// but the proposal cuts a word (`аудандық` corrected to `қалалық`: the diff keeps the `а`).
  static func snapToWords(
    _ proposed: TextRange, like range: TextRange, old: [Unicode.Scalar], new: [Unicode.Scalar]
  ) -> TextRange {
    func isWord(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
      text.indices.contains(index) && WordToken.isWordScalar(text[index])
    }
    func cutsWord(_ text: [Unicode.Scalar], _ offset: Int) -> Bool {
      isWord(text, offset - 1) && isWord(text, offset)
    }
    var start = proposed.start
    var end = proposed.end
    if !cutsWord(old, range.start) {
      while cutsWord(new, start) { start -= 1 }
    }
    if !cutsWord(old, range.end) {
      while cutsWord(new, end) { end += 1 }
    }
    return TextRange(start: start, end: max(start, end))
  }

  /// The index of the first hunk whose older span ends after `offset` (binary search).
  func firstHunk(endingAfter offset: Int) -> Int {
    var low = 0
    var high = hunks.count
    while low < high {
      let middle = (low + high) / 2
      if hunks[middle].old.end <= offset { low = middle + 1 } else { high = middle }
    }
    return low
  }

  private func change(_ touching: ArraySlice<Hunk>) -> Change {
    if touching.allSatisfy({ $0.old.isEmpty }) { return .insertion }
    if touching.allSatisfy({ $0.new.isEmpty }) { return .deletion }
    return .replacement
  }
}
