import Foundation
import SarapFormats
import ZIPFoundation

/// Writes and reads `.qdpx` archives: `project.qde`, the source texts under `sources/` and Sarap's
/// own files under `sarap/`.
///
/// Writing is atomic (the archive is written to a temporary file in the target's folder, flushed
/// and renamed over the target) and reproducible (entries carry a fixed date, so the same project
/// gives the same bytes). Entries are deflated straight to the file one at a time
/// (``ZipStream``); only an archive too large for a zip file without ZIP64 is built in memory by
/// ZIPFoundation. Reading refuses hostile archives; see ``read(_:limits:)``.
public enum QDPXArchive {
  /// The date every entry carries: 1 January 1980, the earliest a zip file can hold.
  static let entryDate = Date(timeIntervalSince1970: 315_532_800)

  /// Writes a project package as a `.qdpx` archive, replacing the file at `url` atomically.
  public static func write(_ package: REFIPackage, to url: URL) throws(QDPXError) {
    try write(entries(of: package), to: url)
  }

  /// The archive's files: `project.qde`, the sources, Sarap's own files.
  private static func entries(of package: REFIPackage) -> [Entry] {
    var entries = [Entry(path: "project.qde", text: nil, bytes: package.projectBytes)]
    for source in package.sources {
      entries.append(Entry(path: "sources/\(source.name)", text: source.text, bytes: nil))
    }
    for file in package.sarapFiles {
      entries.append(
        Entry(path: "\(REFISarapFiles.folder)/\(file.name)", text: file.text, bytes: nil))
    }
    return entries
  }

  /// Writes a project package as a `.qdpx` archive while `check` runs on another thread; the
  /// archive replaces the file at `url` (atomically) only when `check` returns, and nothing is
  /// replaced when it throws (its error is rethrown as it is).
  public static func write(
    _ package: REFIPackage, to url: URL, whileChecking check: @escaping @Sendable () throws -> Void
  ) throws {
    let entries = entries(of: package)
    guard ZipStream.fits(entries: entries.count, bytes: entries.reduce(0) { $0 + $1.count }) else {
      try check()
      return try writeInMemory(entries, to: url)
    }
    do {
      try AtomicFile.write(to: url) { descriptor, path in
        _ = try Concurrently.run({ try stream(entries, to: descriptor, path: path) }, check)
      }
    } catch let error as QDPXError {
      throw error
    } catch let error as StoreError {
      throw QDPXError(archive: url.path, message: "cannot write the archive: \(error)")
    } catch let error as ZipStreamError {
      throw QDPXError(archive: url.path, message: "cannot write the archive: \(error)")
    }
  }

  /// Writes files (deflated) as a zip archive at `url`, atomically.
  public static func write(entries: [(path: String, bytes: [UInt8])], to url: URL)
    throws(QDPXError)
  {
    try write(entries.map { Entry(path: $0.path, text: nil, bytes: $0.bytes) }, to: url)
  }

  /// One file of an archive: its path and its text or bytes (whichever it has, without a copy).
  struct Entry {
    var path: String
    var text: String?
    var bytes: [UInt8]?

    var count: Int { bytes?.count ?? text?.utf8.count ?? 0 }

    /// Calls `body` with the entry's UTF-8 bytes.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows
      -> Result
    {
      if let bytes { return try bytes.withUnsafeBufferPointer(body) }
      var text = text ?? ""
      return try text.withUTF8(body)
    }
  }

  private static func write(_ entries: [Entry], to url: URL) throws(QDPXError) {
    guard ZipStream.fits(entries: entries.count, bytes: entries.reduce(0) { $0 + $1.count }) else {
      return try writeInMemory(entries, to: url)
    }
    do {
      try AtomicFile.write(to: url) { try stream(entries, to: $0, path: $1) }
    } catch {
      throw QDPXError(archive: url.path, message: "cannot write the archive: \(error)")
    }
  }

  /// Writes the entries as a zip archive to an open, empty file.
  private static func stream(_ entries: [Entry], to descriptor: Int32, path: String) throws {
    var zip = ZipStream(descriptor: descriptor, path: path)
    for entry in entries {
      try entry.withBytes { try zip.add(entry.path, contents: $0) }
    }
    try zip.finish()
  }

  /// Builds the archive in memory with ZIPFoundation (which writes ZIP64 when needed), then
  /// writes it atomically.
  private static func writeInMemory(_ entries: [Entry], to url: URL) throws(QDPXError) {
    let bytes: [UInt8]
    do {
      bytes = try zipped(entries.map { entry in (entry.path, entry.withBytes { Array($0) }) })
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
