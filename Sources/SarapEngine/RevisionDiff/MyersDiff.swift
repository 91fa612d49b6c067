/// Myers' O(ND) difference algorithm over two sequences of integers.
///
/// Finds a shortest edit script in time O((N+M)·D) and, for the trace-back, memory O(D²), where
/// D is the number of inserted plus deleted elements. Gives up (returns nil) when D exceeds a
/// bound, so that two unrelated texts cannot make it quadratic; the caller then treats the whole
/// span as replaced.
struct MyersDiff {
  /// The runs of equal elements (a snake), in order: `a[old..<old+length] == b[new..<new+length]`.
  struct Run: Equatable {
    var old: Int
    var new: Int
    var length: Int
  }

  /// The largest D tried before giving up, for sequences of `count` elements in all: up to 2,048,
  /// less for long sequences so that a hopeless diff costs at most about `budget` steps.
  static func limit(for count: Int, budget: Int) -> Int {
    min(2_048, max(256, budget / max(1, count)))
  }

  /// The equal runs of a shortest edit script from `a` to `b`, or nil when D exceeds the limit
  /// for their length and `budget` (steps of the search, about 10⁸ take a tenth of a second).
  static func runs(_ a: [Int], _ b: [Int], budget: Int = 100_000_000) -> [Run]? {
    let n = a.count
    let m = b.count
    let limit = limit(for: n + m, budget: budget)
    let bound = min(n + m, limit)
    // v[k + offset]: furthest x on diagonal k; trace holds v's diagonals -d...d after step d.
    let offset = bound + 1
    var v = [Int](repeating: 0, count: 2 * bound + 3)
    var trace: [Int] = []
    for d in 0...bound {
      for k in stride(from: -d, through: d, by: 2) {
        var x =
          k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
          ? v[offset + k + 1] : v[offset + k - 1] + 1
        var y = x - k
        while x < n && y < m && a[x] == b[y] {
          x += 1
          y += 1
        }
        v[offset + k] = x
        trace.append(x)
        if x >= n && y >= m {
          return backtrack(trace, n: n, m: m, d: d, k: k)
        }
      }
    }
    return nil
  }

  /// Walks the trace back from `(n, m)` and returns the equal runs in order.
  private static func backtrack(_ trace: [Int], n: Int, m: Int, d final: Int, k: Int) -> [Run] {
    // Step d stored d+1 values (k = -d, -d+2, …, d) starting at d·(d+1)/2.
    func furthest(_ d: Int, _ k: Int) -> Int { trace[d * (d + 1) / 2 + (k + d) / 2] }
    var runs: [Run] = []
    var x = n
    var y = m
    for d in stride(from: final, to: 0, by: -1) {
      let k = x - y
      let down = k == -d || (k != d && furthest(d - 1, k - 1) < furthest(d - 1, k + 1))
      let previousK = down ? k + 1 : k - 1
      let previousX = furthest(d - 1, previousK)
      let previousY = previousX - previousK
      let startX = down ? previousX : previousX + 1
      let startY = down ? previousY + 1 : previousY
      if x > startX { runs.append(Run(old: startX, new: startY, length: x - startX)) }
      x = previousX
      y = previousY
    }
    if x > 0 { runs.append(Run(old: 0, new: 0, length: x)) }
    return runs.reversed()
  }
}
