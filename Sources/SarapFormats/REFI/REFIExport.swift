import SarapCore

/// Writes a project or its codebook in the REFI-QDA exchange format (QDA-XML 1.0).
///
/// The mapping (see docs/refi-qda.md):
/// - coders are `Users`; each coding's `creatingUser` and `creationDateTime` name its coder and time;
/// - the codebook is `CodeBook`: themes are the top-level `Code`s, codes nest beneath them, every code
///   `isCodable="true"`, `color` `#RRGGBB`, its definition the `Description`, its name
///   `Kazakh / English`;
/// - each transcript is a `TextSource` (`plainTextPath="internal://<GUID>.txt"`) with one
///   `PlainTextSelection` per coding (Unicode scalar offsets, end exclusive; `name` is the coded
///   text) holding one `Coding`; the transcript's title, guide revision and interviewer label are
///   `VariableValue`s of the source (`transcript-title`, `guide-revision`, `interviewer`);
/// - each respondent is a `Case` with its attributes as `VariableValue`s (an unknown value is left
///   out), their sources listed in its `Description`, and a `SourceRef` to its transcript;
/// - memos (on codes, transcripts, codings) are `Notes` referenced by `NoteRef`;
/// - the project's title is its `name`, its description (with the study facts) its `Description`;
/// - the code ids, the interview guide and the claims ledger, which REFI-QDA has no element for,
///   are Sarap's own files under `sarap/` (``REFISarapFiles``).
public enum REFIExport {
  /// The project schema's namespace.
  public static let projectNamespace = "urn:QDA-XML:project:1.0"
  /// The codebook schema's namespace.
  public static let codebookNamespace = "urn:QDA-XML:codebook:1.0"

  /// The result of exporting a project.
  public struct ProjectResult: Sendable {
    /// The archive's contents.
    public var package: REFIPackage
    /// The GUIDs, with any newly minted ones added; store them so that the next export reuses them.
    public var guids: REFIGUIDs
    /// What REFI-QDA cannot carry.
    public var report: REFIReport
  }

  /// Exports a whole project.
  ///
  /// - Parameters:
  ///   - project: The project.
  ///   - guids: The project's stored GUIDs; missing ones are minted.
  ///   - origin: The `origin` attribute, e.g. `Sarap 0.1.0`.
  public static func project(_ project: Project, guids: REFIGUIDs, origin: String)
    -> ProjectResult
  {
    var writer = REFIProjectWriter(project: project, guids: guids)
    writer.xml.reserveCapacity(estimatedSize(of: project))
    writer.writeProject(origin: origin)
    let package = REFIPackage(
      projectBytes: writer.xml.bytes, sources: writer.sourceFiles,
      sarapFiles: REFISarapFiles.files(for: project, guids: writer.guids))
    return ProjectResult(package: package, guids: writer.guids, report: writer.report)
  }

  /// A generous estimate of a project's `project.qde` in bytes.
  ///
  /// About 700 bytes of markup per coding plus its text (at most 4 bytes a scalar), and 1,000 per
  /// transcript. At 1000x the document is 261 MB; growing it by doubling copied it twice over.
  static func estimatedSize(of project: Project) -> Int {
    let coded = project.codings.reduce(0) { $0 + 4 * ($1.range.end - $1.range.start) }
    return 1_200 * project.codings.count + coded + 1_000 * project.transcripts.count + 1 << 20
  }

  /// Exports the codebook as a `.qdc` document; also returns the GUIDs with any minted ones added.
  public static func codebook(_ codebook: Codebook, guids: REFIGUIDs, origin: String)
    -> (xml: String, guids: REFIGUIDs, report: REFIReport)
  {
    var writer = REFIProjectWriter(project: Project(codebook: codebook), guids: guids)
    var xml = writer.xml
    xml.element("CodeBook", ["xmlns": codebookNamespace, "origin": origin]) { xml in
      writer.writeCodes(into: &xml, withNotes: false)
    }
    writer.xml = xml
    for code in codebook.codes where !code.memo.isEmpty {
      writer.report.add(
        .lost, "code '\(code.id)'", "its memo (a .qdc codebook has no notes; export the project)")
    }
    return (writer.xml.text, writer.guids, writer.report)
  }
}

/// The contents of a `.qdpx` archive: `project.qde` and the texts under `sources/`.
public struct REFIPackage: Hashable, Sendable {
  /// One source text file.
  public struct SourceFile: Hashable, Sendable {
    /// The file name inside `sources/`, `<GUID>.txt`.
    public var name: String
    /// The text, written as UTF-8 without a byte order mark.
    public var text: String
  }

  /// One of Sarap's own files, written under `sarap/` (see ``REFISarapFiles``).
  public struct SarapFile: Hashable, Sendable {
    /// The file name inside `sarap/`.
    public var name: String
    /// The text, written as UTF-8.
    public var text: String
  }

  /// The `project.qde` document as UTF-8: written to the archive and checked as it is, without
  /// a copy as a String.
  public var projectBytes: [UInt8]
  /// The `project.qde` document.
  public var projectXML: String { String(decoding: projectBytes, as: UTF8.self) }
  /// The source texts, in source order.
  public var sources: [SourceFile]
  /// Sarap's own files, which other tools pass over.
  public var sarapFiles: [SarapFile] = []
}
