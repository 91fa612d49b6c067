import TerminalKit

/// What a terminal below the minimum size shows: how big it must be, and how big it is.
enum TooSmallScreen {
  static func render(_ size: Size, into buffer: inout ScreenBuffer) {
    let minimum = WorkbenchLayout.minimumSize
    let lines = [
      "Sarap needs at least \(minimum.width)x\(minimum.height)",
      "This terminal is \(size.width)x\(size.height)",
      "Enlarge it, or press q to quit",
    ]
    let top = max(0, (size.height - lines.count) / 2)
    for (index, line) in lines.enumerated() {
      let fitted = line.fitted(to: size.width)
      let x = max(0, (size.width - DisplayWidth.of(fitted)) / 2)
      buffer.put(fitted, at: Point(x: x, y: top + index), style: index == 0 ? Styles.label : .plain)
    }
  }
}
