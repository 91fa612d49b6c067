import SarapCore

/// Reads REFI-QDA projects and codebooks written by Sarap or by other tools.
///
/// Import is lenient about what real tools write (any `*.qde` name at the archive's top level,
/// `Sources/` in any case, a byte order mark in source texts, CRLF counted as one or two
/// positions, UTF-16 positions, an inclusive end; memos as `Note`s, `Description`s or `Link`s;
/// non-codable parent codes) and strict about the result: every selection is checked against its
/// source text, and the position convention that makes the selections fit (and match their `name`
/// where that holds the selected text) is chosen per source. Whatever cannot be carried over is
/// listed in the ``REFIReport``. An archive Sarap wrote gives back its code ids, interview guide
/// and claims from `sarap/` (``REFISarapFiles``); questions the transcripts name that no guide
/// holds become placeholder questions.
public enum REFIImport {
  /// The result of importing a project archive.
  public struct ProjectResult: Sendable {
    /// The imported project.
    public var project: Project
    /// The archive's GUIDs for the imported objects, so that exports reuse them.
    public var guids: REFIGUIDs
    /// What could not be carried over, or was carried over changed.
    public var report: REFIReport
  }

  /// The result of importing a codebook into a project.
  public struct CodebookResult: Sendable {
    /// The edit that adds the new codes (an empty batch when none is new).
    public var edit: ProjectEdit
    /// The project's GUIDs with the codebook's GUIDs of matched and added codes recorded.
    public var guids: REFIGUIDs
    /// Conflicts and what could not be carried over.
    public var report: REFIReport
  }

  /// Imports a project from the files of a `.qdpx` archive.
  ///
  /// - Parameters:
  ///   - files: The archive's files by path (`project.qde`, `sources/<GUID>.txt`, …).
  ///   - importTime: The time recorded on codings that carry none.
  public static func project(files: [String: [UInt8]], importTime: Timestamp)
    throws(ProjectFileError) -> ProjectResult
  {
    let archive = try REFIArchiveFiles(files)
    let root = try XMLReader.parse(archive.qde, path: archive.qdePath)
    guard root.name == "Project" else {
      throw root.error(
        "the root element is <\(root.name)>, expected <Project>", path: archive.qdePath)
    }
    var reader = REFIProjectReader(archive: archive, root: root, importTime: importTime)
    reader.read()
    return ProjectResult(project: reader.project(), guids: reader.guids, report: reader.report)
  }

  /// Imports a `.qdc` codebook into a project's codebook: new codes are added, codes the project
  /// already has (by stored GUID, or by name under the same parent) keep their ids and fields.
  public static func codebook(
    _ bytes: [UInt8], path: String, into project: Project, guids: REFIGUIDs
  ) throws(ProjectFileError) -> CodebookResult {
    let root = try XMLReader.parse(bytes, path: path)
    guard root.name == "CodeBook" else {
      throw root.error("the root element is <\(root.name)>, expected <CodeBook>", path: path)
    }
    var reader = REFICodebookReader(
      codebook: project.codebook, guids: guids, path: path,
      sarapOrigin: REFIProjectReader.isSarap(root["origin"]))
    if let codes = root.child("Codes") { reader.read(codes, notes: [:]) }
    for set in root.children("Sets").flatMap({ $0.children("Set") }) {
      reader.report.add(
        .lost, reader.place(set), "code set '\(set["name"] ?? "")' (Sarap has no code sets)")
    }
    let start = project.codebook.codes.count
    let edits = reader.added.enumerated().map { ProjectEdit.addCode($1, position: start + $0) }
    return CodebookResult(edit: .batch(edits), guids: reader.guids, report: reader.report)
  }
}
