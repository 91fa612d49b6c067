import SarapCore

/// A codings file as the project cache keeps it: its coder and its codings in file order, with
/// transcript ids, code ids and times written as names (``CacheWriter/name(_:)``).
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
    writer.integer(codings.count)
    for coding in codings {
      writer.name(coding.transcript.rawValue)
      writer.integer(coding.range.start)
      writer.integer(coding.range.end)
      writer.name(coding.code.rawValue)
      writer.small(coding.fingerprint.value)
      writer.name(coding.time.rawValue)
      writer.text(coding.memo)
    }
  }

  init(source: CacheSource, coder: Coder.ID, codings: [Coding]) {
    self.source = source
    self.coder = coder
    self.codings = codings
  }

  init(from reader: inout CacheReader) throws(CacheDamage) {
    source = try CacheSource(from: &reader)
    coder = Coder.ID(try reader.text())
    let count = try reader.count()
    codings = []
    codings.reserveCapacity(min(count, source.stamp.length))
    for _ in 0..<count {
      let transcript = Transcript.ID(try reader.name())
      let range = try CachedTranscript.range(&reader, within: Int(Int32.max))
      let code = Code.ID(try reader.name())
      let fingerprint = TextFingerprint(value: try reader.small())
      let time = Timestamp(try reader.name())
      codings.append(
        Coding(
          transcript: transcript, range: range, code: code, coder: coder, time: time,
          fingerprint: fingerprint, memo: try reader.text()))
    }
  }
}
