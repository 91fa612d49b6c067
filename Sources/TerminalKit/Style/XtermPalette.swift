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
  ///
  /// The squared distance to a cube colour is a sum of one term per channel, so the nearest cube
  /// colour takes the nearest level of each channel (the lower level on a tie, which is also the
  /// lower index); only the 24 greys are scanned. Called for every styled cell of every frame, it
  /// was a third of a frame's time when it scanned all 240 colours.
  static func nearestIndex(red: Int, green: Int, blue: Int) -> UInt8 {
    let levels = (nearestCubeLevel(red), nearestCubeLevel(green), nearestCubeLevel(blue))
    let cube = 16 + 36 * levels.0 + 6 * levels.1 + levels.2
    var best = cube
    var bestDistance = distance(from: (red, green, blue), toIndex: cube)
    for index in 232...255 {
      let candidate = distance(from: (red, green, blue), toIndex: index)
      if candidate < bestDistance {
        best = index
        bestDistance = candidate
      }
    }
    return UInt8(best)
  }

  /// The cube level (0–5) nearest to a channel value, the lower one on a tie.
  private static func nearestCubeLevel(_ value: Int) -> Int {
    var level = 0
    while level < 5, cubeLevels[level + 1] - value < value - cubeLevels[level] { level += 1 }
    return level
  }

  private static func distance(from colour: (Int, Int, Int), toIndex index: Int) -> Int {
    let other = components(of: index)
    let red = other.red - colour.0
    let green = other.green - colour.1
    let blue = other.blue - colour.2
    return red * red + green * green + blue * blue
  }
}
