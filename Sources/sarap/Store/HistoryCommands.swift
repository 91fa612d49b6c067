import ArgumentParser
import SarapCore
import SarapFormats
import SarapStore

/// `sarap undo`: undoes the most recent edit.
struct UndoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "undo", abstract: "Undo the most recent edit not yet undone (any command's).")

  @OptionGroup var project: ProjectOption
  @OptionGroup var coder: CoderOption

  func run() throws {
    try CommandRunner.edit(project, coder) { session in
      let entry = try session.undo()
      print(entry.summary)
    }
  }
}

/// `sarap redo`: redoes the most recently undone edit.
struct RedoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "redo", abstract: "Redo the most recently undone edit.")

  @OptionGroup var project: ProjectOption
  @OptionGroup var coder: CoderOption

  func run() throws {
    try CommandRunner.edit(project, coder) { session in
      let entry = try session.redo()
      print(entry.summary)
    }
  }
}

/// `sarap history`: lists the recorded edits, or prunes old ones.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "List the project's edits, oldest first (kept in .sarap/history, not in git).",
    discussion: """
      --prune cuts all but the last --keep entries (default \(ProjectSession.historyKeptByDefault)) \
      off the history, atomically; edits cut off can no longer be undone. Sarap also prunes to \
      \(ProjectSession.historyKeptByDefault) by itself when a writable session opens a history of \
      more than \(2 * ProjectSession.historyKeptByDefault) entries. See docs/revisions.md.
      """)

  @OptionGroup var project: ProjectOption

  @Option(name: .long, help: "Show only the last N entries.")
  var last: Int?

  @Flag(name: .long, help: "Cut old entries off the history (keeping the last --keep).")
  var prune = false

  @Option(name: .long, help: "With --prune: how many of the most recent entries to keep.")
  var keep: Int?

  func validate() throws {
    if keep != nil && !prune { throw ValidationError("--keep goes with --prune") }
    if let keep, keep < 0 { throw ValidationError("--keep must be 0 or more") }
    if prune && last != nil { throw ValidationError("--last lists entries; it does not prune") }
  }

  func run() throws {
    if prune { return try runPrune() }
    try CommandRunner.run {
      let session = try ProjectSession.open(folder: project.url, coder: "", readOnly: true)
      if let prune = session.historyPrune {
        print("entries 1 to \(prune.through) were pruned on \(prune.time)")
      }
      let undoable = session.nextUndo?.sequence
      let entries = last.map { Array(session.history.suffix($0)) } ?? session.history
      for entry in entries {
        let mark = entry.sequence == undoable ? "  <- next undo" : ""
        print(
          "\(entry.sequence)\t\(entry.time)\t\(entry.coder)\t\(entry.kind.rawValue)\t"
            + "\(entry.summary)\(mark)")
      }
      if session.history.isEmpty { print("no edits recorded") }
    }
  }

  private func runPrune() throws {
    try CommandRunner.run {
      let session = try ProjectSession.open(folder: project.url, coder: nil)
      defer { session.close() }
      let outcome = try session.pruneHistory(
        keeping: keep ?? ProjectSession.historyKeptByDefault)
      print(
        "pruned \(outcome.removed) entr\(outcome.removed == 1 ? "y" : "ies"), kept "
          + "\(outcome.kept); .sarap/history: \(outcome.bytesBefore) -> \(outcome.bytesAfter) bytes"
      )
    }
  }
}
