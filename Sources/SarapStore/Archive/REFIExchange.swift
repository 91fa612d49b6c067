import Foundation
import SarapCore
import SarapFormats

/// REFI-QDA export and import between project folders and files: what the `sarap export` and
/// `sarap import` commands run.
public enum REFIExchange {
  /// Why an export was not written: the document failed Sarap's own check (a bug in Sarap).
  public struct InvalidExport: Error, CustomStringConvertible {
    /// The problems found.
    public var problems: [String]

    public var description: String {
      "the export failed Sarap's REFI-QDA check, so nothing was written:\n"
        + problems.joined(separator: "\n")
    }
  }

  /// Exports the project in `folder` as a `.qdpx` archive at `url`; returns the project exported,
  /// what the format could not carry, and the GUIDs the archive uses (all those the project keeps,
  /// some of them perhaps new).
  ///
  /// GUIDs are read from and (when new ones are minted) saved to `Codebooks/refi-ids.txt` after
  /// the archive is written (a read-only project is exported all the same, the report saying the
  /// new GUIDs were not kept); the export is checked (``REFICheck``) before it is written.
  @discardableResult
  public static func exportProject(from folder: ProjectFolder, to url: URL, origin: String)
    throws -> (project: Project, report: REFIReport, guids: REFIGUIDs)
  {
    // The GUID file (590,000 lines at 1000x) is read on the second core while the project loads,
    // and the document is checked there while the archive is written to a temporary file.
    let (project, stored) = try Concurrently.run(
      { try folder.load() }, { try REFIGUIDsStore.load(folder) })
    let result = REFIExport.project(project, guids: stored, origin: origin)
    let package = result.package
    let sources = Dictionary(
      package.sources.map { ($0.name, $0.text) }, uniquingKeysWith: { first, _ in first })
    try QDPXArchive.write(package, to: url) {
      // Read as a stream: a tree of the whole document held several times its size at scale.
      let problems = try REFICheck.issues(
        inWrittenDocument: package.projectBytes, path: "project.qde", sources: sources)
      guard problems.isEmpty else { throw InvalidExport(problems: problems) }
    }
    var report = result.report
    // GUIDs are only ever added, so the same count means none was minted: nothing to save.
    if result.guids.entries.count != stored.entries.count {
      try REFIGUIDsStore.saveUnlessReadOnly(result.guids, in: folder, report: &report)
    }
    return (project, report, result.guids)
  }

  /// Exports the codebook of the project in `folder` as a `.qdc` document at `url`; returns the
  /// codebook exported and what the format could not carry.
  @discardableResult
  public static func exportCodebook(from folder: ProjectFolder, to url: URL, origin: String)
    throws -> (codebook: Codebook, report: REFIReport)
  {
    let project = try folder.load()
    let result = REFIExport.codebook(
      project.codebook, guids: try REFIGUIDsStore.load(folder), origin: origin)
    let root = try XMLReader.parse(Array(result.xml.utf8), path: url.lastPathComponent)
    let problems = REFICheck.issues(in: root, path: url.lastPathComponent, sources: [:])
    guard problems.isEmpty else { throw InvalidExport(problems: problems) }
    try AtomicFile.write(result.xml, to: url)
    var report = result.report
    try REFIGUIDsStore.saveUnlessReadOnly(result.guids, in: folder, report: &report)
    return (project.codebook, report)
  }

  /// Imports a `.qdpx` archive as a new project folder at `target` (which must not exist or be
  /// empty); the archive's GUIDs are kept in the new project's `Codebooks/refi-ids.txt`.
  public static func importProject(
    from archive: URL, into target: URL, importTime: Timestamp, limits: QDPXLimits = .standard
  ) throws -> REFIImport.ProjectResult {
    let files = try QDPXArchive.read(archive, limits: limits)
    let result = try REFIImport.project(files: files, importTime: importTime)
    try NewProjectFolder.create(
      at: target, project: result.project,
      extraFiles: [ProjectLayout.refiGUIDs: REFIGUIDsFile.encode(result.guids)])
    return result
  }

  /// Imports a `.qdc` codebook into an open project: new codes are added as one undoable edit.
  public static func importCodebook(from file: URL, into session: ProjectSession) throws
    -> REFIImport.CodebookResult
  {
    guard let bytes = try FileReader.bytes(at: file) else {
      throw StoreError.io(path: file.path, operation: "read", message: "no such file")
    }
    let guids = try REFIGUIDsStore.load(session.folder)
    let result = try REFIImport.codebook(
      bytes, path: file.lastPathComponent, into: session.project, guids: guids)
    if case .batch(let edits) = result.edit, !edits.isEmpty {
      try session.apply(
        result.edit, summary: "import \(edits.count) codes from \(file.lastPathComponent)")
    }
    try REFIGUIDsStore.save(result.guids, in: session.folder)
    return result
  }
}
