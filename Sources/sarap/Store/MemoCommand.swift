import ArgumentParser
import SarapCore
import SarapStore

/// `sarap memo coding|code|transcript`: write a memo.
struct MemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "memo",
    abstract: "Write the memo of a coding, a code or a transcript (an empty memo clears it).",
    subcommands: [OnCoding.self, OnCode.self, OnTranscript.self])

  /// `sarap memo coding`.
  struct OnCoding: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "coding", abstract: "The memo on one of your codings.",
      discussion: "Example: sarap memo coding R07 --code russia --start 120 --end 530 \"why\"")

    @OptionGroup var project: ProjectOption
    @OptionGroup var coder: CoderOption
    @Argument(help: "The transcript id.") var transcript: String
    @OptionGroup var range: RangeOptions
    @Option(name: .long, help: "The code id.") var code: String
    @Argument(help: "The memo.") var memo: String

    func run() throws {
      try CommandRunner.edit(project, coder) { session in
        let old = try session.coding(transcript: transcript, range: range, code: Code.ID(code))
        var new = old
        new.memo = memo
        let summary = "memo on \(old.transcript) \(old.range.start)..\(old.range.end) \(code)"
        try session.apply(.replaceCoding(old: old, new: new), summary: summary)
        print(summary)
      }
    }
  }

  /// `sarap memo code`.
  struct OnCode: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "code", abstract: "The memo on a code.")

    @OptionGroup var project: ProjectOption
    @OptionGroup var coder: CoderOption
    @Argument(help: "The code id.") var id: String
    @Argument(help: "The memo.") var memo: String

    func run() throws {
      try CodebookCommand.update(id, project, coder, summary: "memo on code \(id)") { code in
        code.memo = memo
      }
    }
  }

  /// `sarap memo transcript`.
  struct OnTranscript: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "transcript", abstract: "The memo on a transcript.")

    @OptionGroup var project: ProjectOption
    @OptionGroup var coder: CoderOption
    @Argument(help: "The transcript id.") var id: String
    @Argument(help: "The memo.") var memo: String

    func run() throws {
      try CommandRunner.edit(project, coder) { session in
        let old = try session.transcript(id)
        var new = old
        new.memo = memo
        try session.apply(.replaceTranscript(old: old, new: new), summary: "memo on \(id)")
        print("memo on \(id)")
      }
    }
  }
}
