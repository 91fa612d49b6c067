import Foundation
import SarapCore
import SarapFormats
import Testing

@testable import SarapStore

/// Hostile `.qdpx` archives: each is refused with an error naming the entry, and importing one
/// writes nothing, neither the target folder nor anything beside it.
@Suite("Hostile REFI-QDA archives")
struct HostileArchiveTests {
  static let qde = """
    <?xml version="1.0" encoding="UTF-8"?>
    <Project xmlns="urn:QDA-XML:project:1.0" name="x"/>
    """

  /// Imports the archive into `scratch/project` and returns the error's description; records an
  /// issue when the import succeeds or writes anything.
  static func refusal(_ zip: TestZip) throws -> String {
    let scratch = try ScratchFolder()
    let archive = try zip.write(in: scratch.url)
    return try refusal(archive, in: scratch)
  }

  static func refusal(_ archive: URL, in scratch: ScratchFolder) throws -> String {
    let before = try scratch.names()
    let target = scratch.url.appendingPathComponent("project")
    var message = ""
    do {
      _ = try REFIExchange.importProject(
        from: archive, into: target, importTime: Timestamp("2026-12-01T00:00:00Z"))
      Issue.record("the archive was imported")
    } catch {
      message = "\(error)"
    }
    print("refused:", message)
    #expect(try scratch.names() == before, "the import wrote something")
    #expect(!FileManager.default.fileExists(atPath: "/tmp/evil.txt"))
    return message
  }

  @Test("an entry whose path climbs out with '..' is refused, naming the entry")
  func dotDot() throws {
    let message = try Self.refusal(
      TestZip(entries: [.init("project.qde", Self.qde), .init("sources/../../evil.txt", "x")]))
    #expect(message.contains("sources/../../evil.txt"))
    #expect(message.contains("leaves the archive's folder"))
  }

  @Test("absolute entry paths are refused", arguments: ["/tmp/evil.txt", "C:\\evil.txt", "\\evil"])
  func absolute(_ path: String) throws {
    let message = try Self.refusal(
      TestZip(entries: [.init("project.qde", Self.qde), .init(path, "x")]))
    #expect(message.contains("'\(path)'"))
    #expect(message.contains("absolute"))
  }

  @Test("a symbolic link entry is refused")
  func symlink() throws {
    let message = try Self.refusal(
      TestZip(entries: [
        .init("project.qde", Self.qde), .init("sources/link.txt", "/etc/passwd", mode: 0o120777),
      ]))
    #expect(message.contains("sources/link.txt"))
    #expect(message.contains("symbolic link"))
  }

  @Test("more than 10,000 entries are refused")
  func tooManyEntries() throws {
    var zip = TestZip(entries: [.init("project.qde", Self.qde)])
    for index in 0..<10_000 { zip.entries.append(.init("sources/\(index).txt", "")) }
    let message = try Self.refusal(zip)
    #expect(message.contains("more than 10000 entries"))
  }

  @Test("an entry declaring more than 256 MiB is refused before it is inflated")
  func entryBytes() throws {
    for size: UInt32 in [300 << 20, 4_000_000_000] {
      let message = try Self.refusal(
        TestZip(entries: [
          .init("project.qde", Self.qde), .init("sources/a.txt", "x", declaredSize: size),
        ]))
      #expect(message.contains("sources/a.txt"))
      #expect(message.contains("256 MiB for one entry; refused as a possible zip bomb"))
    }
  }

  @Test("an entry compressed a thousand to one but of honest size is read (no ratio rule)")
  func compressionRatioAlone() throws {
    let scratch = try ScratchFolder()
    let archive = scratch.url.appendingPathComponent("letters.qdpx")
    let letters = [UInt8](repeating: 0x30, count: 8 << 20)
    try QDPXArchive.write(
      entries: [
        (path: "project.qde", bytes: Array(Self.qde.utf8)),
        (path: "sources/zeros.txt", bytes: letters),
      ], to: archive)
    #expect(try QDPXArchive.read(archive)["sources/zeros.txt"] == letters)
  }

