import SarapTestSupport
import Testing

@testable import SarapFormats

/// The validator that lets a document through without copying it into a string: it must find the
/// same first ill-formed sequence as the standard library's own UTF-8 parser, on any bytes.
@Suite("UTF-8 validation without a string")
struct UTF8ValidationTests {
  /// The first ill-formed sequence's offset by the standard library's scalar parser.
  static func reference(_ bytes: [UInt8]) -> Int? {
    var iterator = bytes.makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded): offset += encoded.count
      case .error: return offset
      case .emptyInput: return nil
      }
    }
  }

  static func validate(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer(UTF8Validation.firstInvalid)
  }

  @Test("overlong forms, surrogates, scalars past U+10FFFF and cut sequences are found")
  func edges() {
    let cases: [[UInt8]] = [
      [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
      [0xED, 0xBF, 0xBF], [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80],
      [0xFF], [0x80], [0xD0], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xE2, 0x28, 0xA1],
    ]
    for bad in cases {
      let bytes = Array("Қазақстан abcdefgh ".utf8) + bad + Array(" ok".utf8)
      #expect(Self.validate(bytes) == Self.reference(bytes), "\(bad)")
      #expect(Self.validate(bytes) == Array("Қазақстан abcdefgh ".utf8).count, "\(bad)")
    }
    let valid = Array("жұмсақ күш \u{10FFFF} \u{FFFD} \u{7FF} \u{800} 😀 ascii only text".utf8)
    #expect(Self.validate(valid) == nil)
    #expect(Self.validate([]) == nil)
  }

  @Test("random bytes: the same first error as the standard library", arguments: 0..<20)
  func random(seed: Int) {
    var random = SeededGenerator(seed: UInt64(seed))
    let pieces: [[UInt8]] = [
      Array("abcdefghijklmnop".utf8), Array("Қазақ".utf8), Array("😀".utf8), [0xED, 0x9F, 0xBF],
      [0xEE, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xC2, 0x80],
    ]
    for _ in 0..<200 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0...40, using: &random) {
        if Int.random(in: 0..<10, using: &random) == 0 {
          bytes.append(UInt8.random(in: 0...255, using: &random))
        } else {
          bytes += pieces.randomElement(using: &random)!
        }
      }
      #expect(Self.validate(bytes) == Self.reference(bytes), "\(bytes)")
    }
  }
}
