/// The display width of every Unicode scalar, as glibc's `wcwidth` says in C.UTF-8.
///
/// The data lives in `WidthTable+Generated.swift` (runs of scalars whose width is not 1), written
/// by `swift run WidthTableTool`; `CursesTerminalTests` checks it against the live `wcwidth`.
enum WidthTable {
  /// The width of `value`: 0, 1, 2, or -1 when it is not printable (controls, unassigned).
  static func width(of value: UInt32) -> Int {
    if value >= 0x20 && value < 0x7F { return 1 }  // ASCII
    if value >= 0x400 && value < 0x483 || value >= 0x48A && value < 0x530 { return 1 }  // Cyrillic
    return lookUp(value)
  }

  /// Binary search for the run containing `value`; 1 when no run holds it.
  static func lookUp(_ value: UInt32) -> Int {
    var low = 0
    var high = runStarts.count
    while low < high {
      let middle = (low + high) / 2
      if runStarts[middle] <= value {
        low = middle + 1
      } else {
        high = middle
      }
    }
    let index = low - 1
    guard index >= 0, value <= runEnds[index] else { return 1 }
    return Int(runWidths[index])
  }
}
