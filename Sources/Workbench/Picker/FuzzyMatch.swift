/// A subsequence match of a typed query against a candidate name, case-insensitive in any script
/// (Kazakh `Ә` matches `ә`), with a score for ranking.
///
/// Every query `Character` must appear in the candidate in order. Consecutive matches and matches
/// at word starts score higher, so `рес` ranks "Ресей" above "прогрессивті".
public struct FuzzyMatch: Equatable, Sendable {
  /// Higher is better.
  public var score: Int
  /// The indices (in `Character`s) of the candidate that matched, ascending.
  public var positions: [Int]

  /// Matches `query` against `candidate`; nil when the query is not a subsequence.
  public init?(query: String, candidate: String) {
    let needle = Array(query.lowercased().filter { !$0.isWhitespace })
    let haystack = Array(candidate.lowercased())
    guard !needle.isEmpty else {
      self.init(score: 0, positions: [])
      return
    }
    var positions: [Int] = []
    var score = 0
    var next = 0
    for (index, character) in haystack.enumerated() where next < needle.count {
      guard character == needle[next] else { continue }
      score += Self.bonus(at: index, in: haystack, previous: positions.last)
      positions.append(index)
      next += 1
    }
    guard next == needle.count else { return nil }
    self.init(score: score - haystack.count / 8, positions: positions)
  }

  /// Creates a match from its parts.
  public init(score: Int, positions: [Int]) {
    self.score = score
    self.positions = positions
  }

  private static func bonus(at index: Int, in haystack: [Character], previous: Int?) -> Int {
    var bonus = 1
    if index == 0 { bonus += 8 }
    if index > 0, !haystack[index - 1].isLetter, !haystack[index - 1].isNumber { bonus += 6 }
    if let previous, previous == index - 1 { bonus += 5 }
    return bonus
  }
}
