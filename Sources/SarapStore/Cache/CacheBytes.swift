/// Appends the project cache's fields as little-endian bytes.
///
/// Names (identifiers, speakers, times: texts repeated across entries) are written as numbers into
/// a table of the distinct names, which a cache file holds before its entries (``nameTable(_:)``),
/// so a reader makes one string per distinct name instead of one per use.
struct CacheWriter {
  private(set) var bytes: [UInt8] = []
  /// The distinct names written with ``name(_:)``, in the order first written.
  private(set) var names: [String] = []
  private var numbers: [String: UInt32] = [:]

  mutating func integer(_ value: Int) { word(UInt64(bitPattern: Int64(value))) }

  mutating func word(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func small(_ value: UInt32) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func raw(_ other: [UInt8]) { bytes.append(contentsOf: other) }

  mutating func append(_ other: CacheWriter) { bytes.append(contentsOf: other.bytes) }

  mutating func flag(_ value: Bool) { bytes.append(value ? 1 : 0) }

  mutating func text(_ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      small(UInt32(utf8.count))
      bytes.append(contentsOf: utf8)
    }
  }

  mutating func optionalText(_ value: String?) {
    flag(value != nil)
    if let value { text(value) }
  }

  /// The names written last, tried before ``numbers``: an entry repeats a few names in turn (a
  /// coding's transcript and time), and comparing a string with itself costs less than hashing it.
  private var recent: [(name: String, number: UInt32)] = []

  /// Writes a name as its number in ``names``.
  mutating func name(_ value: String) {
    if let hit = recent.first(where: { $0.name == value }) {
      small(hit.number)
      return
    }
    let number: UInt32
    if let known = numbers[value] {
      number = known
    } else {
      number = UInt32(names.count)
      numbers[value] = number
      names.append(value)
    }
    if recent.count == 4 { recent.removeFirst() }
    recent.append((value, number))
    small(number)
  }

  mutating func optionalName(_ value: String?) {
    flag(value != nil)
    if let value { name(value) }
  }

  /// Writes a table of names: its length in bytes (so a reader can skip it), their number, then
  /// each as a text.
  mutating func nameTable(_ table: [String]) {
    var entries = CacheWriter()
    entries.integer(table.count)
    for name in table { entries.text(name) }
    integer(entries.bytes.count)
    append(entries)
  }

  /// Appends the checksum of everything written so far; ``CacheReader`` checks it first.
  mutating func seal() {
    let checksum = bytes.withUnsafeBytes { ContentHash.of($0) }
    word(checksum)
  }
}

/// Why a cache file was not used: it is then ignored and rebuilt from the project's files.
struct CacheDamage: Error {
  let reason: String
}

/// Reads the fields ``CacheWriter`` wrote, refusing (``CacheDamage``) anything short, out of range
/// or not sealed by a matching checksum, so a truncated, flipped or foreign cache is never trusted.
struct CacheReader {
  private let bytes: [UInt8]
  private var position = 0
  private let end: Int

  /// A reader over a sealed cache file; throws when the checksum does not match.
  init(sealed bytes: [UInt8]) throws(CacheDamage) {
    guard bytes.count >= 8 else { throw CacheDamage(reason: "shorter than its checksum") }
    self.bytes = bytes
    self.end = bytes.count - 8
    let expected = bytes.withUnsafeBytes { raw in
      UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
    }
    let actual = bytes.withUnsafeBytes { raw in
      ContentHash.of(UnsafeRawBufferPointer(rebasing: raw[0..<(bytes.count - 8)]))
    }
    guard expected == actual else { throw CacheDamage(reason: "checksum does not match") }
  }

  var isAtEnd: Bool { position == end }

  mutating func skip(_ count: Int) throws(CacheDamage) {
    guard end - position >= count else { throw CacheDamage(reason: "ends early") }
    position += count
  }

  mutating func word() throws(CacheDamage) -> UInt64 {
    guard end - position >= 8 else { throw CacheDamage(reason: "ends early") }
    let value = bytes.withUnsafeBytes {
      $0.loadUnaligned(fromByteOffset: position, as: UInt64.self)
    }
    position += 8
    return UInt64(littleEndian: value)
  }

  mutating func integer() throws(CacheDamage) -> Int { Int(Int64(bitPattern: try word())) }

  /// An integer that must lie in `0...limit`.
  mutating func count(upTo limit: Int = Int(Int32.max)) throws(CacheDamage) -> Int {
    let value = try integer()
    guard value >= 0, value <= limit else { throw CacheDamage(reason: "a number out of range") }
    return value
  }

  mutating func small() throws(CacheDamage) -> UInt32 {
    guard end - position >= 4 else { throw CacheDamage(reason: "ends early") }
    let value = bytes.withUnsafeBytes {
      $0.loadUnaligned(fromByteOffset: position, as: UInt32.self)
    }
    position += 4
    return UInt32(littleEndian: value)
  }

  mutating func flag() throws(CacheDamage) -> Bool {
    guard position < end else { throw CacheDamage(reason: "ends early") }
    let value = bytes[position]
    position += 1
    guard value <= 1 else { throw CacheDamage(reason: "a flag out of range") }
    return value == 1
  }

  mutating func text() throws(CacheDamage) -> String {
    let length = Int(try small())
    // Most texts read are empty (a coding's memo): no slice, no validation.
    guard length > 0 else { return "" }
    guard end - position >= length else { throw CacheDamage(reason: "ends early") }
    let range = position..<(position + length)
    position += length
    let text: String? = bytes.withUnsafeBufferPointer { whole in
      let slice = UnsafeBufferPointer(rebasing: whole[range])
      // Decoding repairs invalid UTF-8, so only valid UTF-8 comes back byte for byte.
      let decoded = String(decoding: slice, as: UTF8.self)
      return decoded.utf8.elementsEqual(slice) ? decoded : nil
    }
    guard let text else { throw CacheDamage(reason: "invalid UTF-8") }
    return text
  }

  mutating func optionalText() throws(CacheDamage) -> String? {
    try flag() ? try text() : nil
  }

  /// The names ``name()`` refers to, read by ``readNameTable()``.
  private var names: [String] = []

  /// Reads a table written by ``CacheWriter/nameTable(_:)``; later names refer to it.
  mutating func readNameTable() throws(CacheDamage) {
    let length = try count()
    let tableEnd = position + length
    var table: [String] = []
    for _ in 0..<(try count(upTo: length)) { table.append(try text()) }
    guard position == tableEnd else { throw CacheDamage(reason: "a name table of another length") }
    names = table
  }

  /// Skips a table written by ``CacheWriter/nameTable(_:)``.
  mutating func skipNameTable() throws(CacheDamage) {
    try skip(try count())
  }

  /// A name: a number that must lie in the table read.
  mutating func name() throws(CacheDamage) -> String {
    let number = Int(try small())
    guard number < names.count else { throw CacheDamage(reason: "a name out of range") }
    return names[number]
  }

  mutating func optionalName() throws(CacheDamage) -> String? {
    try flag() ? try name() : nil
  }
}
