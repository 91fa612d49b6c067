import Foundation
import Testing

@testable import SarapFormats
@testable import SarapStore

/// Archives written entry by entry straight to the file (``ZipStream``) read back exactly, give
/// the same bytes every time, and are not put in place when the document's check fails.
@Suite("QDPX archives streamed to the file")
struct QDPXStreamTests {
  /// Entries spanning several deflate chunks and buffer flushes, an empty one and Kazakh text.
  static var entries: [(path: String, bytes: [UInt8])] {
    // Bytes deflate cannot shrink (xorshift), so the entry outgrows the 1 MiB write buffer.
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    let noise = (0..<3_000_000).map { _ -> UInt8 in
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return UInt8(truncatingIfNeeded: state)
    }
    let text = Array(String(repeating: "Ресей ықпалы зор. Қытай да бар.\n", count: 40_000).utf8)
    return [
      ("project.qde", text), ("sources/empty.txt", []), ("sources/noise.bin", noise),
      ("sources/қазақ.txt", Array("Қазақ тілі\n".utf8)),
    ]
  }

  @Test("every entry reads back byte for byte, its CRC checked by the reader")
  func readsBack() throws {
    let scratch = try ScratchFolder()
    let url = scratch.url.appendingPathComponent("a.qdpx")
    let entries = Self.entries
    try QDPXArchive.write(entries: entries, to: url)
    let files = try QDPXArchive.read(url)
    #expect(files.count == entries.count)
    for entry in entries { #expect(files[entry.path] == entry.bytes, "\(entry.path)") }
    let folder = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path)
    #expect(folder == ["a.qdpx"])
  }

  @Test("the same entries give the same archive bytes")
  func reproducible() throws {
    let scratch = try ScratchFolder()
    let entries = Self.entries
    let first = scratch.url.appendingPathComponent("1.qdpx")
    let second = scratch.url.appendingPathComponent("2.qdpx")
    try QDPXArchive.write(entries: entries, to: first)
    try QDPXArchive.write(entries: entries, to: second)
    #expect(try Data(contentsOf: first) == Data(contentsOf: second))
  }

  struct Refused: Error {}

  @Test("a failed check leaves the file it would replace as it was, and no temporary file")
  func failedCheck() throws {
    let scratch = try ScratchFolder()
    let url = scratch.url.appendingPathComponent("a.qdpx")
    try Data("before".utf8).write(to: url)
    let package = REFIPackage(
      projectBytes: Array("<Project/>".utf8),
      sources: [REFIPackage.SourceFile(name: "s.txt", text: "Ресей")])
    #expect(throws: Refused.self) {
      try QDPXArchive.write(package, to: url) { throw Refused() }
    }
    #expect(try Data(contentsOf: url) == Data("before".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["a.qdpx"])
    try QDPXArchive.write(package, to: url) {}
    #expect(try QDPXArchive.read(url)["sources/s.txt"] == Array("Ресей".utf8))
  }
}