  @Test("more uncompressed bytes than the limit are refused before they are read")
  func totalBytes() throws {
    let scratch = try ScratchFolder()
    let zip = TestZip(entries: [.init("project.qde", Self.qde), .init("sources/a.txt", "abcdef")])
    let archive = try zip.write(in: scratch.url)
    let limits = QDPXLimits(maxEntries: 10, maxEntryBytes: 64, maxTotalBytes: 64)
    #expect(throws: QDPXError.self) { try QDPXArchive.read(archive, limits: limits) }
    let declared = try TestZip(entries: [
      .init("project.qde", Self.qde), .init("sources/a.txt", "x", declaredSize: 600 << 20),
    ]).write(in: scratch.url)
    let generous = QDPXLimits(maxEntries: 10, maxEntryBytes: 1 << 30, maxTotalBytes: 512 << 20)
    let error = #expect(throws: QDPXError.self) {
      try QDPXArchive.read(declared, limits: generous)
    }
    #expect(error?.description.contains("sources/a.txt") == true)
    #expect(error?.description.contains("more than 512 MiB uncompressed") == true)
  }

  @Test(
    "an entry whose bytes do not match its CRC, or that holds more than it declares, is refused")
  func lyingEntries() throws {
    let corrupt = try Self.refusal(
      TestZip(entries: [
        .init("project.qde", Self.qde), .init("sources/a.txt", "x", corruptCRC: true),
      ]))
    #expect(corrupt.contains("sources/a.txt"))
    #expect(corrupt.contains("CRC"))
    let short = try Self.refusal(
      TestZip(entries: [
        .init("project.qde", Self.qde), .init("sources/b.txt", "0123456789", declaredSize: 4),
      ]))
    #expect(short.contains("sources/b.txt"))
  }

  @Test("a deflated entry that declares fewer bytes than it inflates to is refused")
  func inflatesPastDeclaredSize() throws {
    let scratch = try ScratchFolder()
    let archive = scratch.url.appendingPathComponent("lying.qdpx")
    let text = [UInt8](repeating: UInt8(ascii: "a"), count: 50_000)
    try QDPXArchive.write(
      entries: [
        (path: "project.qde", bytes: Array(Self.qde.utf8)), (path: "sources/a.txt", bytes: text),
      ],
      to: archive)
    var bytes = try [UInt8](Data(contentsOf: archive))
    var patched = 0
    for offset in 0..<(bytes.count - 4)
    where bytes[offset..<offset + 4] == [0x50, 0x4B, 0x03, 0x04]
      || bytes[offset..<offset + 4] == [0x50, 0x4B, 0x01, 0x02]
    {
      let sizeOffset = offset + (bytes[offset + 2] == 0x03 ? 22 : 24)
      let size = bytes[sizeOffset..<sizeOffset + 4].enumerated().reduce(0) {
        $0 | Int($1.1) << ($1.0 * 8)
      }
      guard size == text.count else { continue }
      bytes.replaceSubrange(sizeOffset..<sizeOffset + 4, with: [100, 0, 0, 0])
      patched += 1
    }
    #expect(patched == 2, "the local and central headers of sources/a.txt")
    try Data(bytes).write(to: archive)
    let message = try Self.refusal(archive, in: scratch)
    #expect(message.contains("sources/a.txt"))
  }

  @Test("a project.qde with a DTD or entity declarations is refused before parsing")
  func dtd() throws {
    let documents = [
      """
      <?xml version="1.0"?>
      <!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
      <Project xmlns="urn:QDA-XML:project:1.0" name="&xxe;"/>
      """,
      """
      <?xml version="1.0"?>
      <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
      <Project xmlns="urn:QDA-XML:project:1.0" name="&lol2;"/>
      """,
    ]
    for document in documents {
      let message = try Self.refusal(TestZip(entries: [.init("project.qde", document)]))
      #expect(message.contains("project.qde:2:1"))
      #expect(message.contains("DTD"))
    }
  }

  @Test("a file that is not a zip archive is refused with its path")
  func notAZip() throws {
    let scratch = try ScratchFolder()
    let archive = scratch.url.appendingPathComponent("plain.qdpx")
    try Data("not a zip".utf8).write(to: archive)
    let message = try Self.refusal(archive, in: scratch)
    #expect(message.contains("plain.qdpx"))
  }

  @Test("importing into a folder that is not empty is refused and leaves it as it was")
  func nonEmptyTarget() throws {
    let scratch = try ScratchFolder()
    let archive = try TestZip(entries: [.init("project.qde", Self.qde)]).write(in: scratch.url)
    let target = scratch.url.appendingPathComponent("busy")
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
    try Data("keep".utf8).write(to: target.appendingPathComponent("notes.txt"))
    #expect(throws: StoreError.self) {
      try REFIExchange.importProject(
        from: archive, into: target, importTime: Timestamp("2026-12-01T00:00:00Z"))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == ["notes.txt"])
    #expect(try scratch.names() == ["busy", "test.qdpx"])
  }
}
