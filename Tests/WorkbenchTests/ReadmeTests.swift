import Foundation
import TerminalKit
import Testing

@testable import Workbench

/// README's generated parts: the key list (from the binding table) and the screenshot.
///
/// The screenshot is a rendered screen. `RECORD_SNAPSHOTS=1` rewrites a stale part and fails,
/// like a snapshot.
@Suite("README")
struct ReadmeTests {
  @Test("README's key list is generated from the binding table")
  func keyListIsFresh() throws {
    try checkSection("keys", equals: HelpLine.markdown)
  }

  @Test("README's screenshot is the reader at 80x24")
  func screenshotIsFresh() throws {
    let store = ScreenSnapshotTests.readingR07(Size(width: 80, height: 24))
    let lines = WorkbenchScreen.render(store.state).plainLines()
    try checkSection("screenshot", equals: "```\n" + lines.joined(separator: "\n") + "\n```\n")
  }

  static var readme: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("README.md")
  }

  /// Compares the text between `<!-- NAME:begin -->` and `<!-- NAME:end -->` with `generated`.
  private func checkSection(
    _ name: String, equals generated: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let text = try String(contentsOf: Self.readme, encoding: .utf8)
    let begin = "<!-- \(name):begin -->\n"
    let end = "<!-- \(name):end -->"
    guard let start = text.range(of: begin),
      let stop = text.range(of: end, range: start.upperBound..<text.endIndex)
    else {
      Issue.record("README.md has no \(begin)…\(end) markers", sourceLocation: sourceLocation)
      return
    }
    let current = String(text[start.upperBound..<stop.lowerBound])
    guard current != generated else { return }
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try text.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: generated)
        .write(to: Self.readme, atomically: true, encoding: .utf8)
      Issue.record("Rewrote README's \(name) section; review it", sourceLocation: sourceLocation)
    } else {
      Issue.record(
        "README's \(name) section is stale: RECORD_SNAPSHOTS=1 swift test --filter ReadmeTests",
        sourceLocation: sourceLocation)
    }
  }
}
