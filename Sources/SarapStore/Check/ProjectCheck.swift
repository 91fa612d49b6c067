import Foundation
import SarapCore
import SarapEngine
import SarapFormats

/// Everything `sarap check` finds wrong with a project folder, each as `path:line:col: message`.
///
/// Unparseable files (one error each, the first problem in the file; the undo history and the
/// REFI GUID file included) and anything but a regular file in a project file's place; codings
/// that name an unknown transcript or code, point outside their transcript, or whose text changed
/// since they were made (fingerprint mismatch); turns that name a question the interview guide
/// lacks; claims whose query, question or attribute the project does not have.
public enum ProjectCheck {
  /// Every problem, in file order.
  public static func problems(in folder: ProjectFolder) throws(StoreError) -> [ProjectFileError] {
    try problems(in: folder.loadReport(), folder: folder)
  }

  /// Every problem of a project already read from `folder`, in file order.
  public static func problems(in report: ProjectLoadReport, folder: ProjectFolder)
    throws(StoreError) -> [ProjectFileError]
  {
    var problems = report.errors
    problems += codingProblems(report, folder: folder)
    problems += folder.revisionRecordProblems()
    problems += recordProblems(folder)
    problems += try claimProblems(report, folder: folder)
    for transcript in report.project.transcripts {
      problems += try questionProblems(transcript, guide: report.project.guide, folder: folder)
    }
    return problems.sorted {
      ($0.path, $0.line, $0.column, $0.message) < ($1.path, $1.line, $1.column, $1.message)
    }
  }

  /// The claims ledger's queries, questions and attributes checked against the project; nothing
  /// when the ledger, codebook or guide did not parse (their own errors say why).
  public static func claimProblems(_ report: ProjectLoadReport, folder: ProjectFolder)
    throws(StoreError) -> [ProjectFileError]
  {
    let failed = Set(report.errors.map(\.path))
    let needed = [ProjectLayout.claims, ProjectLayout.codebook, ProjectLayout.guide]
    guard !needed.contains(where: { failed.contains(folder.displayPath($0)) }),
      let bytes = try FileReader.bytes(at: folder.layout.url(ProjectLayout.claims))
    else { return [] }
    return ClaimsFile.problems(
      in: String(decoding: bytes, as: UTF8.self), path: folder.displayPath(ProjectLayout.claims),
      project: report.project)
  }

  /// The claims file on disk checked against a loaded project (for an edit of the claims: a
  /// problem already in the file is reported where it is, not blamed on the new claim).
  public static func claimProblems(of project: Project, folder: ProjectFolder)
    throws(StoreError) -> [ProjectFileError]
  {
    guard let bytes = try FileReader.bytes(at: folder.layout.url(ProjectLayout.claims)) else {
      return []
    }
    return ClaimsFile.problems(
      in: String(decoding: bytes, as: UTF8.self), path: folder.displayPath(ProjectLayout.claims),
      project: project)
  }

  static func codingProblems(_ report: ProjectLoadReport, folder: ProjectFolder)
    -> [ProjectFileError]
  {
    let project = report.project
    let transcripts = Dictionary(
      project.transcripts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let failed = Set(report.errors.map(\.path))
    let codebookKnown = !failed.contains(folder.displayPath(ProjectLayout.codebook))
    let flagged = Set(
      ((try? folder.reviewNotes()) ?? []).map {
        FlaggedIdentity(key: $0.key, fingerprint: $0.fingerprint)
      })
    var problems: [ProjectFileError] = []
    for coding in project.codings {
      guard let line = report.codingLines[coding.key],
        let file = report.codingsFiles[coding.coder]
      else { continue }
      func problem(_ field: Int, _ message: String) {
        problems.append(
          ProjectFileError(
            path: folder.displayPath(file), line: line.line, column: line.columns[field],
            message: message))
      }
      if codebookKnown, !project.codebook.contains(coding.code) {
        problem(3, "unknown code id '\(coding.code)'")
      }
      guard let transcript = transcripts[coding.transcript] else {
        let path = folder.displayPath(ProjectLayout.transcript(coding.transcript))
        if failed.contains(path) { continue }
        problem(0, "unknown transcript id '\(coding.transcript)'")
        continue
      }
      guard transcript.body.contains(coding.range) else {
        problem(
          1,
          "range \(coding.range.start)..\(coding.range.end) lies outside transcript "
            + "'\(transcript.id)' (\(transcript.body.scalarCount) characters)")
        continue
      }
      let now = TextFingerprint(of: transcript.body[coding.range])
      if now != coding.fingerprint {
        problem(
          4,
          "the text of \(transcript.id) \(coding.range.start)..\(coding.range.end) changed "
            + "since it was coded (fingerprint \(coding.fingerprint), now \(now)) "
            + advice(for: coding, flagged: flagged))
      }
    }
    return problems
  }

  /// What to do about a changed coding a transcript revision flagged (it has a review note).
  static let flaggedAdvice =
    "(flagged by a transcript revision: review with 'sarap review' or key F)"
  /// What to do about a changed coding no revision flagged.
  static let unflaggedAdvice = "(run 'sarap review' after a revision, or recode)"

  /// What to do about a coding whose text changed: review it when a revision flagged it
  /// (`Codebooks/review.txt` lists it), else review after a revision or recode.
  private static func advice(for coding: Coding, flagged: Set<FlaggedIdentity>) -> String {
    let identity = FlaggedIdentity(key: coding.key, fingerprint: coding.fingerprint)
    return flagged.contains(identity) ? flaggedAdvice : unflaggedAdvice
  }

  /// A review note's coding: its key and the fingerprint it was coded with.
  private struct FlaggedIdentity: Hashable {
    var key: Coding.Key
    var fingerprint: TextFingerprint
  }

  static func questionProblems(_ transcript: Transcript, guide: Guide, folder: ProjectFolder)
    throws(StoreError) -> [ProjectFileError]
  {
    guard !guide.revisions.isEmpty else { return [] }
    let revision = transcript.guideRevision.flatMap(guide.revision) ?? guide.latest
    let known = Set(revision?.questions.map(\.id) ?? [])
    let relative = ProjectLayout.transcript(transcript.id)
    let text = try FileReader.bytes(at: folder.layout.url(relative)).map {
      String(decoding: $0, as: UTF8.self)
    }
    let locator = BodyLocator(file: text ?? "", body: transcript.body)
    var problems: [ProjectFileError] = []
    for turn in transcript.turns where turn.range.start < transcript.body.scalarCount {
      guard transcript.body.scalars[turn.range.start] == "[", let question = turn.question,
        !known.contains(question)
      else { continue }
      let (line, column) = locator.position(of: turn.range.start + 1)
      problems.append(
        ProjectFileError(
          path: folder.displayPath(relative), line: line, column: column,
          message:
            "question '\(question)' is not in guide revision '\(revision?.id.rawValue ?? "")'"))
    }
    return problems
  }
}

/// Converts body offsets into file lines and columns.
struct BodyLocator {
  let firstLine: Int
  let body: TranscriptText

  init(file: String, body: TranscriptText) {
    let headerBytes = file.utf8.count - body.string.utf8.count
    firstLine = file.utf8.prefix(max(headerBytes, 0)).filter { $0 == UInt8(ascii: "\n") }.count + 1
    self.body = body
  }

  func position(of offset: Int) -> (line: Int, column: Int) {
    var line = firstLine
    var column = 1
    for scalar in body.scalars[..<min(offset, body.scalarCount)] {
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return (line, column)
  }
}
