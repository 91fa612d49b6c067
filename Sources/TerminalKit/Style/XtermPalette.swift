/// The fixed part (16–255) of the xterm 256-colour palette, for nearest-colour matching.
enum XtermPalette {
  /// The six channel levels of the 6×6×6 colour cube.
  static let cubeLevels = [0, 95, 135, 175, 215, 255]

  /// The red, green and blue of indexed colour `index` (16–255).
  static func components(of index: Int) -> (red: Int, green: Int, blue: Int) {
    if index >= 232 {
      let grey = 8 + 10 * (index - 232)
      return (grey, grey, grey)
    }
    let cube = index - 16
    return (cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
  }

  /// The palette index (16–255) with the smallest squared RGB distance; the lowest index on ties.
  static func nearestIndex(red: Int, green: Int, blue: Int) -> UInt8 {
    var best = 16
    var bestDistance = Int.max
    for index in 16...255 {
      let colour = components(of: index)
      let distance =
        (colour.red - red) * (colour.red - red) + (colour.green - green) * (colour.green - green)
        + (colour.blue - blue) * (colour.blue - blue)
      if distance < bestDistance {
        best = index
        bestDistance = distance
      }
    }
    return UInt8(best)
  }
}
