import SarapCore

/// A codings file as the project cache keeps it: its coder and its codings in file order, with
/// transcript ids, code ids and times written once each in a table and referred to by number.
struct CachedCodings: Sendable {
  /// The file version it was made from.
  var source: CacheSource
  /// The coder the file belongs to.
  var coder: Coder.ID
  /// The codings, in file order.
  var codings: [Coding]

  func write(to writer: inout CacheWriter) {
    source.write(to: &writer)
    writer.text(coder.rawValue)
    var table: [String: UInt32] = [:]
    var names: [String] = []
    func number(_ name: String) -> UInt32 {
      if let number = table[name] { return number }
      let number = UInt32(names.count)
      table[name] = number
      names.append(name)
      return number
    }
    var rows = CacheWriter()
    for coding in codings {
      rows.small(number(coding.transcript.rawValue))
      rows.integer(coding.range.start)
      rows.integer(coding.range.end)
      rows.small(number(coding.code.rawValue))
      rows.small(coding.fingerprint.value)
      rows.small(number(coding.time.rawValue))
      rows.text(coding.memo)
    }
    writer.integer(names.count)
    for name in names { writer.text(name) }
    writer.integer(codings.count)
    writer.append(rows)
  }

  init(source: CacheSource, coder: Coder.ID, codings: [Coding]) {
    self.source = source
    self.coder = coder
    self.codings = codings
  }

  init(from reader: inout CacheReader) throws(CacheDamage) {
    source = try CacheSource(from: &reader)
    coder = Coder.ID(try reader.text())
    var names: [String] = []
    for _ in 0..<(try reader.count()) { names.append(try reader.text()) }
    func name(_ reader: inout CacheReader) throws(CacheDamage) -> String {
      let number = Int(try reader.small())
      guard number < names.count else { throw CacheDamage(reason: "a name out of range") }
      return names[number]
    }
    let count = try reader.count()
    codings = []
    codings.reserveCapacity(min(count, source.stamp.length))
    for _ in 0..<count {
      let transcript = Transcript.ID(try name(&reader))
      let range = try CachedTranscript.range(&reader, within: Int(Int32.max))
      let code = Code.ID(try name(&reader))
      let fingerprint = TextFingerprint(value: try reader.small())
      let time = Timestamp(try name(&reader))
      codings.append(
        Coding(
          transcript: transcript, range: range, code: code, coder: coder, time: time,
          fingerprint: fingerprint, memo: try reader.text()))
    }
  }
}
