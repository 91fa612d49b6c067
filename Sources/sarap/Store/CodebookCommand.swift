import ArgumentParser
import SarapCore
import SarapStore

/// `sarap codebook …`: edit the codebook.
struct CodebookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "codebook",
    abstract: "Add, rename, move, merge, recolour, define or delete codes.",
    subcommands: [
      Add.self, Rename.self, Move.self, Merge.self, Recolor.self, Define.self, Delete.self,
      Split.self, Log.self, Show.self,
    ])

  /// `sarap codebook add`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add a code (a theme when it has no --parent).",
      discussion: """
        Example: sarap codebook add russia.media --parent russia --kk "Ресей БАҚ" \
        --en "Russian media" --colour "#C0392B" --definition "Apply when …"
        """)

    @OptionGroup var project: ProjectOption
    @OptionGroup var coder: CoderOption
    @Argument(help: "The new code's id (no spaces).") var id: String
    @Option(name: .long, help: "The parent code; omit for a theme.") var parent: String?
    @Option(name: .long, help: "The Kazakh name.") var kk: String = ""
    @Option(name: .long, help: "The English name.") var en: String = ""
    @Option(name: .long, help: "The colour, #RRGGBB.") var colour: String = "#888888"
    @Option(name: .long, help: "When to apply the code.") var definition: String = ""
    @Option(name: .long, help: "A memo on the code.") var memo: String = ""
    @Option(name: .long, help: "Position in display order (default: after its parent's subtree).")
    var position: Int?

    func run() throws {
      try CommandRunner.edit(project, coder) { session in
        let code = Code(
          id: Code.ID(id), parent: parent.map { Code.ID($0) }, nameKK: kk, nameEN: en,
          definition: definition, colour: try CodebookCommand.colour(colour), memo: memo)
        let book = session.project.codebook
        let after = parent.flatMap { book.subtree(of: Code.ID($0)).compactMap(book.index).max() }
        let at = position ?? after.map { $0 + 1 } ?? book.codes.count
        try session.apply(.addCode(code, position: at), summary: "add code \(id)")
        print("added code \(id)")
      }
    }
  }

  /// `sarap codebook rename`.
  struct Rename: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Change a code's Kazakh and/or English name (its id stays).")

    @OptionGroup var project: ProjectOption
    @OptionGroup var coder: CoderOption
    @Argument(help: "The code id.") var id: String
    @Option(name: .long, help: "The new Kazakh name.") var kk: String?
    @Option(name: .long, help: "The new English name.") var en: String?

    func validate() throws {
      if kk == nil, en == nil { throw ValidationError("give --kk and/or --en") }
    }

    func run() throws {
      try CodebookCommand.update(id, project, coder, summary: "rename code \(id)") { code in
        code.nameKK = kk ?? code.nameKK
        code.nameEN = en ?? code.nameEN
      }
    }
  }

  /// `sarap codebook recolor`.
  struct Recolor: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Change a code's colour.")

    @OptionGroup var project: ProjectOption
    @OptionGroup var coder: CoderOption
    @Argument(help: "The code id.") var id: String
    @Argument(help: "The colour, #RRGGBB.") var colour: String

    func run() throws {
      try CodebookCommand.update(id, project, coder, summary: "recolour code \(id)") { code in
        code.colour = try CodebookCommand.colour(colour)
      }
    }
  }

  /// `sarap codebook define`.
  struct Define: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Set a code's definition (when to apply it, and when not).")

    @OptionGroup var project: ProjectOption
    @OptionGroup var coder: CoderOption
    @Argument(help: "The code id.") var id: String
    @Argument(help: "The definition; empty clears it.") var definition: String

    func run() throws {
      try CodebookCommand.update(id, project, coder, summary: "define code \(id)") { code in
        code.definition = definition
      }
    }
  }

  static func colour(_ text: String) throws -> Colour {
    guard let colour = Colour(hex: text) else {
      throw CommandFailure("'\(text)' is not a colour; write #RRGGBB")
    }
    return colour
  }

  /// Applies a change to one code as an `updateCode` edit.
  static func update(
    _ id: String, _ project: ProjectOption, _ coder: CoderOption, summary: String,
    _ change: (inout Code) throws -> Void
  ) throws {
    try CommandRunner.edit(project, coder) { session in
      guard let old = session.project.codebook[Code.ID(id)] else {
        throw StoreError.edit(.unknownCode(Code.ID(id)))
      }
      var new = old
      try change(&new)
      try session.apply(.updateCode(old: old, new: new), summary: summary)
      print(summary)
    }
  }
}
