extension ScreenBuffer {
  /// This buffer on a canvas of `newSize`: cells kept from the top left, new cells blank, and a
  /// wide cluster cut by the new right edge blanked.
  public func resized(to newSize: Size) -> ScreenBuffer {
    guard newSize != size else { return self }
    var result = ScreenBuffer(size: newSize)
    let width = min(size.width, result.size.width)
    guard width > 0 else { return result }
    for y in 0..<min(size.height, result.size.height) {
      let source = y * size.width
      let target = y * result.size.width
      for x in 0..<width { result.cells[target + x] = cells[source + x] }
      var lead = width - 1
      while lead > 0 && cells[source + lead].isContinuation { lead -= 1 }
      let leadCell = cells[source + lead]
      if lead + max(1, leadCell.width) > width {
        result.blank(columns: lead..<width, row: y, style: leadCell.style)
      }
    }
    return result
  }
}
