extension RandomAccessCollection {
  /// The first index whose element satisfies `predicate`, which must be false for a prefix of
  /// the collection and true for the rest (a binary search); `endIndex` when none does.
  func partitionPoint(where predicate: (Element) -> Bool) -> Index {
    var low = startIndex
    var count = distance(from: startIndex, to: endIndex)
    while count > 0 {
      let half = count / 2
      let middle = index(low, offsetBy: half)
      if predicate(self[middle]) {
        count = half
      } else {
        low = index(after: middle)
        count -= half + 1
      }
    }
    return low
  }
}
