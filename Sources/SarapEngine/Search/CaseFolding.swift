/// Simple (one-to-one) case folding for the scripts Sarap's transcripts are written in: Latin
/// (ASCII, Latin-1, Latin Extended-A, with Kazakh Latin's Ä Ğ Ñ Ö Ş Ū Ü İ), Cyrillic (Russian,
/// with Ё, and Kazakh's Ә Ғ Қ Ң Ө Ұ Ү Һ І) and Greek.
///
/// Written out here because SarapEngine does not import Foundation. Each scalar folds to exactly
/// one scalar, so offsets in folded text are offsets in the original. Scalars outside these
/// blocks are left as they are. Follows Unicode's CaseFolding.txt (status C and S) for the
/// blocks covered, except that `İ` folds to `i` (the Turkic mapping, which Kazakh Latin uses).
enum CaseFolding {
  /// The folded value of a scalar value; values outside the covered blocks are returned as is.
  static func foldedValue(_ value: UInt32) -> UInt32 {
    if value < 0x41 { return value }
    return switch value {
    case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: value + 0x20
    case 0xB5: 0x3BC
    case 0x100...0x17F: foldLatinExtendedA(value)
    case 0x391...0x3A1, 0x3A3...0x3AB: value + 0x20
    case 0x3C2: 0x3C3
    case 0x400...0x40F: value + 0x50
    case 0x410...0x42F: value + 0x20
    case 0x460...0x481, 0x48A...0x4BF, 0x4D0...0x52F: value | 1
    case 0x4C0: 0x4CF
    case 0x4C1...0x4CE: value % 2 == 1 ? value + 1 : value
    default: value
    }
  }

  /// Folds a text scalar by scalar, to scalar values (one per scalar, so offsets carry over).
  static func fold(_ scalars: [Unicode.Scalar]) -> [UInt32] {
    var result: [UInt32] = []
    result.reserveCapacity(scalars.count)
    for scalar in scalars { result.append(foldedValue(scalar.value)) }
    return result
  }

  /// The folded (lower-case) form of a scalar.
  static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    Unicode.Scalar(foldedValue(scalar.value)) ?? scalar
  }

  /// Latin Extended-A: capitals and small letters alternate, even-odd in most runs, odd-even in
  /// two, with a few letters that have no pair.
  private static func foldLatinExtendedA(_ value: UInt32) -> UInt32 {
    switch value {
    case 0x130: 0x69
    case 0x131, 0x138, 0x149, 0x17F: value == 0x17F ? 0x73 : value
    case 0x139...0x148, 0x179...0x17E: value % 2 == 1 ? value + 1 : value
    case 0x178: 0xFF
    default: value | 1
    }
  }
}
