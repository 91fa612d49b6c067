/// How much of a row or column split one part takes.
public enum LayoutConstraint: Hashable, Sendable {
  /// Exactly this many cells (fewer only when the space runs out).
  case fixed(Int)
  /// This percentage of the whole, rounded down.
  case percentage(Int)
  /// At least this many cells, and a share of what is left, like ``fill(_:)`` with weight 1.
  case minimum(Int)
  /// A share of what is left after the other parts, in proportion to the weight.
  case fill(Int)
}

extension Rect {
  /// Splits the rectangle into rows, top to bottom, one per constraint.
  public func rows(_ constraints: [LayoutConstraint]) -> [Rect] {
    Layout.sizes(constraints, total: height).reduce(into: (rects: [Rect](), y: y)) { result, size in
      result.rects.append(Rect(x: x, y: result.y, width: width, height: size))
      result.y += size
    }.rects
  }

  /// Splits the rectangle into columns, left to right, one per constraint.
  public func columns(_ constraints: [LayoutConstraint]) -> [Rect] {
    Layout.sizes(constraints, total: width).reduce(into: (rects: [Rect](), x: x)) { result, size in
      result.rects.append(Rect(x: result.x, y: y, width: size, height: height))
      result.x += size
    }.rects
  }
}

/// The arithmetic of splits.
public enum Layout {
  /// The size of each part when `total` cells are split by `constraints`.
  ///
  /// Fixed, percentage and minimum sizes are granted first, in order, while space lasts; what is
  /// left goes to the fill and minimum parts by weight (the remainder to the first ones). The
  /// sizes never exceed `total` and sum to it whenever some part can grow.
  public static func sizes(_ constraints: [LayoutConstraint], total: Int) -> [Int] {
    var remaining = max(0, total)
    var sizes = constraints.map { constraint -> Int in
      let wanted: Int
      switch constraint {
      case .fixed(let cells), .minimum(let cells): wanted = max(0, cells)
      case .percentage(let percent): wanted = max(0, total * percent / 100)
      case .fill: wanted = 0
      }
      let granted = min(wanted, remaining)
      remaining -= granted
      return granted
    }
    let weights = constraints.map { constraint -> Int in
      switch constraint {
      case .fill(let weight): max(0, weight)
      case .minimum: 1
      default: 0
      }
    }
    let totalWeight = weights.reduce(0, +)
    guard totalWeight > 0 else { return sizes }
    var handedOut = 0
    for index in sizes.indices {
      let share = remaining * weights[index] / totalWeight
      sizes[index] += share
      handedOut += share
    }
    var leftover = remaining - handedOut
    for index in sizes.indices where leftover > 0 && weights[index] > 0 {
      sizes[index] += 1
      leftover -= 1
    }
    return sizes
  }
}
