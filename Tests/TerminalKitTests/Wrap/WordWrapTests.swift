import Testing

@testable import TerminalKit

@Suite("Word wrap")
struct WordWrapTests {
  func rows(_ text: String, width: Int) -> [String] {
    let layout = TextLayout(text: text, width: width)
    return layout.lines.indices.map { String(layout.text(ofRow: $0)) }
  }

  @Test("breaks after runs of spaces, which hang past the margin")
  func breaksAfterSpaces() {
    #expect(rows("Ресей ықпалы зор", width: 12) == ["Ресей ықпалы ", "зор"])
    #expect(rows("ab   cd", width: 3) == ["ab   ", "cd"])
  }

  @Test("cuts a word wider than the row at cluster boundaries")
  func cutsLongWords() {
    #expect(rows("abcdefgh ij", width: 3) == ["abc", "def", "gh ", "ij"])
    #expect(rows("e\u{301}e\u{301}e\u{301}", width: 2) == ["e\u{301}e\u{301}", "e\u{301}"])
  }

  @Test("a two-cell character never straddles the margin")
  func wideCharactersMoveDown() {
    #expect(rows("a漢字漢", width: 4) == ["a漢", "字漢"])
    #expect(rows("漢", width: 1) == ["漢"])
  }

  @Test("line breaks end rows; CRLF is one break; a final break leaves an empty row")
  func lineBreaks() {
    #expect(rows("ab\ncd\r\nef\n", width: 10) == ["ab", "cd", "ef", ""])
    #expect(rows("", width: 10) == [""])
    #expect(rows("\n\n", width: 10) == ["", "", ""])
  }

  @Test("re-wrapping to the same width keeps the rows; another width changes them")
  func rewrap() {
    var layout = TextLayout(text: "one two three four", width: 8)
    let before = layout.lines
    layout.rewrap(width: 8)
    #expect(layout.lines == before)
    layout.rewrap(width: 100)
    #expect(layout.lines.count == 1)
  }
}

@Suite("Cluster table")
struct ClusterTableTests {
  @Test("the fast path measures like DisplayWidth for every scalar it handles")
  func fastPathMatchesDisplayWidth() {
    let values = Array(UInt32(0)..<0x600) + Array(UInt32(0x4DF0)..<0xA010)
    let scalars = values.compactMap(Unicode.Scalar.init)
    let text = String(String.UnicodeScalarView(scalars))
    let table = ClusterTable(text)
    #expect(table.count == text.count)
    for (index, character) in text.enumerated() {
      let expected = ClusterTable.kind(of: character) == .lineBreak ? 0 : DisplayWidth.of(character)
      #expect(table.width(ofCluster: index) == expected, "\(character.unicodeScalars.first!)")
    }
  }

  @Test("clusters, scalars and UTF-8 offsets agree with the standard library")
  func offsets() {
    let text = "Сәлем e\u{301} 👍 漢\r\nx"
    let table = ClusterTable(text)
    #expect(table.count == 13)
    #expect(table.scalarCount == 15)
    #expect(table.utf8Count == 26)
    #expect(table.scalarOffset(ofCluster: 7) == 8)
    #expect(table.cluster(containingScalar: 7) == 6)
    #expect(table.text(ofClusters: 6..<9, in: text) == "e\u{301} 👍")
    #expect(table.kind(ofCluster: 11) == .lineBreak)
  }
}
