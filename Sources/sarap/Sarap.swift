import ArgumentParser

/// The `sarap` command: opens the terminal workbench, or runs one headless subcommand.
@main
struct Sarap: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "sarap",
    abstract: "A terminal workbench for qualitative interview coding.",
    discussion: """
      With no subcommand, opens the project in the current folder (or --project DIR) in the \
      terminal workbench. Every change the workbench makes has a headless subcommand below.
      """,
    version: version,
    subcommands: [
      Open.self,
      InitCommand.self, AddCommand.self, CheckCommand.self, CodeCommand.self,
      CodebookCommand.self, MemoCommand.self, UndoCommand.self, RedoCommand.self,
      ConfigCommand.self,
      HistoryCommand.self,
      ExportCommand.self, ImportCommand.self,
      ReportCommand.self, FigureCommand.self, SearchCommand.self, ConsensusCommand.self,
      ClaimsCommand.self, JournalCommand.self,
      GuideCommand.self, ReviseCommand.self, ReviewCommand.self, AnonymiseCommand.self,
    ],
    defaultSubcommand: Open.self
  )
}
