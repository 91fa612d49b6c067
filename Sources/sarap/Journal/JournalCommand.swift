import ArgumentParser
import Foundation
import SarapCore
import SarapFormats
import SarapStore

/// `sarap journal`: the research journal, listed, added to, or your last entry edited.
struct JournalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "journal",
    abstract: "The research journal (Codebooks/journal.txt): dated entries of your decisions.",
    discussion: """
      Examples:
        sarap journal                                   # every entry, newest first
        sarap journal add "Split russia: media answers are about channels, not policy."
        printf 'line one\\n\\nline three\\n' | sarap journal add
        sarap journal edit "A better wording of my last entry"
      """,
    subcommands: [List.self, Add.self, Edit.self], defaultSubcommand: List.self)

  /// `sarap journal list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the entries: time, coder, then the text indented by four spaces.")

    @OptionGroup var project: ProjectOption
    @Flag(name: .long, help: "Oldest entry first (default: newest first).") var oldestFirst =
      false

    func run() throws {
      try CommandRunner.run {
        let folder = ProjectFolder(url: project.url)
        let report = try folder.loadReport()
        let path = folder.displayPath(ProjectLayout.journal)
        let problems = report.errors.filter { $0.path == path }
        guard problems.isEmpty else {
          throw CommandFailure(problems.map(\.description).joined(separator: "\n"))
        }
        let journal = report.project.journal
        let entries = oldestFirst ? journal.entries : journal.newestFirst
        print(JournalListing.text(of: entries), terminator: "")
        if entries.isEmpty { print("the journal has no entries (\(ProjectLayout.journal))") }
      }
    }
  }

  /// `sarap journal add`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add an entry, dated now, as you (undoable with sarap undo).")

    @OptionGroup var project: ProjectOption
    @OptionGroup var coder: CoderOption
    @Argument(help: "The entry's text; without it (or with -) the text is read from stdin.")
    var text: String?

    func run() throws {
      let text = JournalEntry.normalisedText(JournalCommand.text(text))
      try CommandRunner.edit(project, coder) { session in
        let entry = JournalEntry(time: .now(), coder: try session.namedCoder(), text: text)
        let summary = "journal entry \(entry.time)"
        try session.apply(.addJournalEntry(entry), summary: summary)
        print("\(summary) (\(entry.coder))")
      }
    }
  }

  /// `sarap journal edit`.
  struct Edit: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Replace the text of your latest entry (it keeps its time; undoable).")

    @OptionGroup var project: ProjectOption
    @OptionGroup var coder: CoderOption
    @Argument(help: "The new text; without it (or with -) the text is read from stdin.")
    var text: String?

    func run() throws {
      let text = JournalEntry.normalisedText(JournalCommand.text(text))
      try CommandRunner.edit(project, coder) { session in
        let coder = try session.namedCoder()
        guard let old = session.project.journal.lastEntry(by: coder) else {
          throw CommandFailure("\(coder) has no entry in \(ProjectLayout.journal) to edit")
        }
        var new = old
        new.text = text
        new.edited = .now()
        let summary = "edit journal entry \(old.time)"
        try session.apply(.replaceJournalEntry(old: old, new: new), summary: summary)
        print("\(summary) (\(coder))")
      }
    }
  }

  /// The text given, or standard input's when none (or `-`) is.
  static func text(_ argument: String?) -> String {
    if let argument, argument != "-" { return argument }
    return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
  }
}

/// The journal as `sarap journal` prints it.
enum JournalListing {
  /// Each entry: a line `TIME  CODER` (with `(edited TIME)` when edited), the text indented by
  /// four spaces (an empty line of text stays empty), then a blank line.
  static func text(of entries: [JournalEntry]) -> String {
    entries.map { entry in
      let edited = entry.edited.map { "  (edited \($0))" } ?? ""
      let lines = entry.text.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.isEmpty ? "" : "    \($0)" }
      return (["\(entry.time)  \(entry.coder)\(edited)"] + lines + [""])
        .map { $0 + "\n" }.joined()
    }.joined()
  }
}
