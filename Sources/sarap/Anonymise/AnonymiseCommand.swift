import ArgumentParser
import Foundation
import SarapCore
import SarapEngine
import SarapFormats
import SarapStore

/// `sarap anonymise`: find what may identify a respondent, decide, replace, share a copy.
struct AnonymiseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "anonymise",
    abstract: "Find identifying passages, replace them with pseudonyms, keep every coding.",
    discussion: """
      scan lists candidates; accept, keep and reject record decisions in the key file \
      (.sarap/anonymisation-key.txt, or --key PATH), which holds the originals and must never be \
      committed or shared; apply replaces every accepted text as one transcript revision per \
      transcript, codings re-anchored, one undoable edit; export writes an anonymised copy with \
      no key and no original; report prints the ethics-appendix report.
      Example:
        sarap anonymise scan
        sarap anonymise accept "Асқар Бекұлы"            # suggested pseudonym, e.g. [АДАМ-1]
        sarap anonymise accept Алматы --as "[ҚАЛА-1]"
        sarap anonymise accept Қозыбаев --as "[АДАМ-2]" --transcript R07   # a split
        sarap anonymise keep "Назарбаев Университеті"
        sarap anonymise apply
        sarap anonymise export /tmp/anonymised-copy
      """,
    subcommands: [
      AnonymiseScan.self, AnonymiseAccept.self, AnonymiseKeep.self, AnonymiseReject.self,
      AnonymiseApply.self, AnonymiseReview.self, AnonymiseExport.self, AnonymiseReport.self,
    ])
}

/// `--key PATH`, shared by the anonymise commands.
struct KeyOption: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The key file (default: .sarap/anonymisation-key.txt in the project). It holds the "
        + "originals: keep it outside anything shared."))
  var key: String?

  /// The key file of the project at `url`.
  func url(project url: URL) -> URL {
    AnonymisationFiles.keyURL(in: ProjectFolder(url: url), path: key)
  }

  /// The key file's path as the user should read it.
  func display(project url: URL) -> String {
    key ?? ProjectFolder(url: url).displayPath(ProjectLayout.anonymisationKey)
  }
}

/// `sarap anonymise scan`: list the candidates.
struct AnonymiseScan: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scan",
    abstract: "List passages that may identify someone, with the rule that found them.",
    discussion: """
      One line per candidate, tab-separated: transcript, range (Unicode scalar offsets), kind, \
      rule, text, and its decision (accept PSEUDONYM, keep, reject) or the pseudonym 'accept' \
      would suggest. Decisions are made on a text and hold wherever it occurs. Then the \
      candidates in titles, attribute values, memos and code definitions, and accepted texts \
      found there: the place (path:line:col) instead of the transcript, the field instead of \
      the range. Apply does not replace those: edit them by hand.
      """)

  @OptionGroup var project: ProjectOption
  @OptionGroup var key: KeyOption
  @Option(name: .long, parsing: .upToNextOption, help: "Scan only these transcripts.")
  var transcript: [String] = []
  @Flag(name: .long, help: "List only candidates no decision covers.") var undecided = false

  func run() throws {
    try CommandRunner.run {
      let folder = ProjectFolder(url: project.url)
      let project = try folder.load()
      let ids = transcript.map { Transcript.ID($0) }
      for id in ids where project.transcript(id) == nil {
        throw CommandFailure("no transcript with id '\(id)'")
      }
      let key = try AnonymisationFiles.key(at: self.key.url(project: self.project.url))
      let candidates = AnonymisationScan.candidates(
        in: project, transcripts: ids, list: try AnonymisationFiles.list(in: folder))
      let suggestions = key.suggestions(for: candidates)
      var shown = 0
      for candidate in candidates {
        let entry = key.entry(for: candidate.lemma, in: candidate.transcript)
        let decision = Self.decision(entry, suggestions[candidate.lemma])
        if undecided, entry != nil { continue }
        shown += 1
        print(
          [
            candidate.transcript.rawValue, "\(candidate.range.start)-\(candidate.range.end)",
            candidate.kind.rawValue, candidate.rule.rawValue, MemoEscaping.escape(candidate.text),
            decision,
          ].joined(separator: "\t"))
      }
      let fields = try Self.fieldCandidates(in: project, only: ids, key: key, folder: folder)
      for (place, candidate) in fields {
        let entry = Self.entry(key, candidate)
        if undecided, entry != nil { continue }
        shown += 1
        print(
          [
            place, candidate.field.description, candidate.kind.rawValue, candidate.rule.rawValue,
            MemoEscaping.escape(candidate.text),
            Self.decision(entry, key.suggestedPseudonym(for: candidate.kind)),
          ].joined(separator: "\t"))
      }
      let texts = Set(candidates.map(\.lemma))
      let open = Set(
        candidates.filter { key.entry(for: $0.lemma, in: $0.transcript) == nil }.map(\.lemma)
      ).count
      print(
        "\(shown) candidate(s); \(texts.count) distinct text(s), \(open) undecided"
          + (fields.isEmpty
            ? ""
            : "; \(fields.count) in titles, attributes, memos or definitions, which apply "
              + "does not replace: edit them by hand"))
    }
  }

  /// The candidates outside the bodies, with their places: of the transcripts named (all when
  /// none is), and the codebook's when none is.
  static func fieldCandidates(
    in project: Project, only ids: [Transcript.ID], key: AnonymisationKey, folder: ProjectFolder
  ) throws -> [(String, AnonymisationFieldCandidate)] {
    let accepted = key.accepted.map { (text: $0.text, kind: $0.kind) }
    return AnonymisationScan.fieldCandidates(
      in: project, list: try AnonymisationFiles.list(in: folder), texts: accepted
    ).filter { candidate in
      guard !ids.isEmpty else { return true }
      return candidate.field.transcript.map(ids.contains) ?? false
    }.map { (AnonymiseFieldPlace.locate($0, in: folder), $0) }
  }

  /// The decision on a field's candidate: in its transcript when it belongs to one.
  static func entry(
    _ key: AnonymisationKey, _ candidate: AnonymisationFieldCandidate
  ) -> AnonymisationKey.Entry? {
    guard let transcript = candidate.field.transcript else {
      return key.entry(for: candidate.lemma)
    }
    return key.entry(for: candidate.lemma, in: transcript)
  }

  static func decision(_ entry: AnonymisationKey.Entry?, _ suggestion: String?) -> String {
    switch entry?.decision {
    case .accept(let pseudonym): "accept \(pseudonym)"
    case .keep: "keep"
    case .reject: "reject"
    case nil: "suggest \(suggestion ?? "?")"
    }
  }
}
