import SarapCore

/// Sorts the codings of a revised transcript into unchanged, moved and flagged.
///
/// Two codings of the same code and coder that end up on the same range would share a key; the
/// later one is folded into the earlier (memo joined) and the result flagged with the absorbed
/// coding's old text, so nothing is lost without review.
struct CodingAnchoring {
  let old: Transcript
  let new: Transcript
  let diff: TextDiff
  private(set) var moved: [(old: Coding, new: Coding)] = []
  private(set) var unchanged: [Coding] = []
  private(set) var flagged: [FlaggedCoding] = []
  private var placed: [Coding.Key: Place] = [:]

  private enum Place {
    case unchanged(Int)
    case moved(Int)
    case flagged(Int)
  }

  init(old: Transcript, new: Transcript, diff: TextDiff) {
    self.old = old
    self.new = new
    self.diff = diff
  }

  /// Re-anchors one coding of the transcript.
  mutating func add(_ coding: Coding) {
    var result = coding
    var oldText: String { old.body.contains(coding.range) ? old.body[coding.range] : "" }
    let anchor = diff.anchor(coding.range, old: old.body.scalars, new: new.body.scalars)
    switch anchor {
    case .moved(let range):
      result.range = range
      if let place = placed[result.key] { return absorb(coding, into: place, oldText: oldText) }
      if range == coding.range {
        placed[result.key] = .unchanged(unchanged.count)
        unchanged.append(coding)
      } else {
        placed[result.key] = .moved(moved.count)
        moved.append((coding, result))
      }
    case .touched(let range, let change):
      result.range = range
      if let place = placed[result.key] { return absorb(coding, into: place, oldText: oldText) }
      placed[result.key] = .flagged(flagged.count)
      flagged.append(
        FlaggedCoding(
          old: coding, new: result, oldText: oldText, newText: new.body[range], change: change))
    }
  }

  /// Folds `coding` into the coding already placed on its new key, and flags the survivor.
  private mutating func absorb(_ coding: Coding, into place: Place, oldText: String) {
    var survivor: FlaggedCoding
    switch place {
    case .flagged(let index):
      flagged[index].absorbed.append(coding)
      flagged[index].new.memo = Self.join(flagged[index].new.memo, coding.memo)
      return
    case .unchanged(let index):
      let kept = unchanged.remove(at: index)
      survivor = FlaggedCoding(
        old: kept, new: kept, oldText: oldText, newText: new.body[kept.range],
        change: .replacement)
    case .moved(let index):
      let pair = moved.remove(at: index)
      survivor = FlaggedCoding(
        old: pair.old, new: pair.new, oldText: oldText, newText: new.body[pair.new.range],
        change: .replacement)
    }
    // The survivor carries the absorbed coding's fingerprint, so it shows as awaiting review.
    survivor.new.fingerprint = coding.fingerprint
    survivor.absorbed = [coding]
    survivor.new.memo = Self.join(survivor.new.memo, coding.memo)
    reindex()
    placed[survivor.new.key] = .flagged(flagged.count)
    flagged.append(survivor)
  }

  private mutating func reindex() {
    placed = [:]
    for (index, coding) in unchanged.enumerated() { placed[coding.key] = .unchanged(index) }
    for (index, pair) in moved.enumerated() { placed[pair.new.key] = .moved(index) }
    for (index, item) in flagged.enumerated() { placed[item.new.key] = .flagged(index) }
  }

  private static func join(_ a: String, _ b: String) -> String {
    [a, b].filter { !$0.isEmpty }.joined(separator: "\n")
  }
}
