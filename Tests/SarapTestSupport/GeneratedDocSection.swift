import Foundation

/// A generated part of a Markdown page: the text between `<!-- NAME:begin -->` and
/// `<!-- NAME:end -->`, kept fresh by a test.
///
/// The test generates the text and calls `problem(comparedWith:regenerate:)`: a stale section
/// fails, and under `RECORD_SNAPSHOTS=1` it is rewritten and still fails once, like a snapshot.
public struct GeneratedDocSection: Sendable {
  /// The page, relative to the repository root (`README.md`, `docs/workbench.md`).
  public let page: String
  /// The marker name: `keys` for `<!-- keys:begin -->`.
  public let name: String

  /// The section `name` of `page`.
  public init(page: String, name: String) {
    self.page = page
    self.name = name
  }

  /// The page's file in this checkout.
  public var url: URL { Repository.url(page) }

  /// What is wrong with the section compared with `generated`, or nil when it is the same.
  ///
  /// `command` is how to regenerate it, for the failure message.
  public func problem(comparedWith generated: String, regenerate command: String) throws
    -> String?
  {
    let text = try String(contentsOf: url, encoding: .utf8)
    let begin = "<!-- \(name):begin -->\n"
    let end = "<!-- \(name):end -->"
    guard let start = text.range(of: begin),
      let stop = text.range(of: end, range: start.upperBound..<text.endIndex)
    else { return "\(page) has no \(begin.dropLast())…\(end) markers" }
    guard text[start.upperBound..<stop.lowerBound] != generated else { return nil }
    guard ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" else {
      return "\(page): the \(name) section is stale; regenerate it with \(command)"
    }
    try text.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: generated)
      .write(to: url, atomically: true, encoding: .utf8)
    return "Rewrote the \(name) section of \(page); review it"
  }
}
