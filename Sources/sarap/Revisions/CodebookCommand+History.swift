import ArgumentParser
import Foundation
import SarapCore
import SarapFormats
import SarapStore

extension CodebookCommand {
  /// `sarap codebook log`.
  struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List every recorded codebook change: entry, time, coder, action, codes, reason.",
      discussion: "The history is Codebooks/codebook-history.txt, shared through git.")

    @OptionGroup var project: ProjectOption
    @Option(name: .long, help: "Only changes concerning this code.") var code: String?

    func run() throws {
      try CommandRunner.run {
        let history = try ProjectFolder(url: project.url).codebookHistory()
        print(
          RevisionLogText.codebookLog(history, code: code.map { Code.ID($0) }), terminator: "")
      }
    }
  }

  /// `sarap codebook show`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the codebook as it stood at a time or after a history entry.",
      discussion: """
        --at takes an entry number from 'sarap codebook log', a date (2031-02-03: the end of \
        that day) or a UTC time (2031-02-03T10:00:00Z). Without --at: the codebook the history \
        replays to now.
        Examples:
          sarap codebook show --at 3
          sarap codebook show --at 2031-02-03 --format qdc > codebook-2031-02-03.qdc
        """)

    @OptionGroup var project: ProjectOption
    @Option(name: .long, help: "An entry number, a date or a UTC time.") var at: String?
    @Option(name: .long, help: "txt (the codebook file format) or qdc (REFI-QDA).")
    var format: String = "txt"

    func run() throws {
      try CommandRunner.run {
        let folder = ProjectFolder(url: project.url)
        let codebook = try Self.codebook(at: at, history: try folder.codebookHistory())
        switch format {
        case "txt": print(CodebookFile.encode(codebook), terminator: "")
        case "qdc":
          let export = REFIExport.codebook(
            codebook, guids: try REFIGUIDsStore.load(folder), origin: "Sarap \(Sarap.version)")
          print(export.xml, terminator: "")
        default: throw CommandFailure("--format is txt or qdc, not '\(format)'")
        }
      }
    }

    static func codebook(at: String?, history: CodebookHistory) throws -> Codebook {
      if let at, let entry = Int(at), !(0...history.changes.count).contains(entry) {
        throw CommandFailure("no entry \(entry) (the history has \(history.changes.count))")
      }
      do throws(CodebookHistory.ReplayError) {
        guard let at else { return try history.replay() }
        if let entry = Int(at) { return try history.codebook(afterEntries: entry) }
        let time = at.count == 10 ? at + "T23:59:59Z" : at
        return try history.codebook(at: Timestamp(time))
      } catch {
        throw CommandFailure("the codebook history does not replay: \(error)")
      }
    }
  }

  /// `sarap codebook split`.
  struct Split: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Split a code in two: add a new code beside it and move chosen codings to it.",
      discussion: """
        The source keeps its id and every coding not listed with --move (with no --move, all \
        stay: the new code starts empty). The new code is placed right after the source, under \
        the same parent unless --parent says otherwise. One undoable step.
        Example: sarap codebook split formats.audio formats.podcast --kk Подкаст --en Podcasts \
        --move S01:369-395:formats.audio:demo --reason "P2 separated podcasts from audiobooks"
        """)

    @OptionGroup var project: ProjectOption
    @OptionGroup var coder: CoderOption
    @Argument(help: "The code to split.") var source: String
    @Argument(help: "The new code's id.") var id: String
    @Option(name: .long, help: "The new code's Kazakh name.") var kk: String = ""
    @Option(name: .long, help: "The new code's English name.") var en: String = ""
    @Option(name: .long, help: "The new code's colour (default: the source's).") var colour: String?
    @Option(name: .long, help: "When to apply the new code.") var definition: String = ""
    @Option(name: .long, help: "The new code's parent (default: the source's).") var parent: String?
    @Option(name: .long, help: "A coding (TRANSCRIPT:START-END:CODE:CODER) to move; repeatable.")
    var move: [String] = []

    func run() throws {
      try CommandRunner.edit(project, coder) { session in
        guard let original = session.project.codebook[Code.ID(source)] else {
          throw StoreError.edit(.unknownCode(Code.ID(source)))
        }
        let keys = try move.map { text in
          guard let key = Coding.Key(text: text) else {
            throw CommandFailure("'\(text)' is not a coding key (TRANSCRIPT:START-END:CODE:CODER)")
          }
          return key
        }
        let code = Code(
          id: Code.ID(id), parent: parent.map { Code.ID($0) } ?? original.parent, nameKK: kk,
          nameEN: en, definition: definition,
          colour: try colour.map(CodebookCommand.colour) ?? original.colour)
        let edit: ProjectEdit
        do throws(ProjectError) {
          edit = try session.project.splitEdit(original.id, into: code, moving: keys)
        } catch { throw StoreError.edit(error) }
        try session.apply(edit, summary: "split code \(source) into \(source) and \(id)")
        print("split \(source): \(keys.count) coding(s) moved to \(id)")
      }
    }
  }
}
