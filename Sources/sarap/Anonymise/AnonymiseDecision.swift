import ArgumentParser
import Foundation
import SarapCore
import SarapEngine
import SarapStore

/// What the decision commands share: finding the text, its kind and its occurrences, and
/// recording the decision in the key.
struct DecisionTarget {
  let text: String
  let kind: IdentifierKind
  let occurrences: Int
  let transcripts: Int
  /// The transcripts the decision is limited to (`--transcript`); empty for everywhere.
  let scope: [Transcript.ID]

  /// The text as decisions name it (a candidate's lemma when `text` is one of its forms), its
  /// kind (`kind`, else a candidate's, else `fallback`) and how often it occurs (in `scope`
  /// when given); fails when it occurs nowhere there or a transcript does not exist.
  init(
    _ text: String, kind: IdentifierKind?, fallback: IdentifierKind? = nil,
    scope: [Transcript.ID] = [], in url: URL
  ) throws {
    let folder = ProjectFolder(url: url)
    let project = try folder.load()
    for id in scope where project.transcript(id) == nil {
      throw CommandFailure("no transcript with id '\(id)'")
    }
    self.scope = scope
    let candidates = AnonymisationScan.candidates(
      in: project, transcripts: scope, list: try AnonymisationFiles.list(in: folder))
    let match = candidates.first { $0.lemma == text } ?? candidates.first { $0.text == text }
    let lemma = match?.lemma ?? text
    self.text = lemma
    let found = kind ?? match?.kind ?? fallback
    var places = Set<Transcript.ID>()
    var count = 0
    for transcript in project.transcripts where scope.isEmpty || scope.contains(transcript.id) {
      let literal =
        AnonymisationPlan.isContextual(lemma, found ?? .person)
        ? 0 : TermOccurrences.ranges(of: lemma, in: transcript.body.scalars).count
      let scanned = candidates.filter {
        $0.transcript == transcript.id && $0.lemma == lemma
      }.count
      let occurrences = max(literal, scanned)
      if occurrences > 0 { places.insert(transcript.id) }
      count += occurrences
    }
    guard count > 0 else {
      let place =
        scope.isEmpty ? "no transcript" : scope.map(\.rawValue).joined(separator: ", ")
      throw CommandFailure("'\(text)' occurs in \(place) (as a word); check its spelling")
    }
    guard let found else {
      throw CommandFailure("no rule flags '\(text)'; say what it is with --kind")
    }
    self.kind = found
    occurrences = count
    transcripts = places.count
  }

  /// Records a decision that needs no pseudonym (keep, reject) on a text and says so.
  static func decide(
    _ text: String, _ decision: AnonymisationKey.Decision, verb: String, key: KeyOption,
    scope: [String], project url: URL
  ) throws {
    try CommandRunner.run {
      let target = try DecisionTarget(
        text, kind: nil, fallback: .person, scope: scope.map { Transcript.ID($0) }, in: url)
      _ = try target.record(decision, key: key, project: url)
      print("\(verb) '\(target.text)' (\(target.place))")
    }
  }

  /// Records a decision in the key file.
  func record(_ decision: AnonymisationKey.Decision, key option: KeyOption, project url: URL)
    throws -> AnonymisationKey
  {
    let file = option.url(project: url)
    var key = try AnonymisationFiles.key(at: file)
    key.decide(.init(text: text, kind: kind, decision: decision, transcripts: scope))
    try AnonymisationFiles.save(key, to: file)
    return key
  }

  var place: String {
    let limited =
      scope.isEmpty ? "" : ", only there: " + scope.map(\.rawValue).joined(separator: " ")
    return "\(occurrences) occurrence(s) in \(transcripts) transcript(s)\(limited)"
  }
}

extension IdentifierKind: ExpressibleByArgument {}

/// `sarap anonymise accept TEXT [--as PSEUDONYM]`.
struct AnonymiseAccept: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "accept",
    abstract: "Replace a text with a pseudonym everywhere (at the next apply).",
    discussion: """
      Without --as the pseudonym is suggested by kind and number: [АДАМ-1], [ҰЙЫМ-2], [ҚАЛА-1]. \
      Several texts may share a pseudonym (two spellings of one name). With --transcript the \
      decision holds only in those transcripts (a split: the same surname of two different \
      people); the text's decision without --transcript holds everywhere else.
      """)

  @OptionGroup var project: ProjectOption
  @OptionGroup var key: KeyOption
  @Argument(help: "The text, as the scan shows it.") var text: String
  @Option(name: .customLong("as"), help: "The pseudonym.") var pseudonym: String?
  @Option(name: .long, help: "What it is, when no rule flags it (person, organisation, city, …).")
  var kind: IdentifierKind?
  @Option(
    name: .long, parsing: .upToNextOption,
    help: "Decide only in these transcripts (split the text).")
  var transcript: [String] = []

  func validate() throws {
    if let pseudonym,
      pseudonym.trimmingCharacters(in: .whitespaces).isEmpty
        || pseudonym.contains(where: \.isNewline) || pseudonym.contains("\t")
    {
      throw ValidationError("--as needs a pseudonym on one line")
    }
  }

  func run() throws {
    try CommandRunner.run {
      let scope = transcript.map { Transcript.ID($0) }
      let target = try DecisionTarget(text, kind: kind, scope: scope, in: project.url)
      let file = key.url(project: project.url)
      let existing = try AnonymisationFiles.key(at: file)
      let earlier = existing.entries.first {
        $0.text == target.text && Set($0.transcripts) == Set(scope)
      }
      let chosen =
        pseudonym
        ?? {
          if case .accept(let earlier) = earlier?.decision { return earlier }
          return existing.suggestedPseudonym(for: target.kind)
        }()
      if chosen == target.text { throw CommandFailure("the pseudonym is the text itself") }
      _ = try target.record(.accept(pseudonym: chosen), key: key, project: project.url)
      print(
        "accepted '\(target.text)' as \(chosen) (\(target.kind.rawValue), \(target.place)); "
          + "replace with: sarap anonymise apply")
    }
  }
}

/// `sarap anonymise keep TEXT`.
struct AnonymiseKeep: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keep", abstract: "Keep a text as it is: it identifies no one.")

  @OptionGroup var project: ProjectOption
  @OptionGroup var key: KeyOption
  @Argument(help: "The text, as the scan shows it.") var text: String
  @Option(
    name: .long, parsing: .upToNextOption,
    help: "Decide only in these transcripts (split the text).")
  var transcript: [String] = []

  func run() throws {
    try DecisionTarget.decide(
      text, .keep, verb: "kept", key: key, scope: transcript, project: project.url)
  }
}

/// `sarap anonymise reject TEXT`.
struct AnonymiseReject: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reject", abstract: "Reject a candidate: the rule was wrong, it is no detail.")

  @OptionGroup var project: ProjectOption
  @OptionGroup var key: KeyOption
  @Argument(help: "The text, as the scan shows it.") var text: String
  @Option(
    name: .long, parsing: .upToNextOption,
    help: "Decide only in these transcripts (split the text).")
  var transcript: [String] = []

  func run() throws {
    try DecisionTarget.decide(
      text, .reject, verb: "rejected", key: key, scope: transcript, project: project.url)
  }
}
