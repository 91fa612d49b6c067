import SarapTestSupport
import Testing

@testable import TerminalKit

/// Invariants of word wrap over 300 seeded random texts mixing Kazakh, CJK, emoji, marks, spaces
/// and line breaks.
@Suite("Word wrap invariants")
struct WordWrapPropertyTests {
  static let pieces = [
    "Ресей", "ықпалы", "зор", "қазақ", "a", "bb", "漢字", "漢", "👍🏽", "👩‍💻", "e\u{301}", "\u{301}",
    " ", " ", "  ", "\n", "\r\n", "\t", "supercalifragilistic", "ӘҒҚҢӨҰҮҺІ", "x", "—",
  ]

  static func randomText(_ generator: inout SeededGenerator) -> String {
    let count = Int.random(in: 0...40, using: &generator)
    return (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
  }

  @Test("300 random texts at random widths keep every invariant")
  func invariantsHold() {
    var generator = SeededGenerator(seed: 20_241_126)
    for _ in 0..<300 {
      let text = Self.randomText(&generator)
      let width = Int.random(in: 1...24, using: &generator)
      let layout = TextLayout(text: text, width: width)
      let failures = Self.violations(layout)
      #expect(failures.isEmpty, "width \(width), text \(text.debugDescription): \(failures)")
    }
  }

  /// Every broken rule, described; empty when the layout is valid.
  static func violations(_ layout: TextLayout) -> [String] {
    let table = layout.clusters
    var failures: [String] = []
    var expectedStart = 0
    var rebuilt = ""
    for (row, line) in layout.lines.enumerated() {
      if line.clusters.lowerBound != expectedStart { failures.append("row \(row) leaves a gap") }
      expectedStart = line.clusters.upperBound
      rebuilt += table.text(ofClusters: line.clusters, in: layout.text)
      let breaks = line.visibleClusters.filter { table.kind(ofCluster: $0) == .lineBreak }
      if !breaks.isEmpty { failures.append("row \(row) draws a line break") }
      let textWidth =
        table.width(ofClusters: line.visibleClusters)
        - trailingSpaceWidth(line, table)
      if textWidth != line.width {
        failures.append("row \(row) width \(line.width) ≠ \(textWidth)")
      }
      let textClusters = line.visibleClusters.count - trailingSpaceCount(line, table)
      if line.width > layout.width && textClusters > 1 {
        failures.append("row \(row) is \(line.width) wide")
      }
      failures += breakViolations(layout, row: row)
    }
    if expectedStart != table.count { failures.append("rows end at \(expectedStart)") }
    if rebuilt != layout.text { failures.append("rows do not rebuild the text") }
    return failures
  }

  static func trailingSpaceCount(_ line: WrappedLine, _ table: ClusterTable) -> Int {
    line.visibleClusters.reversed().prefix { table.kind(ofCluster: $0) == .space }.count
  }

  static func trailingSpaceWidth(_ line: WrappedLine, _ table: ClusterTable) -> Int {
    var width = 0
    var index = line.visibleClusters.upperBound
    while index > line.visibleClusters.lowerBound && table.kind(ofCluster: index - 1) == .space {
      index -= 1
      width += table.width(ofCluster: index)
    }
    return width
  }

  /// A soft break must be after spaces (the next word did not fit) or inside a too-long word.
  static func breakViolations(_ layout: TextLayout, row: Int) -> [String] {
    let table = layout.clusters
    let line = layout.lines[row]
    guard !line.endsWithLineBreak, row + 1 < layout.lines.count, !line.visibleClusters.isEmpty
    else { return [] }
    let last = line.visibleClusters.upperBound - 1
    let next = line.clusters.upperBound
    if table.kind(ofCluster: last) == .space {
      var wordEnd = next
      while wordEnd < table.count && table.kind(ofCluster: wordEnd) == .text { wordEnd += 1 }
      let word = table.width(ofClusters: next..<wordEnd)
      let used = table.width(ofClusters: line.visibleClusters)
      return used + word > layout.width ? [] : ["row \(row) breaks before a word that fits"]
    }
    let hasSpace = line.visibleClusters.contains { table.kind(ofCluster: $0) == .space }
    let full = line.width + table.width(ofCluster: next) > layout.width
    return !hasSpace && full ? [] : ["row \(row) cuts a word that fits"]
  }
}
