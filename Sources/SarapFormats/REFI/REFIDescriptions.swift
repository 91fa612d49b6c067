import SarapCore

/// The free-text `Description`s Sarap writes for facts REFI-QDA has no element for, and reads back
/// from archives Sarap wrote.
///
/// The project's `Description` is its description text, a blank line, `Facts:` and one
/// `name: value | source` line per study fact. A case's `Description` is `Attribute sources:` and
/// one `name: source` line per attribute whose value has a stated source.
enum REFIDescriptions {
  static let factsHeading = "Facts:"
  static let attributeSourcesHeading = "Attribute sources:"

  /// The project's `Description`.
  static func project(_ description: ProjectDescription) -> String {
    let facts = description.facts.map { fact in
      "\(fact.name): \(fact.value)" + (fact.source.isEmpty ? "" : " | \(fact.source)")
    }
    return withBlock(description.text, heading: factsHeading, lines: facts)
  }

  /// The description text and facts of a project `Description` Sarap wrote.
  static func projectDescription(_ text: String) -> (text: String, facts: [Attribute]) {
    let (free, lines) = splitBlock(text, heading: factsHeading)
    let facts = lines.compactMap { line -> Attribute? in
      guard let (name, rest) = nameAndRest(line) else { return nil }
      let parts = rest.split(separator: " | ", maxSplits: 1, omittingEmptySubsequences: false)
      let value: Attribute.Value = parts[0] == "unknown" ? .unknown : .known(String(parts[0]))
      return Attribute(name: name, value: value, source: parts.count == 2 ? String(parts[1]) : "")
    }
    return (free, facts)
  }

  /// A case's `Description`: the sources of its attribute values; empty when none is stated.
  static func caseDescription(_ transcript: Transcript) -> String {
    let lines = transcript.attributes.filter { !$0.source.isEmpty }.map {
      "\($0.name): \($0.source)"
    }
    return withBlock("", heading: attributeSourcesHeading, lines: lines)
  }

  /// The free text and the attribute sources (by attribute name) of a case `Description`.
  static func attributeSources(_ text: String) -> (text: String, sources: [String: String]) {
    let (free, lines) = splitBlock(text, heading: attributeSourcesHeading)
    var sources: [String: String] = [:]
    for line in lines {
      if let (name, source) = nameAndRest(line) { sources[name] = source }
    }
    return (free, sources)
  }

  /// An excerpt selection's `Description`: `excerpt E1: line 1771`, `| repeats E2` when the source
  /// quotes the passage a second time.
  static func excerpt(_ excerpt: Excerpt) -> String {
    "excerpt \(excerpt.id): line \(excerpt.sourceLine)"
      + (excerpt.repeatOf.map { " | repeats \($0)" } ?? "")
  }

  /// The excerpt an excerpt selection's `Description` describes, at a range.
  static func excerpt(_ text: String, range: TextRange) -> Excerpt? {
    guard text.hasPrefix("excerpt "), let (id, rest) = nameAndRest(String(text.dropFirst(8))),
      !id.isEmpty, !id.contains(" ")
    else { return nil }
    let parts = rest.split(separator: " | ")
    guard parts.count == 1 || parts.count == 2, parts[0].hasPrefix("line "),
      let line = InputLimits.number(parts[0].dropFirst(5)), line > 0
    else { return nil }
    var repeatOf: Excerpt.ID?
    if parts.count == 2 {
      guard parts[1].hasPrefix("repeats "), parts[1].count > 8 else { return nil }
      repeatOf = Excerpt.ID(String(parts[1].dropFirst(8)))
    }
    return Excerpt(id: Excerpt.ID(id), sourceLine: line, range: range, repeatOf: repeatOf)
  }

  private static func nameAndRest(_ line: String) -> (String, String)? {
    guard let range = line.firstRange(of: ": ") else { return nil }
    return (String(line[..<range.lowerBound]), String(line[range.upperBound...]))
  }

  /// `text`, then a blank line, the heading and the lines.
  private static func withBlock(_ text: String, heading: String, lines: [String]) -> String {
    guard !lines.isEmpty else { return text }
    let block = ([heading] + lines).joined(separator: "\n")
    return text.isEmpty ? block : text + "\n\n" + block
  }

  /// Splits text written by ``withBlock(_:heading:lines:)`` into the free text and the lines.
  private static func splitBlock(_ text: String, heading: String) -> (String, [String]) {
    if text.hasPrefix(heading + "\n") {
      return ("", text.dropFirst(heading.count + 1).split(separator: "\n").map(String.init))
    }
    guard let range = text.ranges(of: "\n\n" + heading + "\n").last else { return (text, []) }
    let lines = text[range.upperBound...].split(separator: "\n").map(String.init)
    return (String(text[..<range.lowerBound]), lines)
  }
}
