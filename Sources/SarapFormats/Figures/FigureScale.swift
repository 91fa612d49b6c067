import SarapCore

/// The colours figures are drawn with: viridis for magnitudes, the codebook's for codes.
///
/// Viridis (van der Walt and Smith, matplotlib) is perceptually uniform, readable in grey and by
/// the common forms of colour blindness; it runs from dark purple (0) to yellow (1).
enum FigureScale {
  /// Viridis sampled at nine evenly spaced points, 0 to 1.
  static let viridis: [Colour] = [
    0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725,
  ].map { Colour(red: UInt8($0 >> 16), green: UInt8(($0 >> 8) & 0xFF), blue: UInt8($0 & 0xFF)) }

  /// The viridis colour of a value in 0...1 (clamped), interpolated linearly between samples.
  static func colour(at value: Double) -> Colour {
    let clamped = value.isFinite ? min(1, max(0, value)) : 0
    let position = clamped * Double(viridis.count - 1)
    let lower = min(Int(position), viridis.count - 2)
    let fraction = position - Double(lower)
    let from = viridis[lower]
    let to = viridis[lower + 1]
    func mix(_ a: UInt8, _ b: UInt8) -> UInt8 {
      UInt8((Double(a) + (Double(b) - Double(a)) * fraction).rounded())
    }
    return Colour(
      red: mix(from.red, to.red), green: mix(from.green, to.green), blue: mix(from.blue, to.blue))
  }

  /// Black or white, whichever reads better on a background colour.
  static func textColour(on background: Colour) -> String {
    let luminance =
      0.299 * Double(background.red) + 0.587 * Double(background.green) + 0.114
      * Double(background.blue)
    return luminance > 140 ? "#000000" : "#FFFFFF"
  }

  /// The code's colour in the codebook; grey for a code the codebook lacks.
  static func colour(of code: Code.ID, in codebook: Codebook) -> String {
    codebook[code]?.colour.hex ?? "#888888"
  }
}
