import Foundation

/// Builds zip archives byte by byte (stored, uncompressed entries), so that tests can write what
/// no well-behaved zip tool writes: `..` paths, absolute paths, symbolic links, lying sizes.
struct TestZip {
  /// One entry.
  struct Entry {
    var path: String
    var bytes: [UInt8]
    /// Unix mode: 0o100644 for a file, 0o120777 for a symbolic link (bytes are the target).
    var mode: UInt32 = 0o100644
    /// The uncompressed size the headers declare; the true size when nil.
    var declaredSize: UInt32?
    /// A wrong CRC when true.
    var corruptCRC = false

    init(
      _ path: String, _ text: String, mode: UInt32 = 0o100644, declaredSize: UInt32? = nil,
      corruptCRC: Bool = false
    ) {
      self.init(path, bytes: Array(text.utf8), mode: mode, declaredSize: declaredSize)
      self.corruptCRC = corruptCRC
    }

    init(_ path: String, bytes: [UInt8], mode: UInt32 = 0o100644, declaredSize: UInt32? = nil) {
      self.path = path
      self.bytes = bytes
      self.mode = mode
      self.declaredSize = declaredSize
    }
  }

  var entries: [Entry] = []

  /// The archive's bytes.
  var bytes: [UInt8] {
    var archive: [UInt8] = []
    var central: [UInt8] = []
    for entry in entries {
      let offset = UInt32(archive.count)
      let name = Array(entry.path.utf8)
      let crc = Self.crc32(entry.bytes) ^ (entry.corruptCRC ? 1 : 0)
      let size = UInt32(entry.bytes.count)
      let declared = entry.declaredSize ?? size
      archive += u32(0x0403_4B50) + u16(20) + u16(0x0800) + u16(0) + u16(0) + u16(0x21)
      archive += u32(crc) + u32(size) + u32(declared) + u16(UInt16(name.count)) + u16(0)
      archive += name + entry.bytes
      central += u32(0x0201_4B50) + u16(0x0314) + u16(20) + u16(0x0800) + u16(0) + u16(0)
      central += u16(0x21) + u32(crc) + u32(size) + u32(declared) + u16(UInt16(name.count))
      central += u16(0) + u16(0) + u16(0) + u16(0) + u32(entry.mode << 16) + u32(offset) + name
    }
    let count = UInt16(entries.count)
    let end =
      u32(0x0605_4B50) + u16(0) + u16(0) + u16(count) + u16(count) + u32(UInt32(central.count))
      + u32(UInt32(archive.count)) + u16(0)
    return archive + central + end
  }

  /// Writes the archive to a new temporary file and returns its URL.
  func write(in folder: URL, name: String = "test.qdpx") throws -> URL {
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url
  }

  private func u16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
  private func u32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> ($0 * 8)) & 0xFF) } }

  static func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }
}

/// A fresh temporary folder, removed when the value goes away.
final class ScratchFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sarap-refi-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// The names in the folder, sorted.
  func names() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
  }
}
