import Testing

@testable import TerminalKit

@Suite("Text layout positions")
struct TextLayoutPositionTests {
  // Rows at width 8: "Ресей " | "漢字 ab" | "e\u{301}x" ; scalar offsets: Р=0 … " "=5, 漢=6,
  // 字=7, " "=8, a=9, b=10, \n=11, e=12, \u{301}=13, x=14.
  let layout = TextLayout(text: "Ресей 漢字 ab\ne\u{301}x", width: 8)

  @Test("scalar offsets map to rows and columns in cells")
  func positionsOfScalars() {
    #expect(layout.position(ofScalar: 0) == Point(x: 0, y: 0))
    #expect(layout.position(ofScalar: 7) == Point(x: 2, y: 1))
    #expect(layout.position(ofScalar: 10) == Point(x: 6, y: 1))
    #expect(layout.position(ofScalar: 13) == Point(x: 0, y: 2))
    #expect(layout.position(ofScalar: 14) == Point(x: 1, y: 2))
    #expect(layout.position(ofScalar: 15) == Point(x: 2, y: 2))
  }

  @Test("screen positions map back to the scalar of the cluster drawn there")
  func scalarsAtPositions() {
    #expect(layout.scalarOffset(at: Point(x: 3, y: 1)) == 7)
    #expect(layout.scalarOffset(at: Point(x: 40, y: 1)) == 11)
    #expect(layout.scalarOffset(at: Point(x: 40, y: 0)) == 5)
    #expect(layout.scalarOffset(at: Point(x: 0, y: 9)) == 12)
    #expect(layout.scalarOffset(at: Point(x: 9, y: 2)) == 15)
  }

  @Test("every cluster's position maps back to the same cluster")
  func roundTrip() {
    for cluster in 0..<layout.clusters.count {
      #expect(layout.cluster(at: layout.position(ofCluster: cluster)) == cluster)
    }
  }

  @Test("a scalar range maps to the columns it covers on each row")
  func columnsOfRanges() {
    #expect(layout.columns(ofScalars: 3..<8, onRow: 0) == 3..<6)
    #expect(layout.columns(ofScalars: 3..<8, onRow: 1) == 0..<4)
    #expect(layout.columns(ofScalars: 3..<8, onRow: 2) == nil)
    #expect(layout.columns(ofScalars: 13..<14, onRow: 2) == 0..<1)
  }
}
