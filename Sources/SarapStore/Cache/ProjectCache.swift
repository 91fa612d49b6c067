import Foundation
import SarapCore

/// The project cache under `.sarap/cache/`: what reports and sessions need from the transcripts
/// (headers, lengths, outlines) and the codings files (decoded codings), derived from the text
/// files and never a source of truth.
///
/// Two files, `transcripts` and `codings`, each `SARAPCACHE`, a version, then its entries by
/// relative path, sealed by a checksum (see docs/project-on-disk.md). Each entry records the file
/// version it was made from (``CacheSource``) and is used only while the file is still that
/// version; a stale entry is rebuilt from its file alone. A cache file that is missing, damaged,
/// of another version or unreadable is ignored and rebuilt. Writes are atomic (a temporary file
/// renamed into place) and never flushed: losing the cache loses nothing but time, and a folder
/// that cannot be written (read-only) is read without it.
struct ProjectCache: Sendable {
  /// The cache's folder, relative to the project.
  static let folder = ".sarap/cache"
  /// The format version; a cache of any other version is ignored.
  static let version: UInt32 = 1
  private static let magic = Array("SARAPCACHE".utf8)

  /// Transcript entries by relative path.
  var transcripts: [String: CachedTranscript] = [:]
  /// Codings file entries by relative path.
  var codings: [String: CachedCodings] = [:]

  /// The two cache files.
  enum Part: String, CaseIterable {
    case transcripts
    case codings

    var relativePath: String { "\(ProjectCache.folder)/\(rawValue)" }
  }

  /// The cache as stored in a project (only `parts` of it); empty parts for what is missing or
  /// damaged.
  static func read(_ layout: ProjectLayout, parts: Set<Part> = Set(Part.allCases)) -> ProjectCache {
    var cache = ProjectCache()
    if parts.contains(.transcripts) {
      cache.transcripts = entries(.transcripts, in: layout, CachedTranscript.init(from:))
    }
    if parts.contains(.codings) {
      cache.codings = entries(.codings, in: layout, CachedCodings.init(from:))
    }
    return cache
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

  /// Writes one part of the cache; any failure (a read-only folder, a full disk) leaves the cache
  /// as it was, and is not an error.
  func write(_ part: Part, in layout: ProjectLayout) {
    var writer = CacheWriter()
    writer.raw(Self.magic)
    writer.small(Self.version)
    switch part {
    case .transcripts: Self.write(transcripts, to: &writer) { $1.write(to: &$0) }
    case .codings: Self.write(codings, to: &writer) { $1.write(to: &$0) }
    }
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
