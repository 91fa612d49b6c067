import Foundation
import SarapFormats
import ZIPFoundation

/// Writes and reads `.qdpx` archives: `project.qde`, the source texts under `sources/` and Sarap's
/// own files under `sarap/`.
///
/// Writing is atomic (the archive is built in memory, written to a temporary file in the target's
/// folder, flushed and renamed over the target) and reproducible (entries carry a fixed date, so
/// the same project gives the same bytes). Reading refuses hostile archives; see
/// ``read(_:limits:)``.
public enum QDPXArchive {
  /// The date every entry carries: 1 January 1980, the earliest a zip file can hold.
  static let entryDate = Date(timeIntervalSince1970: 315_532_800)

  /// Writes a project package as a `.qdpx` archive, replacing the file at `url` atomically.
  public static func write(_ package: REFIPackage, to url: URL) throws(QDPXError) {
    var entries = [(path: "project.qde", bytes: Array(package.projectXML.utf8))]
    for source in package.sources {
      entries.append((path: "sources/\(source.name)", bytes: Array(source.text.utf8)))
    }
    for file in package.sarapFiles {
      entries.append((path: "\(REFISarapFiles.folder)/\(file.name)", bytes: Array(file.text.utf8)))
    }
    try write(entries: entries, to: url)
  }

  /// Writes files (deflated) as a zip archive at `url`, atomically.
  public static func write(entries: [(path: String, bytes: [UInt8])], to url: URL)
    throws(QDPXError)
  {
    let bytes: [UInt8]
    do {
      bytes = try zipped(entries)
    } catch {
      throw QDPXError(archive: url.path, message: "cannot build the archive: \(error)")
    }
    do {
      try AtomicFile.write(bytes: bytes, to: url)
    } catch {
      throw QDPXError(archive: url.path, message: "cannot write the archive: \(error)")
    }
  }

  /// The zip archive of the entries, in memory.
  static func zipped(_ entries: [(path: String, bytes: [UInt8])]) throws -> [UInt8] {
    let archive = try Archive(data: Data(), accessMode: .create)
    for entry in entries {
      let data = Data(entry.bytes)
      try archive.addEntry(
        with: entry.path, type: .file, uncompressedSize: Int64(data.count),
        modificationDate: entryDate, compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<(Int(position) + size))
      }
    }
    return Array(archive.data ?? Data())
  }
}
