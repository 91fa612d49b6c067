import SarapCore
import Testing

@testable import SarapEngine

@Suite("Theme matrix")
struct ThemeMatrixTests {
  @Test("segment counts per transcript and theme, empty transcript included, with totals")
  func segmentsByTheme() {
    let matrix = Fixture.corpus.matrix(by: .theme)
    #expect(matrix.transcripts == ["R01", "R02", "R03"])
    #expect(matrix.keys == ["russia", "china", "west", "turkey", "defence"])
    #expect(matrix.rows == [[3, 1, 0, 0, 0], [1, 0, 1, 0, 0], [0, 0, 0, 0, 0]])
    #expect(matrix.rowTotals == [4, 2, 0])
    #expect(matrix.columnTotals == [4, 1, 1, 0, 0])
    #expect(matrix.grandTotal == 6)
  }

  @Test("presence per transcript and code")
  func presenceByCode() {
    let matrix = Fixture.corpus.matrix(by: .code, cell: .presence)
    #expect(matrix.keys == Fixture.codebook.treeOrder)
    // russia, education, media, china, economy, west, turkey, defence, identity
    #expect(
      matrix.rows == [
        [0, 1, 1, 0, 1, 0, 0, 0, 0], [0, 0, 1, 0, 0, 1, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0],
      ])
    #expect(matrix.rowTotals == [3, 2, 0])
    #expect(matrix.columnTotals == [0, 1, 2, 0, 1, 1, 0, 0, 0])
  }

  @Test("filters narrow rows and counted codings")
  func filtered() {
    let matrix = Fixture.corpus.matrix(
      by: .theme, where: SegmentFilter(coders: ["bob"], transcripts: ["R01"]))
    #expect(matrix.transcripts == ["R01"])
    #expect(matrix.rows == [[1, 0, 0, 0, 0]])
  }
}
