import SarapCore

/// What a report counts by: each code on its own, or each theme with all the codes beneath it.
public enum Grouping: String, CaseIterable, Hashable, Sendable {
  /// One row or column per code, in codebook tree order; a code counts only the codings made
  /// with exactly that code (not its children's).
  case code
  /// One row or column per theme (a code without parent); a theme counts the codings of every
  /// code beneath it and of the theme itself, a stretch of text coded twice under it once.
  case theme
}

extension CodedCorpus {
  /// The keys (code or theme ids) of a grouping, in display order.
  public func keys(_ grouping: Grouping) -> [Code.ID] {
    grouping == .code ? codes : themes
  }

  /// The position of the segment's key among ``keys(_:)``.
  func slot(of segment: Segment, _ grouping: Grouping) -> Int {
    grouping == .code ? segment.codeSlot : segment.themeSlot
  }
}
