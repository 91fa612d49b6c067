import ArgumentParser
import SarapCore
import SarapStore

extension CodebookCommand {
  /// `sarap codebook move`.
  struct Move: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Move a code under another parent, make it a theme, or change its position.",
      discussion: """
        Examples:
          sarap codebook move russia.media --parent west
          sarap codebook move russia.media --theme
          sarap codebook move russia.media --position 0
        """)

    @OptionGroup var project: ProjectOption
    @OptionGroup var coder: CoderOption
    @Argument(help: "The code id.") var id: String
    @Option(name: .long, help: "The new parent code.") var parent: String?
    @Flag(name: .long, help: "Make the code a theme (no parent).") var theme = false
    @Option(name: .long, help: "The new position in display order, from 0.") var position: Int?

    func validate() throws {
      if parent != nil, theme { throw ValidationError("--parent and --theme exclude each other") }
      if parent == nil, !theme, position == nil {
        throw ValidationError("give --parent, --theme or --position")
      }
    }

    func run() throws {
      try CommandRunner.edit(project, coder) { session in
        let codeID = Code.ID(id)
        guard let old = session.project.codebook[codeID],
          let from = session.project.codebook.index(of: codeID)
        else { throw StoreError.edit(.unknownCode(codeID)) }
        var edits: [ProjectEdit] = []
        if parent != nil || theme {
          var new = old
          new.parent = parent.map { Code.ID($0) }
          edits.append(.updateCode(old: old, new: new))
        }
        if let position { edits.append(.moveCode(codeID, from: from, to: position)) }
        let summary = "move code \(id)"
        try session.apply(edits.count == 1 ? edits[0] : .batch(edits), summary: summary)
        print(summary)
      }
    }
  }

  /// `sarap codebook merge`.
  struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Merge a code into another: its codings and children move, then it is removed.",
      discussion: "Example: sarap codebook merge russia.tv --into russia.media")

    @OptionGroup var project: ProjectOption
    @OptionGroup var coder: CoderOption
    @Argument(help: "The code to merge away.") var source: String
    @Option(name: .long, help: "The code that absorbs it.") var into: String

    func run() throws {
      try CommandRunner.edit(project, coder) { session in
        let edit: ProjectEdit
        do throws(ProjectError) {
          edit = try session.project.mergeEdit(Code.ID(source), into: Code.ID(into))
        } catch { throw StoreError.edit(error) }
        try session.apply(edit, summary: "merge code \(source) into \(into)")
        print("merged \(source) into \(into)")
      }
    }
  }

  /// `sarap codebook delete`.
  struct Delete: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Delete a code with its subtree and all their codings (undo restores them).")

    @OptionGroup var project: ProjectOption
    @OptionGroup var coder: CoderOption
    @Argument(help: "The code id.") var id: String

    func run() throws {
      try CommandRunner.edit(project, coder) { session in
        let edit: ProjectEdit
        do throws(ProjectError) { edit = try session.project.deleteEdit(Code.ID(id)) } catch {
          throw StoreError.edit(error)
        }
        try session.apply(edit, summary: "delete code \(id)")
        print("deleted code \(id) (sarap undo restores it)")
      }
    }
  }
}
