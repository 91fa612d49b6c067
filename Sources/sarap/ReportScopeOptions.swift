import ArgumentParser
import SarapCore
import SarapEngine

/// Which transcripts and questions a report or search looks at.
struct ScopeOptions: ParsableArguments {
  @Option(name: .long, help: "Only codings (or matches) under this guide question id (repeatable).")
  var question: [String] = []

  @Option(
    name: .long,
    help: "Only transcripts whose case attribute has this value, NAME=VALUE (repeatable).")
  var attribute: [String] = []

  @Option(name: .long, help: "Only this transcript (repeatable; default: all).")
  var transcript: [String] = []

  /// The filter the options describe, with the given coders, checked against the project.
  func filter(for project: Project, coders: Set<Coder.ID>?) throws -> SegmentFilter {
    if let unknown = transcript.first(where: { project.transcript(Transcript.ID($0)) == nil }) {
      throw CommandFailure("no transcript with id '\(unknown)'")
    }
    return SegmentFilter(
      coders: coders,
      questions: question.isEmpty ? nil : Set(question.map { GuideQuestion.ID($0) }),
      attributes: try attribute.map(Self.condition),
      transcripts: transcript.isEmpty ? nil : Set(transcript.map { Transcript.ID($0) }))
  }

  private static func condition(_ text: String) throws -> AttributeCondition {
    guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
      throw CommandFailure("--attribute expects NAME=VALUE, got '\(text)'")
    }
    let value = String(text[text.index(after: equals)...])
    return AttributeCondition(
      name: String(text[..<equals]), value: value == "unknown" ? .unknown : .known(value))
  }
}
