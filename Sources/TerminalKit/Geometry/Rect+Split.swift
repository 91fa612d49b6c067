extension Rect {
  /// Shrinks the rectangle by `amount` cells on every side.
  public func inset(by amount: Int) -> Rect {
    inset(top: amount, left: amount, bottom: amount, right: amount)
  }

  /// Shrinks the rectangle by the given number of cells per side; never below empty.
  public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
    Rect(
      x: x + left, y: y + top,
      width: max(0, width - left - right), height: max(0, height - top - bottom))
  }

  /// Splits off the top `rows` rows (clamped to the height): the top part and the rest below.
  public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
    let taken = min(max(0, rows), height)
    return (
      Rect(x: x, y: y, width: width, height: taken),
      Rect(x: x, y: y + taken, width: width, height: height - taken)
    )
  }

  /// Splits off the bottom `rows` rows (clamped): the rest above and the bottom part.
  public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
    let (rest, bottom) = splitTop(height - min(max(0, rows), height))
    return (rest, bottom)
  }

  /// Splits off the left `columns` columns (clamped): the left part and the rest to the right.
  public func splitLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
    let taken = min(max(0, columns), width)
    return (
      Rect(x: x, y: y, width: taken, height: height),
      Rect(x: x + taken, y: y, width: width - taken, height: height)
    )
  }

  /// Splits off the right `columns` columns (clamped): the rest to the left and the right part.
  public func splitRight(_ columns: Int) -> (rest: Rect, right: Rect) {
    let (rest, right) = splitLeft(width - min(max(0, columns), width))
    return (rest, right)
  }

  /// Row `index` of the rectangle as a 1-row rectangle (empty when outside).
  public func row(_ index: Int) -> Rect {
    guard (0..<height).contains(index) else { return Rect(x: x, y: y, width: width, height: 0) }
    return Rect(x: x, y: y + index, width: width, height: 1)
  }
}
