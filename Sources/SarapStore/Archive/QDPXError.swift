/// Why a `.qdpx` archive could not be read or written.
///
/// The description names the archive and, where there is one, the entry: `archive.qdpx: entry
/// '../evil.txt': the path leaves the archive's folder`.
public struct QDPXError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The archive file.
  public var archive: String
  /// The entry concerned, if any.
  public var entry: String?
  /// What is wrong, in a sentence without a final full stop.
  public var message: String

  /// Creates an error.
  public init(archive: String, entry: String? = nil, message: String) {
    self.archive = archive
    self.entry = entry
    self.message = message
  }

  public var description: String {
    let place = entry.map { "\(archive): entry '\($0)'" } ?? archive
    return "\(place): \(message)"
  }
}
