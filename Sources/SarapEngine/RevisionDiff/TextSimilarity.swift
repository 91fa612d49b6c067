/// How alike two texts are word by word: 0 (nothing shared) to 1 (the same words in order).
///
/// The score is the LCS ratio `2·|LCS| / (|a| + |b|)` over the texts' folded words
/// (``WordToken/key``), punctuation ignored. Two empty texts score 1.
public struct TextSimilarity: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The score, between 0 and 1.
  public let score: Double

  /// Wraps a score.
  public init(score: Double) { self.score = score }

  /// Compares two texts.
  public init(_ a: String, _ b: String) {
    self.init(words: WordToken.words(in: a).map(\.key), WordToken.words(in: b).map(\.key))
  }

  /// Compares two sequences of folded words.
  public init(words a: [String], _ b: [String]) {
    guard !a.isEmpty || !b.isEmpty else {
      score = 1
      return
    }
    let common = LongestCommonSubsequence(a, b).pairs.count
    score = Double(2 * common) / Double(a.count + b.count)
  }

  /// The score as a whole percentage, such as `73%`.
  public var description: String { "\(Int((score * 100).rounded()))%" }

  public static func < (lhs: TextSimilarity, rhs: TextSimilarity) -> Bool { lhs.score < rhs.score }
}
