/// A document laid out for reading: its text, its cluster table (built once) and its rows at the
/// current width (rebuilt only when the width changes).
///
/// Maps between the three units: scalar offsets (what codings store), clusters (where a cursor
/// may stand) and screen positions (row, column).
public struct TextLayout: Sendable {
  /// The document.
  public let text: String
  /// Its clusters, measured once.
  public let clusters: ClusterTable
  /// The width the rows are wrapped to.
  public private(set) var width: Int
  /// The rows, top to bottom; never empty.
  public private(set) var lines: [WrappedLine]

  /// Measures `text` and wraps it to `width` cells.
  public init(text: String, width: Int) {
    var text = text
    text.makeContiguousUTF8()
    self.text = text
    self.clusters = ClusterTable(text)
    self.width = max(1, width)
    self.lines = WordWrap.lines(of: clusters, width: self.width)
  }

  /// Re-wraps to `width`; does nothing when the width is unchanged.
  public mutating func rewrap(width newWidth: Int) {
    let newWidth = max(1, newWidth)
    guard newWidth != width else { return }
    width = newWidth
    lines = WordWrap.lines(of: clusters, width: newWidth)
  }

  /// The text drawn on row `row`: its visible clusters (trailing spaces included; the caller
  /// clips at ``width``).
  public func text(ofRow row: Int) -> Substring {
    clusters.text(ofClusters: lines[row].visibleClusters, in: text)
  }

  /// The scalars row `row` covers, line break included.
  public func scalarRange(ofRow row: Int) -> Range<Int> {
    clusters.scalarRange(ofClusters: lines[row].clusters)
  }
}
