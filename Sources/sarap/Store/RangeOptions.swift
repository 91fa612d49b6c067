import ArgumentParser
import Foundation
import SarapCore

/// Where in a transcript: `--start/--end` (Unicode scalar offsets) or `--text` (an exact
/// substring, `--occurrence N` when it occurs more than once).
struct RangeOptions: ParsableArguments {
  @Option(name: .long, help: "First offset (Unicode scalars from 0).")
  var start: Int?

  @Option(name: .long, help: "Offset one past the last scalar (end exclusive).")
  var end: Int?

  @Option(name: .long, help: "An exact substring of the transcript to locate the range by.")
  var text: String?

  @Option(name: .long, help: "Which occurrence of --text, counting from 1.")
  var occurrence: Int?

  func validate() throws {
    switch (start, end, text) {
    case (.some(let start), .some(let end), nil):
      guard 0 <= start, start <= end else {
        throw ValidationError("need 0 <= --start <= --end")
      }
    case (nil, nil, .some(let text)):
      guard !text.isEmpty else { throw ValidationError("--text is empty") }
    default: throw ValidationError("give either --start and --end, or --text")
    }
  }

  /// The range in the transcript's body.
  func range(in transcript: Transcript) throws -> TextRange {
    if let start, let end { return TextRange(start: start, end: end) }
    let needle = text ?? ""
    var matches = Self.occurrences(of: needle, in: transcript.body.scalars)
    if matches.isEmpty {
      matches = Self.occurrences(
        of: needle.precomposedStringWithCanonicalMapping, in: transcript.body.scalars)
    }
    guard !matches.isEmpty else {
      throw CommandFailure("the text \"\(needle)\" does not occur in \(transcript.id)")
    }
    if let occurrence {
      guard matches.indices.contains(occurrence - 1) else {
        throw CommandFailure(
          "the text occurs \(matches.count) time(s) in \(transcript.id); no occurrence \(occurrence)"
        )
      }
      return matches[occurrence - 1]
    }
    guard matches.count == 1 else {
      let places = matches.prefix(5).map { "\($0.start)..\($0.end)" }.joined(separator: ", ")
      throw CommandFailure(
        "the text occurs \(matches.count) times in \(transcript.id) (\(places)); "
          + "add --occurrence N or use a longer --text")
    }
    return matches[0]
  }

  static func occurrences(of needle: String, in scalars: [Unicode.Scalar]) -> [TextRange] {
    let pattern = Array(needle.unicodeScalars)
    guard !pattern.isEmpty, pattern.count <= scalars.count else { return [] }
    var result: [TextRange] = []
    for start in 0...(scalars.count - pattern.count)
    where scalars[start] == pattern[0]
      && scalars[start..<start + pattern.count].elementsEqual(pattern)
    {
      result.append(TextRange(start: start, end: start + pattern.count))
    }
    return result
  }
}
