import SarapTestSupport
import Testing

@testable import TerminalKit

@Suite("The xterm palette's nearest colour")
struct XtermPaletteTests {
  private static let cubeLevels = [0, 95, 135, 175, 215, 255]

  /// Every colour of the palette's fixed part, scanned in index order: the definition the fast
  /// search must agree with (smallest squared distance, lowest index on ties).
  private static func nearestByScan(_ red: Int, _ green: Int, _ blue: Int) -> UInt8 {
    var best = 16
    var bestDistance = Int.max
    for index in 16...255 {
      let cube = index - 16
      let grey = 8 + 10 * (index - 232)
      let colour =
        index >= 232
        ? (grey, grey, grey)
        : (cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
      let distance =
        (colour.0 - red) * (colour.0 - red) + (colour.1 - green) * (colour.1 - green)
        + (colour.2 - blue) * (colour.2 - blue)
      if distance < bestDistance {
        best = index
        bestDistance = distance
      }
    }
    return UInt8(best)
  }

  /// Channel values where the nearest cube level changes or ties: each level, and each midpoint
  /// between two levels with its neighbours.
  private static let boundaryValues: [Int] = {
    let midpoints = [47, 48, 115, 155, 195, 235].flatMap { [$0 - 1, $0, $0 + 1] }
    return Array(Set(cubeLevels + midpoints)).sorted()
  }()

  @Test("agrees with a scan of all 240 colours on boundaries, greys and random colours")
  func agreesWithScan() {
    var colours: [(Int, Int, Int)] = []
    let near = Self.boundaryValues
    for red in near {
      for green in near { for blue in near { colours.append((red, green, blue)) } }
    }
    for grey in 0...255 {
      colours += [
        (grey, grey, grey), (grey, grey, min(grey + 3, 255)), (grey, max(grey - 4, 0), grey),
      ]
    }
    var random = SeededGenerator(seed: 20_261_203)
    for _ in 0..<4_000 {
      colours.append(
        (
          Int.random(in: 0...255, using: &random), Int.random(in: 0...255, using: &random),
          Int.random(in: 0...255, using: &random)
        ))
    }
    let mismatches = colours.filter { colour in
      XtermPalette.nearestIndex(red: colour.0, green: colour.1, blue: colour.2)
        != Self.nearestByScan(colour.0, colour.1, colour.2)
    }
    #expect(colours.count > 10_000)
    #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(5))")
  }
}
