import Foundation
import SarapCore
import SarapFormats

extension ProjectFolder {
  /// Reads every project file; files that cannot be parsed are listed in the report's errors.
  ///
  /// Every file is read and decoded from its text (the project cache is neither read nor
  /// written): what `sarap check` uses, which points at each coding's line.
  public func loadReport() throws(StoreError) -> ProjectLoadReport {
    try loadReport(stamping: true, cache: .off)
  }

  /// Reads every project file, from the project cache where it can.
  ///
  /// With `stamping` false, keeps no `lstat` and no stamp of the files
  /// (what only a session needs, to notice changes on disk) for a load that only reads. Unless
  /// `cache` is ``CacheMode/off``, files still the version the project cache recorded are taken
  /// from it, the others are decoded and the cache is brought up to date. Bodies read on demand
  /// note a file found changed in `changedBodies` when given (a long session), else stop the
  /// process (``TranscriptBodyReading``).
  ///
  /// With `codingsOf` a coder, the project holds that coder's codings only: another coder's
  /// codings file is decoded only when the cache does not hold its current version (to check it
  /// parses), and its codings are left out.
  func loadReport(
    stamping: Bool, cache mode: CacheMode, codingsOf: Coder.ID? = nil,
    changedBodies: ChangedBodies? = nil
  ) throws(StoreError) -> ProjectLoadReport {
    guard isProject else { throw StoreError.notAProject(path: url.path) }
    var reader = ProjectReader(
      folder: self, stamping: stamping, cache: nil, textOnDemand: mode == .textOnDemand,
      codingsOf: codingsOf)
    reader.changedBodies = changedBodies
    var description = ProjectDescription()
    var guide = Guide()
    var codebook = Codebook()
    var transcripts: [Transcript] = []
    // The codings files' cache entries are decoded on the second core while the rest is read.
    let decodesCodingsCache = mode != .off && codingsOf == nil
    let codingsEntries = try Self.alongside { [layout] in
      decodesCodingsCache ? ProjectCache.codingsEntries(layout) : [:]
    } reading: { () throws(StoreError) in
      if mode != .off { reader.cache = ProjectCache.read(layout) }
      description =
        try reader.decode(ProjectLayout.description, ProjectDescriptionFile.decode)
        ?? ProjectDescription()
      guide = try reader.decode(ProjectLayout.guide, GuideFile.decode) ?? Guide()
      codebook = try reader.decode(ProjectLayout.codebook, CodebookFile.decode) ?? Codebook()
      transcripts = try reader.transcripts()
    }
    reader.cache?.codings = codingsEntries
    let files = try reader.codings()
    let claims = try reader.decode(ProjectLayout.claims, ClaimsFile.decode) ?? ClaimLedger()
    let journal = try reader.decode(ProjectLayout.journal, JournalFile.decode) ?? Journal()
    reader.storeCache()
    let project = Project(
      description: description, guide: guide, codebook: codebook, transcripts: transcripts,
      codings: files.count == 1 ? files[0].codings : files.flatMap(\.codings), claims: claims,
      journal: journal)
    var report = ProjectLoadReport(
      project: project, errors: reader.errors,
      codingsFiles: Dictionary(
        files.map { ($0.coder, $0.path) }, uniquingKeysWith: { first, _ in first }),
      stamps: reader.stamps)
    report.codingsContents = files.compactMap(\.contents)
    report.diskStats = reader.diskStats
    report.cacheUse = reader.cacheUse
    return report
  }

  /// Runs `reading` here while `other` runs on another thread; returns what `other` made.
  private static func alongside<Other: Sendable>(
    _ other: @escaping @Sendable () -> Other, reading: () throws(StoreError) -> Void
  ) throws(StoreError) -> Other {
    do {
      return try Concurrently.run({ try reading() }, other).1
    } catch let error as StoreError {
      throw error
    } catch {
      preconditionFailure("a load threw \(error)")
    }
  }

  /// The relative paths of the transcript files: `*.txt` in `Transcripts/`, hidden files skipped.
  func transcriptPaths() -> [String] {
    FileReader.names(in: layout.url(ProjectLayout.transcripts))
      .filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }
      .map { "\(ProjectLayout.transcripts)/\($0)" }
  }

  /// The relative paths of the codings files: `*.txt` in `Codebooks/codings/`.
  func codingsPaths() -> [String] {
    FileReader.names(in: layout.url(ProjectLayout.codings))
      .filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }
      .map { "\(ProjectLayout.codings)/\($0)" }
  }
}
