import ArgumentParser
import SarapCore
import SarapEngine
import SarapStore

/// `sarap review`: list codings flagged by a transcript revision, and resolve them.
struct ReviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract: "List codings whose text changed since they were coded; accept, adjust or remove.",
    discussion: """
      A flagged coding sits at the range a revision proposed; its key (TRANSCRIPT:START-END:\
      CODE:CODER) names it. Each action is one undoable edit.
      Examples:
        sarap review
        sarap review --accept R07:120-530:russia:ana
        sarap review --adjust R07:120-530:russia:ana --start 118 --end 530
        sarap review --remove R07:120-530:russia:ana
      """)

  @OptionGroup var project: ProjectOption
  @OptionGroup var coder: CoderOption
  @Option(name: .long, help: "Accept the proposed range of this coding.") var accept: String?
  @Option(name: .long, help: "Move this coding to --start/--end and accept it.") var adjust: String?
  @Option(name: .long, help: "Remove this coding.") var remove: String?
  @Option(name: .long, help: "With --adjust: the new start offset.") var start: Int?
  @Option(name: .long, help: "With --adjust: the new end offset.") var end: Int?
  @Option(name: .long, help: "List only this transcript's flagged codings.") var transcript: String?

  func validate() throws {
    let actions = [accept, adjust, remove].compactMap { $0 }
    if actions.count > 1 { throw ValidationError("give one of --accept, --adjust, --remove") }
    if adjust != nil, start == nil || end == nil {
      throw ValidationError("--adjust needs --start and --end")
    }
  }

  func run() throws {
    guard let key = accept ?? adjust ?? remove else { return try list() }
    try CommandRunner.edit(project, coder) { session in
      let notes = try session.folder.reviewNotes()
      let items = session.project.codingsAwaitingReview(notes: notes)
      guard let parsed = Coding.Key(text: key),
        let item = items.first(where: { $0.coding.key == parsed })
      else { throw CommandFailure("no flagged coding \(key) (list them with: sarap review)") }
      let edit: ProjectEdit
      let verb: String
      if accept != nil {
        (edit, verb) = (item.acceptEdit, "accepted")
      } else if remove != nil {
        (edit, verb) = (item.removeEdit, "removed")
      } else {
        let range = TextRange(start: start ?? 0, end: max(start ?? 0, end ?? 0))
        do throws(ProjectError) {
          edit = try item.adjustEdit(to: range, in: session.project)
        } catch { throw StoreError.edit(error) }
        verb = "adjusted to \(range.start)-\(range.end) and accepted"
      }
      try session.apply(edit, summary: "review \(key): \(verb)")
      print("\(key): \(verb) (sarap undo reverts it)")
    }
  }

  private func list() throws {
    try CommandRunner.run {
      let folder = ProjectFolder(url: project.url)
      let project = try folder.load()
      let items = project.codingsAwaitingReview(notes: try folder.reviewNotes()).filter {
        transcript == nil || $0.coding.transcript.rawValue == transcript
      }
      for item in items {
        print(item.coding.key.text)
        if let note = item.note {
          print(
            "  was: \(note.oldText)  (\(note.oldRange.start)-\(note.oldRange.end), \(note.revision))"
          )
        } else {
          print("  was: (not recorded: the text changed outside 'sarap revise')")
        }
        print("  now: \(item.text)")
      }
      print(items.isEmpty ? "no codings await review" : "\(items.count) coding(s) await review")
    }
  }
}
