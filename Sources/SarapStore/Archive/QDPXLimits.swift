/// The bounds a `.qdpx` archive must stay within to be read at all.
///
/// They stop hostile archives (zip bombs, millions of entries) before they fill memory; a real
/// project archive is far inside them.
public struct QDPXLimits: Hashable, Sendable {
  /// The most entries (files and folders) an archive may have.
  public var maxEntries: Int
  /// The most bytes all entries may hold together once uncompressed.
  public var maxTotalBytes: UInt64
  /// The highest compression ratio (uncompressed / compressed) a large entry may have.
  ///
  /// Checked once an entry holds at least ``ratioCheckBytes`` bytes. Text compresses about 3–10
  /// times; bombs a thousand times.
  public var maxCompressionRatio: UInt64
  /// The size from which the compression ratio is checked.
  public var ratioCheckBytes: UInt64

  /// Creates limits.
  public init(
    maxEntries: Int, maxTotalBytes: UInt64, maxCompressionRatio: UInt64, ratioCheckBytes: UInt64
  ) {
    self.maxEntries = maxEntries
    self.maxTotalBytes = maxTotalBytes
    self.maxCompressionRatio = maxCompressionRatio
    self.ratioCheckBytes = ratioCheckBytes
  }

  /// 10,000 entries, 512 MiB in all, a ratio of at most 100 for entries of 1 MiB or more.
  public static let standard = QDPXLimits(
    maxEntries: 10_000, maxTotalBytes: 512 << 20, maxCompressionRatio: 100, ratioCheckBytes: 1 << 20
  )
}
