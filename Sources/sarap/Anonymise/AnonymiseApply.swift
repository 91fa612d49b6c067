import ArgumentParser
import Foundation
import SarapCore
import SarapEngine
import SarapFormats
import SarapStore

/// `sarap anonymise apply`: make every accepted replacement, as one undoable edit.
struct AnonymiseApply: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "apply",
    abstract: "Replace every accepted text by its pseudonym, keeping every coding.",
    discussion: """
      One transcript revision per transcript that changes, all in one undoable edit \
      ('sarap undo' restores the original text and codings). A coding that contained a \
      replaced text covers its pseudonym; one that started or ended inside it is widened to the \
      whole pseudonym. The replaced texts are not kept in Transcripts/revisions/ (they hold the \
      originals); the key file records each replacement.
      """)

  @OptionGroup var project: ProjectOption
  @OptionGroup var coder: CoderOption
  @OptionGroup var key: KeyOption

  func run() throws {
    try CommandRunner.edit(project, coder) { session in
      let file = key.url(project: project.url)
      var key = try AnonymisationFiles.key(at: file)
      let plan = AnonymisationPlan(
        project: session.project, key: key, list: try AnonymisationFiles.list(in: session.folder))
      guard !plan.isEmpty else {
        print(
          key.accepted.isEmpty
            ? "nothing to apply: no text is accepted (sarap anonymise accept TEXT)"
            : "nothing to apply: no accepted text occurs in the transcripts")
        return
      }
      // The key is written first: a failed apply leaves records the report does not count.
      key.record(plan.keyRecords(time: Timestamp.now(), coder: try session.namedCoder()))
      try AnonymisationFiles.save(key, to: file)
      try session.apply(plan.edit, summary: plan.summary)
      print(Self.report(plan, key: self.key.display(project: project.url)), terminator: "")
    }
  }

  /// What the apply did, for the terminal.
  static func report(_ plan: AnonymisationPlan, key: String) -> String {
    var lines: [String] = []
    for transcript in plan.transcripts {
      let covering = transcript.changed.filter { pair in
        transcript.old.body[pair.old.range] != transcript.new.body[pair.new.range]
      }.count
      lines.append(
        "anonymised \(transcript.new.id): \(transcript.replacements.count) replacement(s); "
          + "codings: \(covering) now cover a pseudonym (\(transcript.widened.count) widened to "
          + "a whole one), \(transcript.changed.count - covering) moved, "
          + "\(transcript.unchanged.count) unchanged"
          + (transcript.folded.isEmpty ? "" : ", \(transcript.folded.count) folded"))
    }
    if plan.transcripts.contains(where: { !$0.widened.isEmpty }) {
      lines.append(
        "widened codings are kept in the key for review: sarap anonymise review")
    }
    lines.append("key: \(key) (pseudonym -> original: keep it safe, never commit or share it)")
    lines.append("undo with: sarap undo")
    return lines.joined(separator: "\n") + "\n"
  }
}

/// `sarap anonymise export DIR`: an anonymised copy to share.
struct AnonymiseExport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write an anonymised copy of the project, with no key and no original.",
    discussion: """
      DIR must not exist or be empty. The copy holds the project files as they are now, the \
      codebook history, the REFI ids and anonymisation-report.md; no key, no undo history, no \
      kept transcript revisions or review notes, no 'always' terms of the project's list. Every file written is \
      searched byte by byte for every original in the key; a copy that holds one is removed.
      """)

  @OptionGroup var project: ProjectOption
  @OptionGroup var key: KeyOption
  @Argument(help: "The folder to write the copy to.") var folder: String

  func run() throws {
    try CommandRunner.run {
      let source = ProjectFolder(url: project.url)
      let loaded = try source.load()
      let key = try AnonymisationFiles.key(at: self.key.url(project: project.url))
      guard !key.accepted.isEmpty else {
        throw CommandFailure("no text is accepted yet: nothing would be anonymised")
      }
      let report = AnonymisationReport(
        project: loaded, key: key, list: try AnonymisationFiles.list(in: source))
      let text = AnonymisationReportText.markdown(
        title: loaded.description.title, report: report, writtenAt: Timestamp.now())
      let files = try AnonymisedExport.write(
        loaded, from: source, key: key, report: text, to: URL(fileURLWithPath: folder))
      print(
        "exported an anonymised copy to \(folder): \(files.count) file(s), no key, no history; "
          + "report: \(folder)/\(ProjectLayout.anonymisationReport)")
    }
  }
}

/// `sarap anonymise report`: the ethics-appendix report.
struct AnonymiseReport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Print the anonymisation report for an ethics appendix (no originals in it).")

  @OptionGroup var project: ProjectOption
  @OptionGroup var key: KeyOption

  func run() throws {
    try CommandRunner.run {
      let source = ProjectFolder(url: project.url)
      let loaded = try source.load()
      let key = try AnonymisationFiles.key(at: self.key.url(project: project.url))
      let report = AnonymisationReport(
        project: loaded, key: key, list: try AnonymisationFiles.list(in: source))
      print(
        AnonymisationReportText.markdown(
          title: loaded.description.title, report: report, writtenAt: Timestamp.now()),
        terminator: "")
    }
  }
}
