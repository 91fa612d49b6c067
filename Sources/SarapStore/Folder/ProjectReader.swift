import Foundation
import SarapCore
import SarapFormats

/// Reads and decodes project files one by one, collecting parse errors, taking transcripts and
/// codings files from the project cache when it holds their current version.
struct ProjectReader {
  let folder: ProjectFolder
  /// Whether to take each file's `lstat` and stamp.
  let stamping: Bool
  var errors: [ProjectFileError] = []
  var stamps: [String: FileStamp] = [:]
  var diskStats: [String: DiskStat] = [:]
  /// The project cache, when this load uses it.
  var cache: ProjectCache?
  var cacheUse = CacheUse()
  /// The cache files that changed during this load and are written at its end.
  var changedParts: Set<ProjectCache.Part> = []
  /// The stat, time of reading and stamp of the file ``decode(_:_:)`` last read.
  var lastRead: (stat: DiskStat?, readAt: Int, stamp: FileStamp)?

  /// Whether transcripts the cache holds are taken from it, their bodies read when needed.
  let textOnDemand: Bool
  /// The coder whose codings the load is for; nil for every coder's.
  ///
  /// Another coder's codings file the cache holds at its current version is then neither decoded
  /// nor kept (see ``ProjectSession/CodingsScope``).
  let codingsOf: Coder.ID?
  /// Where bodies read on demand note a file found changed (a long session); nil to stop the
  /// process instead (a command).
  var changedBodies: ChangedBodies?

  init(
    folder: ProjectFolder, stamping: Bool, cache: ProjectCache?, textOnDemand: Bool,
    codingsOf: Coder.ID? = nil
  ) {
    self.folder = folder
    self.stamping = stamping
    self.cache = cache
    self.textOnDemand = textOnDemand
    self.codingsOf = codingsOf
  }

  /// Decodes a file, or returns nil when it is missing or fails (the failure is recorded).
  ///
  /// A folder, FIFO or device in the file's place, or a file that cannot be read, is recorded as
  /// a problem of that path (line 1, column 1) and the reading goes on with the other files.
  mutating func decode<Value>(
    _ relative: String, _ decoder: (String, String) throws(ProjectFileError) -> Value
  ) throws(StoreError) -> Value? {
    lastRead = nil
    let path = folder.displayPath(relative)
    let url = folder.layout.url(relative)
    if let problem = ProjectFileKind.problem(at: url) {
      errors.append(ProjectFileError(path: path, line: 1, column: 1, message: problem))
      return nil
    }
    let readAt = CacheSource.now()
    let stat = stamping || cache != nil ? try? DiskStat.of(url.path) : nil
    if stamping { diskStats[relative] = stat }
    let read: [UInt8]?
    do {
      read = try FileReader.bytes(at: url)
    } catch {
      errors.append(ProjectFileError(path: path, line: 1, column: 1, message: Self.reason(error)))
      return nil
    }
    guard let bytes = read else { return nil }
    let stamp = stamping || cache != nil ? FileStamp(bytes) : nil
    if stamping { stamps[relative] = stamp }
    do {
      let value = try decoder(try ProjectText.decode(bytes, path: path), path)
      if let stamp { lastRead = (stat, readAt, stamp) }
      return value
    } catch {
      errors.append(error)
      return nil
    }
  }

  /// Why a file could not be read, without its absolute path (the problem names the file).
  private static func reason(_ error: StoreError) -> String {
    guard case .io(_, let operation, let message) = error else { return "\(error)" }
    return "cannot \(operation): \(message)"
  }

  /// The cache source for the file just decoded; nil unless it is a regular file (a symbolic
  /// link's stat says nothing of its target's content, so it is never cached).
  var lastSource: CacheSource? {
    guard let lastRead, let stat = lastRead.stat, stat.isRegularFile, !stat.isSymbolicLink
    else { return nil }
    return CacheSource(stat: stat, readNanoseconds: lastRead.readAt, stamp: lastRead.stamp)
  }

