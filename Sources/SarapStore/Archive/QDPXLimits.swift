/// The bounds a `.qdpx` archive must stay within to be read at all.
///
/// They stop hostile archives (zip bombs, millions of entries) before they fill memory; a real
/// project archive is far inside them. Bombs are judged by absolute sizes: the size each entry
/// declares is checked against ``maxEntryBytes`` and ``maxTotalBytes`` before it is inflated,
/// and inflating stops as soon as an entry yields more bytes than it declared. The compression
/// ratio is not a criterion: a long run of one letter compresses a thousand times and is
/// harmless at these sizes.
public struct QDPXLimits: Hashable, Sendable {
  /// The most entries (files and folders) an archive may have.
  public var maxEntries: Int
  /// The most bytes one entry may hold once uncompressed.
  public var maxEntryBytes: UInt64
  /// The most bytes all entries may hold together once uncompressed.
  public var maxTotalBytes: UInt64

  /// Creates limits.
  public init(maxEntries: Int, maxEntryBytes: UInt64, maxTotalBytes: UInt64) {
    self.maxEntries = maxEntries
    self.maxEntryBytes = maxEntryBytes
    self.maxTotalBytes = maxTotalBytes
  }

  /// 10,000 entries, 256 MiB for one entry, 512 MiB in all.
  public static let standard = QDPXLimits(
    maxEntries: 10_000, maxEntryBytes: 256 << 20, maxTotalBytes: 512 << 20)
}
