import SarapCore

/// Places one source's selections in its text: the position convention that fits them best is
/// chosen for the whole source, then each selection is checked on its own.
///
/// A convention scores by how many selections' `name`s equal the text it selects (whitespace runs
/// collapsed, then exactly), then by how many selections it places inside the text; ties go to the
/// earlier convention in
/// ``PositionConvention/preferenceOrder``. When most named selections match their names, names are
/// taken to hold the selected text and a selection whose name does not match is placed by another
/// convention that matches it, or not at all.
struct SelectionFit {
  /// A selection's positions and name as read.
  struct Selection {
    var start: Int
    var end: Int
    var name: String?
  }

  /// Where a selection landed.
  enum Outcome: Equatable {
    /// Placed at a range, by the source's convention or (for this one selection) another.
    case placed(TextRange, PositionConvention)
    /// Not placed, with why.
    case unplaced(String)
  }

  /// The convention chosen for the source.
  let convention: PositionConvention
  /// Whether another convention fitted equally well but would place selections differently.
  let ambiguous: Bool
  /// Whether the selections' names hold their selected text.
  let namesHoldText: Bool
  /// Each selection's outcome, in input order.
  let outcomes: [Outcome]

  init(_ selections: [Selection], in positions: SourcePositions) {
    let candidates = positions.candidates
    let scores = candidates.map { Self.score(selections, positions, $0) }
    let best = scores.indices.max { scores[$0] < scores[$1] }  // the first of equal scores
    let chosen = best.map { candidates[$0] } ?? .standard
    convention = chosen
    let topScore = best.map { scores[$0] } ?? Score(exact: 0, matches: 0, placed: 0)
    ambiguous = candidates.indices.contains { index in
      scores[index] == topScore && candidates[index] != chosen
        && selections.contains {
          positions.range(start: $0.start, end: $0.end, under: candidates[index])
            != positions.range(start: $0.start, end: $0.end, under: chosen)
        }
    }
    let named = selections.filter { $0.name.map { !$0.isEmpty } ?? false }.count
    let holdText = named > 0 && topScore.matches * 2 > named
    namesHoldText = holdText
    outcomes = selections.map {
      Self.place($0, positions, chosen, candidates: candidates, namesHoldText: holdText)
    }
  }

  /// How well a convention fits: names equal to their text exactly, names equal once whitespace
  /// is collapsed, selections inside the text.
  private struct Score: Comparable {
    var exact: Int
    var matches: Int
    var placed: Int
    static func < (lhs: Score, rhs: Score) -> Bool {
      (lhs.matches, lhs.exact, lhs.placed) < (rhs.matches, rhs.exact, rhs.placed)
    }
  }

  private static func score(
    _ selections: [Selection], _ positions: SourcePositions, _ convention: PositionConvention
  ) -> Score {
    var score = Score(exact: 0, matches: 0, placed: 0)
    for selection in selections {
      guard
        let range = positions.range(start: selection.start, end: selection.end, under: convention)
      else { continue }
      score.placed += 1
      guard let name = selection.name else { continue }
      let text = positions.text.scalars[range.offsets]
      if name.unicodeScalars.elementsEqual(text) {
        score.exact += 1
        score.matches += 1
      } else if SelectionName.matches(name, text) {
        score.matches += 1
      }
    }
    return score
  }

  private static func place(
    _ selection: Selection, _ positions: SourcePositions, _ chosen: PositionConvention,
    candidates: [PositionConvention], namesHoldText: Bool
  ) -> Outcome {
    func fits(_ convention: PositionConvention) -> TextRange? {
      guard
        let range = positions.range(start: selection.start, end: selection.end, under: convention)
      else { return nil }
      guard namesHoldText, let name = selection.name, !name.isEmpty else { return range }
      return SelectionName.matches(name, positions.text.scalars[range.offsets]) ? range : nil
    }
    for convention in [chosen] + candidates {
      if let range = fits(convention) { return .placed(range, convention) }
    }
    let length = positions.text.scalarCount
    guard let range = positions.range(start: selection.start, end: selection.end, under: chosen)
    else {
      return .unplaced(
        "positions \(selection.start)..\(selection.end) are empty, reversed or outside the text "
          + "(\(length) characters) under every position convention")
    }
    return .unplaced(
      "its name '\(SelectionName.excerpt(selection.name ?? ""))' matches the text at no position "
        + "convention (at \(selection.start)..\(selection.end) the text is "
        + "'\(SelectionName.excerpt(positions.text[range]))')")
  }
}

/// Compares a selection's `name` with the text it selects.
enum SelectionName {
  /// Whether the name is the selected text: equal once whitespace runs are collapsed (parsers turn
  /// line breaks in attributes into spaces), or a prefix of it when the name ends in an ellipsis.
  static func matches(_ name: String, _ text: String) -> Bool {
    matches(name, Array(text.unicodeScalars)[...])
  }

  /// Whether the name is the selected text given as scalars (see the `String` overload).
  static func matches(_ name: String, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
    if name.unicodeScalars.elementsEqual(text) { return true }
    let name = collapsed(name.unicodeScalars)
    let text = collapsed(text)
    if name == text { return true }
    for ellipsis in ["...", "…"].map({ Array($0.unicodeScalars) }) where name.ends(with: ellipsis) {
      let prefix = collapsed(name.dropLast(ellipsis.count))
      if prefix.count >= 3, text.starts(with: prefix) { return true }
    }
    return false
  }

  /// The scalars with whitespace runs as one space, trimmed.
  static func collapsed(_ scalars: some Sequence<Unicode.Scalar>) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    var pendingSpace = false
    for scalar in scalars {
      if isWhitespace(scalar) {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(scalar)
      }
    }
    return result
  }

  /// Unicode's White_Space property, spelled out (the property lookup dominated import time).
  private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
      0x3000:
      true
    default: false
    }
  }

  /// At most 40 characters of the text, for messages.
  static func excerpt(_ text: String) -> String {
    let flat = String(String.UnicodeScalarView(collapsed(text.unicodeScalars)))
    return flat.count <= 40 ? flat : String(flat.prefix(39)) + "…"
  }
}

extension Array where Element == Unicode.Scalar {
  fileprivate func ends(with suffix: [Unicode.Scalar]) -> Bool {
    count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
  }
}
