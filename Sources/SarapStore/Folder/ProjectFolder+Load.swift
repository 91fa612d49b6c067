import Foundation
import SarapCore
import SarapFormats

extension ProjectFolder {
  /// Reads every project file; files that cannot be parsed are listed in the report's errors.
  public func loadReport() throws(StoreError) -> ProjectLoadReport {
    try loadReport(stamping: true)
  }

  /// Reads every project file; with `stamping` false, takes no `lstat` and no stamp of the files
  /// (what only a session needs, to notice changes on disk) for a load that only reads.
  func loadReport(stamping: Bool) throws(StoreError) -> ProjectLoadReport {
    guard isProject else { throw StoreError.notAProject(path: url.path) }
    var reader = Reader(folder: self, stamping: stamping)
    let description =
      try reader.decode(ProjectLayout.description, ProjectDescriptionFile.decode)
      ?? ProjectDescription()
    let guide = try reader.decode(ProjectLayout.guide, GuideFile.decode) ?? Guide()
    let codebook = try reader.decode(ProjectLayout.codebook, CodebookFile.decode) ?? Codebook()
    let transcripts = try reader.transcripts()
    let contents = try reader.codings()
    let claims = try reader.decode(ProjectLayout.claims, ClaimsFile.decode) ?? ClaimLedger()
    let journal = try reader.decode(ProjectLayout.journal, JournalFile.decode) ?? Journal()
    let project = Project(
      description: description, guide: guide, codebook: codebook, transcripts: transcripts,
      codings: contents.flatMap { $0.contents.lines.map(\.coding) }, claims: claims,
      journal: journal)
    var report = ProjectLoadReport(
      project: project, errors: reader.errors,
      codingsFiles: Dictionary(
        contents.map { ($0.contents.coder, $0.path) }, uniquingKeysWith: { first, _ in first }),
      stamps: reader.stamps)
    report.codingsContents = contents.map(\.contents)
    report.diskStats = reader.diskStats
    return report
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

/// Reads and decodes project files one by one, collecting parse errors.
private struct Reader {
  let folder: ProjectFolder
  /// Whether to take each file's `lstat` and stamp.
  let stamping: Bool
  var errors: [ProjectFileError] = []
  var stamps: [String: FileStamp] = [:]
  var diskStats: [String: DiskStat] = [:]

  init(folder: ProjectFolder, stamping: Bool) {
    self.folder = folder
    self.stamping = stamping
  }

  /// Decodes a file, or returns nil when it is missing or fails (the failure is recorded).
  ///
  /// A folder, FIFO or device in the file's place, or a file that cannot be read, is recorded as
  /// a problem of that path (line 1, column 1) and the reading goes on with the other files.
  mutating func decode<Value>(
    _ relative: String, _ decoder: (String, String) throws(ProjectFileError) -> Value
  ) throws(StoreError) -> Value? {
    let path = folder.displayPath(relative)
    let url = folder.layout.url(relative)
    if let problem = ProjectFileKind.problem(at: url) {
      errors.append(ProjectFileError(path: path, line: 1, column: 1, message: problem))
      return nil
    }
    if stamping { diskStats[relative] = try? DiskStat.of(url.path) }
    let read: [UInt8]?
    do {
      read = try FileReader.bytes(at: url)
    } catch {
      errors.append(ProjectFileError(path: path, line: 1, column: 1, message: Self.reason(error)))
      return nil
    }
    guard let bytes = read else { return nil }
    if stamping { stamps[relative] = FileStamp(bytes) }
    do {
      return try decoder(try ProjectText.decode(bytes, path: path), path)
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

  mutating func transcripts() throws(StoreError) -> [Transcript] {
    var result: [Transcript] = []
    for path in folder.transcriptPaths() {
      if let transcript = try decode(path, TranscriptFile.decode) { result.append(transcript) }
    }
    return result.sorted { $0.id < $1.id }
  }

  mutating func codings() throws(StoreError) -> [(path: String, contents: CodingsFile.Contents)] {
    var result: [(String, CodingsFile.Contents)] = []
    var owners: [Coder.ID: String] = [:]
    for path in folder.codingsPaths() {
      guard let contents = try decode(path, CodingsFile.decodeContents) else { continue }
      if let other = owners.updateValue(path, forKey: contents.coder) {
        errors.append(
          ProjectFileError(
            path: folder.displayPath(path), line: 2, column: 8,
            message: "coder '\(contents.coder)' already has the codings file \(other)"))
        continue
      }
      result.append((path, contents))
    }
    return result
  }
}
