/// One row per grapheme cluster of a document: where it starts (in scalars and UTF-8 bytes), how
/// wide it is drawn, and whether it is text, a space or a line break.
///
/// Built once per document (O(n)); every offset conversion is then a binary search or an index.
/// This is the bridge between the three units the workbench uses: navigate in clusters (a cursor
/// never lands inside one), lay out in cells, store in Unicode scalars.
public struct ClusterTable: Sendable {
  /// What a cluster is, for wrapping.
  public enum Kind: UInt8, Sendable {
    /// Anything drawn that is not a breaking space.
    case text
    /// A space or tab: a line may break after a run of them.
    case space
    /// `\n`, `\r\n` or `\r`: always ends a line.
    case lineBreak
  }

  /// The scalar offset where each cluster starts, plus the total scalar count at the end.
  var scalarStarts: [Int32]
  /// The UTF-8 offset where each cluster starts, plus the total byte count at the end.
  var utf8Starts: [Int32]
  /// The display width of each cluster (``DisplayWidth/of(_:)-(Character)``).
  var widths: [UInt8]
  /// The ``Kind`` of each cluster.
  var kinds: [Kind]

  /// Measures every cluster of `text`.
  public init(_ text: String) {
    var scalarStarts: [Int32] = []
    var utf8Starts: [Int32] = []
    var widths: [UInt8] = []
    var kinds: [Kind] = []
    let estimate = text.utf8.count / 2 + 1
    scalarStarts.reserveCapacity(estimate)
    utf8Starts.reserveCapacity(estimate)
    widths.reserveCapacity(estimate)
    kinds.reserveCapacity(estimate)
    var scalar: Int32 = 0
    var byte: Int32 = 0
    for character in text {
      scalarStarts.append(scalar)
      utf8Starts.append(byte)
      let kind = Self.kind(of: character)
      kinds.append(kind)
      widths.append(kind == .lineBreak ? 0 : UInt8(clamping: DisplayWidth.of(character)))
      scalar += Int32(character.unicodeScalars.count)
      byte += Int32(character.utf8.count)
    }
    scalarStarts.append(scalar)
    utf8Starts.append(byte)
    self.scalarStarts = scalarStarts
    self.utf8Starts = utf8Starts
    self.widths = widths
    self.kinds = kinds
  }

  static func kind(of character: Character) -> Kind {
    switch character {
    case " ", "\t": .space
    case "\n", "\r\n", "\r": .lineBreak
    default: .text
    }
  }

  /// The number of clusters.
  public var count: Int { kinds.count }
  /// The number of Unicode scalars in the document.
  public var scalarCount: Int { Int(scalarStarts[scalarStarts.count - 1]) }
  /// The number of UTF-8 bytes in the document.
  public var utf8Count: Int { Int(utf8Starts[utf8Starts.count - 1]) }

  /// The display width of cluster `index` (0 for a line break).
  public func width(ofCluster index: Int) -> Int { Int(widths[index]) }

  /// The kind of cluster `index`.
  public func kind(ofCluster index: Int) -> Kind { kinds[index] }
}
