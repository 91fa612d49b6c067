import ArgumentParser
import Foundation
import SarapCore
import SarapEngine
import SarapFormats
import SarapStore

/// `sarap revise TRANSCRIPT NEWFILE`: replace a transcript's text with a corrected version.
struct ReviseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "revise",
    abstract: "Replace a transcript's text with a corrected version, keeping every coding.",
    discussion: """
      The old file is kept as Transcripts/revisions/<ID>.<n>.txt. Codings in text the \
      correction did not touch move with it exactly; codings whose text changed are kept at a \
      proposed range and flagged for 'sarap review'. One step: 'sarap undo' reverts it all.
      NEWFILE is a .txt, .md or .docx with the new body (UTF-8 or UTF-16, CRLF and BOM \
      accepted, NFC), or a whole transcript file (sarap-transcript 1) whose body is used.
      Example: sarap revise R07 R07-checked-by-respondent.txt
      """)

  @OptionGroup var project: ProjectOption
  @OptionGroup var coder: CoderOption
  @Argument(help: "The transcript id.") var transcript: String
  @Argument(help: "The file with the corrected text.") var file: String

  func run() throws {
    try CommandRunner.edit(project, coder) { session in
      let text = try Self.body(of: URL(fileURLWithPath: file))
      let revision: TranscriptRevision
      do throws(TranscriptRevisionError) {
        revision = try TranscriptRevision(
          of: Transcript.ID(transcript), to: text, in: session.project)
      } catch { throw CommandFailure(error.description) }
      try session.apply(revision.edit, summary: revision.summary)
      print(Self.report(revision), terminator: "")
    }
  }

  /// The corrected body: a transcript file's body, or an imported text file's text.
  static func body(of url: URL) throws -> String {
    let text = try TranscriptImport.text(of: url)
    guard text.hasPrefix("sarap-transcript ") else { return text }
    return try TranscriptFile.decode(text, path: url.path).body.string
  }

  /// What the revision did, for the terminal.
  static func report(_ revision: TranscriptRevision) -> String {
    var lines = [
      "revised \(revision.new.id): \(revision.diff.hunks.count) change(s); codings: "
        + "\(revision.unchanged.count) unchanged, \(revision.moved.count) moved, "
        + "\(revision.flagged.count) flagged for review"
    ]
    for item in revision.flagged {
      lines.append("  flagged \(item.new.key.text) (\(item.change.rawValue))")
      lines.append("    was: \(item.oldText)")
      lines.append("    now: \(item.newText)")
    }
    for excerpt in revision.flaggedExcerpts {
      lines.append(
        "  excerpt \(excerpt.old.id) (line \(excerpt.old.sourceLine)) was edited: "
          + "\(excerpt.old.range.start)..\(excerpt.old.range.end) -> "
          + "\(excerpt.new.range.start)..\(excerpt.new.range.end)")
    }
    if !revision.flagged.isEmpty { lines.append("review them with: sarap review") }
    return lines.joined(separator: "\n") + "\n"
  }
}
