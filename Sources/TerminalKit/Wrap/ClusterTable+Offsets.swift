extension ClusterTable {
  /// The scalar offset where cluster `index` starts; `count` gives the document's scalar count.
  public func scalarOffset(ofCluster index: Int) -> Int { Int(scalarStarts[index]) }

  /// The UTF-8 offset where cluster `index` starts; `count` gives the document's byte count.
  public func utf8Offset(ofCluster index: Int) -> Int { Int(utf8Starts[index]) }

  /// The scalars cluster range `clusters` covers.
  public func scalarRange(ofClusters clusters: Range<Int>) -> Range<Int> {
    scalarOffset(ofCluster: clusters.lowerBound)..<scalarOffset(ofCluster: clusters.upperBound)
  }

  /// The cluster containing scalar `offset` (a scalar inside a cluster snaps to its start);
  /// `count` for an offset at or past the end.
  public func cluster(containingScalar offset: Int) -> Int {
    guard offset < scalarCount else { return count }
    guard offset > 0 else { return 0 }
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if Int(scalarStarts[middle]) <= offset {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low - 1
  }

  /// The clusters that hold any of `scalars`: a range cutting a cluster grows to cover it whole.
  public func clusters(coveringScalars scalars: Range<Int>) -> Range<Int> {
    let start = cluster(containingScalar: scalars.lowerBound)
    guard !scalars.isEmpty else { return start..<start }
    return start..<(cluster(containingScalar: scalars.upperBound - 1) + 1)
  }

  /// The index in `text` (the string the table was built from) where cluster `index` starts.
  public func stringIndex(ofCluster index: Int, in text: String) -> String.Index {
    text.utf8.index(text.utf8.startIndex, offsetBy: utf8Offset(ofCluster: index))
  }

  /// The text of `clusters` in `text` (the string the table was built from).
  public func text(ofClusters clusters: Range<Int>, in text: String) -> Substring {
    text[
      stringIndex(
        ofCluster: clusters.lowerBound, in: text)..<stringIndex(
          ofCluster: clusters.upperBound, in: text)]
  }

  /// The display width of `clusters` (line breaks count 0).
  public func width(ofClusters clusters: Range<Int>) -> Int {
    var total = 0
    for index in clusters { total += Int(widths[index]) }
    return total
  }
}
