import ArgumentParser
import Foundation
import SarapCore
import SarapEngine
import SarapFormats
import SarapStore

/// `sarap claims check|show|add|remove`: the claims ledger, `Codebooks/claims.txt`.
struct ClaimsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "claims",
    abstract: "Check written findings against the codings that are their evidence.",
    discussion: """
      Each claim in Codebooks/claims.txt has a wording, a source, a query (codes and themes \
      with AND, OR, NOT) that finds its evidence, optional question: and attribute: scope lines, \
      a unit (transcripts, the default, or segments) and a quantifier (all, most, several, some, \
      one, none, at-least N, at-most N, exactly N, share P, over P, more-than CLAIM, or a word \
      the file's quantifiers block defines). See docs/claims.md.
      """,
    subcommands: [Check.self, Show.self, Add.self, Remove.self])
}

/// Which codings a claims command counts and how it writes its result.
struct ClaimsOptions: ParsableArguments {
  @OptionGroup var project: ProjectOption

  @Option(name: .long, help: "Count only this coder's codings (repeatable; default: all coders).")
  var coder: [String] = []

  @OptionGroup var output: OutputOptions

  /// The project and its claims, refused with `path:line:col` errors when the claims file, the
  /// codebook or the guide does not parse or a claim names what the project lacks.
  func load() throws -> Project {
    let folder = ProjectFolder(url: project.url)
    let report = try folder.loadReport()
    let problems = report.errors + (try ProjectCheck.claimProblems(report, folder: folder))
    guard problems.isEmpty else {
      throw CommandFailure(problems.map(\.description).joined(separator: "\n"))
    }
    return report.project
  }

  /// The coders counted, checked against the project.
  func filter(for project: Project) throws -> SegmentFilter {
    let known = Set(project.coders)
    if let unknown = coder.first(where: { !known.contains(Coder.ID($0)) }) {
      let list = project.coders.map(\.rawValue).joined(separator: ", ")
      throw CommandFailure(
        "no codings by coder '\(unknown)' (coders: \(list.isEmpty ? "none" : list))")
    }
    return SegmentFilter(coders: coder.isEmpty ? nil : Set(coder.map { Coder.ID($0) }))
  }

  /// Writes text to the output file or standard output.
  func write(_ text: String) throws {
    if let output = output.output {
      try AtomicFile.write(text, to: URL(fileURLWithPath: output))
    } else {
      FileHandle.standardOutput.write(Data(text.utf8))
    }
  }
}

extension ClaimsCommand {
  /// `sarap claims check`.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check every claim: count, units in scope, threshold, verdict, margin.",
      discussion: """
        One row per claim. count: units with evidence; of: units in scope; threshold: what the \
        quantifier needs; margin: how many units the count could lose (or gain, under an upper \
        bound) and still hold, or must gain (lose) to hold. --format md writes the evidence \
        appendix instead: each claim with its wording, source, verdict, count and quoted evidence; \
        --format html the same appendix as one self-contained page, the verdict table first.
        Examples:
          sarap claims check --coder dissertation --format csv
          sarap claims check --format md --output appendix.md --lang kk
          sarap claims check --coder dissertation --output appendix.html
          sarap claims check --strict     # exit status 1 when any claim is not supported
        """)

    @OptionGroup var options: ClaimsOptions

    @Flag(name: .long, help: "Exit with status 1 when any claim is not supported.")
    var strict = false

    func run() throws {
      try CommandRunner.run {
        let project = try options.load()
        let filter = try options.filter(for: project)
        let verdicts = CodedCorpus(project).verdicts(where: filter)
        let format = try OutputFormat.chosen(options.output.format, for: options.output.output)
        if format == .md {
          try options.write(
            ClaimAppendix.markdown(
              verdicts, language: options.output.lang,
              coders: filter.coders.map { $0.sorted() } ?? []))
        } else if format == .html {
          try options.write(
            ClaimAppendix.html(
              verdicts,
              title: project.description.title.isEmpty ? "Sarap" : project.description.title,
              labels: options.output.labels(for: project), parameters: filter.reportParameters))
        } else {
          let settings = ReportSettings(filter: filter)
          guard let report = ReportDefinition.claims.report(of: verdicts, settings: settings) else {
            throw CommandFailure("the claims report did not take the verdicts")
          }
          var table = report.table(labels: options.output.labels(for: project))
          table.parameters += filter.reportParameters
          try options.output.write(table)
        }
        if strict, let failing = verdicts.first(where: { !$0.isSupported }) {
          let count = verdicts.filter { !$0.isSupported }.count
          throw CommandFailure(
            "\(count) claim\(count == 1 ? " is" : "s are") not supported (first: \(failing.claim.id))"
          )
        }
      }
    }
  }

  /// `sarap claims show`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show one claim's verdict and its evidence segments with their text.",
      discussion: "Example: sarap claims show C12 --coder dissertation")

    @OptionGroup var options: ClaimsOptions

    @Argument(help: "The claim id.") var id: String

    func run() throws {
      try CommandRunner.run {
        let project = try options.load()
        guard let claim = project.claims.claim(Claim.ID(id)) else {
          throw CommandFailure("no claim with id '\(id)' in \(ProjectLayout.claims)")
        }
        let filter = try options.filter(for: project)
        let verdict = CodedCorpus(project).verdict(for: claim, where: filter)
        let labels = options.output.labels(for: project)
        var table = verdict.evidence.table(query: claim.query, labels: labels)
        table.title = "\(claim.id): \(verdict.verdictText), \(verdict.count) of \(verdict.of)"
        table.parameters =
          [
            ReportParameter("claim", claim.id.rawValue),
            ReportParameter("wording", claim.wording(in: options.output.lang)),
            ReportParameter("source", claim.source),
            ReportParameter("threshold", verdict.problem ?? verdict.requirement.description),
            ReportParameter("margin", verdict.marginText),
          ] + table.parameters + filter.reportParameters
        try options.output.write(table)
      }
    }
  }
}
