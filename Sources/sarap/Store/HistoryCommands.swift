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

/// `sarap history`: lists the recorded edits.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "List the project's edits, oldest first (kept in .sarap/history, not in git).")

  @OptionGroup var project: ProjectOption

  @Option(name: .long, help: "Show only the last N entries.")
  var last: Int?

  func run() throws {
    try CommandRunner.run {
      let session = try ProjectSession.open(folder: project.url, coder: "", readOnly: true)
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
}
