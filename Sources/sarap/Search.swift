import ArgumentParser
import Foundation
import SarapCore
import SarapEngine
import SarapFormats
import SarapStore

/// `sarap search`: text search, keyword in context, optionally coding every match.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search the transcripts and show each match in context; --code-as codes them all.",
    discussion: """
      Plain text matches ignoring letter case (Kazakh, Russian and Latin letters alike); --regex \
      takes a Swift regular expression, matched as written (start it with (?i) to ignore case). \
      --code-as CODE applies CODE to every match as ONE edit, which 'sarap undo' takes back; \
      matches the coder already coded with CODE are skipped.
      Examples:
        sarap search "жұмсақ күш" --context 30
        sarap search --regex "Ресей\\w*" --question Q2а --format csv
        sarap search "Түркия" --code-as turkey --coder ana
      """)

  @OptionGroup var project: ProjectOption

  @Argument(help: "The text (or, with --regex, the expression) to look for.")
  var pattern: String

  @Flag(name: .long, help: "Treat the pattern as a regular expression.")
  var regex = false

  @Option(name: .long, help: "Characters of context before and after each match.")
  var context = 40

  @OptionGroup var scope: ScopeOptions

  @Option(name: .customLong("code-as"), help: "Code every match with this code id, as one edit.")
  var codeAs: String?

  @OptionGroup var coder: CoderOption

  @OptionGroup var output: OutputOptions

  func validate() throws {
    if context < 0 { throw ValidationError("--context cannot be negative") }
  }

  private var searchPattern: SearchPattern { regex ? .regex(pattern) : .plain(pattern) }

  func run() throws {
    guard let codeAs else {
      // Bodies are read as they are searched, on both cores, from the cache's outlines.
      try CommandRunner.run {
        try show(try search(in: ProjectFolder(url: project.url).load(text: .onDemand)))
      }
      return
    }
    try CommandRunner.edit(project, coder) { session in
      let coder = try session.namedCoder()
      let result = try search(in: session.project)
      try show(result)
      let edit = try result.project.searchCodingEdit(
        result.hits, code: Code.ID(codeAs), coder: coder, time: Timestamp.now())
      guard case .batch(let edits) = edit, !edits.isEmpty else {
        FileHandle.standardError.write(Data("nothing to code: no new match for \(codeAs)\n".utf8))
        return
      }
      let summary = "code \(edits.count) matches of '\(pattern)' with \(codeAs)"
      try session.apply(edit, summary: summary)
      FileHandle.standardError.write(
        Data("\(summary) (\(coder)); 'sarap undo' takes it back\n".utf8))
    }
  }

  private func search(in project: Project) throws -> (project: Project, hits: [SearchHit]) {
    let filter = try scope.filter(for: project, coders: nil)
    return (
      project,
      try CodedCorpus(project).searchOnTwoCores(searchPattern, context: context, where: filter)
    )
  }

  private func show(_ result: (project: Project, hits: [SearchHit])) throws {
    let table = result.hits.table(
      pattern: searchPattern, labels: output.labels(for: result.project))
    try output.write(table)
  }
}
