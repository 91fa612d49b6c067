/// The longest common subsequence of two short sequences, by dynamic programming.
///
/// Quadratic in time and space: meant for the words of a question or the questions of a guide,
/// not for transcript text (see ``TextDiff`` for that).
struct LongestCommonSubsequence {
  /// The index pairs `(i, j)` with `a[i] == b[j]` that form the subsequence, in increasing order.
  let pairs: [(Int, Int)]

  /// Computes the subsequence of `a` and `b` under `equal`.
  init<A, B>(_ a: [A], _ b: [B], equal: (A, B) -> Bool) {
    let n = a.count
    let m = b.count
    // lengths[i][j]: LCS length of a[i...] and b[j...].
    var lengths = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        lengths[i][j] =
          equal(a[i], b[j])
          ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
      }
    }
    var result: [(Int, Int)] = []
    var i = 0
    var j = 0
    while i < n && j < m {
      if equal(a[i], b[j]) {
        result.append((i, j))
        i += 1
        j += 1
      } else if lengths[i + 1][j] >= lengths[i][j + 1] {
        i += 1
      } else {
        j += 1
      }
    }
    pairs = result
  }
}

extension LongestCommonSubsequence {
  /// The subsequence of two sequences of equatable elements.
  init<Element: Equatable>(_ a: [Element], _ b: [Element]) {
    self.init(a, b, equal: ==)
  }
}
