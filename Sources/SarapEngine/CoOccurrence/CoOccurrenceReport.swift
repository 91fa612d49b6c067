import SarapCore

/// A symmetric code x code (or theme x theme) co-occurrence table for one unit type.
public struct CoOccurrenceReport: Hashable, Sendable {
  /// What the rows and columns count by.
  public let grouping: Grouping
  /// What two codes must share to co-occur.
  public let unit: CoOccurrenceUnit
  /// The number of units looked at (transcripts or answers); nil for stretch units, whose number
  /// depends on the pair.
  public let unitCount: Int?
  /// The rows' and columns' codes or themes, in codebook order.
  public let keys: [Code.ID]
  /// The cells, row by row; use ``subscript(_:_:)``.
  let cells: [CoOccurrenceCell]

  /// The cell of row `row` and column `column` (positions in ``keys``); the diagonal holds each
  /// key's own units (`n12 = n1 = n2`).
  public subscript(row: Int, column: Int) -> CoOccurrenceCell { cells[row * keys.count + column] }

  /// Every pair of different keys that co-occurs at least once, strongest first: by c-coefficient,
  /// then by `n12`, then in codebook order.
  public var rankedPairs: [CoOccurrencePair] {
    var pairs: [CoOccurrencePair] = []
    for row in keys.indices {
      for column in (row + 1)..<keys.count where self[row, column].both > 0 {
        pairs.append(
          CoOccurrencePair(first: keys[row], second: keys[column], cell: self[row, column]))
      }
    }
    return pairs.enumerated().sorted { lhs, rhs in
      (-lhs.element.cell.coefficient, -lhs.element.cell.both, lhs.offset)
        < (-rhs.element.cell.coefficient, -rhs.element.cell.both, rhs.offset)
    }.map(\.element)
  }
}

/// The counts for one pair of codes or themes.
public struct CoOccurrenceCell: Hashable, Sendable {
  /// `n12`: the units in which both occur.
  public let both: Int
  /// `n1`: the units in which the row's key occurs.
  public let first: Int
  /// `n2`: the units in which the column's key occurs.
  public let second: Int

  /// Creates a cell.
  public init(both: Int, first: Int, second: Int) {
    self.both = both
    self.first = first
    self.second = second
  }

  /// The c-coefficient `n12 / (n1 + n2 - n12)`, between 0 and 1; 0 when neither occurs.
  public var coefficient: Double {
    let either = first + second - both
    return either == 0 ? 0 : Double(both) / Double(either)
  }
}

/// Two different codes or themes and their co-occurrence.
public struct CoOccurrencePair: Hashable, Sendable {
  /// The key earlier in codebook order.
  public let first: Code.ID
  /// The key later in codebook order.
  public let second: Code.ID
  /// Their counts.
  public let cell: CoOccurrenceCell
}
