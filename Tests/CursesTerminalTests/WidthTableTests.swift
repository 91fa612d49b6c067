import CNcursesw
import Glibc
import TerminalKit
import Testing

/// TerminalKit's generated width table against the live C library.
///
/// Fails after a glibc or Unicode upgrade: regenerate with
/// `swift run WidthTableTool > Sources/TerminalKit/Text/WidthTable+Generated.swift`.
extension LocaleDependentTests {
  @Suite("Width table against wcwidth")
  struct WidthTableTests {
    @Test("DisplayWidth equals wcwidth in C.UTF-8 for every Unicode scalar")
    func everyScalarMatchesWcwidth() throws {
      try #require(setlocale(LC_CTYPE, "C.UTF-8") != nil, "the C.UTF-8 locale is missing")
      var mismatches: [String] = []
      var checked = 0
      for value in UInt32(0)...0x10FFFF {
        guard let scalar = Unicode.Scalar(value) else { continue }
        checked += 1
        let expected = Int(wcwidth(wchar_t(bitPattern: value)))
        let actual = DisplayWidth.of(scalar)
        if actual != expected && mismatches.count < 20 {
          mismatches.append(
            "U+\(String(value, radix: 16, uppercase: true)): \(actual) ≠ \(expected)")
        }
      }
      #expect(checked == 1_112_064)
      #expect(mismatches.isEmpty, "regenerate the width table: \(mismatches)")
    }
  }
}
