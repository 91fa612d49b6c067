/// One screen row of wrapped text, as a range of clusters of its ``ClusterTable``.
///
/// The rows of a document cover all its clusters, in order, without gaps: each row's `clusters`
/// ends where the next one's begins.
public struct WrappedLine: Hashable, Sendable {
  /// Every cluster on this row: text, the spaces hanging past the margin, and the line break
  /// that ends it, if any.
  public var clusters: Range<Int>
  /// The clusters to draw: ``clusters`` without the line break.
  public var visibleClusters: Range<Int>
  /// The cells the row's text takes, trailing spaces not counted; at most the wrap width, except
  /// for a single cluster wider than it.
  public var width: Int

  /// Creates a row.
  public init(clusters: Range<Int>, visibleClusters: Range<Int>, width: Int) {
    self.clusters = clusters
    self.visibleClusters = visibleClusters
    self.width = width
  }

  /// Whether the row ends with a line break (rather than a soft wrap or the end of the text).
  public var endsWithLineBreak: Bool { visibleClusters.upperBound < clusters.upperBound }
}
