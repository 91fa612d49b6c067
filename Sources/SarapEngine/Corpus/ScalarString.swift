/// Builds strings from runs of Unicode scalars quickly.
///
/// One pass sizes the UTF-8, one writes it, with no intermediate views. Used for every excerpt of text a report carries (hits, contexts,
/// tidy rows), which at 1000x the bundled corpus is hundreds of thousands of strings.
enum ScalarString {
  /// The string made of the scalars, in order.
  static func make(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var capacity = 0
    for scalar in scalars { capacity += width(scalar.value) }
    return String(unsafeUninitializedCapacity: capacity) { buffer in
      var index = 0
      for scalar in scalars {
        let value = scalar.value
        switch width(value) {
        case 1:
          buffer[index] = UInt8(value)
        case 2:
          buffer[index] = UInt8(0xC0 | value >> 6)
          buffer[index + 1] = UInt8(0x80 | value & 0x3F)
        case 3:
          buffer[index] = UInt8(0xE0 | value >> 12)
          buffer[index + 1] = UInt8(0x80 | value >> 6 & 0x3F)
          buffer[index + 2] = UInt8(0x80 | value & 0x3F)
        default:
          buffer[index] = UInt8(0xF0 | value >> 18)
          buffer[index + 1] = UInt8(0x80 | value >> 12 & 0x3F)
          buffer[index + 2] = UInt8(0x80 | value >> 6 & 0x3F)
          buffer[index + 3] = UInt8(0x80 | value & 0x3F)
        }
        index += width(value)
      }
      return index
    }
  }

  /// The number of UTF-8 bytes a scalar value takes.
  private static func width(_ value: UInt32) -> Int {
    value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x1_0000 ? 3 : 4
  }
}
