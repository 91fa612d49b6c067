import Foundation
import SarapCore
import SarapFormats

/// A project cache entry: made from one version of one file.
protocol CacheEntry {
  var source: CacheSource { get set }
}

extension CachedTranscript: CacheEntry {}
extension CachedCodings: CacheEntry {}

/// How a load used the project cache: the instrumentation tests read to see that it was used.
public struct CacheUse: Hashable, Sendable {
  /// Files taken from the cache without reading them.
  public var fromCache = 0
  /// Files whose entry was racy (changed too close to when they were read), re-read and found
  /// unchanged by their hash, then taken from the cache.
  public var rehashed = 0
  /// Files decoded from their text and entered in the cache.
  public var decoded = 0
}

extension ProjectReader {
  /// The cache's entry for a file when the file is still the version it was made from, noting
  /// the file's stamp and stat for the session; nil when there is none or it is stale.
  mutating func cachedEntry<Entry: CacheEntry>(
    _ entries: WritableKeyPath<ProjectCache, [String: Entry]>, path: String,
    part: ProjectCache.Part
  ) -> Entry? {
    guard var entry = cache?[keyPath: entries][path] else { return nil }
    let absolute = folder.layout.path(path)
    guard let stat = try? DiskStat.of(absolute) else { return nil }
    switch entry.source.verdict(stat) {
    case .stale: return nil
    case .fresh: cacheUse.fromCache += 1
    case .racy:
      let readAt = CacheSource.now()
      guard let version = try? FileReader.regularVersion(at: absolute),
        version.stat.isSameVersion(as: stat), FileStamp(version.bytes) == entry.source.stamp
      else { return nil }
      cacheUse.rehashed += 1
      // A coding command writes its coder's entry again when it saves: settling it here too
      // would encode every one of the coder's codings twice.
      let savesItself = codingsOf != nil && part != .transcripts
      if CacheSource.isSettled(stat, readAt: readAt), !savesItself {
        entry.source.readNanoseconds = readAt
        changedParts.insert(part)
        cache?[keyPath: entries][path] = entry
      }
    }
    if stamping {
      stamps[path] = entry.source.stamp
      diskStats[path] = stat
    }
    return entry
  }

  /// The coder of a codings file when it is not `target` and the cache holds the file's current
  /// version: such a file parsed when it was cached and has not changed since, so a load for
  /// `target` takes its coder (and stamp) from the cache and leaves its codings unread.
  mutating func otherCoder(of path: String, than target: Coder.ID) -> Coder.ID? {
    guard let cache else { return nil }
    if cache.codings[path] == nil {
      guard let owner = ProjectCache.codingsOwner(path, in: folder.layout) else { return nil }
      guard owner.coder != target else {
        self.cache?.codings[path] = ProjectCache.codingsEntry(path, in: folder.layout)
        return nil
      }
      let absolute = folder.layout.path(path)
      guard let stat = try? DiskStat.of(absolute), case .fresh = owner.source.verdict(stat)
      else { return nil }
      cacheUse.fromCache += 1
      if stamping {
        stamps[path] = owner.source.stamp
        diskStats[path] = stat
      }
      return owner.coder
    }
    return nil
  }

  /// Drops the cache's entries for files no longer there; `part` names the cache file each
  /// dropped entry was in.
  mutating func forget<Entry>(
    _ paths: [String], in entries: WritableKeyPath<ProjectCache, [String: Entry]>,
    part: (String) -> ProjectCache.Part
  ) {
    guard let cache else { return }
    let present = Set(paths)
    let gone = cache[keyPath: entries].keys.filter { !present.contains($0) }
    for path in gone {
      self.cache?[keyPath: entries].removeValue(forKey: path)
      changedParts.insert(part(path))
    }
  }
}

/// Reads a cached transcript's body when its text is first needed, checking that the file is
/// still the version the cache described.
struct TranscriptBodyReading: Sendable {
  /// The file's absolute path.
  let file: String
  /// The file as named in messages.
  let path: String
  let stamp: FileStamp
  let scalarCount: Int
  /// Where a long session notes a body found changed; nil for a command.
  let changes: ChangedBodies?

  /// The body's text.
  ///
  /// The file changing between the load and this read (a hand edit, a `git pull`) is not
  /// something a body can report by itself. In a long session (``changes`` set: the workbench)
  /// the file is noted there, so that the session names it and refuses edits, and the body holds
  /// ``notice(path:scalarCount:)`` instead: never the new text as if it were the old, and never
  /// an exit under the terminal. A command stops (exit status 1) with a message naming the file,
  /// before it could write anything based on text it never had.
  @Sendable func read() -> String {
    if let bytes = try? FileReader.regularBytes(at: file), FileStamp(bytes) == stamp,
      let text = try? ProjectText.decode(bytes, path: path),
      let transcript = try? TranscriptFile.decode(text, path: path),
      transcript.body.scalarCount == scalarCount
    {
      return transcript.body.string
    }
    if let changes {
      changes.note(path)
      return Self.notice(path: path, scalarCount: scalarCount)
    }
    // A clear message and a plain exit, not a crash report: nothing was written.
    FileHandle.standardError.write(
      Data(
        ("sarap: \(path) changed on disk while Sarap was reading the project; nothing was "
          + "written. Run the command again.\n").utf8))
    exit(1)
  }

  /// What a body found changed holds instead of its text: a line naming the file, padded with
  /// spaces (or cut) to the body's length, so that every offset the session knows stays valid.
  static func notice(path: String, scalarCount: Int) -> String {
    let line =
      "[\(path) changed on disk after Sarap opened the project; its text is not shown. "
      + "Reopen the project to read it.]"
    let scalars = Array(line.unicodeScalars.prefix(scalarCount))
    var text = String(String.UnicodeScalarView(scalars))
    text.append(String(repeating: " ", count: scalarCount - scalars.count))
    return text
  }
}
