import Foundation
import ZIPFoundation

extension QDPXArchive {
  /// Reads every file of a `.qdpx` archive into memory, by normalised path (`\` as `/`).
  ///
  /// Nothing is written to disk. Refused, with an error naming the entry: a path that is absolute
  /// or has a `..` component, a symbolic link, two entries with the same path, more entries or
  /// more uncompressed bytes (in one entry or in all) than `limits` allow, an entry that inflates
  /// to more bytes than it declares, and a corrupt entry (CRC mismatch).
  public static func read(_ url: URL, limits: QDPXLimits = .standard) throws(QDPXError)
    -> [String: [UInt8]]
  {
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw QDPXError(archive: url.path, message: "no such file")
    }
    let archive: Archive
    do {
      archive = try Archive(url: url, accessMode: .read)
    } catch {
      throw QDPXError(archive: url.path, message: "not a readable zip archive (\(error))")
    }
    var reader = EntryReader(archive: archive, path: url.path, limits: limits)
    for entry in archive { try reader.read(entry) }
    return reader.files
  }
}

/// Reads an archive's entries one by one, keeping count against the limits.
private struct EntryReader {
  let archive: Archive
  let path: String
  let limits: QDPXLimits
  var files: [String: [UInt8]] = [:]
  var entryCount = 0
  var totalBytes: UInt64 = 0

  init(archive: Archive, path: String, limits: QDPXLimits) {
    self.archive = archive
    self.path = path
    self.limits = limits
  }

  func refuse(_ entry: String?, _ message: String) -> QDPXError {
    QDPXError(archive: path, entry: entry, message: message)
  }

  mutating func read(_ entry: Entry) throws(QDPXError) {
    entryCount += 1
    guard entryCount <= limits.maxEntries else {
      throw refuse(nil, "more than \(limits.maxEntries) entries; refused as a possible zip bomb")
    }
    if let problem = ArchivePath.problem(with: entry.path) { throw refuse(entry.path, problem) }
    guard entry.type != .symlink else {
      throw refuse(entry.path, "a symbolic link; archives may hold only files and folders")
    }
    guard entry.type == .file else { return }
    let name = ArchivePath.normalised(entry.path)
    guard files[name] == nil else { throw refuse(entry.path, "a second entry with this path") }
    try checkSizes(entry)
    files[name] = try extract(entry)
  }

  /// Refuses an entry whose declared size is over the entry limit or would take the archive
  /// over the total limit (compared without overflow: a declared size may be any 64-bit number).
  private mutating func checkSizes(_ entry: Entry) throws(QDPXError) {
    let declared = entry.uncompressedSize
    guard declared <= limits.maxEntryBytes else {
      throw refuse(
        entry.path,
        "declares \(declared) bytes uncompressed, more than \(limits.maxEntryBytes >> 20) MiB "
          + "for one entry; refused as a possible zip bomb")
    }
    guard declared <= limits.maxTotalBytes - min(totalBytes, limits.maxTotalBytes) else {
      throw refuse(
        entry.path,
        "the archive would hold more than \(limits.maxTotalBytes >> 20) MiB uncompressed")
    }
  }

  private mutating func extract(_ entry: Entry) throws(QDPXError) -> [UInt8] {
    var bytes: [UInt8] = []
    let declared = entry.uncompressedSize
    let checksum: CRC32
    do {
      checksum = try archive.extract(entry) { chunk in
        guard UInt64(bytes.count + chunk.count) <= declared else { throw Overflow() }
        bytes.append(contentsOf: chunk)
      }
    } catch is Overflow {
      throw refuse(entry.path, "inflates to more than the \(declared) bytes it declares")
    } catch {
      throw refuse(entry.path, "cannot be read (\(error))")
    }
    guard checksum == entry.checksum else { throw refuse(entry.path, "corrupt (CRC mismatch)") }
    totalBytes += UInt64(bytes.count)
    return bytes
  }

  private struct Overflow: Error {}
}
