import Testing

@testable import SarapStore

/// The cache's byte reader: names by number, and nothing trusted that is not what a writer wrote.
@Suite("Cache bytes: names, texts and their checks")
struct CacheBytesTests {
  @Test("texts and names read back as written, Kazakh and empty ones included")
  func roundTrip() throws {
    var body = CacheWriter()
    let texts = ["", "R01", "Жауап беруші", "Қазақстанның жұмсақ күші", "a\u{301}", "中文"]
    for text in texts {
      body.text(text)
      body.name(text)
      body.optionalName(text.isEmpty ? nil : text)
    }
    var writer = CacheWriter()
    writer.nameTable(body.names)
    writer.append(body)
    writer.seal()
    #expect(body.names == texts)
    var reader = try CacheReader(sealed: writer.bytes)
    try reader.readNameTable()
    for text in texts {
      #expect(try reader.text() == text)
      #expect(try reader.name() == text)
      #expect(try reader.optionalName() == (text.isEmpty ? nil : text))
    }
    #expect(reader.isAtEnd)
  }

  @Test("invalid UTF-8 under a matching checksum is refused, never repaired")
  func invalidUTF8() throws {
    for invalid: [UInt8] in [
      [0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0x61, 0x80, 0x62],
    ] {
      var writer = CacheWriter()
      writer.small(UInt32(invalid.count))
      writer.raw(invalid)
      writer.seal()
      var reader = try CacheReader(sealed: writer.bytes)
      #expect(throws: CacheDamage.self) { try reader.text() }
    }
  }

  @Test("a name number outside the table is refused")
  func nameOutOfRange() throws {
    var writer = CacheWriter()
    writer.nameTable(["one"])
    writer.small(1)
    writer.seal()
    var reader = try CacheReader(sealed: writer.bytes)
    try reader.readNameTable()
    #expect(throws: CacheDamage.self) { try reader.name() }
  }
}
