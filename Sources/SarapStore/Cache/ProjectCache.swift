import Foundation
import SarapCore

/// The project cache under `.sarap/cache/`: what reports and sessions need from the transcripts
/// (headers, lengths, outlines) and the codings files (decoded codings), derived from the text
/// files and never a source of truth.
///
/// One file, `transcripts`, for every transcript, and one file per codings file under
/// `codings.d/` (named as the codings file), so a session that saves one coder's codings rewrites
/// only that coder's entry. Each is `SARAPCACHE`, a version, a table of names
/// (``CacheWriter/name(_:)``), then its entries by relative path, sealed by a checksum (see
/// docs/project-on-disk.md). Each entry records the file version it was made from
/// (``CacheSource``) and is used only while the file is still that version; a stale entry is
/// rebuilt from its file alone. A cache file that is missing, damaged, of another version
/// or unreadable is ignored and rebuilt. Writes are atomic (a temporary file renamed into place)
/// and never flushed: losing the cache loses nothing but time, and a folder that cannot be written
/// (read-only) is read without it.
struct ProjectCache: Sendable {
  /// The cache's folder, relative to the project.
  static let folder = ".sarap/cache"
  /// The format version; a cache of any other version is ignored.
  static let version: UInt32 = 3
  private static let magic = Array("SARAPCACHE".utf8)
  /// The version 1 file that held every codings file's entry (now one file each): removed when
  /// a codings entry is written.
  private static let formerCodings = "\(folder)/codings"

  /// Transcript entries by relative path.
  var transcripts: [String: CachedTranscript] = [:]
  /// Codings file entries by relative path.
  var codings: [String: CachedCodings] = [:]

  /// A cache file: the transcripts', or one codings file's.
  enum Part: Hashable {
    case transcripts
    /// The entry of the codings file at this relative path.
    case codings(String)

    /// The cache file's path, relative to the project.
    var relativePath: String {
      switch self {
      case .transcripts: "\(ProjectCache.folder)/transcripts"
      case .codings(let path): "\(ProjectCache.codingsFolder)/\(Self.fileName(of: path))"
      }
    }

    private static func fileName(of path: String) -> String {
      String(path.split(separator: "/").last ?? Substring(path))
    }
  }

  /// The folder of the codings files' entries, relative to the project.
  static let codingsFolder = "\(folder)/codings.d"

  /// The transcripts' entries as stored in a project; the codings files' entries are read by
  /// ``codingsEntries(_:)`` (a load decodes them on its second core).
  static func read(_ layout: ProjectLayout) -> ProjectCache {
    var cache = ProjectCache()
    cache.transcripts = entries(.transcripts, in: layout, CachedTranscript.init(from:))
    return cache
  }

  /// Every codings file's entry, by relative path of the codings file.
  static func codingsEntries(_ layout: ProjectLayout) -> [String: CachedCodings] {
    var result: [String: CachedCodings] = [:]
    for name in FileReader.names(in: layout.url(codingsFolder)) where !name.hasPrefix(".") {
      let found = entries(
        .codings("\(ProjectLayout.codings)/\(name)"), in: layout, CachedCodings.init(from:))
      for (path, entry) in found where Part.codings(path).relativePath.hasSuffix("/\(name)") {
        result[path] = entry
      }
    }
    return result
  }

  /// The version and coder a codings file's cache entry records, without decoding its codings;
  /// nil when there is no sound entry for the file.
  static func codingsOwner(_ path: String, in layout: ProjectLayout) -> (
    source: CacheSource, coder: Coder.ID
  )? {
    let part = Part.codings(path)
    guard let bytes = try? FileReader.regularBytes(at: layout.url(part.relativePath).path),
      bytes.starts(with: magic)
    else { return nil }
    do throws(CacheDamage) {
      var reader = try CacheReader(sealed: bytes)
      try reader.skip(magic.count)
      guard try reader.small() == version else { return nil }
      try reader.skipNameTable()
      guard try reader.count() == 1, try reader.text() == path else { return nil }
      let source = try CacheSource(from: &reader)
      return (source, Coder.ID(try reader.text()))
    } catch {
      return nil
    }
  }

  /// One codings file's entry as stored; nil when there is none or it is not sound.
  static func codingsEntry(_ path: String, in layout: ProjectLayout) -> CachedCodings? {
    entries(.codings(path), in: layout, CachedCodings.init(from:))[path]
  }

  private static func entries<Entry>(
    _ part: Part, in layout: ProjectLayout,
    _ decode: (inout CacheReader) throws(CacheDamage) -> Entry
  ) -> [String: Entry] {
    guard let bytes = try? FileReader.regularBytes(at: layout.url(part.relativePath).path),
      bytes.starts(with: magic)
    else { return [:] }
    do throws(CacheDamage) {
      var reader = try CacheReader(sealed: bytes)
      try reader.skip(magic.count)
      guard try reader.small() == version else { return [:] }
      try reader.readNameTable()
      var entries: [String: Entry] = [:]
      for _ in 0..<(try reader.count()) {
        let path = try reader.text()
        entries[path] = try decode(&reader)
      }
      guard reader.isAtEnd else { return [:] }
      return entries
    } catch {
      return [:]
    }
  }

  /// Writes one cache file (a codings file's with no entry is removed); any failure (a
  /// read-only folder, a full disk) leaves the cache as it was, and is not an error.
  func write(_ part: Part, in layout: ProjectLayout) {
    var entries = CacheWriter()
    switch part {
    case .transcripts: Self.write(transcripts, to: &entries) { $1.write(to: &$0) }
    case .codings(let path):
      unlink(layout.path(Self.formerCodings))
      guard let entry = codings[path] else {
        unlink(layout.path(part.relativePath))
        return
      }
      Self.write([path: entry], to: &entries) { $1.write(to: &$0) }
    }
    var writer = CacheWriter()
    writer.raw(Self.magic)
    writer.small(Self.version)
    writer.nameTable(entries.names)
    writer.append(entries)
    writer.seal()
    let url = layout.url(part.relativePath)
    let folder = url.deletingLastPathComponent()
    guard (try? AtomicFile.makeFolder(folder)) != nil else { return }
    let temporary = AtomicFile.temporaryURL(for: url)
    let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return }
    let written: Void? = try? AtomicFile.writeAll(
      writer.bytes, to: descriptor, path: temporary.path)
    close(descriptor)
    if written == nil || rename(temporary.path, url.path) != 0 { unlink(temporary.path) }
  }

  private static func write<Entry>(
    _ entries: [String: Entry], to writer: inout CacheWriter,
    _ encode: (inout CacheWriter, Entry) -> Void
  ) {
    writer.integer(entries.count)
    for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
      writer.text(path)
      encode(&writer, entry)
    }
  }
}
