extension TextLayout {
  /// The row holding cluster `index`; the last row for the end of the text.
  public func row(ofCluster index: Int) -> Int {
    var low = 0
    var high = lines.count
    while low < high {
      let middle = (low + high) / 2
      if lines[middle].clusters.lowerBound <= index {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return max(0, low - 1)
  }

  /// The row holding scalar `offset`.
  public func row(ofScalar offset: Int) -> Int {
    row(ofCluster: clusters.cluster(containingScalar: offset))
  }

  /// The screen position (column `x`, row `y`) of cluster `index`; a hanging space may lie at or
  /// past ``width``.
  public func position(ofCluster index: Int) -> Point {
    let row = row(ofCluster: index)
    let start = lines[row].clusters.lowerBound
    return Point(x: clusters.width(ofClusters: start..<max(start, index)), y: row)
  }

  /// The screen position of scalar `offset` (snapped to the start of its cluster).
  public func position(ofScalar offset: Int) -> Point {
    position(ofCluster: clusters.cluster(containingScalar: offset))
  }

  /// The cluster drawn at `point` (rows and columns clamped): the cluster whose cells include the
  /// column; past the text of a row, its line break (or its last cluster on a wrapped row).
  public func cluster(at point: Point) -> Int {
    let row = min(max(0, point.y), lines.count - 1)
    let line = lines[row]
    var column = 0
    for index in line.visibleClusters {
      column += clusters.width(ofCluster: index)
      if column > point.x { return index }
    }
    let end = line.visibleClusters.upperBound
    let wrapsSoftly = !line.endsWithLineBreak && row < lines.count - 1
    return wrapsSoftly ? max(line.visibleClusters.lowerBound, end - 1) : end
  }

  /// The scalar offset of the cluster drawn at `point` (see ``cluster(at:)``).
  public func scalarOffset(at point: Point) -> Int {
    clusters.scalarOffset(ofCluster: cluster(at: point))
  }

  /// The columns of row `row` that show any of `scalars`, clipped to ``width``.
  ///
  /// `nil` when the row shows none of them. For highlighting a coded segment or a selection.
  public func columns(ofScalars scalars: Range<Int>, onRow row: Int) -> Range<Int>? {
    let line = lines[row]
    let covered = clusters.clusters(coveringScalars: scalars).clamped(to: line.visibleClusters)
    guard !covered.isEmpty else { return nil }
    let start = clusters.width(ofClusters: line.visibleClusters.lowerBound..<covered.lowerBound)
    let end = min(width, start + clusters.width(ofClusters: covered))
    return start < end ? start..<end : nil
  }
}
