import Foundation
import Testing

@testable import SarapFormats

@Suite("SHA-256")
struct SHA256Tests {
  @Test("the FIPS 180-4 test vectors")
  func vectors() {
    #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    #expect(
      SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test("agrees with sha256sum on random inputs of every length around the block boundaries")
  func agreesWithCoreutils() throws {
    var generator = SystemRandomNumberGenerator()
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("sha-\(UUID()).bin")
    defer { try? FileManager.default.removeItem(at: file) }
    for length in [1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 4097] {
      let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
      try Data(bytes).write(to: file)
      let process = Process()
      let output = Pipe()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
      process.arguments = [file.path]
      process.standardOutput = output
      try process.run()
      let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(SHA256.hex(bytes) == String(text.prefix(64)), "length \(length)")
    }
  }
}