  mutating func transcripts() throws(StoreError) -> [Transcript] {
    var result: [Transcript] = []
    let paths = folder.transcriptPaths()
    for path in paths {
      if textOnDemand, let entry = cachedEntry(\.transcripts, path: path, part: .transcripts) {
        result.append(body(of: entry, path: path))
        continue
      }
      guard let transcript = try decode(path, TranscriptFile.decode) else { continue }
      guard cache != nil, let source = lastSource,
        cache?.transcripts[path]?.source.isSameVersion(as: source) != true
      else {
        result.append(transcript)
        continue
      }
      let entry = CachedTranscript(source: source, transcript: transcript)
      cache?.transcripts[path] = entry
      changedParts.insert(.transcripts)
      cacheUse.decoded += 1
      // On demand, a body just decoded is not kept either: it is read again if its text is
      // needed, so a load that builds the cache holds no more text than one that uses it.
      result.append(textOnDemand ? body(of: entry, path: path) : transcript)
    }
    forget(paths, in: \.transcripts) { _ in .transcripts }
    return result.sorted { $0.id < $1.id }
  }

  /// A cached transcript with a body that reads its text from the file when first needed.
  func body(of entry: CachedTranscript, path: String) -> Transcript {
    var transcript = entry.header
    transcript.body = TranscriptText(
      scalarCount: entry.scalarCount, outline: entry.outline,
      origin: entry.source.origin(of: path),
      reading: TranscriptBodyReading(
        file: folder.layout.path(path), path: folder.displayPath(path), stamp: entry.source.stamp,
        scalarCount: entry.scalarCount, changes: changedBodies
      ).read)
    return transcript
  }

  mutating func codings() throws(StoreError) -> [LoadedCodings] {
    var result: [LoadedCodings] = []
    var owners: [Coder.ID: String] = [:]
    let paths = folder.codingsPaths()
    for path in paths {
      var loaded: LoadedCodings
      if let target = codingsOf, let other = otherCoder(of: path, than: target) {
        loaded = LoadedCodings(path: path, coder: other, codings: [])
      } else if let entry = cachedEntry(\.codings, path: path, part: .codings(path)) {
        loaded = LoadedCodings(path: path, coder: entry.coder, codings: entry.codings)
      } else {
        guard let contents = try decode(path, CodingsFile.decodeContents) else { continue }
        loaded = LoadedCodings(
          path: path, coder: contents.coder, codings: contents.lines.map(\.coding))
        // Each line keeps the file's text alive: only a load without the cache (`sarap check`,
        // which points at lines) holds on to them.
        if cache == nil { loaded.contents = contents }
        if cache != nil, let source = lastSource {
          cache?.codings[path] = CachedCodings(
            source: source, coder: loaded.coder, codings: loaded.codings)
          changedParts.insert(.codings(path))
          cacheUse.decoded += 1
        }
      }
      if let target = codingsOf, loaded.coder != target { loaded.codings = [] }
      if let other = owners.updateValue(path, forKey: loaded.coder) {
        errors.append(
          ProjectFileError(
            path: folder.displayPath(path), line: 2, column: 8,
            message: "coder '\(loaded.coder)' already has the codings file \(other)"))
        continue
      }
      result.append(loaded)
    }
    forget(paths, in: \.codings) { .codings($0) }
    return result
  }

  /// Writes the cache files this load changed (nothing when it used no cache).
  func storeCache() {
    guard let cache else { return }
    for part in changedParts { cache.write(part, in: folder.layout) }
  }
}

/// One codings file as loaded: from its text (with its lines) or from the cache.
struct LoadedCodings {
  var path: String
  var coder: Coder.ID
  var codings: [Coding]
  /// The decoded file with each coding's line; nil when taken from the cache.
  var contents: CodingsFile.Contents?
}
