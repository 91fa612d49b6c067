import Testing

@testable import SarapCore

@Suite("Text range overlap")
struct TextRangeOverlapTests {
  @Test("ranges overlap when they share a scalar or coincide")
  func overlap() {
    #expect(TextRange(0..<5).overlaps(TextRange(4..<9)))
    #expect(!TextRange(0..<5).overlaps(TextRange(5..<9)))
    #expect(TextRange(3..<3).overlaps(TextRange(3..<3)))
  }

  @Test("an empty range inside another shares no scalar with it")
  func emptyInside() {
    #expect(!TextRange(4..<4).overlaps(TextRange(0..<9)))
    #expect(!TextRange(0..<9).overlaps(TextRange(4..<4)))
  }
}
