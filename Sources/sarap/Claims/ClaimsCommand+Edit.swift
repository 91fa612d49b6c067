import ArgumentParser
import Foundation
import SarapCore
import SarapFormats
import SarapStore

extension ClaimsCommand {
  /// `sarap claims add`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add a claim to Codebooks/claims.txt (undoable with sarap undo).",
      discussion: """
        Example:
          sarap claims add --query russia.persistence --quantifier most --question Q5ә \\
            --source "dissertation line 1774" --en "Most respondents argued that …"
        """)

    @OptionGroup var project: ProjectOption
    @OptionGroup var coder: CoderOption
    @Option(name: .long, help: "The claim id (default: the next free C<n>).") var id: String?
    @Option(name: .long, help: "The query that finds the evidence.") var query: String
    @Option(
      name: .long,
      help: """
        all, most, several, some, one, none, at-least N, at-most N, exactly N, share P, over P, \
        more-than CLAIM, or a word the file defines.
        """)
    var quantifier: String
    @Option(name: .long, help: "transcripts (the default) or segments.") var unit: String =
      "transcripts"
    @Option(name: .long, help: "Only evidence under this guide question (repeatable).")
    var question: [String] = []
    @Option(name: .long, help: "Only transcripts with NAME=VALUE (repeatable).")
    var attribute: [String] = []
    @Option(name: .long, help: "Where the finding is written.") var source: String = ""
    @Option(name: .long, help: "The wording in Kazakh.") var kk: String = ""
    @Option(name: .long, help: "The wording in English.") var en: String = ""
    @Option(name: .long, help: "A memo on the claim.") var memo: String = ""

    func run() throws {
      try CommandRunner.edit(project, coder) { session in
        let coder = try session.namedCoder()
        let old = session.project.claims
        let id = self.id.map { Claim.ID($0) } ?? old.nextID
        guard old.claim(id) == nil else {
          throw CommandFailure("a claim with id '\(id)' exists already")
        }
        let existing = try ProjectCheck.claimProblems(of: session.project, folder: session.folder)
        if !existing.isEmpty {
          throw CommandFailure(
            existing.map(\.description).joined(separator: "\n")
              + "\n(fix the claims file first; the claim was not added)")
        }
        let new = try ledger(adding: id, to: old)
        let problems = ClaimsFile.problems(
          in: ClaimsFile.encode(new), path: ProjectLayout.claims, project: session.project)
        if let problem = problems.first {
          throw CommandFailure("the new claim: \(problem.message)")
        }
        try session.apply(.replaceClaims(old: old, new: new), summary: "add claim \(id)")
        print("add claim \(id) (\(coder))")
      }
    }

    /// The ledger with the claim the options describe, read through the file format so that the
    /// options are checked exactly as a hand-written block would be.
    private func ledger(adding id: Claim.ID, to old: ClaimLedger) throws -> ClaimLedger {
      var lines = [
        "", "claim \(id)", "query: \(query)", "quantifier: \(quantifier)", "unit: \(unit)",
      ]
      lines += question.map { "question: \($0)" } + attribute.map { "attribute: \($0)" }
      for (key, value) in [("source", source), ("kk", kk), ("en", en), ("memo", memo)]
      where !value.isEmpty {
        lines.append(key + ": " + value.replacingOccurrences(of: "\n", with: "\n  "))
      }
      do {
        return try ClaimsFile.decode(
          ClaimsFile.encode(old) + lines.joined(separator: "\n") + "\n", path: "--")
      } catch {
        throw CommandFailure(error.message)
      }
    }
  }

  /// `sarap claims remove`.
  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Remove a claim from Codebooks/claims.txt (undoable with sarap undo).",
      discussion: "Example: sarap claims remove C12")

    @OptionGroup var project: ProjectOption
    @OptionGroup var coder: CoderOption
    @Argument(help: "The claim id.") var id: String

    func run() throws {
      try CommandRunner.edit(project, coder) { session in
        let coder = try session.namedCoder()
        let old = session.project.claims
        var new = old
        guard new.remove(Claim.ID(id)) != nil else {
          throw CommandFailure("no claim with id '\(id)' in \(ProjectLayout.claims)")
        }
        if let other = new.claims.first(where: { $0.quantifier == .moreThan(Claim.ID(id)) }) {
          throw CommandFailure(
            "\(other.id) compares itself with \(id) (more-than \(id)); change it first")
        }
        try session.apply(.replaceClaims(old: old, new: new), summary: "remove claim \(id)")
        print("remove claim \(id) (\(coder))")
      }
    }
  }
}
