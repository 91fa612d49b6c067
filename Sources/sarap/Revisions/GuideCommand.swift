import ArgumentParser
import SarapCore
import SarapEngine
import SarapFormats
import SarapStore

/// `sarap guide log|diff`: the interview guide's revisions.
struct GuideCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "guide",
    abstract: "List the interview guide's revisions, or compare two of them.",
    subcommands: [Log.self, Diff.self])

  /// `sarap guide log`.
  struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the guide's revisions, oldest first, with what changed in each.")

    @OptionGroup var project: ProjectOption

    func run() throws {
      try CommandRunner.run {
        let guide = try ProjectFolder(url: project.url).load().guide
        print(RevisionLogText.guideLog(guide), terminator: "")
      }
    }
  }

  /// `sarap guide diff`.
  struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Compare two guide revisions question by question.",
      discussion: """
        Questions are aligned by id, by the newer revision's 'replaces', and by word similarity \
        when ids changed; each row is marked added, removed, reworded, moved, renamed, split or \
        merged, with the word diff ([-old-]{+new+}) and the note saying why.
        Example: sarap guide diff pilot main
        """)

    @OptionGroup var project: ProjectOption
    @Argument(help: "The older revision (default: the one before the latest).") var old: String?
    @Argument(help: "The newer revision (default: the latest).") var new: String?
    @Option(name: .long, help: "Texts to show: kk, en or both.") var language: String = "both"
    @Option(name: .long, help: "Similarity (0-1) above which changed ids are the same question.")
    var threshold: Double = GuideDiff.defaultThreshold.score

    func run() throws {
      try CommandRunner.run {
        guard let languages = GuideDiffText.Languages(rawValue: language) else {
          throw CommandFailure("--language is kk, en or both, not '\(language)'")
        }
        let guide = try ProjectFolder(url: project.url).load().guide
        let revisions = guide.revisions
        let newer = try Self.revision(new ?? revisions.last?.id.rawValue, in: guide)
        let index = revisions.firstIndex { $0.id == newer.id } ?? 0
        let older = try Self.revision(
          old ?? (index > 0 ? revisions[index - 1].id.rawValue : nil), in: guide)
        let diff = GuideDiff(
          from: older, to: newer, threshold: TextSimilarity(score: threshold))
        print(GuideDiffText.render(diff, languages: languages), terminator: "")
      }
    }

    static func revision(_ id: String?, in guide: Guide) throws -> GuideRevision {
      let known = guide.revisions.map(\.id.rawValue).joined(separator: ", ")
      guard let id else {
        throw CommandFailure("the guide needs two revisions to compare (it has: \(known))")
      }
      guard let revision = guide.revision(GuideRevision.ID(id)) else {
        throw CommandFailure("no guide revision '\(id)' (the guide has: \(known))")
      }
      return revision
    }
  }
}
